import { main } from './main.js';
import { reasonOf } from './errors.js';

// Last resort: whatever escapes main is still reported as one line, never a stack trace.
process.on('uncaughtException', (error) => {
  process.stderr.write(`news-parse: ${reasonOf(error)}\n`);
  process.exit(1);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});

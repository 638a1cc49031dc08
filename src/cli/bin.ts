/**
 * The CLI bundle's entry points: `start` runs the command line; `warmUp` runs one dump through
 * the JSON path at build time, so the code cache holds the functions a first run needs.
 */
import { main } from './main.js';
import { reasonOf } from './errors.js';
import { Job } from './job.js';

export function start(): void {
  // Last resort: whatever escapes main is still reported as one line, never a stack trace.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`news-parse: ${reasonOf(error)}\n`);
    process.exit(1);
  });
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}

export async function warmUp(sample: Uint8Array): Promise<void> {
  const job = await Job.create({ format: 'json', pretty: false, fields: null, explain: false, provenance: false, colourLevel: 0 });
  job.render(sample, 'warm-up.txt');
}

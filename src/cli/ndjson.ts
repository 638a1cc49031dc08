import { createInterface } from 'node:readline';
import { EXIT } from './exit.js';
import { CliProblem, reasonOf } from './errors.js';
import type { Job } from './job.js';
import { StdoutError, writeStdout } from './output.js';

/**
 * Streaming mode for pipes and the map step of distributed engines: JSON Lines in on stdin,
 * `{"id": ..., "text": ...}` each, one result per line out in the same order, with the id kept.
 * Lines are parsed as they arrive and written before the next is read, so memory stays bounded
 * however long the stream. A bad line gives `{"id", "error"}` and the stream goes on.
 */
export async function streamNdjson(job: Job, say: (message: string) => void): Promise<number> {
  process.stdout.on('error', () => undefined);
  let failed = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let out: string;
    let id: unknown = null;
    try {
      const record = JSON.parse(line) as unknown;
      if (!record || typeof record !== 'object' || Array.isArray(record)) throw new CliProblem('not a JSON object');
      id = (record as { id?: unknown }).id ?? null;
      const text = (record as { text?: unknown }).text;
      if (typeof text !== 'string') throw new CliProblem('"text" must be a string');
      out = JSON.stringify({ id, ...job.article(text, String(id ?? `line ${lineNumber}`)) });
    } catch (error) {
      failed++;
      const reason = error instanceof SyntaxError ? 'not valid JSON' : reasonOf(error);
      out = JSON.stringify({ id, error: `line ${lineNumber}: ${reason}` });
    }
    try {
      await writeStdout(out + '\n');
    } catch (error) {
      if (error instanceof StdoutError && error.code !== 'EPIPE') say(`standard output: ${error.message}; stopping`);
      return EXIT.someInputFailed;
    }
  }
  return failed ? EXIT.someInputFailed : EXIT.ok;
}

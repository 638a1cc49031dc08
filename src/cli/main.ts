import fs from 'node:fs/promises';
import { constants as fsConstants, rmSync, type Stats } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { addAbortSignal } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Chalk } from 'chalk';
import { analyseArticle } from '../pipeline.js';
import { articleJsonSchema, type Article } from '../schema.js';
import { renderJson } from '../render/json.js';
import { CliProblem, reasonOf } from './errors.js';
import { resolveInputs, type InputFile } from './inputs.js';
import { OutputPlan, StdoutError, pendingTempFiles, writeAtomically, writeStdout } from './output.js';
import { version } from './version.js';

/** Exit codes, documented in the README and `--help`; a stop by signal exits with 128 + its number. */
export const EXIT = { ok: 0, someInputFailed: 1, usage: 2 } as const;

interface CliOptions {
  format: 'json' | 'markdown';
  outDir?: string;
  pretty?: boolean;
  compact?: boolean;
  schema?: boolean;
  color: boolean;
  maxSize: number;
}

const EXAMPLES = `
Examples:
  $ news-parse seeds/*.txt                         JSON, one object per dump
  $ news-parse seeds/*.txt | jq -r .headline       pipe JSON Lines into jq
  $ news-parse -f markdown --out-dir out/ 'dumps/**/*.txt'
  $ cat dump.txt | news-parse -                    read stdin
  $ news-parse --schema                            JSON Schema of the output

Exit codes: 0 all inputs parsed, 1 at least one input failed (the others are still written),
2 usage error, 130/143 stopped by SIGINT/SIGTERM (outputs written until then are complete).`;

function colourFor(stream: NodeJS.WriteStream, wanted: boolean): InstanceType<typeof Chalk> {
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const allowed = wanted && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && (forced || stream.isTTY === true);
  return new Chalk({ level: allowed ? 1 : 0 });
}

const MEGABYTE = 1024 * 1024;
const sizeOf = (bytes: number) => (bytes >= MEGABYTE ? `${(bytes / MEGABYTE).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const tooLarge = (size: string, limit: number) => new CliProblem(`too large: ${size} (the limit is ${limit} MB; see --max-size)`);

async function readStdin(limit: number, signal: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of addAbortSignal(signal, process.stdin)) {
    size += (chunk as Buffer).length;
    if (size > limit * MEGABYTE) throw tooLarge(`more than ${limit} MB`, limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special file';
}

// Non-blocking, so that opening a FIFO does not wait for a writer (regular files ignore the flag).
const OPEN_WITHOUT_WAITING = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * The bytes of one input. The opened handle's own stat decides what it is, so a file replaced
 * by a FIFO or a folder after listing is refused rather than read.
 */
async function readInput(file: InputFile, limit: number, signal: AbortSignal): Promise<Buffer> {
  if (file.path === '-') return readStdin(limit, signal);
  const handle = await fs.open(file.path, OPEN_WITHOUT_WAITING).catch(async (error: NodeJS.ErrnoException) => {
    // The listing showed the name: a missing target means a dangling symbolic link, or a file since removed.
    const link = error.code === 'ENOENT' && (await fs.lstat(file.path).catch(() => null))?.isSymbolicLink();
    throw link ? new CliProblem('broken symbolic link') : error;
  });
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliProblem('is a folder');
    if (!stat.isFile()) throw new CliProblem(`not a regular file (${kindOf(stat)})`);
    if (stat.size > limit * MEGABYTE) throw tooLarge(sizeOf(stat.size), limit);
    return await handle.readFile({ signal });
  } finally {
    await handle.close();
  }
}

async function render(article: Article, options: CliOptions, pretty: boolean): Promise<string> {
  if (options.format === 'markdown') {
    const { renderMarkdown } = await import('../render/markdown.js');
    return renderMarkdown(article);
  }
  return renderJson(article, pretty) + '\n';
}

/**
 * SIGINT/SIGTERM stop the batch: the input in hand is abandoned (its temp file removed) and no
 * other is started; outputs already written stay, complete. A second signal, for when the input
 * in hand is stuck (a hung disk), removes the temp files and dies by that signal at once:
 * process.exit() would wait for the blocked write.
 */
function stopOnSignals(say: (message: string) => void): { signal: AbortSignal; signalName: () => NodeJS.Signals | undefined; dispose: () => void } {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const dispose = () => signals.forEach((name) => process.off(name, onSignal));
  function onSignal(name: NodeJS.Signals): void {
    if (received) {
      for (const temp of pendingTempFiles) rmSync(temp, { force: true });
      dispose(); // back to the default action, which ends the process
      process.kill(process.pid, name);
      return;
    }
    received = name;
    say(`stopping on ${name}; outputs written so far are complete`);
    controller.abort();
  }
  for (const name of signals) process.on(name, onSignal);
  return { signal: controller.signal, signalName: () => received, dispose };
}

async function run(paths: string[], options: CliOptions): Promise<number> {
  const stderrColour = colourFor(process.stderr, options.color);
  const say = (message: string) => process.stderr.write(`${stderrColour.red('news-parse:')} ${message}\n`);
  const fail = (file: string, reason: string) => say(`${file}: ${reason}`);

  if (options.schema) {
    process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    return EXIT.ok;
  }
  if (!paths.length) {
    if (process.stdin.isTTY) {
      say('no input: give files, folders, patterns or - for stdin (see --help)');
      return EXIT.usage;
    }
    paths = ['-'];
  }
  const stop = stopOnSignals(say);
  try {
    const { files, errors } = await resolveInputs(paths);
    let failed = errors.length;
    for (const e of errors) fail(e.path, e.reason);

    const pretty = options.pretty ?? (options.compact ? false : process.stdout.isTTY === true);
    const plan = options.outDir ? await OutputPlan.create(options.outDir, options.format === 'markdown' ? 'md' : 'json', files) : null;
    // Write errors reach writeStdout's callback; without a listener Node would also throw them.
    if (!plan) process.stdout.on('error', () => undefined);
    for (const file of files) {
      if (stop.signal.aborted) break;
      try {
        const { article } = analyseArticle(await readInput(file, options.maxSize, stop.signal), { file: file.path });
        const rendered = await render(article, options, pretty);
        if (stop.signal.aborted) break;
        if (plan) await writeAtomically(plan.claim(file), rendered, stop.signal);
        else await writeStdout(rendered);
      } catch (error) {
        if (stop.signal.aborted) break;
        if (error instanceof StdoutError) {
          // A closed pipe (news-parse ... | head) is the reader's choice, not an error to shout about.
          if (error.code !== 'EPIPE') say(`standard output: ${error.message}; stopping`);
          return EXIT.someInputFailed;
        }
        failed++;
        fail(file.path, reasonOf(error));
      }
    }
    const signalName = stop.signalName();
    if (signalName) return 128 + osConstants.signals[signalName];
    return failed ? EXIT.someInputFailed : EXIT.ok;
  } finally {
    stop.dispose();
  }
}

interface EvalOptions {
  json?: boolean;
  floors?: string;
}

/** `news-parse eval DIR`: score the parser on a folder of dumps with gold labels. */
async function runEval(dir: string, options: EvalOptions): Promise<number> {
  const { evaluateFolder, formatTable, belowFloors, floorsSchema } = await import('../eval/index.js');
  let floors = null;
  if (options.floors) {
    try {
      floors = floorsSchema.parse(JSON.parse(await fs.readFile(options.floors, 'utf8')));
    } catch (error) {
      process.stderr.write(`news-parse: ${options.floors}: not a valid floors file (${error instanceof Error ? error.message.split('\n')[0] : error})\n`);
      return EXIT.usage;
    }
  }
  let result;
  try {
    result = evaluateFolder(dir);
  } catch (error) {
    process.stderr.write(`news-parse: ${dir}: ${reasonOf(error)}\n`);
    return EXIT.someInputFailed;
  }
  if (result.overall.docs === 0) {
    process.stderr.write(`news-parse: ${dir}: no <id>.gold.json files with their <id>.txt dumps\n`);
    return EXIT.someInputFailed;
  }
  process.stdout.write(options.json ? JSON.stringify(result) + '\n' : formatTable(result) + '\n');
  for (const dump of result.missing) process.stderr.write(`news-parse: ${dump}: missing or unreadable dump for a gold file\n`);
  const failures = floors ? belowFloors(result, floors) : [];
  for (const failure of failures) process.stderr.write(`news-parse: accuracy floor: ${failure}\n`);
  return failures.length || result.missing.length ? EXIT.someInputFailed : EXIT.ok;
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return number;
}

export function buildProgram(): Command {
  return new Command('news-parse')
    .description('Turn raw text dumps of news articles into clean, validated JSON or Markdown.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files, folders (searched for .txt/.md), quoted glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option('-o, --out-dir <dir>', 'write one file per input (.json/.md), relative paths kept, instead of stdout')
    .option('--pretty', 'indented JSON (default on a terminal)')
    .option('--compact', 'one JSON object per line (default when piped)')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--no-color', 'no colour on the terminal (NO_COLOR and FORCE_COLOR are obeyed too)')
    .addOption(new Option('--max-size <MB>', 'refuse inputs larger than this; keeps one huge file from exhausting memory').default(100).argParser(positiveNumber))
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run news-parse --help for usage)')
    .exitOverride();
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  let exitCode: number = EXIT.ok;
  program.action(async (paths: string[], options: CliOptions) => {
    exitCode = await run(paths, options);
  });
  program
    .command('eval')
    .description('score news-parse on a folder of <id>.txt dumps with <id>.gold.json labels')
    .argument('<dir>', 'folder searched recursively for *.gold.json')
    .option('--json', 'machine-readable scores')
    .option('--floors <file>', 'fail (exit 1) if a score falls below the floors in this JSON file')
    .action(async (dir: string, options: EvalOptions) => {
      exitCode = await runEval(dir, options);
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`news-parse: ${reasonOf(error)}\n`);
    return EXIT.someInputFailed;
  }
  return exitCode;
}

import fs from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { analyseArticle } from '../pipeline.js';
import { NotTextError } from '../decode.js';
import { articleJsonSchema, type Article } from '../schema.js';
import { renderJson } from '../render/json.js';
import { resolveInputs, describeFsError, type InputFile } from './inputs.js';
import { outputPathFor, pendingTempFiles, writeAtomically } from './output.js';
import { version } from './version.js';

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, someInputFailed: 1, usage: 2 } as const;

interface CliOptions {
  format: 'json' | 'markdown';
  outDir?: string;
  pretty?: boolean;
  compact?: boolean;
  schema?: boolean;
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ news-parse seeds/*.txt                         JSON, one object per dump
  $ news-parse seeds/*.txt | jq -r .headline       pipe JSON Lines into jq
  $ news-parse -f markdown --out-dir out/ 'dumps/**/*.txt'
  $ cat dump.txt | news-parse -                    read stdin
  $ news-parse --schema                            JSON Schema of the output

Exit codes: 0 all inputs parsed, 1 at least one input failed (the others are still written),
2 usage error.`;

function colourFor(stream: NodeJS.WriteStream, wanted: boolean): InstanceType<typeof Chalk> {
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const allowed = wanted && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && (forced || stream.isTTY === true);
  return new Chalk({ level: allowed ? 1 : 0 });
}

async function readInput(file: InputFile): Promise<Uint8Array> {
  if (file.path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  const stat = await fs.stat(file.path);
  if (stat.isDirectory()) throw new Error('is a folder');
  if (!stat.isFile()) throw new Error(`not a regular file (${stat.isFIFO() ? 'FIFO' : stat.isSocket() ? 'socket' : 'device'})`);
  return fs.readFile(file.path);
}

function reasonOf(error: unknown): string {
  if (error instanceof NotTextError) return error.message;
  if ((error as NodeJS.ErrnoException)?.code) return describeFsError(error);
  return error instanceof Error ? error.message : String(error);
}

async function render(article: Article, options: CliOptions, pretty: boolean): Promise<string> {
  if (options.format === 'markdown') {
    const { renderMarkdown } = await import('../render/markdown.js');
    return renderMarkdown(article);
  }
  return renderJson(article, pretty) + '\n';
}

async function run(paths: string[], options: CliOptions): Promise<number> {
  const stderrColour = colourFor(process.stderr, options.color);
  const fail = (file: string, reason: string) => process.stderr.write(`${stderrColour.red('news-parse:')} ${file}: ${reason}\n`);

  if (options.schema) {
    process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    return EXIT.ok;
  }
  if (!paths.length) {
    if (process.stdin.isTTY) {
      process.stderr.write('news-parse: no input: give files, folders, patterns or - for stdin (see --help)\n');
      return EXIT.usage;
    }
    paths = ['-'];
  }
  const { files, errors } = await resolveInputs(paths);
  let failed = errors.length;
  for (const e of errors) fail(e.path, e.reason);

  const pretty = options.pretty ?? (options.compact ? false : process.stdout.isTTY === true);
  const inputSet = new Set(files.filter((f) => f.path !== '-').map((f) => path.resolve(f.path)));
  const extension = options.format === 'markdown' ? 'md' : 'json';
  for (const file of files) {
    try {
      const { article } = analyseArticle(await readInput(file), { file: file.path });
      const out = await render(article, options, pretty);
      if (options.outDir) await writeAtomically(outputPathFor(options.outDir, file.outputStem, extension, inputSet), out);
      else if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    } catch (error) {
      failed++;
      fail(file.path, reasonOf(error));
    }
  }
  return failed ? EXIT.someInputFailed : EXIT.ok;
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
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run news-parse --help for usage)')
    .exitOverride();
}

/** On SIGINT/SIGTERM: outputs already renamed into place stay; half-written temp files go. */
function stopCleanlyOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pendingTempFiles) rmSync(temp, { force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  stopCleanlyOnSignals();
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
    process.stderr.write(`news-parse: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.someInputFailed;
  }
  return exitCode;
}

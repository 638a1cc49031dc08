import fs from 'node:fs/promises';
import { existsSync, rmSync, statSync } from 'node:fs';
import os, { constants as osConstants } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Chalk } from 'chalk';
import { articleJsonSchema, articleSchema } from '../schema.js';
import { CSV_COLUMNS, csvHeader, DEFAULT_CSV_COLUMNS, type CsvColumn } from '../render/csv.js';
import { isTimeZone } from '../dates/index.js';
import { mapOrdered } from '../batch/ordered.js';
import { WorkerPool } from '../batch/pool.js';
import { CliProblem, reasonOf } from './errors.js';
import { resolveInputs, type InputFile } from './inputs.js';
import { OutputPlan, StdoutError, pendingTempFiles, writeAtomically, writeStdout } from './output.js';
import { readInput } from './read.js';
import { Job, type JobResult, type JobSettings, type OutputFormat } from './job.js';
import { Progress, type Tally } from './progress.js';
import type { WorkerTask } from './worker.js';
import { version } from './version.js';
import { EXIT } from './exit.js';

export { EXIT };

interface CliOptions {
  /** Unset means json, or text with --explain. */
  format?: OutputFormat;
  outDir?: string;
  pretty?: boolean;
  compact?: boolean;
  schema?: boolean;
  color: boolean;
  maxSize: number;
  /** Unset: the number of cores, with worker threads only for large batches. */
  jobs?: number;
  input: 'dumps' | 'ndjson';
  explain?: boolean;
  provenance?: boolean;
  fields?: string[];
  rules?: string;
  printRules?: boolean;
  timezone?: string;
  referenceDate?: Date;
  learnBoilerplate?: boolean;
  progress?: boolean;
  quiet?: boolean;
  failOnWarning?: boolean;
}

const EXAMPLES = `
Examples:
  $ news-parse seeds/*.txt                         JSON, one object per dump
  $ news-parse seeds/*.txt | jq -r .headline       pipe JSON Lines into jq
  $ news-parse -f markdown --out-dir out/ 'dumps/**/*.txt'
  $ news-parse -f csv --fields file,headline,published dumps/ > dumps.csv
  $ news-parse --explain seeds/000_94eb0a8464f32015.txt
  $ cat dump.txt | news-parse -                    read stdin
  $ news-parse --input ndjson - < items.jsonl      {"id","text"} per line in, one result per line out
  $ news-parse --schema                            JSON Schema of the output
  $ news-parse eval ../shared/corpus               accuracy on dumps with gold labels

Exit codes: 0 all inputs parsed, 1 at least one input failed (the others are still written),
2 usage error (also a bad --rules file), 3 some dump parsed with warnings (only with
--fail-on-warning), 130/143 stopped by SIGINT/SIGTERM (outputs written until then are complete).`;

const colourAllowed = (stream: NodeJS.WriteStream, wanted: boolean) => {
  const force = process.env.FORCE_COLOR;
  if (!wanted || force === '0' || force === 'false' || (process.env.NO_COLOR ?? '') !== '') return false;
  return force !== undefined || stream.isTTY === true;
};

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

const RULES_FILE = '.news-parse.json';

/** --rules, else .news-parse.json in the current folder or a parent. */
function findRulesFile(explicit: string | undefined): string | undefined {
  if (explicit) return explicit;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, RULES_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A problem with the command line: reported as one line, exit code 2. */
class UsageProblem extends Error {}

async function settingsFrom(options: CliOptions & { format: OutputFormat }, pretty: boolean): Promise<JobSettings> {
  const fields = options.fields ?? null;
  if (options.explain && (options.format === 'markdown' || options.format === 'csv')) throw new UsageProblem('--explain writes text or json (-f text, -f json)');
  if (options.input === 'ndjson' && options.format !== 'json') throw new UsageProblem('--input ndjson writes JSON Lines: leave out --format');
  if (fields && (options.explain || options.format === 'markdown' || options.format === 'text')) throw new UsageProblem('--fields applies to -f json and -f csv');
  if (fields) {
    const known = options.format === 'csv' ? Object.keys(CSV_COLUMNS) : [...Object.keys(articleSchema.shape), ...(options.input === 'ndjson' ? ['id'] : [])];
    const unknown = fields.filter((f) => !known.includes(f));
    if (unknown.length) throw new UsageProblem(`--fields: unknown field ${unknown.join(', ')} (known: ${known.join(', ')})`);
  }
  if (options.timezone && !isTimeZone(options.timezone)) throw new UsageProblem(`--timezone: ${options.timezone} is not an IANA time zone (e.g. Asia/Dhaka)`);
  const rulesFile = findRulesFile(options.rules);
  let rules: JobSettings['rules'];
  if (rulesFile) {
    const { loadRules, RulesError } = await import('../rules/custom.js');
    try {
      await loadRules(rulesFile);
      rules = { file: rulesFile, json: JSON.parse(await fs.readFile(rulesFile, 'utf8')) };
    } catch (error) {
      throw new UsageProblem(error instanceof RulesError ? error.message : `${rulesFile}: ${reasonOf(error)}`);
    }
  }
  return {
    format: options.format,
    pretty,
    fields,
    explain: options.explain === true,
    provenance: options.provenance === true,
    timeZone: options.timezone,
    referenceDate: options.referenceDate?.toISOString(),
    rules,
    colourLevel: colourAllowed(process.stdout, options.color) ? 1 : 0,
  };
}

/** First pass of --learn-boilerplate: the short lines that recur across the batch. */
async function learnFrom(files: readonly InputFile[], maxSize: number, signal: AbortSignal): Promise<string[]> {
  const { learnBoilerplate } = await import('../learn.js');
  const { decode } = await import('../decode.js');
  async function* texts() {
    for (const file of files) {
      if (file.path === '-') continue;
      try {
        yield decode(await readInput(file, maxSize, signal)).text;
      } catch {
        // Unreadable files are reported by the second pass.
      }
    }
  }
  const collected: string[] = [];
  for await (const text of texts()) collected.push(text);
  return [...learnBoilerplate(collected)];
}

/**
 * Parse in the main thread for small batches: each worker thread starts and warms up on its own
 * (a second or two of CPU on 2 cores), which only pays off from some tens of megabytes.
 */
const WORKERS_FROM_FILES = 16;
const WORKERS_FROM_BYTES = 32 * 1024 * 1024;

/**
 * With a worker on every core, each worker's optimising compiler runs on a core another worker
 * needs. Budgeting about fifteen times more work before a function is optimised leaves only the hottest ones
 * to compile (20,000 dumps on 2 cores: 16.9 s before, 15.2 s after). With a core to spare (one
 * worker, or --jobs 1) compiling early is cheaper, so the default budget stays.
 */
/**
 * A worker's young generation is capped at 8 MB. Uncapped, it grows as the main thread's would, to
 * two 16 MB halves, which fill with a few dumps' short-lived lines between collections. Measured on
 * 2,000 bench dumps with --jobs 2, peak RSS fell from 309 MB to 256 MB at the same speed; 3-5 MB was
 * slower.
 */
const WORKER_HEAP_LIMITS = { maxYoungGenerationSizeMb: 8 };

function budgetCompilesForBusyCores(workers: number): void {
  if (workers >= os.availableParallelism()) setFlagsFromString('--interrupt-budget=1000000');
}

/**
 * A run over a dump or two spends more time compiling patterns than running them: the first dump
 * compiles some 800 of them, mostly Unicode-aware, to machine code. Without V8's regexp optimiser
 * they compile about a third faster and run about 2.5 times slower, which pays up to some tens of
 * kilobytes of input (one 4 KB seed: 0.35 s -> 0.29 s; one 50 KB dump: 0.52 s -> 0.62 s). Set
 * before the first dump's patterns compile; patterns compiled earlier keep their code.
 */
const QUICK_COMPILE_UP_TO_BYTES = 32 * 1024;
function compileQuicklyForSmallRuns(files: readonly InputFile[]): void {
  if (files.some((f) => f.path === '-') || batchBytes(files, QUICK_COMPILE_UP_TO_BYTES) > QUICK_COMPILE_UP_TO_BYTES) return;
  setFlagsFromString('--no-regexp-optimization');
}

/**
 * Total size of the batch's files (unreadable ones count as empty; they fail later, one by one),
 * counted only until it passes `enough`.
 */
function batchBytes(files: readonly InputFile[], enough = Infinity): number {
  let total = 0;
  for (const file of files) {
    if (total > enough) break;
    if (file.path === '-') continue;
    try {
      total += statSync(file.path).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return total;
}
/** The worker bundle sits next to the CLI bundle in dist/. */
const workerScript = () => path.join(__dirname, 'worker.cjs');

async function run(paths: string[], options: CliOptions): Promise<number> {
  const stderrColour = new Chalk({ level: colourAllowed(process.stderr, options.color) ? 1 : 0 });
  let progress: Progress | null = null;
  const say = (message: string) => {
    progress?.clear();
    process.stderr.write(`${stderrColour.red('news-parse:')} ${message}\n`);
  };
  const fail = (file: string, reason: string) => say(`${file}: ${reason}`);

  if (options.schema) {
    process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    return EXIT.ok;
  }
  if (options.printRules) {
    const { builtInRulesAsJson } = await import('../rules/custom.js');
    process.stdout.write(builtInRulesAsJson());
    return EXIT.ok;
  }
  if (!paths.length) {
    if (process.stdin.isTTY) {
      say('no input: give files, folders, patterns or - for stdin (see --help)');
      return EXIT.usage;
    }
    paths = ['-'];
  }
  const format: OutputFormat = options.format ?? (options.explain ? 'text' : 'json');
  const pretty = options.pretty ?? (options.compact ? false : process.stdout.isTTY === true && format === 'json');
  let settings: JobSettings;
  try {
    settings = await settingsFrom({ ...options, format }, pretty);
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    say(error.message);
    return EXIT.usage;
  }
  if (options.input === 'ndjson') {
    if (paths.some((p) => p !== '-')) {
      say('--input ndjson reads standard input only: give - or no path');
      return EXIT.usage;
    }
    const { streamNdjson } = await import('./ndjson.js');
    return streamNdjson(await Job.create({ ...settings, pretty: false }), say);
  }

  const stop = stopOnSignals(say);
  const pool: { current: WorkerPool<WorkerTask, JobResult> | null } = { current: null };
  try {
    if (options.outDir && (await fs.stat(options.outDir).catch(() => null))?.isDirectory() === false) {
      say(`--out-dir ${options.outDir}: not a folder`);
      return EXIT.usage;
    }
    const listed = await resolveInputs(paths);
    // An --out-dir inside a folder being searched holds an earlier run's outputs: not inputs of this one.
    const outRoot = options.outDir ? path.resolve(options.outDir) : null;
    const searched = await Promise.all(paths.map((p) => fs.stat(p).then((st) => (st.isDirectory() ? path.resolve(p) : null), () => null)));
    const nested = outRoot !== null && searched.some((folder) => folder !== null && outRoot.startsWith(folder + path.sep));
    const files = nested ? listed.files.filter((f) => f.path === '-' || !path.resolve(f.path).startsWith(outRoot + path.sep)) : listed.files;
    const errors = listed.errors;
    let failed = errors.length;
    for (const e of errors) fail(e.path, e.reason);
    if (options.learnBoilerplate) settings.knownBoilerplate = await learnFrom(files, options.maxSize, stop.signal);

    const job = await Job.create(settings);
    const extension = settings.explain ? (settings.format === 'json' ? 'json' : 'txt') : ({ json: 'json', markdown: 'md', text: 'txt', csv: 'csv' } as const)[settings.format];
    const plan = options.outDir ? await OutputPlan.create(options.outDir, extension, files) : null;
    // Write errors reach writeStdout's callback; without a listener Node would also throw them.
    if (!plan) process.stdout.on('error', () => undefined);
    const csvColumns = (settings.fields ?? DEFAULT_CSV_COLUMNS) as CsvColumn[];
    if (settings.format === 'csv' && !settings.explain && !plan) await writeStdout(csvHeader(csvColumns));

    const onTerminal = process.stderr.isTTY === true;
    // On a terminal that also shows the output, a bar would be drawn between the results.
    const outputOnTerminal = !plan && process.stdout.isTTY === true;
    progress = new Progress(files.length, process.stderr, options.progress ?? (onTerminal && !outputOnTerminal && files.length > 3 && !options.quiet));
    const tally: Tally = { done: 0, warned: 0, failed: 0 };

    // An explicit --jobs is obeyed; the default uses the pool only where it pays off.
    const jobs = options.jobs ?? os.availableParallelism();
    const useWorkers = jobs > 1 && files.filter((f) => f.path !== '-').length > 1 && (options.jobs !== undefined || (files.length >= WORKERS_FROM_FILES && batchBytes(files, WORKERS_FROM_BYTES) >= WORKERS_FROM_BYTES));
    if (!useWorkers) compileQuicklyForSmallRuns(files);
    if (useWorkers) {
      const workers = Math.min(jobs, files.length);
      budgetCompilesForBusyCores(workers);
      pool.current = new WorkerPool<WorkerTask, JobResult>(workerScript(), workers, { workerData: { settings }, resourceLimits: WORKER_HEAP_LIMITS });
    }
    const parseOne = async (file: InputFile): Promise<JobResult> => {
      if (stop.signal.aborted) return { ok: false, reason: 'stopped' };
      // A worker that dies (out of memory, say) fails its one file; the batch goes on.
      if (pool.current && file.path !== '-') return pool.current.run({ path: file.path, maxSize: options.maxSize }).catch((error: unknown) => ({ ok: false, reason: reasonOf(error) }) as const);
      try {
        return { ok: true, ...job.render(await readInput(file, options.maxSize, stop.signal), file.path) };
      } catch (error) {
        return { ok: false, reason: reasonOf(error) };
      }
    };
    // Bounded in-flight work keeps memory flat however many files the batch has.
    const inFlight = useWorkers ? jobs * 4 : 1;
    const results = mapOrdered(files.entries(), async ([i, file]) => ({ file, i, result: await parseOne(file) }), inFlight);
    for await (const { file, result } of results) {
      if (stop.signal.aborted) break;
      tally.done++;
      try {
        if (!result.ok) throw new CliProblem(result.reason);
        if (result.warnings) tally.warned++;
        const output = plan && settings.format === 'csv' && !settings.explain ? csvHeader(csvColumns) + result.output : result.output;
        if (plan) await writeAtomically(plan.claim(file), output, stop.signal);
        else await writeStdout(output);
      } catch (error) {
        if (stop.signal.aborted) break;
        if (error instanceof StdoutError) {
          progress.clear();
          // A closed pipe (news-parse ... | head) is the reader's choice, not an error to shout about.
          if (error.code !== 'EPIPE') say(`standard output: ${error.message}; stopping`);
          return EXIT.someInputFailed;
        }
        failed++;
        tally.failed++;
        fail(file.path, reasonOf(error));
      }
      progress.update(tally);
    }
    progress.update(tally, true);
    progress.clear();
    const signalName = stop.signalName();
    if (signalName) return 128 + osConstants.signals[signalName];
    if (onTerminal && !options.quiet && files.length > 1) process.stderr.write(`${progress.summary({ ...tally, failed })}\n`);
    if (failed) return EXIT.someInputFailed;
    return options.failOnWarning && tally.warned ? EXIT.warnings : EXIT.ok;
  } finally {
    stop.dispose();
    await pool.current?.close();
  }
}

interface EvalOptions {
  json?: boolean;
  floors?: string;
}

/** `news-parse eval DIR`: score the parser on a folder of dumps with gold labels. */
async function runEval(dir: string, options: EvalOptions): Promise<number> {
  const { evaluateFolder, formatTable, belowFloors, floorsSchema, GoldError } = await import('../eval/index.js');
  let floors = null;
  if (options.floors) {
    try {
      floors = floorsSchema.parse(JSON.parse(await fs.readFile(options.floors, 'utf8')));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ? reasonOf(error) : `not a valid floors file (${error instanceof Error ? error.message.split('\n')[0] : error})`;
      process.stderr.write(`news-parse: ${options.floors}: ${reason}\n`);
      return EXIT.usage;
    }
  }
  let result;
  try {
    result = evaluateFolder(dir);
  } catch (error) {
    process.stderr.write(`news-parse: ${error instanceof GoldError ? error.message : `${dir}: ${reasonOf(error)}`}\n`);
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

function jobCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return number;
}

function instant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected an ISO 8601 date or date-time, e.g. 2024-06-21T18:00:00Z');
  return date;
}

const fieldList = (value: string) => value.split(',').map((f) => f.trim()).filter(Boolean);

export function buildProgram(): Command {
  return new Command('news-parse')
    .description('Turn raw text dumps of news articles into clean, validated JSON, Markdown, text or CSV.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files, folders (searched for .txt/.md), quoted glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default json; text with --explain)').choices(['json', 'markdown', 'text', 'csv']))
    .option('-o, --out-dir <dir>', 'write one file per input (.json/.md/.txt/.csv), relative paths kept, instead of stdout')
    .addOption(new Option('--pretty', 'indented JSON (default on a terminal)').conflicts('compact'))
    .option('--compact', 'one JSON object per line (default when piped)')
    .addOption(new Option('--fields <list>', 'only these fields in JSON and CSV, comma-separated (e.g. file,headline,published)').argParser(fieldList))
    .option('--explain', 'show every input line with its role and the rule that decided it (--format json for data)')
    .option('--provenance', 'add the input line numbers every field came from')
    .option('--rules <file>', `custom rules (JSON; see --print-rules); default: ${RULES_FILE} here or in a parent folder`)
    .option('--print-rules', 'print the built-in rule tables as a rules file to copy and adapt')
    .option('--timezone <zone>', 'IANA time zone for times the dump gives without one, e.g. Asia/Dhaka')
    .addOption(new Option('--reference-date <when>', 'resolve relative stamps ("3 hours ago") from this instant').argParser(instant))
    .option('--learn-boilerplate', 'first learn the lines that recur across the batch (menus, footers), then treat them as boilerplate')
    .addOption(new Option('-j, --jobs <n>', 'parse on this many threads (default: the number of cores, for batches over 32 MB)').argParser(jobCount))
    .addOption(new Option('--input <kind>', 'dumps (files, folders, -) or ndjson: {"id","text"} per line on stdin').choices(['dumps', 'ndjson']).default('dumps'))
    .addOption(new Option('--progress', 'show the progress bar even when stderr is not a terminal').conflicts('quiet'))
    .option('-q, --quiet', 'no progress bar and no summary; only errors on stderr')
    .option('--fail-on-warning', 'exit with 3 when any dump parsed with warnings (a field not found)')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--no-color', 'no colour on the terminal (NO_COLOR and FORCE_COLOR are obeyed too)')
    .addOption(new Option('--max-size <MB>', 'refuse inputs larger than this; keeps one huge file from exhausting memory').default(100).argParser(positiveNumber))
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run news-parse --help for usage)')
    // Usage errors in the same one-line form as every other error.
    .configureOutput({ outputError: (message, write) => write(`news-parse: ${message.replace(/^error: /, '')}`) })
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

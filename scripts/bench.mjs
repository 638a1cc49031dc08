// Benchmarks: `npm run bench`. Each section is a function returning a table; the results go to
// stdout and to bench/results.json (committed, so that changes show in review).
//
//   adversarial  inputs built to trigger super-linear work, parsed in this process
//   scale        the CLI as a user runs it, on a corpus built here: 20,000 dumps (~100 MB) against
//                an I/O floor, --jobs 1 and default jobs, cold start, peak RSS, size scaling
//   targets      the "Fast at every scale" targets, PASS/MISS per row (a miss is reported, not
//                an error; only the adversarial section sets the exit code)
//
// Options: --dumps N (corpus size, default 20000), --runs N (runs of each batch, default 3),
// --only adversarial|scale, --profile (also profile one `--jobs 1` batch with node --cpu-prof and
// print the top self-time functions), --keep (keep the temp corpus and print where it is).
//
// Everything runs a snapshot of dist/ copied to a temp folder, built first when missing or older
// than src/, so that a rebuild during the run (tests, other work) cannot mix two builds.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: options } = parseArgs({
  options: {
    dumps: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const DUMPS = Number(options.dumps);
const RUNS = Number(options.runs);
if (!Number.isInteger(DUMPS) || DUMPS < 2 || !Number.isInteger(RUNS) || RUNS < 1) throw new Error('--dumps must be a whole number >= 2 and --runs >= 1');
if (options.only && !['adversarial', 'scale'].includes(options.only)) throw new Error('--only must be adversarial or scale');
const wanted = (section) => !options.only || options.only === section;

const MEGABYTE = 1024 * 1024;
const round = (n) => Math.round(n * 100) / 100;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// The build under test: a snapshot of dist/ with bin/ and a link to node_modules.

function newestSourceTime() {
  const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' });
  return Math.max(...files.map((f) => statSync(path.join(root, 'src', f)).mtimeMs));
}
const bundle = path.join(root, 'dist/cli.cjs');
if (!existsSync(bundle) || !existsSync(path.join(root, 'dist/index.js')) || statSync(bundle).mtimeMs < newestSourceTime()) {
  log('dist/ missing or older than src/: building');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}
const work = mkdtempSync(path.join(os.tmpdir(), 'news-parse-bench-'));
const app = path.join(work, 'app');
cpSync(path.join(root, 'dist'), path.join(app, 'dist'), { recursive: true });
cpSync(path.join(root, 'bin'), path.join(app, 'bin'), { recursive: true });
cpSync(path.join(root, 'package.json'), path.join(app, 'package.json'));
symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');
const BIN = path.join(app, 'bin/news-parse');
const { parseArticle } = await import(pathToFileURL(path.join(app, 'dist/index.js')).href);
process.on('exit', () => {
  if (options.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

/** Median seconds per parse of `input`, over at least `minRuns` runs and at least `minSeconds` in all. */
function secondsPerParse(parse, minSeconds = 0.5, minRuns = 3) {
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start) / 1000 < minSeconds) {
    const t = performance.now();
    parse();
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

/** The seed and fixture dumps: what parsing normally looks like. */
function sourceFiles() {
  const inFolder = (folder) => readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, folder, f));
  return [...inFolder('seeds'), ...inFolder('fixtures')];
}

function normalCorpus() {
  return sourceFiles().map((file) => readFileSync(file));
}

function corpusThroughput(corpus) {
  const bytes = corpus.reduce((n, dump) => n + dump.length, 0);
  const seconds = secondsPerParse(() => corpus.forEach((dump) => parseArticle(dump)), 2);
  return { dumps: corpus.length, bytes, seconds, mbPerSecond: bytes / MEGABYTE / seconds };
}

// ---------------------------------------------------------------------------------------------
// Adversarial inputs.

/** Pseudo-random lower-case letters, the same every run. */
function letters(count) {
  let state = 42;
  let text = '';
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(97 + (state % 26));
  }
  return text;
}

const MARKDOWN_PARAGRAPH = 'The council said on Monday that the new bridge would open next spring, after two years of work and a long dispute over its cost. '.repeat(2).trim();

/**
 * Inputs built to trigger super-linear work: repetitions that make a backtracking regex retry
 * from every position, or a per-line or per-unit step look at all the others. `make(scale)` builds
 * the case at `scale` times its size; a linear parser keeps its MB/s when the size doubles.
 */
const ADVERSARIAL_CASES = [
  { name: '100k repeated "By "', make: (scale) => 'By '.repeat(100_000 * scale) },
  { name: '200k spaces inside a line', make: (scale) => `x${' '.repeat(200_000 * scale)}x` },
  { name: '50k dashes', make: (scale) => '-'.repeat(50_000 * scale) },
  { name: '20k lines of "Updated:"', make: (scale) => 'Updated:\n'.repeat(20_000 * scale) },
  { name: 'one 1 MB line of letters', make: (scale) => letters(MEGABYTE * scale) },
  { name: '100k lines of one character', make: (scale) => 'x\n'.repeat(100_000 * scale) },
  // Markdown makes a unit of every block: a step that walks the page's lines once per block is
  // quadratic here (it was: 1.1 MB/s, now about 2).
  { name: '4k Markdown paragraphs', make: (scale) => `# A page title\n\n${`${MARKDOWN_PARAGRAPH}\n\n`.repeat(4_000 * scale)}` },
];

/** Target: no adversarial case slower per MB than this many times the normal corpus. */
const MAX_SLOWDOWN = 3;

/** Seconds and MB/s of one input, or the error parsing it threw (which fails the case). */
function measure(input) {
  try {
    const seconds = secondsPerParse(() => parseArticle(input));
    return { seconds, mbPerSecond: input.length / MEGABYTE / seconds };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function adversarialSection(baseline) {
  const rows = ADVERSARIAL_CASES.map(({ name, make }) => {
    const input = Buffer.from(make(1));
    const single = measure(input);
    const double = measure(Buffer.from(make(2)));
    const slowdown = single.error ? Infinity : baseline.mbPerSecond / single.mbPerSecond;
    return {
      case: name,
      bytes: input.length,
      ms: single.error ? single.error : Math.round(single.seconds * 1000),
      mbPerSecond: single.error ? '-' : round(single.mbPerSecond),
      // How many times slower per MB than the normal corpus (1 = as fast, below 1 = faster).
      slowdown: single.error ? '-' : round(slowdown),
      // MB/s at twice the size over MB/s at the size: about 1 when linear, about 0.5 when quadratic.
      scaling: single.error ? '-' : double.error ? `2x size: ${double.error}` : round(double.mbPerSecond / single.mbPerSecond),
      ok: slowdown <= MAX_SLOWDOWN && !double.error,
    };
  });
  return {
    title: `Adversarial inputs (target: at most ${MAX_SLOWDOWN}x the normal per-MB time; normal corpus ${round(baseline.mbPerSecond)} MB/s)`,
    rows,
    failed: rows.filter((row) => !row.ok).map((row) => row.case),
  };
}

// ---------------------------------------------------------------------------------------------
// The scale corpus: fixtures and seeds varied with a seeded PRNG, so every run builds the same bytes.

const CORPUS_SEED = 20240621;

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  'Ahmed', 'Becker', 'Chowdhury', 'Dubois', 'Evans', 'Fischer', 'García', 'Hossain', 'Ito', 'Jensen', 'Khan', 'Laurent', 'Müller',
  'Nakamura', 'Okafor', 'Patel', 'Quinn', 'Rahman', 'Schmidt', 'Tanaka', 'Urquhart', 'Varga', 'Williams', 'Xu', 'Yilmaz', 'Zimmermann',
];

const isParagraph = (block) => block.length >= 120 && /[.!?。」"”»]/.test(block);

/** A source dump as head (everything up to and including the lead paragraph), body and tail. */
function splitSource(text) {
  text = text.replace(/\r\n?/g, '\n');
  let separator = '\n\n';
  let blocks = text.split(/\n[ \t]*\n+/).filter((block) => block.trim());
  if (blocks.length < 4) {
    separator = '\n';
    blocks = text.split('\n').filter((line) => line.trim());
  }
  const first = blocks.findIndex(isParagraph);
  const last = blocks.findLastIndex(isParagraph);
  if (first === -1) return { head: blocks, body: [], tail: [], separator, pool: [] };
  const body = blocks.slice(first + 1, last + 1);
  const paragraphs = body.filter(isParagraph);
  return { head: blocks.slice(0, first + 1), body, tail: blocks.slice(last + 1), separator, pool: paragraphs.length ? paragraphs : [blocks[first]] };
}

// Dates and times stay parseable: month and weekday names are not renamed, numbers inside dates,
// times and codes (next to : . / -) and one- or two-digit numbers are kept.
const KEEP_WORDS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);

function corpusMaker(seed) {
  const random = prng(seed);
  const below = (n) => Math.floor(random() * n);
  const pick = (list) => list[below(list.length)];
  const digits = (run) => {
    if (run.length === 4 && /^(19|20)/.test(run)) return String(1990 + below(40)); // years stay years
    let out = String(1 + below(9));
    while (out.length < run.length) out += String(below(10));
    return out;
  };
  // A capitalised word after a lower-case word (not a sentence start) is a name, often.
  const names = (text) => text.replace(/(?<=[a-z,] )[A-Z][a-z]{2,}/g, (word) => (!KEEP_WORDS.has(word) && random() < 0.3 ? pick(SURNAMES) : word));
  /** Paragraphs get other names and numbers; headers, bylines, stamps, menus stay as they are. */
  const vary = (block) => (isParagraph(block) ? names(block.replace(/(?<![\d:./-])\d{3,}(?![\d:./-])/g, digits)) : block);
  const shuffle = (list) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = below(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  /** One dump from `source`: paragraphs varied, the body shuffled and paragraphs duplicated (varied) up to `target` bytes. */
  function dump(source, target) {
    const head = source.head.map(vary);
    const body = shuffle(source.body.map(vary));
    let size = Buffer.byteLength([...head, ...body, ...source.tail].join(source.separator));
    while (size < target && source.pool.length) {
      const paragraph = vary(pick(source.pool));
      body.splice(below(body.length + 1), 0, paragraph);
      size += Buffer.byteLength(paragraph) + source.separator.length;
    }
    return `${[...head, ...body, ...source.tail].join(source.separator)}\n`;
  }
  /** One long article: a source's head, then paragraphs from every source until `target` bytes. */
  function longDump(head, sources, target) {
    const pool = sources.flatMap((source) => source.pool);
    const parts = head.head.map(vary);
    let size = Buffer.byteLength(parts.join('\n\n'));
    while (size < target) {
      const paragraph = vary(pick(pool));
      parts.push(paragraph);
      size += Buffer.byteLength(paragraph) + 2;
    }
    return `${parts.join('\n\n')}\n`;
  }
  return { random, below, pick, dump, longDump };
}

/**
 * Write the corpus under `dir`: dumps/part-1 and dumps/part-2 with half the dumps each (so that
 * part-1 alone is the half-size batch), and long/1mb.txt, long/10mb.txt. Dump sizes are spread
 * evenly between 1.5 and 9 KB, about 5 KB on average.
 */
function buildCorpus(dir, count) {
  const sources = sourceFiles().map((file) => splitSource(readFileSync(file, 'utf8')));
  const make = corpusMaker(CORPUS_SEED);
  const halves = [path.join(dir, 'dumps/part-1'), path.join(dir, 'dumps/part-2')];
  halves.forEach((half) => mkdirSync(half, { recursive: true }));
  const width = String(count).length;
  let bytes = 0;
  let halfBytes = 0;
  for (let i = 0; i < count; i++) {
    const text = make.dump(make.pick(sources), 1536 + make.below(7680));
    const half = i < count / 2 ? 0 : 1;
    const file = path.join(halves[half], `${String(i).padStart(width, '0')}.txt`);
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    bytes += size;
    if (half === 0) halfBytes += size;
  }
  mkdirSync(path.join(dir, 'long'));
  const seed = sources[0];
  const long = {};
  for (const [name, size] of [['1mb', MEGABYTE], ['10mb', 10 * MEGABYTE]]) {
    const file = path.join(dir, 'long', `${name}.txt`);
    writeFileSync(file, make.longDump(seed, sources, size));
    long[name] = { file, bytes: statSync(file).size };
  }
  return {
    all: { folder: path.join(dir, 'dumps'), dumps: count, bytes },
    half: { folder: halves[0], dumps: Math.ceil(count / 2), bytes: halfBytes },
    long,
  };
}

/** The I/O floor: list the folder as the CLI does, read every dump, write one small JSON line per dump. */
const IO_FLOOR_SCRIPT = `
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(child);
    else if (/\\.(?:txt|md|markdown)$/i.test(entry.name)) files.push(child);
  }
};
for (const arg of process.argv.slice(2)) walk(arg);
files.sort();
for (const file of files) {
  const bytes = readFileSync(file);
  writeSync(1, JSON.stringify({ file, bytes: bytes.length }) + '\\n');
}
`;

// ---------------------------------------------------------------------------------------------
// Running processes: wall time from spawn to exit, peak RSS from GNU time (or a preload probe).

const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((candidate) => {
  if (!existsSync(candidate)) return false;
  return spawnSync(candidate, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
});
const RSS_PROBE = path.join(work, 'rss-probe.mjs');
writeFileSync(
  RSS_PROBE,
  [
    "import { writeFileSync } from 'node:fs';",
    "process.on('exit', () => {",
    '  const usage = process.resourceUsage();',
    '  writeFileSync(process.env.NEWS_PARSE_BENCH_RSS, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\\n`);',
    '});',
    '',
  ].join('\n'),
);
const RSS_FILE = path.join(work, 'rss');
const DEV_NULL = openSync('/dev/null', 'w');
const CORES = os.availableParallelism?.() ?? os.cpus().length;

/** CPU seconds the whole machine has spent busy so far (Linux /proc/stat), or null elsewhere. */
function machineBusySeconds() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks;
    return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * Benchmarks share the machine with whatever else runs (tests, builds): before each measured
 * round, wait up to 30 s (3 minutes over the whole bench) for other work to go below a third of
 * a core, so that fewer runs are timed against it. Each run also records how busy the rest of
 * the machine was while it ran (otherCpu: share of all cores), in the results.
 */
let quietWaitLeft = 180;
function waitForQuiet() {
  const sample = () => {
    const before = machineBusySeconds();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    return before === null ? 0 : machineBusySeconds() - before;
  };
  let waited = 0;
  while (quietWaitLeft > 0 && waited < 30 && sample() > 0.33) {
    waited++;
    quietWaitLeft--;
  }
  if (waited) log(`waited ${waited} s for other work on the machine to settle`);
}

/**
 * Run `node ...args` from the project folder with stdout to /dev/null: wall seconds, and with
 * `measure`, peak RSS (MB), the run's own CPU seconds and the share of the machine others used.
 * Fails on a non-zero exit, so that a timing is never that of a run that broke.
 */
function runNode(args, { measure = true } = {}) {
  rmSync(RSS_FILE, { force: true });
  let argv = [process.execPath, ...args];
  const env = { ...process.env, NO_COLOR: '1' };
  if (measure && GNU_TIME) argv = [GNU_TIME, '-f', '%M %U %S', '-o', RSS_FILE, ...argv];
  else if (measure) {
    argv = [process.execPath, '--import', pathToFileURL(RSS_PROBE).href, ...args];
    env.NEWS_PARSE_BENCH_RSS = RSS_FILE;
  }
  const busyBefore = machineBusySeconds();
  const start = performance.now();
  const run = spawnSync(argv[0], argv.slice(1), { cwd: root, env, stdio: ['ignore', DEV_NULL, 'pipe'], maxBuffer: 64 * MEGABYTE });
  const seconds = (performance.now() - start) / 1000;
  const busy = busyBefore === null ? null : machineBusySeconds() - busyBefore;
  if (run.status !== 0) {
    throw new Error(`node ${args.join(' ')}: exit ${run.status ?? run.signal}: ${String(run.stderr).trim().split('\n').slice(-5).join(' | ')}`);
  }
  if (!measure) return { seconds };
  const [maxRssKb, user, system] = readFileSync(RSS_FILE, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const cpuSeconds = user + system;
  const otherCpu = busy === null ? null : Math.max(0, busy - cpuSeconds) / (seconds * CORES);
  return { seconds, rssMb: maxRssKb / 1024, cpuSeconds, otherCpu };
}

/** Median seconds, peak RSS (largest and median of the runs), CPU seconds and others' share. */
function summary(list) {
  const measured = list[0].rssMb !== undefined;
  return {
    runs: list.length,
    seconds: median(list.map((r) => r.seconds)),
    all: list.map((r) => (r.seconds < 1 ? Math.round(r.seconds * 1000) / 1000 : round(r.seconds))),
    rssMb: measured ? Math.max(...list.map((r) => r.rssMb)) : null,
    rssMedianMb: measured ? median(list.map((r) => r.rssMb)) : null,
    rssAll: measured ? list.map((r) => Math.round(r.rssMb)) : null,
    cpuSeconds: measured ? median(list.map((r) => r.cpuSeconds)) : null,
    otherCpu: measured && list[0].otherCpu !== null ? median(list.map((r) => r.otherCpu)) : null,
  };
}

/**
 * `runs` rounds of every case, interleaved so that drift in the machine's load hits all alike.
 * `measure: false` runs without GNU time in between (cold start: a few ms matter).
 */
function interleaved(cases, runs, { measure = true, quiet = false } = {}) {
  const results = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 1; round <= runs; round++) {
    if (!quiet || round === 1) waitForQuiet();
    for (const [name, args] of Object.entries(cases)) {
      const result = runNode(args, { measure });
      results[name].push(result);
      if (!quiet) {
        const others = result.otherCpu == null ? '' : `, others used ${Math.round(result.otherCpu * 100)}% of the machine`;
        log(`${name} round ${round}/${runs}: ${result.seconds.toFixed(2)} s, ${result.rssMb.toFixed(0)} MB, ${result.cpuSeconds.toFixed(1)} s CPU${others}`);
      }
    }
  }
  return Object.fromEntries(Object.entries(results).map(([name, list]) => [name, summary(list)]));
}

const COLD_START_RUNS = 10;
const COLD_START_DUMP = path.join(root, 'seeds/000_94eb0a8464f32015.txt');

/** Which peak RSS does not count as growth between the half and the full batch: noise. */
const RSS_GROWTH_TOLERANCE = 1.1;

/** Cheap runs (the I/O floor) get more of them: a short run is the noisiest. */
const CHEAP_RUNS = 5;

function scaleSection() {
  const corpusDir = path.join(work, 'corpus');
  const t = performance.now();
  const corpus = buildCorpus(corpusDir, DUMPS);
  const built = (performance.now() - t) / 1000;
  log(`corpus: ${corpus.all.dumps} dumps, ${(corpus.all.bytes / MEGABYTE).toFixed(1)} MB in ${built.toFixed(1)} s under ${corpusDir}`);
  const ioFloor = path.join(work, 'io-floor.mjs');
  writeFileSync(ioFloor, IO_FLOOR_SCRIPT);

  // Warm the page cache and the CLI once, so that every measured run starts alike.
  runNode([ioFloor, corpus.all.folder], { measure: false });
  runNode([BIN, '--quiet', corpus.half.folder], { measure: false });

  const floors = interleaved({ ioFloor: [ioFloor, corpus.all.folder], ioFloorHalf: [ioFloor, corpus.half.folder] }, Math.max(RUNS, CHEAP_RUNS));
  const batch = interleaved(
    {
      jobs1: [BIN, '--quiet', '--jobs', '1', corpus.all.folder],
      jobsDefault: [BIN, '--quiet', corpus.all.folder],
      jobs1Half: [BIN, '--quiet', '--jobs', '1', corpus.half.folder],
      jobsDefaultHalf: [BIN, '--quiet', corpus.half.folder],
    },
    RUNS,
  );

  // Cold start: process start to exit, one small dump, against node doing nothing; no GNU time
  // in between, since a few milliseconds matter here.
  runNode(['-e', ''], { measure: false });
  runNode([BIN, COLD_START_DUMP], { measure: false });
  const cold = interleaved({ node: ['-e', ''], newsParse: [BIN, COLD_START_DUMP] }, COLD_START_RUNS, { measure: false, quiet: true });
  log(`cold start: node -e "" ${cold.node.seconds.toFixed(3)} s, news-parse ${cold.newsParse.seconds.toFixed(3)} s`);

  // Long dumps: the CLI (time and RSS), and parseArticle in this process (time, no start-up).
  const long = interleaved({ cli1mb: [BIN, corpus.long['1mb'].file], cli10mb: [BIN, corpus.long['10mb'].file] }, RUNS);
  const inProcess = {};
  for (const name of ['1mb', '10mb']) {
    const input = readFileSync(corpus.long[name].file);
    parseArticle(input); // warm-up
    inProcess[name] = secondsPerParse(() => parseArticle(input), 0, RUNS);
    log(`parseArticle ${name}: ${inProcess[name].toFixed(2)} s`);
  }

  const row = (label, set, result, floor) => ({
    run: label,
    dumps: set.dumps,
    mb: round(set.bytes / MEGABYTE),
    seconds: result.seconds < 1 ? Math.round(result.seconds * 1000) / 1000 : round(result.seconds),
    filesPerSecond: set.bytes ? Math.round(set.dumps / result.seconds) : '-',
    mbPerSecond: set.bytes ? round(set.bytes / MEGABYTE / result.seconds) : '-',
    xIoFloor: floor ? round(result.seconds / floor.seconds) : '-',
    cpuSeconds: result.cpuSeconds === null ? '-' : round(result.cpuSeconds),
    peakRssMb: result.rssMb === null ? '-' : Math.round(result.rssMb),
    othersCpu: result.otherCpu == null ? '-' : `${Math.round(result.otherCpu * 100)}%`,
    runs: result.all.join(' '),
  });
  const dump = (name) => ({ dumps: 1, bytes: corpus.long[name].bytes });
  const rows = [
    row('I/O floor: read + 1 JSON line per dump', corpus.all, floors.ioFloor, null),
    row('news-parse --jobs 1', corpus.all, batch.jobs1, floors.ioFloor),
    row(`news-parse (default jobs: ${CORES})`, corpus.all, batch.jobsDefault, floors.ioFloor),
    row('I/O floor, half the dumps', corpus.half, floors.ioFloorHalf, null),
    row('news-parse --jobs 1, half the dumps', corpus.half, batch.jobs1Half, floors.ioFloorHalf),
    row('news-parse (default jobs), half the dumps', corpus.half, batch.jobsDefaultHalf, floors.ioFloorHalf),
    row('cold start: node -e ""', { dumps: 1, bytes: 0 }, cold.node, null),
    row(`cold start: news-parse ${path.relative(root, COLD_START_DUMP)}`, { dumps: 1, bytes: statSync(COLD_START_DUMP).size }, cold.newsParse, null),
    row('news-parse, one 1 MB dump', dump('1mb'), long.cli1mb, null),
    row('news-parse, one 10 MB dump', dump('10mb'), long.cli10mb, null),
  ];

  const tenMb = corpus.long['10mb'].bytes / MEGABYTE;
  const { dumps: all } = corpus.all;
  const { dumps: half } = corpus.half;
  const targets = [
    { target: `batch time, default jobs (${CORES}) / I/O floor`, measured: batch.jobsDefault.seconds / floors.ioFloor.seconds, limit: 2 },
    { target: 'batch time, --jobs 1 / I/O floor', measured: batch.jobs1.seconds / floors.ioFloor.seconds, limit: 4 },
    { target: 'cold start / node -e ""', measured: cold.newsParse.seconds / cold.node.seconds, limit: 1.5 },
    { target: 'batch peak RSS (largest run, --jobs 1 or default)', measured: Math.max(batch.jobs1.rssMb, batch.jobsDefault.rssMb), limit: 150, unit: ' MB', strict: true },
    // Growth compares the median peaks: one run's GC timing is not a trend.
    { target: `batch peak RSS, ${all} / ${half} dumps, default jobs`, measured: batch.jobsDefault.rssMedianMb / batch.jobsDefaultHalf.rssMedianMb, limit: RSS_GROWTH_TOLERANCE },
    { target: `batch peak RSS, ${all} / ${half} dumps, --jobs 1`, measured: batch.jobs1.rssMedianMb / batch.jobs1Half.rssMedianMb, limit: RSS_GROWTH_TOLERANCE },
    { target: '10 MB dump peak RSS / its size', measured: long.cli10mb.rssMb / tenMb, limit: 10, strict: true },
    { target: `batch time, ${all} / ${half} dumps, default jobs`, measured: batch.jobsDefault.seconds / batch.jobsDefaultHalf.seconds, limit: 2.1 },
    { target: `batch time, ${all} / ${half} dumps, --jobs 1`, measured: batch.jobs1.seconds / batch.jobs1Half.seconds, limit: 2.1 },
    { target: 'time, 10 MB / 1 MB dump (parseArticle, no start-up)', measured: inProcess['10mb'] / inProcess['1mb'], limit: 11 },
    { target: 'time, 10 MB / 1 MB dump (CLI, start-up included)', measured: long.cli10mb.seconds / long.cli1mb.seconds, limit: 11 },
  ].map(({ target, measured, limit, unit = 'x', strict = false }) => ({
    target,
    measured: `${round(measured)}${unit}`,
    limit: `${strict ? '<' : '≤'} ${limit}${unit}`,
    result: (strict ? measured < limit : measured <= limit) ? 'PASS' : 'MISS',
  }));

  return {
    scale: {
      title:
        `Scale: the CLI on ${all} generated dumps (${round(corpus.all.bytes / MEGABYTE)} MB, seed ${CORPUS_SEED}), stdout to /dev/null, warm page cache. ` +
        `seconds: median of the runs listed (wall, process start to exit); peakRssMb: the largest run; ` +
        `othersCpu: share of the ${CORES} cores that other processes used meanwhile (noise when high)`,
      corpus: {
        seed: CORPUS_SEED,
        dumps: all,
        bytes: corpus.all.bytes,
        halfDumps: half,
        halfBytes: corpus.half.bytes,
        long: { '1mb': corpus.long['1mb'].bytes, '10mb': corpus.long['10mb'].bytes },
        buildSeconds: round(built),
      },
      peakRssFrom: GNU_TIME ? `${GNU_TIME} -f %M` : 'process.resourceUsage().maxRSS (preloaded probe)',
      parseArticleSeconds: { '1mb': round(inProcess['1mb']), '10mb': round(inProcess['10mb']) },
      peakRssRuns: Object.fromEntries(Object.entries({ ...batch, ...long }).map(([name, result]) => [name, result.rssAll])),
      rows,
      failed: [], // throughput targets are reported, not enforced
    },
    targets: {
      title: 'Targets ("Fast at every scale"): a MISS is reported, it does not fail the bench',
      rows: targets,
      failed: [],
    },
    corpus,
  };
}

// ---------------------------------------------------------------------------------------------
// Optional: where a --jobs 1 batch spends its time (node --cpu-prof), top self time by function.

function profileBatch(folder, top = 25) {
  const dir = path.join(work, 'profile');
  mkdirSync(dir);
  const t = performance.now();
  runNode(['--cpu-prof', '--cpu-prof-dir', dir, BIN, '--quiet', '--jobs', '1', folder], { measure: false });
  const seconds = (performance.now() - t) / 1000;
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const file = url.startsWith('file:') ? path.relative(app, fileURLToPath(url)) : url;
    const where = file ? `${file}:${lineNumber + 1}` : '';
    const name = functionName.length > 90 ? `${functionName.slice(0, 89)}…` : functionName;
    const key = `${name || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const rows = [...byFunction.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, micros]) => ({ function: fn, selfMs: Math.round(micros / 1000), selfPercent: round((micros / total) * 100) }));
  const kept = path.join(os.tmpdir(), `news-parse-batch-${Date.now()}.cpuprofile`);
  cpSync(path.join(dir, file), kept);
  return { title: `Profile: news-parse --jobs 1 over ${folder} (${round(seconds)} s with the profiler; open ${kept} in Chrome DevTools)`, rows };
}

// ---------------------------------------------------------------------------------------------

function printTable({ title, rows }) {
  const columns = Object.keys(rows[0]);
  const cells = [columns, ...rows.map((row) => columns.map((c) => String(row[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  console.log(`\n${title}\n`);
  for (const [i, line] of cells.entries()) {
    console.log(line.map((cell, j) => cell.padEnd(widths[j])).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const started = performance.now();
const loadBefore = os.loadavg().map(round);
const sections = {};
let baseline = null;
if (wanted('adversarial')) {
  const corpus = normalCorpus();
  corpus.forEach((dump) => parseArticle(dump)); // warm up the JIT before timing anything
  baseline = corpusThroughput(corpus);
  sections.adversarial = adversarialSection(baseline);
}
let profile = null;
if (wanted('scale')) {
  const { scale, targets, corpus } = scaleSection();
  sections.scale = scale;
  sections.targets = targets;
  if (options.profile) profile = profileBatch(corpus.all.folder);
}

for (const section of Object.values(sections)) printTable(section);
if (profile) printTable(profile);

const status = git('status', '--porcelain', '--', 'src', 'scripts/build.mjs', 'package.json');
const results = {
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  machine: {
    cores: CORES,
    memoryGb: round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: loadBefore,
    loadAverageAtEnd: os.loadavg().map(round),
  },
  commit: git('rev-parse', '--short', 'HEAD'),
  sourceChanged: status === null ? null : status !== '',
  date: new Date().toISOString(),
  benchSeconds: Math.round((performance.now() - started) / 1000),
  ...(baseline && { baseline: { ...baseline, seconds: round(baseline.seconds), mbPerSecond: round(baseline.mbPerSecond) } }),
  ...sections,
};
if (options.only || DUMPS !== 20000 || RUNS !== 3) {
  // A partial or resized run keeps the committed full results, and goes beside them instead.
  const partial = path.join(os.tmpdir(), 'news-parse-bench-partial.json');
  writeFileSync(partial, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nnot a full run (--only, --dumps or --runs): written to ${partial}, bench/results.json unchanged`);
} else {
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten to bench/results.json');
}
closeSync(DEV_NULL);

const failed = Object.values(sections).flatMap((section) => section.failed);
if (failed.length) {
  console.error(`news-parse bench: target missed (too slow, or the parse failed): ${failed.join(', ')}`);
  process.exitCode = 1;
}

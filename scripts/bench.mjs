// Benchmarks: `npm run bench`. Each section is a function returning a table; the results go to
// stdout and to bench/results.json (committed, so that changes show in review). Parses the built
// library (dist/), which is built first if missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const library = path.join(root, 'dist/index.js');
if (!existsSync(library)) execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const { parseArticle } = await import(pathToFileURL(library).href);

const MEGABYTE = 1024 * 1024;

/** Median seconds per parse of `input`, over at least 3 runs and at least `minSeconds` in all. */
function secondsPerParse(parse, minSeconds = 0.5) {
  const times = [];
  const start = performance.now();
  while (times.length < 3 || (performance.now() - start) / 1000 < minSeconds) {
    const t = performance.now();
    parse();
    times.push((performance.now() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The seed and fixture dumps: what parsing normally looks like. */
function normalCorpus() {
  const fixtures = readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures', f));
  const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'seeds', f));
  return [...seeds, ...fixtures].map((file) => readFileSync(file));
}

function corpusThroughput(corpus) {
  const bytes = corpus.reduce((n, dump) => n + dump.length, 0);
  const seconds = secondsPerParse(() => corpus.forEach((dump) => parseArticle(dump)), 2);
  return { dumps: corpus.length, bytes, seconds, mbPerSecond: bytes / MEGABYTE / seconds };
}

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

const round = (n) => Math.round(n * 100) / 100;

function printTable({ title, rows }) {
  const columns = Object.keys(rows[0]);
  const cells = [columns, ...rows.map((row) => columns.map((c) => String(row[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  console.log(`\n${title}\n`);
  for (const [i, line] of cells.entries()) {
    console.log(line.map((cell, j) => cell.padEnd(widths[j])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const corpus = normalCorpus();
corpus.forEach((dump) => parseArticle(dump)); // warm up the JIT before timing anything
const baseline = corpusThroughput(corpus);
const sections = { adversarial: adversarialSection(baseline) };

for (const section of Object.values(sections)) printTable(section);
mkdirSync(path.join(root, 'bench'), { recursive: true });
const results = {
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  baseline: { ...baseline, seconds: round(baseline.seconds), mbPerSecond: round(baseline.mbPerSecond) },
  ...sections,
};
writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten to bench/results.json');

const failed = Object.values(sections).flatMap((section) => section.failed);
if (failed.length) {
  console.error(`news-parse bench: target missed (too slow, or the parse failed): ${failed.join(', ')}`);
  process.exitCode = 1;
}

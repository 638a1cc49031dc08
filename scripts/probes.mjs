// Score news-parse on the probe rounds: dumps that imitate publishers the corpus lacks, written by
// helpers who saw only the CLI, each beside the fields a careful reader would extract
// (fixtures/probes/rNNN/NN.txt and NN.expect.json; see fixtures/probes/README.md).
//
//   npm run build && node scripts/probes.mjs [--show] [--bin path/to/news-parse] [round folders...]
//
// Prints one row per round and the total: the share of dumps right per field and how many are right
// in every field. --show lists each wrong field with the expected and the extracted value.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { normaliseForMatch } from '../dist/index.js';

const FIELDS = ['headline', 'authors', 'published', 'dateline', 'source', 'first_paragraph', 'last_paragraph'];
const ROOT = path.resolve(import.meta.dirname, '..');

const args = process.argv.slice(2);
const show = args.includes('--show');
const binAt = args.indexOf('--bin');
const bin = binAt >= 0 ? path.resolve(args[binAt + 1]) : path.join(ROOT, 'bin/news-parse');
const named = args.filter((arg, k) => !arg.startsWith('--') && args[k - 1] !== '--bin');
const probesDir = path.join(ROOT, 'fixtures/probes');
const rounds = named.length ? named : readdirSync(probesDir).filter((d) => /^r\d+$/.test(d)).sort().map((d) => path.join(probesDir, d));

/** The scorer's normalisation, as `news-parse eval` applies it: NFKC, one kind of quote and dash, case and trailing punctuation ignored. */
const normalised = (value) => normaliseForMatch(value == null ? null : String(value));
const sameText = (a, b) => normalised(a) === normalised(b);
const sameNames = (a, b) => [...new Set((a ?? []).map(normalised))].sort().join('|') === [...new Set((b ?? []).map(normalised))].sort().join('|');

/** The fields as news-parse gives them, in the probes' terms. */
function extracted(article) {
  const body = article.body ?? [];
  return {
    headline: article.headline ?? null,
    authors: article.authors ?? [],
    published: article.published ? String(article.published).slice(0, 10) : null,
    dateline: article.dateline?.location ?? null,
    source: article.source?.name ?? null,
    first_paragraph: body[0] ?? null,
    last_paragraph: body.at(-1) ?? null,
  };
}

const totals = Object.fromEntries(FIELDS.map((field) => [field, 0]));
let dumps = 0;
let allRight = 0;
for (const round of rounds) {
  const files = readdirSync(round).filter((f) => f.endsWith('.txt') && existsSync(path.join(round, f.replace(/\.txt$/, '.expect.json')))).sort();
  if (!files.length) continue;
  let output;
  try {
    output = execFileSync(bin, ['--format', 'json', '--compact', ...files.map((f) => path.join(round, f))], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    // Exit code 3 and the like still print every dump that parsed.
    output = error.stdout ?? '';
  }
  const articles = new Map(output.split('\n').filter(Boolean).map((line) => JSON.parse(line)).map((article) => [path.basename(article.file), article]));
  const perRound = Object.fromEntries(FIELDS.map((field) => [field, 0]));
  let right = 0;
  for (const file of files) {
    const expected = JSON.parse(readFileSync(path.join(round, file.replace(/\.txt$/, '.expect.json')), 'utf8'));
    const got = extracted(articles.get(file) ?? {});
    const wrong = FIELDS.filter((field) => {
      const accepted = [expected[field], ...(expected.alternatives?.[field] ?? [])];
      return !accepted.some((value) => (field === 'authors' ? sameNames(value, got.authors) : sameText(value, got[field])));
    });
    for (const field of FIELDS) if (!wrong.includes(field)) perRound[field]++;
    if (!wrong.length) right++;
    if (show) for (const field of wrong) console.log(`${path.join(path.basename(round), file)} ${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(got[field])}`);
  }
  const row = FIELDS.map((field) => (perRound[field] / files.length).toFixed(2)).join(' ');
  console.log(`${path.basename(round).padEnd(6)} ${String(files.length).padStart(4)}  ${row}  ${right}`);
  for (const field of FIELDS) totals[field] += perRound[field];
  dumps += files.length;
  allRight += right;
}
console.log(`${'all'.padEnd(6)} ${String(dumps).padStart(4)}  ${FIELDS.map((field) => (totals[field] / (dumps || 1)).toFixed(2)).join(' ')}  ${allRight}`);
console.log(`columns: dumps, ${FIELDS.join(', ')}, all right`);

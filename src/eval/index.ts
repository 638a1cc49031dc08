import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { parseArticle } from '../pipeline.js';
import type { Article } from '../schema.js';
import { exactMatch, mean, paragraphRecovery, setF1, shingleCounts, shingleF1, tokenPRF, wordTokens } from './metrics.js';

/** Gold labels of one dump, the corpus format: null means "not labelled", never "empty". */
export const goldSchema = z.object({
  id: z.string(),
  origin: z.string().optional(),
  headline: z.string().nullable().optional(),
  authors: z.array(z.string()).nullable().optional(),
  published: z.string().nullable().optional(),
  dateline: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  body: z.array(z.string()).nullable().optional(),
});
export type Gold = z.infer<typeof goldSchema>;

/** Field scores for one set of documents; `n` is how many documents had a gold value. */
export interface SetScores {
  docs: number;
  headline: Score;
  authors: Score;
  published: Score;
  dateline: Score;
  source: Score;
  bodyPrecision: Score;
  bodyRecall: Score;
  bodyF1: Score;
  bodyF1AtLeast09: Score;
  paragraphs: Score;
  shingle4F1: Score;
}
export interface Score {
  score: number | null;
  n: number;
}

export const SCORE_FIELDS = ['headline', 'authors', 'published', 'dateline', 'source', 'bodyPrecision', 'bodyRecall', 'bodyF1', 'bodyF1AtLeast09', 'paragraphs', 'shingle4F1'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

class Accumulator {
  docs = 0;
  values: Record<Exclude<ScoreField, 'shingle4F1'>, number[]> = {
    headline: [], authors: [], published: [], dateline: [], source: [],
    bodyPrecision: [], bodyRecall: [], bodyF1: [], bodyF1AtLeast09: [], paragraphs: [],
  };
  shingles: Array<[number, number, number]> = [];

  add(gold: Gold, article: Article): void {
    this.docs++;
    const v = this.values;
    if (gold.headline != null) v.headline.push(exactMatch(article.headline, gold.headline));
    if (gold.dateline != null) v.dateline.push(exactMatch(article.dateline?.location ?? null, gold.dateline));
    if (gold.source != null) v.source.push(exactMatch(article.source?.name ?? null, gold.source));
    if (gold.published != null) v.published.push(exactMatch(article.published?.slice(0, 10) ?? null, gold.published.slice(0, 10)));
    if (gold.authors != null) v.authors.push(setF1(gold.authors, article.authors));
    if (gold.body != null) {
      const prf = tokenPRF(wordTokens(gold.body.join('\n')), wordTokens(article.body.join('\n')));
      v.bodyPrecision.push(prf.precision);
      v.bodyRecall.push(prf.recall);
      v.bodyF1.push(prf.f1);
      v.bodyF1AtLeast09.push(prf.f1 >= 0.9 ? 1 : 0);
      this.shingles.push(shingleCounts(gold.body.join('\n'), article.body.join('\n')));
      const recovered = paragraphRecovery(gold.body, article.body);
      if (recovered !== null) v.paragraphs.push(recovered);
    }
  }

  scores(): SetScores {
    const s = (xs: number[]): Score => ({ score: mean(xs), n: xs.length });
    const v = this.values;
    return {
      docs: this.docs,
      headline: s(v.headline), authors: s(v.authors), published: s(v.published), dateline: s(v.dateline), source: s(v.source),
      bodyPrecision: s(v.bodyPrecision), bodyRecall: s(v.bodyRecall), bodyF1: s(v.bodyF1), bodyF1AtLeast09: s(v.bodyF1AtLeast09),
      paragraphs: s(v.paragraphs),
      shingle4F1: { score: this.shingles.length ? shingleF1(this.shingles).f1 : null, n: this.shingles.length },
    };
  }
}

function findGoldFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) findGoldFiles(p, out);
    else if (entry.isFile() && entry.name.endsWith('.gold.json')) out.push(p);
  }
  return out;
}

/** A gold file that cannot be scored; the message names the file and what is wrong. */
export class GoldError extends Error {}

function readGold(file: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GoldError(`${file}: ${error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message}`);
  }
  const parsed = goldSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GoldError(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

export interface EvalResult {
  overall: SetScores;
  bySet: Record<string, SetScores>;
  /** Gold files whose dump is missing or unreadable. */
  missing: string[];
}

/**
 * Score the parser on a folder of `<id>.txt` + `<id>.gold.json` pairs (searched recursively).
 * Documents are grouped by the gold `origin`, else by their folder name.
 */
export function evaluateFolder(dir: string): EvalResult {
  const overall = new Accumulator();
  const bySet = new Map<string, Accumulator>();
  const missing: string[] = [];
  for (const goldFile of findGoldFiles(dir)) {
    const gold = readGold(goldFile);
    const dump = goldFile.replace(/\.gold\.json$/, '.txt');
    let article: Article;
    try {
      article = parseArticle(readFileSync(dump), { file: dump });
    } catch {
      missing.push(dump);
      continue;
    }
    const set = gold.origin ?? path.basename(path.resolve(path.dirname(goldFile)));
    if (!bySet.has(set)) bySet.set(set, new Accumulator());
    bySet.get(set)!.add(gold, article);
    overall.add(gold, article);
  }
  return {
    overall: overall.scores(),
    bySet: Object.fromEntries([...bySet.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, acc]) => [k, acc.scores()])),
    missing,
  };
}

const COLUMNS: ReadonlyArray<[ScoreField, string]> = [
  ['headline', 'headln'], ['authors', 'author'], ['published', 'publ'], ['dateline', 'dateln'], ['source', 'source'],
  ['bodyPrecision', 'body-P'], ['bodyRecall', 'body-R'], ['bodyF1', 'body-F'], ['bodyF1AtLeast09', 'F>=.9'], ['paragraphs', 'para'], ['shingle4F1', 'sh4-F'],
];

/** The scores as a fixed-width table, one row per set and one overall. */
export function formatTable(result: EvalResult): string {
  const rows = [...Object.entries(result.bySet), ['OVERALL', result.overall] as const];
  const nameWidth = Math.max(8, ...rows.map(([name]) => name.length));
  const header = ['set'.padEnd(nameWidth), 'docs'.padStart(5), ...COLUMNS.map(([, label]) => label.padStart(6))].join(' ');
  const lines = [header, '-'.repeat(header.length)];
  for (const [name, s] of rows) {
    const cells = COLUMNS.map(([field]) => (s[field].n && s[field].score !== null ? s[field].score!.toFixed(3) : '-').padStart(6));
    lines.push([name.padEnd(nameWidth), String(s.docs).padStart(5), ...cells].join(' '));
  }
  return lines.join('\n');
}

/** Minimum scores per set and field, committed in accuracy-floors.json; they may only be raised. */
export const floorsSchema = z.record(z.string(), z.partialRecord(z.enum(SCORE_FIELDS), z.number().min(0).max(1)));
export type Floors = z.infer<typeof floorsSchema>;

/** Every (set, field) whose score fell below its floor. */
export function belowFloors(result: EvalResult, floors: Floors): string[] {
  const failures: string[] = [];
  for (const [set, fields] of Object.entries(floors)) {
    const scores = set === 'overall' ? result.overall : result.bySet[set];
    if (!scores) continue;
    for (const [field, floor] of Object.entries(fields) as Array<[ScoreField, number]>) {
      const got = scores[field].score;
      if (got !== null && got + 1e-9 < floor) failures.push(`${set} ${field}: ${got.toFixed(4)} is below the floor ${floor}`);
    }
  }
  return failures;
}

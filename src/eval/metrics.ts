/**
 * Accuracy metrics for `news-parse eval`, defined as in the project's corpus scorer so that the
 * figures agree: normalised exact match for single fields, set F1 for authors, token P/R/F1 and
 * paragraph recovery for the body, and the article-extraction-benchmark's 4-gram shingle F1.
 */

/** NFKC, case-fold, quotes and dashes unified, whitespace collapsed, trailing punctuation dropped. */
export function normaliseForMatch(value: string | null | undefined): string {
  if (value == null) return '';
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![\s\p{P}])[\s\p{P}]+$/u, '');
}

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
export const wordTokens = (text: string): string[] => text.toLowerCase().match(TOKEN) ?? [];

function counts<T>(items: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const harmonic = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** How many of `wanted` can be matched in `pool`, each item of the pool used at most once. */
function multisetHits<T>(pool: readonly T[], wanted: readonly T[]): number {
  const available = counts(pool);
  let hits = 0;
  for (const item of wanted) {
    const left = available.get(item) ?? 0;
    if (left > 0) {
      hits++;
      available.set(item, left - 1);
    }
  }
  return hits;
}

/** Multiset token overlap. Both empty is perfect; nothing predicted scores 0. */
export function tokenPRF(gold: readonly string[], predicted: readonly string[]): PRF {
  if (!gold.length && !predicted.length) return { precision: 1, recall: 1, f1: 1 };
  const hits = multisetHits(gold, predicted);
  const precision = predicted.length ? hits / predicted.length : 0;
  const recall = gold.length ? hits / gold.length : 0;
  return { precision, recall, f1: harmonic(precision, recall) };
}

export const exactMatch = (predicted: string | null, gold: string): number => {
  const want = normaliseForMatch(gold);
  return predicted != null && want !== '' && normaliseForMatch(predicted) === want ? 1 : 0;
};

/** F1 of two sets of names after normalisation. */
export function setF1(gold: readonly string[], predicted: readonly string[]): number {
  const g = new Set(gold.map(normaliseForMatch).filter(Boolean));
  const p = new Set(predicted.map(normaliseForMatch).filter(Boolean));
  if (!g.size && !p.size) return 1;
  if (!g.size || !p.size) return 0;
  let hits = 0;
  for (const name of p) if (g.has(name)) hits++;
  return harmonic(hits / p.size, hits / g.size);
}

/** Share of gold paragraphs found as exactly one predicted paragraph (each used once). */
export function paragraphRecovery(gold: readonly string[], predicted: readonly string[]): number | null {
  const wanted = gold.map(normaliseForMatch).filter(Boolean);
  if (!wanted.length) return null;
  return multisetHits(predicted.map(normaliseForMatch).filter(Boolean), wanted) / wanted.length;
}

/** Per-document shingle counts [tp, fp, fn], normalised to sum 1 (the benchmark's evaluate.py). */
export function shingleCounts(goldText: string, predictedText: string, size = 4): [number, number, number] {
  const grams = (text: string) => {
    const tokens = text.match(TOKEN) ?? [];
    const keys: string[] = [];
    for (let i = 0; i < Math.max(1, tokens.length - size + 1); i++) {
      const key = tokens.slice(i, i + size).join('\u0001');
      if (key) keys.push(key);
    }
    return counts(keys);
  };
  const g = grams(goldText);
  const p = grams(predictedText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const a = g.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Shingle precision and recall averaged over documents, F1 from the means. */
export function shingleF1(all: ReadonlyArray<[number, number, number]>): PRF {
  const precision = mean(all.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)))) ?? 0;
  const recall = mean(all.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)))) ?? 0;
  return { precision, recall, f1: harmonic(precision, recall) };
}

export { mean };

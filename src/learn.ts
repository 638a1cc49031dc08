import { normalise } from './normalise.js';
import { comparable, countWords } from './classify/features.js';

/**
 * Lines that recur across many dumps of one batch (rights footers, date headers, menus, "Follow
 * us") are the outlet's furniture. This finds them in a first pass so that a second pass can treat
 * them as boilerplate. Only short lines count: a repeated paragraph of prose is kept as text.
 */
export interface LearnOptions {
  /** A line must appear in at least this many dumps ... */
  minDumps?: number;
  /** ... and in at least this share of them. */
  minShare?: number;
}

const MAX_WORDS = 25;

/** Count, for each comparable short line, how many of the dumps contain it. */
export function countRecurringLines(texts: Iterable<string>): { counts: Map<string, number>; dumps: number } {
  const counts = new Map<string, number>();
  let dumps = 0;
  for (const text of texts) {
    dumps++;
    const seen = new Set<string>();
    for (const line of normalise(text).split('\n')) {
      const trimmed = line.trim();
      if (!trimmed || countWords(trimmed) > MAX_WORDS) continue;
      const key = comparable(trimmed);
      if (key) seen.add(key);
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, dumps };
}

/** The recurring lines of a batch, as comparable keys (see `comparable`). */
export function learnBoilerplate(texts: Iterable<string>, options: LearnOptions = {}): Set<string> {
  const { counts, dumps } = countRecurringLines(texts);
  const threshold = Math.max(options.minDumps ?? 3, Math.ceil(dumps * (options.minShare ?? 0.3)));
  const learned = new Set<string>();
  for (const [key, count] of counts) if (count >= threshold) learned.add(key);
  return learned;
}

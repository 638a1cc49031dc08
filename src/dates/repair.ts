/**
 * Before parsing, a line is repaired where a dump broke a stamp in a way chrono cannot read.
 * Repairs only replace characters one for one or insert characters, so every offset found in
 * the repaired line maps back to the original line exactly.
 */

/** No-break and other Unicode spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) read as plain spaces. */
const UNICODE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

interface InsertionRule {
  /** Each match marks the spot where `insert` goes, right after the match. */
  pattern: RegExp;
  insert: string;
}

/** Repairs that insert text, one named entry per way stamps get broken. */
const INSERTION_RULES: Readonly<Record<string, InsertionRule>> = {
  // A year glued to the hour after it, when a site prints date and time with no space between.
  // "October 15, 20249:42 AM GMT+8" → "October 15, 2024 9:42 AM GMT+8". Only after a day number
  // or month name, and only when hour:minute follows, so plain numbers are left alone.
  gluedYearAndHour: {
    pattern: /(?<=[\p{L}\d.],? {1,2})(?:19|20)\d{2}(?=\d{1,2}:\d{2}(?!\d))/gu,
    insert: ' ',
  },
};

export interface RepairedLine {
  text: string;
  /** Map an offset in `text` back to the original line. */
  toOriginal(offset: number): number;
}

export function repairLine(line: string): RepairedLine {
  const spaced = line.replace(UNICODE_SPACE, ' ');
  const insertions: { at: number; insert: string }[] = [];
  for (const rule of Object.values(INSERTION_RULES)) {
    for (const match of spaced.matchAll(rule.pattern)) {
      insertions.push({ at: match.index + match[0].length, insert: rule.insert });
    }
  }
  insertions.sort((a, b) => a.at - b.at);

  let text = '';
  let copiedUpTo = 0;
  /** Where each inserted piece starts in the repaired text, and how long it is. */
  const inserted: { from: number; length: number }[] = [];
  for (const { at, insert } of insertions) {
    text += spaced.slice(copiedUpTo, at);
    inserted.push({ from: text.length, length: insert.length });
    text += insert;
    copiedUpTo = at;
  }
  text += spaced.slice(copiedUpTo);

  const toOriginal = (offset: number) =>
    inserted.reduce(
      (original, piece) => (offset > piece.from ? original - Math.min(piece.length, offset - piece.from) : original),
      offset,
    );
  return { text, toOriginal };
}

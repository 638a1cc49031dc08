import { CJK_PARTICLES, STOP_WORD_SET, UNSPACED_SCRIPT_CHARS } from '../rules/stopwords.js';
import { firstMatch, type Rule } from '../rules/types.js';
import { BUILT_IN_RULES, type RuleSet } from '../rules/ruleset.js';
import type { Unit } from '../segment/index.js';

/** What the classifier knows about one unit before looking at its neighbours. */
export interface UnitFeatures {
  words: number;
  /** Share of words that are function words (prose has many, menus and names few). */
  stopRatio: number;
  /** Share of tokens that are numbers (tables, scores, prices). */
  numericRatio: number;
  endsSentence: boolean;
  /** Letters are mostly capitals (wire headlines, menus in caps). */
  upperCase: boolean;
  /** Most content words capitalised, whatever the end: set in Title Case. */
  capitalised: boolean;
  /** Capitalised and no sentence end: a headline or a link to one, not prose. */
  titleCase: boolean;
  /** A title glued to a teaser (see TITLE_GLUE). */
  titleGlue: boolean;
  /** Cut off with an ellipsis, or several cut-off teasers run together: links to other stories. */
  teaser: boolean;
  /** Scripts written without spaces between words (CJK, Thai): count characters instead. */
  unspacedScript: boolean;
  boilerplate: Rule | undefined;
}

/**
 * Units longer than this are prose, not page furniture: only the rules written for long furniture
 * (a consent banner's paragraph, an author bio: `maxWords` of LONG_FURNITURE_WORDS or more) try them.
 */
const MAX_BOILERPLATE_CHARS = 400;
const LONG_FURNITURE_WORDS = 100;
const longFurnitureRules = new WeakMap<readonly Rule[], readonly Rule[]>();
function longFurnitureOf(table: readonly Rule[]): readonly Rule[] {
  let rules = longFurnitureRules.get(table);
  if (!rules) longFurnitureRules.set(table, (rules = table.filter((rule) => (rule.maxWords ?? 0) >= LONG_FURNITURE_WORDS)));
  return rules;
}
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

/**
 * A link title glued to its teaser, as menus with story previews copy: "... Won’t StandWarren
 * Mayor Jim Fouts said ...". A word of three or more lower-case letters runs straight into a
 * capitalised word, somewhere in the first 130 characters (where a title ends). Names like
 * "PlayStation" look the same, so the classifier only trusts this when a page has many such lines.
 */
const TITLE_GLUE = /^.{12,130}?(\p{Ll}{3}[?!.’']?|\))(\p{Lu}\p{Ll}{0,20}) [\p{L}\p{N}]/u;
/** Where a line's title runs into its teaser: the letters either side ("lawThe"), the same on every line a brand name ("ietArc" of "QuietArc"). */
export function titleGlueOf(text: string): string | undefined {
  const glue = TITLE_GLUE.exec(text);
  return glue ? glue[1]! + glue[2]! : undefined;
}

/** A sentence ends the line (maybe inside a quote in plain single quotes: "... a tower block.'"), maybe followed by the outlet's sign-off ("... the loan terms. – Rappler.com") the wire's end mark ("... he added. Enditem") or a magazine's ("... to a family. ■", "... next year.®"). */
const SENTENCE_END = /(?:[.!?…:;"”’»)。！？।॥۔؟።။។]|[.!?…]'|[.!?"”’] [–—-]{1,2} ?\p{Lu}[\p{L}\p{N}.]{1,30}(?: \p{Lu}[\p{L}\p{N}.]{1,30}){0,2}|[.!?"”’] (?:[Ee]nd ?[Ii]tem|ENDITEM)(?:\/[a-z]{1,6})?|[.!?"”’] ?[■□◼▪®])$/u;

/** Teasers end in "...", "…" or "[…]"; tickers run several of them together. */
const TRUNCATED_END = /(?:\.\.\.|…|\[…\]|\[\.\.\.\])$/;
const TRUNCATION_INSIDE = /(?:\.\.\.|…) \p{Lu}/gu;
/** Teasers run to a sentence or two; a longer paragraph ending in an ellipsis is text cut short. */
const MAX_TEASER_WORDS = 35;

const LONGEST_STOP_WORD = Math.max(...[...STOP_WORD_SET].map((w) => w.length));
const LETTER_COUNT_LIMIT = 400;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** Letters and capital letters in `text`: a loop, as matching would build an array of letters. */
function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char.length === 2) i++;
    if (LETTER.test(char)) {
      letters++;
      if (UPPER.test(char)) upper++;
    }
  }
  return { letters, upper };
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_PART = /[\p{L}\p{N}\p{M}'’.-]/u;

/**
 * Calls `visit(start, end)` for each word `wordsOf` finds, in order, without building the words:
 * a scan with the same two classes (ASCII decided inline, other characters by the patterns).
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let begins: boolean;
    let continues: boolean;
    let width = 1;
    if (code < 128) {
      begins = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
      continues = begins || code === 39 || code === 45 || code === 46;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      width = char.length;
      begins = WORD_START.test(char);
      continues = begins || WORD_PART.test(char);
    }
    if (start < 0 || !continues) {
      // A character that cannot continue a word cannot start one either.
      if (start >= 0) visit(start, i);
      start = begins ? i : -1;
    }
    i += width - 1;
  }
  if (start >= 0) visit(start, text.length);
}

/** `wordsOf(text).length` without building the words. */
export function countWords(text: string): number {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
}

export function unitFeatures(unit: Unit, rules: RuleSet = BUILT_IN_RULES): UnitFeatures {
  const text = unit.text;
  // One pass over the words: function words, numbers, and capitals among the content words.
  let wordTotal = 0;
  let stop = 0;
  let numeric = 0;
  let content = 0;
  let capitalised = 0;
  forEachWord(text, (start, end) => {
    wordTotal++;
    if (end - start <= LONGEST_STOP_WORD && STOP_WORD_SET.has(text.slice(start, end).toLowerCase())) {
      stop++;
      return;
    }
    const first = text[start]!;
    if (first >= '0' && first <= '9') {
      numeric++;
      return;
    }
    content++;
    if (first !== first.toLowerCase()) capitalised++;
  });
  // Letter counts decide "set in capitals" and the share of unspaced script; long prose needs neither.
  const { letters: letterCount, upper } = text.length <= LETTER_COUNT_LIMIT ? countLetters(text) : { letters: 0, upper: 0 };
  // Chinese and Japanese run words together: count about two characters a word, and read their
  // grammatical particles as the function words they are.
  const unspaced = text.match(UNSPACED_SCRIPT_CHARS)?.length ?? 0;
  const unspacedScript = unspaced >= 4 && unspaced * 2 >= (letterCount || text.length / 2);
  const wordCount = unspacedScript ? Math.max(wordTotal, Math.round(unspaced / 2)) : wordTotal;
  const particles = unspacedScript ? (text.match(CJK_PARTICLES)?.length ?? 0) : 0;
  const capitalisedWords = content >= 3 && capitalised / content >= 0.75;
  return {
    words: wordCount,
    stopRatio: unspacedScript ? Math.min(1, particles / Math.max(1, wordCount) * 2) : wordTotal ? stop / wordTotal : 0,
    numericRatio: wordTotal ? numeric / wordTotal : 0,
    endsSentence: SENTENCE_END.test(text),
    // A long paragraph cut off by a paywall ("... may receive further discipline....") is still the article's.
    teaser: (TRUNCATED_END.test(text) && wordTotal <= MAX_TEASER_WORDS) || (text.match(TRUNCATION_INSIDE)?.length ?? 0) >= 2,
    capitalised: capitalisedWords,
    // Titles may ask ("... For Rs 300?") or end in a gossip site's "!!!", but not in a full stop or a single "!".
    titleCase: capitalisedWords && !/(?:\.|(?<!!)!)["”’]?$/.test(text),
    // The teaser after the glue is a sentence; a title with a camel-case brand ("GateHouse") is not.
    titleGlue: TITLE_GLUE.test(text) && /[.!?…]["”’)]?$/.test(text),
    upperCase: letterCount >= 4 && upper / letterCount > 0.8,
    unspacedScript,
    boilerplate:
      text.length > MAX_BOILERPLATE_CHARS
        ? firstMatch(longFurnitureOf(rules.boilerplate), text, wordTotal)
        : firstMatch(rules.keep, text, wordTotal)
          ? undefined
          : firstMatch(rules.boilerplate, text, wordTotal),
  };
}

/** Lower-cased letters and digits only, words separated by one space: for duplicate detection. */
export function comparable(text: string): string {
  return wordsOf(text.toLowerCase()).join(' ');
}

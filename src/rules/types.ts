import { PatternRegistry } from './prefilter.js';

/** A named pattern in a rule table. Every rule says what it catches and shows an example. */
export interface Rule {
  name: string;
  pattern: RegExp;
  /** What family of lines this catches, and why. */
  note: string;
  /** A line it matches. */
  example: string;
  /** Only lines of at most this many words qualify (furniture is short; prose mentioning it is not). */
  maxWords?: number;
  /** Group 1 is a person's name: a match whose name part reads as no name ("Entries RSS") is not one. */
  personName?: boolean;
  /** With personName: the line may credit a desk and its agency instead of a person ("Author: N7 Belgrade, Beta"). */
  deskWithAgency?: boolean;
  /** The article never runs past this line (a comment section, a related-stories list, a rights footer). */
  endsArticle?: boolean;
  /** A date on this line is no stamp of the article (an email's sending time). */
  noStamp?: boolean;
}

/**
 * Unicode properties that name a case: under the `i` flag `\p{Lu}` matches letters of either case,
 * on lower-cased text only lower-case ones, so a pattern using one keeps its flag.
 */
const CASED_PROPERTY = /^(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Uppercase|Lowercase|Upper|Lower|Cased|Changes_When_\w+)$/;

/**
 * The same pattern without the `i` flag, for text lower-cased beforehand, or undefined when the two
 * could answer differently. V8 folds the case of every character it compares under `i` (and `u`),
 * which made the long case-blind alternations of the furniture tables about four times slower than
 * the same alternation over lower-cased text. The pattern qualifies when its literal letters are
 * all lower-case ones whose case round-trips (not `ß` or `σ`), it names no cased property, and it
 * has no `\u`, `\x` or `\c` escape that could name a capital.
 */
export function lowerCasePattern(pattern: RegExp): RegExp | undefined {
  if (!pattern.flags.includes('i')) return undefined;
  const source = pattern.source;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const escaped = source[i + 1];
      if (escaped === 'p' || escaped === 'P') {
        const end = source.indexOf('}', i);
        const property = source.slice(i + 3, end);
        if (CASED_PROPERTY.test(property.slice(property.indexOf('=') + 1))) return undefined;
        i = end;
        continue;
      }
      if (escaped === 'u' || escaped === 'x' || escaped === 'c' || escaped === 'k') return undefined;
      i++;
      continue;
    }
    if (char !== char.toLowerCase() || char.toUpperCase().toLowerCase() !== char || char === 'σ') return undefined;
  }
  return new RegExp(source, pattern.flags.replace('i', ''));
}

interface CompiledRule {
  rule: Rule;
  /**
   * `rule.pattern` for lower-cased text, when that is equivalent (see lowerCasePattern); null until
   * the rule first runs, as most rules never run on a given dump and a start need not make them.
   */
  lower: RegExp | undefined | null;
  /** The pattern's number in the prefilter's answers. */
  id: number;
}

/** Which rules can match a line at all (see prefilter.ts). */
const PREFILTER = new PatternRegistry();

interface CompiledTable {
  rules: readonly CompiledRule[];
  /** Positions of the rules whose patterns have no required strings: they are tried on every line. */
  unfiltered: readonly number[];
  /** Positions of each filtered pattern in the table. */
  positionsOf: ReadonlyMap<number, readonly number[]>;
  /** Every position, for a line the prefilter cannot scan. */
  all: readonly number[];
}

const compiledTables = new WeakMap<readonly Rule[], CompiledTable>();
function compiledTable(table: readonly Rule[]): CompiledTable {
  let compiled = compiledTables.get(table);
  if (compiled) return compiled;
  const rules = table.map((rule): CompiledRule => ({ rule, lower: null, id: PREFILTER.idOf(rule.pattern) }));
  const positionsOf = new Map<number, number[]>();
  const unfiltered: number[] = [];
  rules.forEach(({ id }, k) => {
    if (!PREFILTER.isFiltered(id)) unfiltered.push(k);
    else positionsOf.set(id, [...(positionsOf.get(id) ?? []), k]);
  });
  compiled = { rules, unfiltered, positionsOf, all: rules.map((_, k) => k) };
  compiledTables.set(table, compiled);
  return compiled;
}

/** Positions of a table's rules that may match a line, in table order: the unfiltered ones and those whose strings it holds. */
function candidatePositions(compiled: CompiledTable, found: readonly number[]): readonly number[] {
  let extra: number[] | undefined;
  for (const id of found) {
    const positions = compiled.positionsOf.get(id);
    if (positions) (extra ??= []).push(...positions);
  }
  if (!extra) return compiled.unfiltered;
  return [...compiled.unfiltered, ...extra].sort((a, b) => a - b);
}

/**
 * `text` lower-cased, or undefined for text with a dotted capital I: it lower-cases to two
 * characters ("i" and a combining dot) that a case-blind pattern would not see as an "i".
 * Callers test the same line against several tables in a row, so the last answer is kept.
 */
let lastText = '';
let lastLower: string | undefined = '';
function lowerCased(text: string): string | undefined {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.includes('\u0130') ? undefined : text.toLowerCase();
  }
  return lastLower;
}

/**
 * The first rule of `table`, in table order, for which `matches` holds; a rule whose required
 * strings are not in the line (see prefilter.ts) is skipped, and so is one for more words than `words`.
 * Only the candidates are visited: most lines hold the strings of a few rules of a table of a hundred.
 */
function firstRule(table: readonly Rule[], text: string, words: number | undefined, matches: (rule: CompiledRule, lowerText: string | undefined) => boolean): Rule | undefined {
  const lowerText = lowerCased(text);
  const compiled = compiledTable(table);
  // Text with a dotted capital I is not scanned.
  const positions = lowerText === undefined ? compiled.all : candidatePositions(compiled, PREFILTER.found(lowerText));
  for (const k of positions) {
    const candidate = compiled.rules[k]!;
    const maxWords = candidate.rule.maxWords;
    if (words !== undefined && maxWords !== undefined && words > maxWords) continue;
    if (matches(candidate, lowerText)) return candidate.rule;
  }
  return undefined;
}

/** The first rule in `table` whose pattern matches `text`, if any. */
export function firstMatch(table: readonly Rule[], text: string, words = 0): Rule | undefined {
  return firstRule(table, text, words, (candidate, lowerText) => {
    if (candidate.lower === null) candidate.lower = lowerCasePattern(candidate.rule.pattern);
    return candidate.lower && lowerText !== undefined ? candidate.lower.test(lowerText) : candidate.rule.pattern.test(text);
  });
}

/** The first rule in `table` whose pattern matches `text` and whose match `accept` takes, with the match. */
export function firstExec(table: readonly Rule[], text: string, accept: (rule: Rule, match: RegExpExecArray) => boolean = () => true): { rule: Rule; match: RegExpExecArray } | undefined {
  let match: RegExpExecArray | null = null;
  const rule = firstRule(table, text, undefined, ({ rule }) => {
    match = rule.pattern.exec(text);
    return match !== null && accept(rule, match);
  });
  return rule && { rule, match: match! };
}

/**
 * A literal prefilter for rule tables, after RE2's FilteredRE2 and code search's trigram index:
 * from each pattern, a set of lower-case strings one of which every match must contain; one
 * Aho–Corasick pass over the lower-cased line then tells which patterns can match at all, and only
 * those run. Most lines match no rule: their patterns are skipped, and on a cold start a pattern
 * that never runs is never compiled either.
 *
 * The strings are a necessary condition, never a sufficient one: a pattern the analysis cannot
 * bound (a branch of only `\p{Lu}` and `.`, say) gets no strings and always runs.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Strings shorter than this are in most lines: they would filter little and scan often, unless
 * they hold a character prose seldom has ("©", "|", "/").
 */
const MIN_LITERAL = 3;
// Brackets count as uncommon: most lines of prose have none, and caption credits need them.
const UNCOMMON_CHAR = /[^\p{L}\p{N}\s.,;:!?'’"“”\-–—]/u;
const usable = (literal: string) => literal.length >= MIN_LITERAL || UNCOMMON_CHAR.test(literal);
/** A string with a character prose seldom has filters like a longer one ("(" against "on "). */
const UNCOMMON_CHAR_WORTH = 6;
const effectiveLength = (literal: string) => (UNCOMMON_CHAR.test(literal) ? Math.max(literal.length, UNCOMMON_CHAR_WORTH) : literal.length);
/** Required strings are cut to this many characters (see requiredLiterals). */
const MAX_LITERAL = 8;
/** The most strings an exact set (a class, a cross product of classes) may hold. */
const MAX_EXACT = 64;
/** The most characters a class may hold and still count as a choice of literals. */
const MAX_CLASS_CHARS = 8;

/** What is known of the strings a regex node matches, lower-cased. */
interface Info {
  /** The node matches exactly one of these strings. */
  exact?: readonly string[];
  /** Every match of the node contains one of these (known when `exact` is not). */
  contains?: readonly string[];
}
const UNKNOWN: Info = {};
const EMPTY: Info = { exact: [''] };

/** The scan reads a long s as an "s" (the Kelvin sign, which "k" matches too, lower-cases to "k"). */
const LONG_S = 0x17f;
const LATIN_S = 0x73;
/** Non-ASCII letters outside these blocks fold in ways not worth modelling: they count as any character. */
const LATIN_LETTERS = /^[\u00c0-\u024f]$/u;
const SPECIAL_FOLDS = new Set(['å', 'ß', 'ſ']);

/** The lower-case character a pattern's literal character stands for, or undefined when it is not safe to require. */
function literalChar(code: number): string | undefined {
  const char = String.fromCodePoint(code);
  const lower = char.toLowerCase();
  if (code < 0x80) return lower;
  if (lower.length !== 1 || SPECIAL_FOLDS.has(lower) || lower.toUpperCase().toLowerCase() !== lower) return undefined;
  // Letters of other scripts have case folds lower-casing does not show (Greek, Cyrillic); case-less
  // characters (quotes, dashes) fold to nothing else.
  if (LATIN_LETTERS.test(char) || char.toUpperCase() === lower) return lower;
  return undefined;
}

const unique = (strings: readonly string[]) => [...new Set(strings)];

/** Every concatenation of a string of `left` with one of `right`, or undefined when there are too many. */
function cross(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length * right.length > MAX_EXACT) return undefined;
  return unique(left.flatMap((a) => right.map((b) => a + b)));
}

/**
 * How much a set of strings narrows the lines: a set with a string too common to scan for comes
 * last; then its shortest string first (up to 8 characters), then fewer strings.
 */
function selectivity(strings: readonly string[] | undefined): number {
  if (!strings?.length) return -Infinity;
  if (!strings.every(usable)) return -1;
  const shortest = Math.min(...strings.map(effectiveLength));
  return Math.min(shortest, MAX_LITERAL) * 1000 - strings.length;
}

function classInfo(node: AST.CharacterClass | AST.ExpressionCharacterClass): Info {
  if (node.type !== 'CharacterClass' || node.negate) return UNKNOWN;
  const chars: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') chars.push(literalChar(element.value) ?? '');
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_CLASS_CHARS) {
      for (let code = element.min.value; code <= element.max.value; code++) chars.push(literalChar(code) ?? '');
    } else return UNKNOWN;
  }
  const set = unique(chars);
  return set.includes('') || set.length > MAX_CLASS_CHARS ? UNKNOWN : { exact: set };
}

function quantifierInfo(node: AST.Quantifier): Info {
  if (node.max === 0) return EMPTY;
  const inner = elementInfo(node.element);
  if (node.min === 0) {
    // "x?": the strings of x, or nothing.
    return node.max === 1 && inner.exact ? { exact: unique(['', ...inner.exact]) } : UNKNOWN;
  }
  if (inner.exact && node.min === node.max) {
    let strings: readonly string[] | undefined = [''];
    for (let i = 0; i < node.min && strings; i++) strings = cross(strings, inner.exact);
    if (strings) return { exact: strings };
  }
  // At least one copy, so at least one of its strings.
  return { contains: inner.exact ?? inner.contains };
}

function elementInfo(node: AST.Element): Info {
  switch (node.type) {
    case 'Character': {
      const char = literalChar(node.value);
      return char === undefined ? UNKNOWN : { exact: [char] };
    }
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return classInfo(node);
    case 'Group':
    case 'CapturingGroup':
      return alternationInfo(node.alternatives);
    case 'Quantifier':
      return quantifierInfo(node);
    // Anchors, word boundaries and lookarounds consume nothing.
    case 'Assertion':
      return EMPTY;
    default:
      // Any character, \d, \w, \p{…}, back-references.
      return UNKNOWN;
  }
}

/** A sequence: exact while every element is; otherwise the most selective run of exact elements or required set. */
function sequenceInfo(elements: readonly AST.Element[]): Info {
  let run: readonly string[] | undefined = [''];
  let best: readonly string[] | undefined;
  let exact = true;
  const consider = (strings: readonly string[] | undefined) => {
    if (selectivity(strings) > selectivity(best)) best = strings;
  };
  for (const element of elementsOf(elements)) {
    const info = elementInfo(element);
    const joined: readonly string[] | undefined = info.exact && run ? cross(run, info.exact) : undefined;
    if (joined) {
      run = joined;
      continue;
    }
    exact = false;
    consider(run);
    if (info.exact) run = info.exact;
    else {
      consider(info.contains);
      run = [''];
    }
  }
  if (exact) return { exact: run };
  consider(run);
  return best ? { contains: best } : UNKNOWN;
}

/** Elements in order, with the anchors and boundaries between them skipped (they join their neighbours' strings). */
function elementsOf(elements: readonly AST.Element[]): readonly AST.Element[] {
  return elements.filter((element) => element.type !== 'Assertion');
}

function alternationInfo(alternatives: readonly AST.Alternative[]): Info {
  const infos = alternatives.map((alternative) => sequenceInfo(alternative.elements));
  if (infos.every((info) => info.exact)) {
    const all = unique(infos.flatMap((info) => info.exact!));
    if (all.length <= MAX_EXACT) return { exact: all };
  }
  const sets = infos.map((info) => info.exact ?? info.contains);
  if (sets.some((set) => set === undefined)) return UNKNOWN;
  return { contains: unique(sets.flatMap((set) => set!)) };
}

let parser: RegExpParser | undefined;

/**
 * Non-ASCII characters as \u escapes, as the build writes the bundles (scripts/build.mjs). esbuild
 * leaves them in regular expression literals, and one such character makes V8 hold the whole
 * bundle's source as two bytes a character, in every thread. An escape means the same character in
 * strings, templates and patterns alike; an identity escape before the character ("\’") becomes
 * the plain escape.
 */
export const asciiEscaped = (code: string) =>
  code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => slashes.slice(slashes.length % 2) + `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A pattern's key in BUILT_IN_LITERALS: its flags and source as the bundles spell it. */
export const literalKey = (pattern: RegExp) => `${pattern.flags}/${asciiEscaped(pattern.source)}`;

/**
 * The built-in rules' required strings, worked out by the build (scripts/build.mjs) so that a
 * start does not parse every pattern: about 90 ms of a cold run. Absent when running from source.
 */
declare const __BUILT_IN_LITERALS__: Record<string, readonly string[] | null> | undefined;
const BUILT_IN_LITERALS = typeof __BUILT_IN_LITERALS__ === 'object' ? new Map(Object.entries(__BUILT_IN_LITERALS__)) : undefined;

/**
 * Lower-case strings one of which every match of `pattern` contains (in the lower-cased text), or
 * undefined when the pattern promises none worth scanning for (see `usable`). Stateful patterns (`g`,
 * `y`) get none: skipping a run would change where the next one starts.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  if (/[gy]/.test(pattern.flags)) return undefined;
  let ast: AST.Pattern;
  try {
    parser ??= new RegExpParser({ ecmaVersion: 2025 });
    ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u'), unicodeSets: pattern.flags.includes('v') });
  } catch {
    return undefined;
  }
  const info = alternationInfo(ast.alternatives);
  const strings = info.exact ?? info.contains;
  if (!strings?.every(usable)) return undefined;
  // A string's start is found wherever the string is, and a longer one narrows the lines little
  // more while it grows the automaton; a string that contains another of the set adds nothing.
  const starts = unique(strings.map((s) => s.slice(0, MAX_LITERAL)));
  return starts.filter((s) => !starts.some((other) => other !== s && s.includes(other)));
}

/**
 * An Aho–Corasick automaton over the required strings of a list of patterns: `found(text)` scans
 * a lower-cased text once and answers which patterns have one of their strings in it (a pattern
 * without strings may match any text; the caller tries it always). The automaton is a full
 * transition table over the characters the strings use (every other character leads back to the
 * start): one typed-array read per character of the line.
 */
export class LiteralIndex {
  /**
   * Column of the transition table for each UTF-16 code unit; 0 for one no string uses. A typed
   * array of the whole range (128 KB) costs one read per character, where a map of the non-ASCII
   * ones cost a hash lookup for every curly quote and dash.
   */
  private readonly columnOf = new Uint16Array(0x10000);
  private readonly columns: number;
  private readonly next: Uint16Array | Uint32Array;
  private readonly failure: Int32Array;
  /** The nearest state on the failure chain (itself included) that ends a string, or 0. */
  private readonly outputLink: Int32Array;
  /** The patterns whose string ends in each state. */
  private readonly outputs: ReadonlyArray<readonly number[] | undefined>;
  /** The number of the last scan that found one of the pattern's strings (scans are numbered from 1). */
  private readonly seen: Float64Array;
  private scan = 0;

  constructor(literalSets: ReadonlyArray<readonly string[] | undefined>) {
    this.seen = new Float64Array(literalSets.length);
    // The trie, built from the strings in sorted order: a new state is always its parent's last child.
    const entries = literalSets.flatMap((set, pattern) => (set ?? []).map((literal) => ({ literal, pattern })));
    entries.sort((a, b) => (a.literal < b.literal ? -1 : a.literal > b.literal ? 1 : 0));
    const codeOf = [0];
    const firstChild = [0];
    const lastChild = [0];
    const nextSibling = [0];
    const outputs: Array<number[] | undefined> = [undefined];
    let path = [0];
    let previous = '';
    for (const { literal, pattern } of entries) {
      let shared = 0;
      while (shared < literal.length && shared < previous.length && literal[shared] === previous[shared]) shared++;
      path = path.slice(0, shared + 1);
      for (let i = shared; i < literal.length; i++) {
        const parent = path[i]!;
        const state = codeOf.length;
        codeOf.push(literal.charCodeAt(i));
        firstChild.push(0);
        lastChild.push(0);
        nextSibling.push(0);
        outputs.push(undefined);
        if (firstChild[parent] === 0) firstChild[parent] = state;
        else nextSibling[lastChild[parent]!] = state;
        lastChild[parent] = state;
        path.push(state);
      }
      (outputs[path[literal.length]!] ??= []).push(pattern);
      previous = literal;
    }
    this.outputs = outputs;
    // One column per character the strings use; column 0 for all others.
    const columnOf = new Map<number, number>();
    for (let state = 1; state < codeOf.length; state++) if (!columnOf.has(codeOf[state]!)) columnOf.set(codeOf[state]!, columnOf.size + 1);
    for (const [code, column] of columnOf) this.columnOf[code] = column;
    // Under `iu` an "s" also matches the long s, which lower-casing leaves as it is.
    if (columnOf.has(LATIN_S)) this.columnOf[LONG_S] = columnOf.get(LATIN_S)!;
    const columns = (this.columns = columnOf.size + 1);
    const states = codeOf.length;
    const next = (this.next = states <= 0xffff ? new Uint16Array(states * columns) : new Uint32Array(states * columns));
    // Breadth first, so that a state's failure state has its row when the state copies it.
    this.failure = new Int32Array(states);
    this.outputLink = new Int32Array(states);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * columns;
      const failureRow = this.failure[state]! * columns;
      if (state !== 0) {
        next.copyWithin(row, failureRow, failureRow + columns);
        this.outputLink[state] = outputs[state] ? state : this.outputLink[this.failure[state]!]!;
      }
      for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
        const column = columnOf.get(codeOf[child]!)!;
        this.failure[child] = state === 0 ? 0 : next[failureRow + column]!;
        next[row + column] = child;
        queue.push(child);
      }
    }
  }

  /** Scans `lowerText`: the patterns with one of their strings in it, each once, in the order found. */
  found(lowerText: string): number[] {
    const scan = ++this.scan;
    const { next, columns, columnOf, outputLink, failure, outputs, seen } = this;
    const hits: number[] = [];
    let state = 0;
    for (let i = 0; i < lowerText.length; i++) {
      const code = lowerText.charCodeAt(i);
      state = next[state * columns + columnOf[code]!]!;
      for (let out = outputLink[state]!; out !== 0; out = outputLink[failure[out]!]!) {
        for (const pattern of outputs[out]!) {
          if (seen[pattern] === scan) continue;
          seen[pattern] = scan;
          hits.push(pattern);
        }
      }
    }
    return hits;
  }
}

/**
 * The patterns of every rule table in use, registered as their tables are first compiled, and one
 * automaton over all their strings: a line is scanned once, whichever tables then consult it.
 */
export class PatternRegistry {
  private readonly ids = new Map<RegExp, number>();
  private readonly literalSets: Array<readonly string[] | undefined> = [];
  private index: LiteralIndex | undefined;
  private lastText: string | undefined;
  private lastFound: readonly number[] | undefined;

  /** The pattern's number in `found` answers. */
  idOf(pattern: RegExp): number {
    let id = this.ids.get(pattern);
    if (id === undefined) {
      id = this.literalSets.length;
      this.ids.set(pattern, id);
      const known = BUILT_IN_LITERALS?.get(literalKey(pattern));
      this.literalSets.push(known === undefined ? requiredLiterals(pattern) : (known ?? undefined));
      // Rebuilt on the next scan, once the tables compiled together are all in.
      this.index = undefined;
    }
    return id;
  }

  /** Whether the pattern has required strings; one without runs on every line. */
  isFiltered(id: number): boolean {
    return this.literalSets[id] !== undefined;
  }

  /** The registered patterns with required strings that `lowerText` (a lower-cased line) holds one of. */
  found(lowerText: string): readonly number[] {
    if (!this.index) {
      this.index = new LiteralIndex(this.literalSets);
      this.lastFound = undefined;
    }
    if (lowerText !== this.lastText || !this.lastFound) {
      this.lastText = lowerText;
      this.lastFound = this.index.found(lowerText);
    }
    return this.lastFound;
  }
}

import { STOP_WORD_SET, UNSPACED_SCRIPT_CHARS } from '../rules/stopwords.js';
import { MONTH } from '../rules/wire.js';
import { PAGE_NUMBER_LINE, PRINT_RUNNING_FOOT, PRINT_RUNNING_HEAD, PRINT_TIME_ONLY } from '../rules/boilerplate.js';

/**
 * Segment stage: normalised text -> lines -> units (the paragraphs of the dump as it was laid out).
 * A unit is one or more consecutive input lines that form one block: a one-line paragraph, a
 * hard-wrapped paragraph, an indented wire paragraph, a Markdown block; only a paragraph a printed
 * page's break cut holds the lines on both sides of the page's furniture.
 */

export interface Line {
  /** 1-based line number in the input. */
  n: number;
  /** The line without leading/trailing space. */
  text: string;
  /** Count of leading spaces (tabs were expanded by normalise). */
  indent: number;
}

/** 'markup': a feed's line of tags alone ("</div></figure>", "]]></content:encoded>"), or a Markdown paragraph of links without words ("[](…)[](…)"), which shows a reader nothing. */
/** 'page-break': a line a print or a PDF sets between two pages inside a paragraph it cut (the page's address, its title, a sheet's number). */
export type UnitKind = 'text' | 'heading' | 'list-item' | 'front-matter' | 'code' | 'rule' | 'image' | 'markup' | 'page-break';

/**
 * A unit of the dump. Every unit is made with all its fields, in this order (those it lacks set to
 * undefined): objects of one shape keep V8's optimised code for the stages that read them.
 */
export interface Unit {
  /** Index of this unit in the dump's unit list. */
  index: number;
  lines: Line[];
  /** The lines' texts joined by one space (Markdown: the inline text without markup). */
  text: string;
  kind: UnitKind;
  /** Markdown heading depth, 1-6. */
  depth: number | undefined;
  /** Blank lines directly before this unit (0 for the first). */
  gapBefore: number;
  /** A Markdown dump's YAML front matter, the article fields it states. */
  frontMatter: FrontMatter | undefined;
}

/** The article fields a Markdown dump's front matter states (Hugo, Jekyll, Astro, Obsidian keys). */
export interface FrontMatter {
  title?: string;
  subtitle?: string;
  authors?: string[];
  date?: string;
  updated?: string;
}

export type LayoutStyle = 'line-per-paragraph' | 'hard-wrapped' | 'indented' | 'markdown';

export interface Segmented {
  lines: Line[];
  units: Unit[];
  layout: LayoutStyle;
}

export function splitLines(text: string): Line[] {
  const raw = text.split('\n');
  return raw.map((line, i) => {
    const text = line.trim();
    return { n: i + 1, text, indent: text ? line.length - line.trimStart().length : 0 };
  });
}

const firstWordLength = (text: string) => {
  const space = text.indexOf(' ');
  return space === -1 ? text.length : space;
};

/** Length below which `share` of non-blank lines fall (a robust maximum). */
function percentileLength(lines: Line[], share: number): number {
  const lengths = lines.map((l) => l.indent + l.text.length).sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * share))] ?? 0;
}

/** Narrowest column a hard-wrapped dump may use. */
const MIN_WRAP_WIDTH = 30;

/** Widest column a hard-wrapped dump may use; wider lines are unwrapped paragraphs. */
export const MAX_WRAP_WIDTH = 110;
/** Lines a wrapped dump of MIN_LINES_FOR_LONG_HEADER lines or more may have past MAX_WRAP_WIDTH: this many, or this share of its lines. */
const MIN_LINES_FOR_LONG_HEADER = 20;
const MAX_LONG_HEADER_LINES = 2;
const LONG_LINE_SHARE = 0.05;

const LOWER_START = /^\p{Ll}/u;
/** A wrapped brief: this many wrapped lines, none of the text past the column by more than a few characters. */
const MIN_WRAPPED_LINES = 3;
const MAX_COLUMN_OVERRUN = 4;
/** Fields set out in columns ("News   Sport   Community", "Subscribe   Log in"): a menu's width, not the wrap column. */
const COLUMNS = /\S {3,}\S/;
/** A line of a box or table drawn in text ("┌────┐", "│ We use cookies … │", "| a | b |"): drawn to its own width, never wrapped. */
const BOX_LINE = /^[\u2500-\u257F|+].*[\u2500-\u257F|+]$/;
const LONG_ADDRESS = /(?:https?:\/\/|www\.)\S{40}/;
const WEB_ADDRESS_LINE = /^(?:https?:\/\/|www\.)\S+$/;
/** A rule across the page: "====", "----", "***". */
export const RULE_LINE = /^[-=_~*#]{3,}$/;

/**
 * Decide how the dump lays out paragraphs:
 * - indented: wire copy, each paragraph's first line indented, continuation lines flush;
 * - hard-wrapped: paragraphs broken at a fixed column;
 * - line-per-paragraph: one paragraph (or menu item, caption, ...) per line.
 */
export function detectLayout(lines: Line[]): { layout: LayoutStyle; width: number } {
  const nonBlank = lines.filter((l) => l.text);
  if (nonBlank.length < 4) return { layout: 'line-per-paragraph', width: 0 };
  // The wrap column: a high percentile of the lines that another line follows (a wrapped line
  // always has a successor; titles, URLs and last lines do not count).
  // A web address cannot be wrapped: a text browser's list of links runs past the column.
  // Nor is a print's running head or foot, set across the sheet.
  const wrappable = nonBlank.filter((l) => !LONG_ADDRESS.test(l.text) && !isPageBreakText(l.text));
  // A page's header may hold a few long lines over a wrapped story (a gallery's two captions, a
  // tagline): in a page of twenty lines or more, two of them, or one in twenty, may run past.
  const lengths = (wrappable.length >= 4 ? wrappable : nonBlank).map((l) => l.indent + l.text.length).sort((a, b) => b - a);
  const longAllowed = lengths.length >= MIN_LINES_FOR_LONG_HEADER ? Math.max(MAX_LONG_HEADER_LINES, Math.floor(lengths.length * LONG_LINE_SHARE)) : 0;
  if (lengths[longAllowed]! > MAX_WRAP_WIDTH) return { layout: 'line-per-paragraph', width: 0 };
  // Chinese and Japanese lines are short in characters but long in words, and have no spaces to
  // wrap at: the wrap test means nothing for them.
  const sample = nonBlank.slice(0, 400).map((l) => l.text).join('');
  if ((sample.match(UNSPACED_SCRIPT_CHARS)?.length ?? 0) * 4 >= sample.length) return { layout: 'line-per-paragraph', width: 0 };
  const followed = lines.filter((l, i) => l.text && lines[i + 1]?.text && !LONG_ADDRESS.test(l.text) && !BOX_LINE.test(l.text) && !COLUMNS.test(l.text) && !isPageBreakText(l.text));
  const width = percentileLength(followed.length >= 3 ? followed : nonBlank, 0.9);
  // Nobody wraps prose at a few columns: a column of short lines is a list, one item a line.
  if (width < MIN_WRAP_WIDTH) return { layout: 'line-per-paragraph', width };

  let indentedStarts = 0;
  let flushBlockStarts = 0;
  let flushContinuations = 0;
  let wrappedLines = 0;
  let wrappedIndentedLines = 0;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (!line.text || !prev.text || isPageBreakText(prev.text)) continue;
    const wrapped = prev.indent + prev.text.length + 1 + firstWordLength(line.text) > width;
    if (line.indent === 0 && wrapped) wrappedLines++;
    // Table rows are indented alike too, but a wrapped sentence goes on in lower case.
    if (line.indent >= 1 && line.indent === prev.indent && wrapped && LOWER_START.test(line.text)) wrappedIndentedLines++;
    // A newsletter indents the web address under each link's title: that is no paragraph start.
    if (line.indent >= 2 && prev.indent === 0 && !WEB_ADDRESS_LINE.test(line.text)) indentedStarts++;
    if (line.indent === 0) flushContinuations++;
  }
  // Blocks of flush lines after a blank line: the paragraphs of a dump that does not indent them.
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!lines[i - 1]!.text && lines[i]!.text && lines[i]!.indent === 0 && lines[i + 1]!.text && lines[i + 1]!.indent === 0) flushBlockStarts++;
  }
  const enough = Math.max(3, nonBlank.length * 0.2);
  // A text browser's copy (lynx) indents every line of its wrapped paragraphs alike: the indent marks no paragraph.
  // Its link lists and menus are many short lines, so a tenth of the lines is evidence enough.
  if (wrappedIndentedLines >= Math.max(3, nonBlank.length * 0.1) && wrappedIndentedLines > wrappedLines) return { layout: 'hard-wrapped', width };
  // Wire copy whose every paragraph is one indented line (earnings tables, short items).
  const indentedLines = nonBlank.slice(1).filter((l) => l.indent >= 1 && !WEB_ADDRESS_LINE.test(l.text)).length;
  if (nonBlank.length >= 4 && indentedLines >= (nonBlank.length - 1) * 0.8) return { layout: 'indented', width };
  // A mailing list's digest indents a few addresses over flush, blank-separated paragraphs: no wire layout.
  if (indentedStarts >= 1 && flushContinuations >= 2 && wrappedLines >= 2 && indentedLines >= 2 && flushBlockStarts <= indentedStarts) return { layout: 'indented', width };
  if (wrappedLines >= enough) return { layout: 'hard-wrapped', width };
  // A short brief among much furniture wraps fewer lines, but at a column no line of its passes.
  const tightColumn = percentileLength(followed, 1) <= width + MAX_COLUMN_OVERRUN;
  if (wrappedLines >= MIN_WRAPPED_LINES && wrappedLines >= nonBlank.length * 0.1 && tightColumn) return { layout: 'hard-wrapped', width };
  return { layout: 'line-per-paragraph', width };
}

/**
 * Lines that open a header line, never the rest of a wrapped one, so a title that happens to end
 * near the wrap column keeps its byline or stamp apart: "By Jane Doe" (mid-sentence the word is
 * "by"; in lower case only a name and a date, or a name and an institution in capitals, and nothing else:
 * "by Ana Ruiz April 2, 2025", "by Amelia Corrigan, University of Leeds"), a writer's name with their title alone
 * ("Dr Priya Venkatesan"), a feed item's or an email's field ("Link: https://...", "Author: PTI", "Subject: ..."), a stamp's
 * label ("Updated: ..."), a read-later app's line of the site and reading time ("france24.com · 2 min read"), and a line that is a stamp and nothing else ("Dec. 10, 2024 at 3:41 pm", "November 9, 2024 - 18:20",
 * "21/06/2024 04:36 PM").
 */
const HEADER_LINE_START = new RegExp(`^(?:By \\p{Lu}|(?:Dr|Prof|Professor)\\.? \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}$|by (?:\\p{Lu}[\\p{L}'’.-]+ ){1,4}${MONTH} \\d{1,2}, \\d{4}$|by (?:\\p{Lu}[\\p{L}'’.-]+ ){1,3}\\p{Lu}[\\p{L}'’.-]+, \\p{Lu}[\\p{L}'’&.-]*(?: (?:\\p{Lu}[\\p{L}'’&.-]*|of|the|and|for|de)){0,6}$|(?:Title|Link|Author|Category|pubDate|Enclosure|Description|GUID|Comments|Date|From|To|Cc|Subject|Message-ID|Content-Type): |(?:Published|Updated|Posted|Last [Uu]pdated) ?: |[a-z\\d-]{2,30}\\.(?:com|net|org|co|news|info)(?:\\.[a-z]{2})? · |${MONTH} \\d{1,2}, \\d{4}(?:,? (?:at )?\\d{1,2}[:.]\\d{2} ?[ap]\\.?m\\.?| [-–|·] \\d{1,2}:\\d{1,2})?$|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4},? \\d{1,2}:\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?$)`, 'u');

/** A title set in a narrow column (a PDF page, a print layout) wraps over at most this many lines. */
const MAX_TITLE_BLOCK_LINES = 4;
const MAX_TITLE_BLOCK_WORDS = 20;
const SENTENCE_OR_LABEL_END = /[.!?:;,]["”’)]?$/;
const BYLINE_START = /^(?:By|BY) \p{Lu}/u;
/** An article, preposition or conjunction ending a line: the words go on on the next. */
const DANGLING_WORD_END = / (?:a|an|the|of|to|for|and|or|than|with|in|on|at|from|by|as)$/i;
/** Of those, the words that may end a title as a verb's particle or a comparison: "... drags on", "... as". */
const PARTICLE_END = / (?:on|as)$/i;
/** A clock time marks a stamp, which may open in lower case ("jueves 20 de febrero de 2025, 20:15 hrs"), not a title's line. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;
/** A numeric date ending a line, as a stamp ends it: "in International Shipping News 20/08/2024". */
const NUMERIC_DATE_END = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d$/;
/** A title's first line, broken off at such a word, has at least this many words. */
const MIN_BROKEN_TITLE_WORDS = 3;

/**
 * Lines that go on a title wrapped in a narrow column: a block of two to four lines alone between
 * blank lines, opening with a capital, going on in lower case, with no sentence end ("Hospital
 * parking" / "charges to rise for" / "third time in two years"). Prose, menus and tag lists do not
 * look like that: prose ends its sentences, menu and tag entries each open alike.
 */
function titleContinuations(lines: Line[], wrapWidth: number): Set<number> {
  const continuations = new Set<number>();
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start]!.text || (start > 0 && lines[start - 1]!.text)) continue;
    let end = start;
    while (end + 1 < lines.length && lines[end + 1]!.text) end++;
    // The byline may follow the title with no blank line between ("Kano farmers turn to solar" /
    // "pumps as diesel prices bite" / "By Ibrahim Musa"): it is no part of the title.
    const block = lines.slice(start, end + 1 - (end > start + 1 && BYLINE_START.test(lines[end]!.text) ? 1 : 0));
    start = end;
    if (block.length < 2 || block.length > MAX_TITLE_BLOCK_LINES) continue;
    if (wrapWidth > 0 && titleWithRunOver(block, wrapWidth)) {
      continuations.add(block[1]!.n);
      continue;
    }
    // A title of two lines broken after a word no title ends on, the second line opening with a name
    // ("Norwich City boss rues 'sloppy' goals as" / "Canaries slip to Hull defeat"); "by" may end a
    // credit's label ("Photographs by" / "Ana Rao").
    if (block.length === 2 && brokenBeforeName(block[0]!.text, block[1]!.text)) {
      continuations.add(block[1]!.n);
      continue;
    }
    // A release's title in capitals, wrapped at the column ("CITY AND ... ANNOUNCE $28 MILLION" / "PLAN TO RESURFACE ...").
    if (wrapWidth > 0 && capitalsTitleWrapped(block, wrapWidth)) {
      for (const line of block.slice(1)) continuations.add(line.n);
      continue;
    }
    if (!/^\p{Lu}/u.test(block[0]!.text) || !block.slice(1).every((l) => LOWER_START.test(l.text))) continue;
    if (block.some((l) => SENTENCE_OR_LABEL_END.test(l.text) || CLOCK_TIME.test(l.text) || NUMERIC_DATE_END.test(l.text)) || block.reduce((n, l) => n + l.text.split(' ').length, 0) > MAX_TITLE_BLOCK_WORDS) continue;
    // A header line or a web address under the title goes on no title ("Title" / "france24.com · 2 min read" / "https://...").
    if (block.slice(1).some((l) => HEADER_LINE_START.test(l.text) || WEB_ADDRESS_LINE.test(l.text))) continue;
    // A title reads as a phrase, with a function word in it; "View PDF/Print Mode" / "biologycell biologyimmunology" does not.
    if (!block.some((l) => l.text.toLowerCase().split(' ').some((word) => STOP_WORD_SET.has(word)))) continue;
    for (const line of block.slice(1)) continuations.add(line.n);
  }
  // Inside a longer run of lines, a title broken after a word no title ends on ("Sri Lanka's tea
  // smallholders need more than a" / "price guarantee"), going on in lower case.
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i]!.text, lines[i + 1]!.text];
    // Or going on with a name ("... 'catastrophic' conditions in" / "Wimmera"), as a print's narrow column
    // breaks it; not after a verb's particle ("... dispute drags on" / "Society").
    const beforeName = !PARTICLE_END.test(line) && brokenBeforeName(line, next);
    if (!DANGLING_WORD_END.test(line) || !(LOWER_START.test(next) || beforeName) || SENTENCE_OR_LABEL_END.test(next)) continue;
    const words = line.split(' ').length + next.split(' ').length;
    if (/^\p{Lu}/u.test(line) && line.split(' ').length >= MIN_BROKEN_TITLE_WORDS && words <= MAX_TITLE_BLOCK_WORDS) continuations.add(lines[i + 1]!.n);
  }
  return continuations;
}

/** A title's first line ending on a function word other than "by", over a line that goes on with no sentence end, digit (a stamp's: "EMBARGO UNTIL 23:30 ON" / "WEDNESDAY 19 MARCH 2025") or label. */
function brokenBeforeName(first: string, second: string): boolean {
  return /^\p{Lu}/u.test(first) && DANGLING_WORD_END.test(first) && !/ by$/i.test(first) && first.split(' ').length >= MIN_BROKEN_TITLE_WORDS
    && first.split(' ').length + second.split(' ').length <= MAX_TITLE_BLOCK_WORDS
    && !CLOCK_TIME.test(first) && !/\d/.test(second) && !SENTENCE_OR_LABEL_END.test(second) && !HEADER_LINE_START.test(second) && !WEB_ADDRESS_LINE.test(second);
}

/** Every line in capitals, the first reaching the wrap column, none ending a sentence or a label, at most a title's words. */
function capitalsTitleWrapped(block: Line[], wrapWidth: number): boolean {
  const texts = block.map((l) => l.text);
  return (
    texts[0]!.length >= wrapWidth * NEAR_WRAP_COLUMN &&
    texts.every((text) => /\p{Lu}/u.test(text) && text === text.toUpperCase() && !SENTENCE_OR_LABEL_END.test(text) && !CLOCK_TIME.test(text)) &&
    texts.reduce((n, text) => n + text.split(' ').length, 0) <= MAX_CAPITALS_TITLE_WORDS
  );
}
/** A title set in capitals runs longer than one in sentence case: a release spells out the whole announcement. */
const MAX_CAPITALS_TITLE_WORDS = 30;
/** The few words a wrapped title runs over onto its second line. */
const MAX_RUN_OVER_WORDS = 3;
/**
 * A hard-wrapped dump's title of two lines, the second a few words that may open in capitals
 * ("Dublin Bus to trial 24-hour service on two more routes from" / "September"): the first line
 * reaches the wrap column with no sentence end, the second holds no digit (a stamp) and no label.
 */
function titleWithRunOver(block: Line[], wrapWidth: number): boolean {
  if (block.length !== 2) return false;
  const [first, second] = [block[0]!.text, block[1]!.text];
  const words = first.split(' ');
  return /^\p{Lu}/u.test(first) && first.length >= wrapWidth * NEAR_WRAP_COLUMN && words.length >= MIN_BROKEN_TITLE_WORDS && !SENTENCE_OR_LABEL_END.test(first)
    && words.some((word) => STOP_WORD_SET.has(word.toLowerCase()))
    && second.split(' ').length <= MAX_RUN_OVER_WORDS && !/\d/.test(second) && !SENTENCE_OR_LABEL_END.test(second) && !HEADER_LINE_START.test(second);
}

/** A link's target alone on its line, in angle brackets: "<https://substack.com/app-link/post?...>". */
const LINK_TARGET_LINE = /^<(?:https?:\/\/|mailto:)[^\s<>]{1,2000}>$/;
/** A line ending in a word broken by a hyphen: "the Hade-". */
const WORD_BROKEN_AT_END = /\p{Ll}{2}-$/u;
/** Lines ending in a broken word before one going on in lower case, from which a dump reads as typeset. */
const MIN_HYPHENATED_LINES = 3;
function typesetHyphenation(lines: Line[]): boolean {
  let broken = 0;
  for (let i = 0; i + 1 < lines.length && broken < MIN_HYPHENATED_LINES; i++) {
    if (WORD_BROKEN_AT_END.test(lines[i]!.text) && LOWER_START.test(lines[i + 1]!.text)) broken++;
  }
  return broken >= MIN_HYPHENATED_LINES;
}

/** A firm's legal form closing a line: "Co., Ltd.", "Inc.", "Sdn. Bhd.". */
const FIRM_ABBREVIATION_AT_END = /\b(?:Co|Ltd|Inc|Corp|Bhd|Pte|Pty|LLC|GmbH)\.$/;
/** A line this many times the wrap column's width was not wrapped at it. */
const PAST_WRAP_COLUMN = 1.15;
/** A wrapped line reaches at least this share of the wrap column. */
const NEAR_WRAP_COLUMN = 0.75;
const SENTENCE_END_AT_LINE_END = /[.!?:]["”’)]?$/;
const goesOnWrapped = (prev: Line, line: Line, width: number) =>
  (LOWER_START.test(line.text) || DANGLING_WORD_END.test(prev.text)) && line.indent === prev.indent && prev.indent + prev.text.length >= width * NEAR_WRAP_COLUMN && !SENTENCE_END_AT_LINE_END.test(prev.text);

/**
 * In wire copy that indents its paragraphs, a flush line goes on the paragraph above it, unless that
 * paragraph ended short of the column on a full stop and the line is a short trailer (the desk's
 * initials and the closing stamp under the last one: "   (hs/jdr)" / "AP-WS-11-03-97 0914EST<"). Flush lines above the first indent
 * (slug, title, byline) stand alone unless wrapped.
 */
const continuesIndented = (first: Line, prev: Line, line: Line, nextWordWouldOverflow: boolean) =>
  first.indent > 0
    ? nextWordWouldOverflow || !(SENTENCE_END_AT_LINE_END.test(prev.text) || BRACKETED_SIGN_OFF.test(prev.text)) || line.text.split(' ').length > MAX_TRAILER_WORDS
    : nextWordWouldOverflow && !HEADER_LINE_START.test(line.text);
/** A trailer line is a few words; a longer flush line after a full stop is prose that lost its indent. */
const MAX_TRAILER_WORDS = 4;
/** A desk's initials or an end mark in brackets, alone on the line: "(hs/jdr)", "(END)", "(MORE)". */
const BRACKETED_SIGN_OFF = /^\(\p{L}{1,6}(?:[-/]\p{L}{1,6}){0,3}\)$/u;

/** A line that goes on the one above it: a comma and a capital (", Health Correspondent"). */
const INLINE_CONTINUATION = /^, \p{Lu}/u;

/** Group lines into units according to the layout. */
export function groupLines(lines: Line[], layout: LayoutStyle, width: number): Unit[] {
  const wrappedTitle = titleContinuations(lines, layout === 'hard-wrapped' ? width : 0);
  const units: Unit[] = [];
  let current: Line[] = [];
  let gap = 0;
  let gapBeforeCurrent = 0;
  // Typeset columns (a PDF's text) break words at the line's end: "con-" / "sidering". A plain text
  // wrapper breaks only at spaces, so there a hyphen at the end belongs to the word ("state-" / "owned").
  const hyphenated = typesetHyphenation(lines);
  // A plain-text mail sets a link's target on the line under its words ("Title" / "<https://...>"): the target is no text.
  const joined = (unitLines: Line[]) =>
    unitLines.reduce((text, line, k) => (k === 0 ? line.text : LINK_TARGET_LINE.test(line.text) ? text : INLINE_CONTINUATION.test(line.text) ? text + line.text : hyphenated && WORD_BROKEN_AT_END.test(text) && LOWER_START.test(line.text) ? text.slice(0, -1) + line.text : `${text} ${line.text}`), '');
  const flush = () => {
    if (!current.length) return;
    units.push({
      index: units.length,
      lines: current,
      text: joined(current),
      kind: 'text',
      depth: undefined,
      gapBefore: gapBeforeCurrent,
      frontMatter: undefined,
    });
    current = [];
  };
  for (const line of lines) {
    if (!line.text) {
      flush();
      gap++;
      continue;
    }
    const prev = current[current.length - 1];
    let continues = false;
    if (prev && layout !== 'line-per-paragraph') {
      // A greedy wrapper breaks a line only when the next word would not fit: so if it would
      // have fitted, the break was a paragraph end. Indented layouts also start a paragraph
      // at every indented line (the wire indents paragraphs and table rows).
      // A line far past the column was never wrapped at it (a clipping's header over an OCR'd column).
      const pastColumn = prev.indent + prev.text.length > width * PAST_WRAP_COLUMN;
      const nextWordWouldOverflow = !pastColumn && prev.indent + prev.text.length + 1 + firstWordLength(line.text) > width;
      continues = layout === 'indented' ? line.indent === 0 && continuesIndented(current[0]!, prev, line, nextWordWouldOverflow) : nextWordWouldOverflow && line.indent <= prev.indent && !HEADER_LINE_START.test(line.text);
      // Not every wrapper is greedy at the column we estimate (a text browser wraps a little short of
      // it, and its link numbers, taken out, shortened the line): a sentence broken off near the column
      // and going on in lower case, or after a word no sentence ends on ("... 4-2 at" / "Climate Pledge ..."), is one paragraph.
      if (layout === 'hard-wrapped' && !continues) continues = goesOnWrapped(prev, line, width);
      // A firm's name ends on a stop that ends no sentence ("… Shirakawa Precision Industries Co., Ltd." / "(TSE Prime: 6498), …").
      if (layout === 'hard-wrapped' && !continues && FIRM_ABBREVIATION_AT_END.test(prev.text) && /^[(\p{Ll}\d]/u.test(line.text) && prev.indent + prev.text.length >= width * NEAR_WRAP_COLUMN) continues = true;
    }
    if (prev && wrappedTitle.has(line.n)) continues = true;
    // A copy may break a line at each inline element of a byline ("Eleanor Whitby" / ", Health
    // Correspondent"): a line opening on a comma goes on the line above.
    if (prev && INLINE_CONTINUATION.test(line.text)) continues = true;
    // A web address alone on its line (a shared link under its title) goes on no title or paragraph;
    // a rule of dashes or equals signs joins nothing, before or after it.
    // Nor does a print's running head or foot or a sheet's number, which stands between two pages.
    if (WEB_ADDRESS_LINE.test(line.text) || RULE_LINE.test(line.text) || (prev && RULE_LINE.test(prev.text)) || isPageBreakText(line.text) || (prev && isPageBreakText(prev.text))) continues = false;
    if (!continues) {
      flush();
      gapBeforeCurrent = gap;
    }
    current.push(line);
    gap = 0;
  }
  flush();
  return units;
}

/** Plain-text segmentation (Markdown input goes through `segmentMarkdown`). */
export function segmentText(text: string): Segmented {
  const lines = splitLines(text);
  const { layout, width } = detectLayout(lines);
  return { lines, units: markUnderlinedTitles(joinAcrossPageBreaks(groupLines(lines, layout, width))), layout };
}

/** A line a print or a PDF sets between two pages: the browser's header and footer, a sheet's number. */
const isPageBreakText = (text: string) => PRINT_RUNNING_HEAD.test(text) || PRINT_RUNNING_FOOT.test(text) || PAGE_NUMBER_LINE.test(text);
/** A running head: one line of a few words set in two columns far apart ("Kyodo JBN News Release      June 19, 2025"). */
const RUNNING_HEAD_COLUMNS = /\S {8,}\S/;
const MAX_RUNNING_HEAD_WORDS = 12;

/**
 * A paragraph a page break cut ("… regional carriers even as" / "11/21/24, 3:04 PM Title" /
 * "https://… 2/4" / "pilot shortages ease.") is one paragraph: its two parts make one unit, the
 * page's furniture between them units of their own. The furniture is a run of single lines with a
 * sheet's number or a browser's header or footer among them; around those, the page's address, the
 * time it printed, a running head in columns and any line every sheet repeats (the page's title).
 */
function joinAcrossPageBreaks(units: Unit[]): Unit[] {
  // Most dumps have no page break: they pass as they are.
  if (!units.some((unit) => isPageBreakText(unit.text))) return units;
  const seen = new Map<string, number>();
  for (const unit of units) if (unit.lines.length === 1) seen.set(unit.text, (seen.get(unit.text) ?? 0) + 1);
  const isSheetFurniture = (unit: Unit) =>
    unit.lines.length === 1 &&
    (isPageBreakText(unit.text) || WEB_ADDRESS_LINE.test(unit.text) || PRINT_TIME_ONLY.test(unit.text) || (RUNNING_HEAD_COLUMNS.test(unit.lines[0]!.text) && unit.text.split(/\s+/).length <= MAX_RUNNING_HEAD_WORDS) || seen.get(unit.text)! > 1);
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    out.push(unit);
    if (unit.kind !== 'text' || isSheetFurniture(unit) || SENTENCE_END_AT_LINE_END.test(unit.text)) continue;
    let k = i + 1;
    while (k < units.length && isSheetFurniture(units[k]!)) k++;
    const rest = units[k];
    if (!rest || rest.kind !== 'text' || !LOWER_START.test(rest.text) || !units.slice(i + 1, k).some((u) => isPageBreakText(u.text))) continue;
    out[out.length - 1] = { ...unit, lines: [...unit.lines, ...rest.lines], text: `${unit.text} ${rest.text}` };
    out.push(...units.slice(i + 1, k).map((furniture): Unit => ({ ...furniture, kind: 'page-break' })));
    i = k;
  }
  out.forEach((u, index) => (u.index = index));
  return out;
}

/** A rule of equals signs right under a line: the line is a title, as a Markdown (setext) heading. */
const TITLE_UNDERLINE = /^={3,}$/;
/** A rule of hyphens: a heading of the second level, under the masthead's ("THE HIGHLAND COURANT" / "====" / … / "Storm Fearghal: …" / "----"). */
const SUBTITLE_UNDERLINE = /^-{3,}$/;
/** Characters by which a title's underline may miss the title's length. */
const MAX_UNDERLINE_MISMATCH = 3;

/**
 * Pandoc, Instapaper and plain-text e-mail write the title over a rule of equals signs ("Suburban
 * district weighs ..." / "=========="): that line is a heading of the first level.
 */
function markUnderlinedTitles(units: Unit[]): Unit[] {
  for (let i = 0; i + 1 < units.length; i++) {
    const [title, rule] = [units[i]!, units[i + 1]!];
    // A label boxed between two rules ("=====" / "TOP STORY" / "=====") is a section banner.
    const boxed = i > 0 && title.gapBefore === 0 && TITLE_UNDERLINE.test(units[i - 1]!.text);
    // Converters underline the title to its length (a wrapped one to its longest line); a service banner's rule runs the page's width.
    const underlined = Math.abs(rule.text.length - Math.max(...title.lines.map((line) => line.text.length))) <= MAX_UNDERLINE_MISMATCH;
    const depth = TITLE_UNDERLINE.test(rule.text) ? 1 : SUBTITLE_UNDERLINE.test(rule.text) ? 2 : 0;
    if (rule.gapBefore === 0 && depth > 0 && title.kind === 'text' && title.lines.length <= 2 && underlined && !boxed) units[i] = { index: title.index, lines: title.lines, text: title.text, kind: 'heading', depth, gapBefore: title.gapBefore, frontMatter: undefined };
  }
  return units;
}

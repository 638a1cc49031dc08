import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { agencyName } from '../rules/wire.js';
import { splitLines, type FrontMatter, type Line, type Segmented, type Unit, type UnitKind } from './index.js';

/**
 * Feed segmentation: a dump that is an RSS, Atom or RDF item (a feed reader's "copy source", a saved
 * feed) states its fields in elements: the first item's title, writers and dates become the
 * dump's front matter, and its content (or, lacking one, its description) the text the body is
 * found in, one unit per block of HTML. Every line stays accounted for: the lines above the
 * content are the front matter's, markup-only lines are units of their own.
 */

/** A feed's opening: maybe an XML declaration, a stylesheet's and a comment, then a feed's root, its channel, or an item alone. */
const FEED_START = /^(?:<\?xml[^>]{0,300}>\s{0,20})?(?:<\?xml-stylesheet[^>]{0,300}>\s{0,20}){0,3}(?:<!--[^>]{0,500}-->\s{0,20})?<(?:rss|feed|rdf:RDF|channel|item|entry)[\s>]/;
const ITEM_START = /<(item|entry)[\s>]/;
/** An element's opening tag, read where a "<" is found: its name and attributes. */
const OPEN_TAG = /<([A-Za-z][\w:.-]{0,60})(\s[^<>]{0,2000})?>/y;

export function looksLikeFeed(text: string): boolean {
  return FEED_START.test(text.trimStart().slice(0, 2000)) && ITEM_START.test(text) && /<title[\s>]/.test(text);
}

interface FeedElement {
  /** Lower-case name with its prefix: "title", "dc:creator", "content:encoded". */
  name: string;
  start: number;
  contentStart: number;
  contentEnd: number;
}

/** The elements directly inside [from, to): each from its opening tag to its closing one (self-closing ones hold nothing). */
function elementsIn(text: string, from: number, to: number): FeedElement[] {
  const elements: FeedElement[] = [];
  for (let p = from; p < to; ) {
    const lt = text.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    OPEN_TAG.lastIndex = lt;
    const open = OPEN_TAG.exec(text);
    if (!open || open[2]?.endsWith('/')) {
      p = open ? lt + open[0].length : lt + 1;
      continue;
    }
    const contentStart = lt + open[0].length;
    const contentEnd = text.indexOf(`</${open[1]}>`, contentStart);
    if (contentEnd < 0 || contentEnd >= to) {
      p = contentStart;
      continue;
    }
    elements.push({ name: open[1]!.toLowerCase(), start: lt, contentStart, contentEnd });
    p = contentEnd + open[1]!.length + 3;
  }
  return elements;
}

const CHARACTER_REFERENCE = /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
/** The highest code point; numeric references past it (or to none at all) stay as written. */
const MAX_CODE_POINT = 0x10ffff;
function decodeReferences(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (whole, name: string) => {
    if (name[0] !== '#') return decodeNamedCharacterReference(name) || whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
  });
}

const CDATA_MARK = /<!\[CDATA\[|\]\]>/g;
const TAG = /<\/?([A-Za-z][\w:-]{0,30})(?=[\s/>])[^<>]{0,2000}>/g;
/** Tags inside a line of text, which leave no space where they stood ("<a …>RaceFans</a>."). */
const INLINE_TAG = /^(?:a|abbr|b|bdi|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|time|u)$/i;
const tagGap = (_: string, name: string) => (INLINE_TAG.test(name) ? '' : ' ');
/** The text without its comments ("<!-- adslot -->"), found by search: a pattern would rescan an unclosed one's tail. */
function withoutComments(text: string): string {
  let out = '';
  let p = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', p)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(p, open);
    p = close + 3;
  }
  return out + text.slice(p);
}

/**
 * What a line of a feed shows a reader: CDATA marks, comments and tags gone, references decoded.
 * HTML escaped into the XML ("&lt;p&gt;…", "&amp;#8217;") shows its tags and references once decoded: they go too.
 */
function visibleText(raw: string): string {
  const once = decodeReferences(withoutComments(raw).replace(CDATA_MARK, '').replace(TAG, tagGap));
  const text = once.includes('<') || once.includes('&') ? decodeReferences(once.replace(TAG, tagGap)) : once;
  return text.replace(/\s+/g, ' ').trim();
}

/** The elements that state the item's fields, most telling first, in RSS, Atom, RDF and Dublin Core. */
const FIELD_ELEMENTS = {
  title: ['title', 'dc:title'],
  authors: ['dc:creator', 'author', 'itunes:author'],
  date: ['pubdate', 'published', 'dc:date', 'issued'],
  updated: ['updated', 'a10:updated', 'dcterms:modified', 'modified'],
  content: ['content:encoded', 'content', 'xhtml:body'],
  summary: ['description', 'summary', 'dc:description'],
} as const;

/** RSS's author field is an address with the name in brackets: "jane@example.com (Jane Doe)". */
const ADDRESS_WITH_NAME = /^[^\s@]+@\S+ \(([^()]{2,80})\)$/;

/** Where a block of HTML starts in a line: the kind of unit it makes. */
const HEADING_START = /^<h[1-6][\s>]/i;
const LIST_ITEM_START = /^<li[\s>]/i;
const PICTURE_START = /^<(?:figure|figcaption|img)[\s>]/i;
const PARAGRAPH_START = /<p[\s>]/i;
/** A paragraph opened on a line and not closed there goes on over the next. */
const unclosedParagraph = (html: string) => html.lastIndexOf('<p') > html.lastIndexOf('</p>');

/** The module's patterns, exported so that the ReDoS test (test/redos.test.ts) checks them. */
export const FEED_PATTERNS = { FEED_START, ITEM_START, OPEN_TAG, CHARACTER_REFERENCE, CDATA_MARK, TAG, INLINE_TAG, ADDRESS_WITH_NAME, HEADING_START, LIST_ITEM_START, PICTURE_START, PARAGRAPH_START };

export function segmentFeed(text: string): Segmented {
  const raw = splitLines(text);
  const lineStarts: number[] = [];
  for (let offset = 0, n = 0; n < raw.length; n++) {
    lineStarts.push(offset);
    offset = text.indexOf('\n', offset) + 1 || text.length;
  }
  /** The line an offset falls on (0-based), by binary search of the lines' starts. */
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lines: Line[] = raw.map((line) => (line.text ? { ...line, text: visibleText(line.text) || line.text } : line));

  const itemMatch = ITEM_START.exec(text);
  const itemStart = itemMatch ? itemMatch.index : 0;
  const itemOpenEnd = text.indexOf('>', itemStart) + 1;
  const itemClose = itemMatch ? text.indexOf(`</${itemMatch[1]}>`, itemOpenEnd) : -1;
  const elements = elementsIn(text, itemOpenEnd, itemClose < 0 ? text.length : itemClose);
  const first = (names: readonly string[]) => names.map((name) => elements.find((e) => e.name === name)).find((e) => e !== undefined);
  const valueOf = (e: FeedElement | undefined) => (e ? visibleText(text.slice(e.contentStart, e.contentEnd)) || undefined : undefined);

  const authorElements = elements.filter((e) => (FIELD_ELEMENTS.authors as readonly string[]).includes(e.name));
  const authors = authorElements.flatMap((e) => {
    // Atom's author holds its name in an element of its own.
    const name = elementsIn(text, e.contentStart, e.contentEnd).find((inner) => inner.name === 'name');
    const value = valueOf(name ?? e) ?? '';
    // An agency after the writer's comma is the copy's source, no writer: "Aisling Corr, PA".
    return (ADDRESS_WITH_NAME.exec(value)?.[1] ?? value).split(/ *; *| and | & /).map((name) => name.replace(/, ([^,]{2,40})$/, (whole, after: string) => (agencyName(after) ? '' : whole))).filter(Boolean);
  });
  const content = first(FIELD_ELEMENTS.content);
  const summary = first(FIELD_ELEMENTS.summary);
  const body = content && valueOf(content) ? content : summary;
  const fields: FrontMatter = {
    title: valueOf(first(FIELD_ELEMENTS.title)),
    subtitle: body === content ? valueOf(summary) : undefined,
    authors: authors.length ? authors : undefined,
    date: valueOf(first(FIELD_ELEMENTS.date)),
    updated: valueOf(first(FIELD_ELEMENTS.updated)),
  };
  const frontMatter = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as FrontMatter;

  const units: Unit[] = [];
  const push = (unitLines: Line[], kind: UnitKind, unitFrontMatter?: FrontMatter) => {
    const nonBlank = unitLines.filter((l) => l.text);
    if (!nonBlank.length) return;
    const prevLast = units.at(-1)?.lines.at(-1)!.n ?? 0;
    units.push({
      index: units.length,
      lines: nonBlank,
      text: nonBlank.map((l) => l.text).join(' '),
      kind,
      depth: kind === 'heading' ? 2 : undefined,
      gapBefore: Math.max(0, nonBlank[0]!.n - prevLast - 1),
      frontMatter: unitFrontMatter,
    });
  };
  const bodyFirst = body ? lineAt(body.contentStart) : lines.length;
  const bodyLast = body ? lineAt(body.contentEnd) : lines.length - 1;
  push(lines.slice(0, bodyFirst), 'front-matter', frontMatter);
  for (let n = bodyFirst; n <= bodyLast && body; n++) {
    const line = lines[n]!;
    if (!line.text) continue;
    const from = Math.max(lineStarts[n]!, body.contentStart);
    const to = Math.min(lineStarts[n]! + raw[n]!.text.length + raw[n]!.indent, body.contentEnd);
    const html = text.slice(from, to).replace(CDATA_MARK, '').trim();
    const shown = visibleText(html);
    const previous = units.at(-1);
    const previousHtml = n > bodyFirst ? text.slice(Math.max(lineStarts[n - 1]!, body.contentStart), lineStarts[n]!) : '';
    if (shown && previous && previous.kind === 'text' && previous.lines.at(-1)!.n === lines[n - 1]?.n && unclosedParagraph(previousHtml)) {
      previous.lines.push({ ...line, text: shown });
      previous.text = `${previous.text} ${shown}`;
      continue;
    }
    // A picture's line is its caption, unless paragraphs go on after it on the same line.
    const kind: UnitKind = !shown ? 'markup' : HEADING_START.test(html) ? 'heading' : LIST_ITEM_START.test(html) ? 'list-item' : PICTURE_START.test(html) && !PARAGRAPH_START.test(html) ? 'image' : 'text';
    push([shown ? { ...line, text: shown } : line], kind);
  }
  push(lines.slice(bodyLast + 1), 'markup');
  // The fields go with the first unit, whatever it is: the item may open on its content's line.
  if (units[0] && !units[0].frontMatter) units[0].frontMatter = frontMatter;
  return { lines, units, layout: 'line-per-paragraph' };
}

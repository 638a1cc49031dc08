import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Heading, Nodes, RootContent } from 'mdast';
import { MAX_WRAP_WIDTH, splitLines, type FrontMatter, type Line, type Segmented, type Unit, type UnitKind } from './index.js';

/**
 * A note app's link to a page of its own, its words the text: Obsidian's clipper writes authors as
 * "[[Jane Doe]]" or "[[jane-doe|Jane Doe]]", Readwise "- Author: [[Mereana Tūhoe]]".
 */
const WIKI_LINK = /\[\[([^[\]|]{1,100})(?:\|([^[\]|]{1,100}))?\]\]/g;
/** Pandoc's attributes after a heading, link or picture: "{#ferry-fine .headline}", "{width=80%}". */
const ATTRIBUTES = '\\{(?:[#.][\\w-]{1,120}|[\\w-]{1,20}=[^\\s{}]{1,40})(?: (?:[#.][\\w-]{1,120}|[\\w-]{1,20}=[^\\s{}]{1,40})){0,6}\\}';
const PANDOC_ATTRIBUTES = new RegExp(ATTRIBUTES, 'g');
/** A fence of Pandoc's div, a line of colons maybe with its class ("::: {.byline}", ":::"): markup, no words. */
const PANDOC_FENCE_LINE = /^:{3,}(?: ?\{[^{}\n]{0,200}\}| ?[\w-]{1,40})?(?:\n|$)|\n:{3,}(?: ?\{[^{}\n]{0,200}\}| ?[\w-]{1,40})?(?=\n|$)/g;
/** Pandoc's span, words in brackets with attributes: "[By Tom Kilgariff]{.byline}" is "By Tom Kilgariff". */
const PANDOC_SPAN = new RegExp(`\\[([^[\\]]{0,500})\\]${ATTRIBUTES}`, 'g');

/** A caption's credit, the words after its last sentence: "Photo: picture alliance/dpa" of "... Mitte district. Photo: ...", "Keystone / Salvatore Di Nolfi". */
export const CAPTION_CREDIT = /^(?:(?:Photo|Photograph|Foto|Picture|Image|Credit|Bild)s?: ?[^\n]{2,80}|[^\n/|©.!?]{2,40}[/|©][^\n/|©]{2,40})$/u;
/** The words after a caption's last sentence stop, if it has one. */
function afterLastSentence(text: string): string | null {
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '));
  return stop < 0 ? null : text.slice(stop + 2);
}
/** A caption is at most this long; a lede under the picture runs longer or has no credit. */
const MAX_CAPTION_CHARS = 400;
/** Words of an alt text that a caption under its picture repeats whole; a name alone (an author's photo over their name) is too short. */
const MIN_ALT_WORDS = 3;
/** Words of an alt text that the text under the picture repeats and nothing more: a sentence, not a name ("Jomar Dizon Pacaña" over its link). */
const MIN_REPEATED_ALT_WORDS = 5;
/** The text under a picture is its caption: it repeats the picture's alt text (and maybe goes on with its credit), or it ends in a credit. */
function isCaptionOf(text: string, alt: string): boolean {
  if (text.length > MAX_CAPTION_CHARS) return false;
  const altText = alt.trim().replace(/[.!?]$/, '');
  const tail = afterLastSentence(text);
  const altWords = altText.split(/\s+/).length;
  const repeatsAlt = text.toLowerCase().startsWith(altText.toLowerCase()) && (text.length > altText.length ? altWords >= MIN_ALT_WORDS : altWords >= MIN_REPEATED_ALT_WORDS);
  return (tail !== null && CAPTION_CREDIT.test(tail)) || repeatsAlt || BRACKETED_BY_CREDIT.test(text);
}
/** A caption's credit in brackets at its end: "A cruise ship docked at Barcelona port (by Blanca Blay)". */
const BRACKETED_BY_CREDIT = /\((?:[Bb]y|(?:[Pp]hotos?|[Pp]icture|[Ii]mage) by) \p{Lu}[^()]{1,60}\)$/u;

/** A link to a writer's page on a news site: "/authors/niamh-corcoran/", "/autores/telam", "/profile/ana-rao". */
export const AUTHOR_PAGE = /\/(?:authors?|autor(?:es|en)?|auteurs?|autori|journalists?|reporters?|writers?|columnists?|profiles?|staff|byline|redactores?|giornalisti)\/[^/?#\s]/i;

/** The alt text of a picture, or of a link that holds a picture alone. */
function pictureAlt(node: Nodes): string | undefined {
  if (node.type === 'image') return node.alt ?? undefined;
  return node.type === 'link' && node.children.length === 1 && node.children[0]!.type === 'image' ? (node.children[0].alt ?? undefined) : undefined;
}

/** Inline text of a Markdown node: link and emphasis text kept, markup and URLs dropped. */
function inlineText(node: Nodes): string {
  if (node.type === 'text') return node.value.replace(WIKI_LINK, (_, target: string, label: string | undefined) => label ?? target);
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) {
    const children = node.children as Nodes[];
    // A picture's alt text that the words beside it repeat (an author's photo in the link to their
    // page: "[![Gemma Pask](…) Gemma Pask](…)", or linked on its own: "[![Gemma Pask](…)](…) [Gemma Pask](…)") is said once.
    const texts = children.map(inlineText);
    const alts = children.map(pictureAlt);
    children.forEach((_, k) => {
      const alt = alts[k]?.trim();
      if (alt && children.some((__, j) => alts[j] === undefined && texts[j]!.trim() === alt)) texts[k] = '';
    });
    // A section's link glued before the links to the writers' pages is the page's, not the byline's
    // ("[News](…/news/)[Niamh Corcoran](…/authors/niamh-corcoran/) and [Ellis Redmond](…)").
    const firstWriter = children.findIndex((child) => child.type === 'link' && AUTHOR_PAGE.test(child.url));
    if (children.slice(0, firstWriter).every((child) => child.type === 'link')) texts.fill('', 0, Math.max(firstWriter, 0));
    // A link's words and the capitalised words glued after it were apart on the page
    // ("By [Harriet Cole](…)Local Democracy Reporter").
    const joined = texts.map((text, k) => (k > 0 && children[k - 1]!.type === 'link' && /\p{L}$/u.test(texts[k - 1]!) && /^\p{Lu}/u.test(text) ? ` ${text}` : text)).join('');
    // A span's brackets close around its links, so it is read once they are text.
    return joined.replace(PANDOC_FENCE_LINE, '').replace(PANDOC_SPAN, '$1').replace(PANDOC_ATTRIBUTES, '');
  }
  return '';
}

/** Front matter keys for each field, as static site generators and note apps write them. */
const FRONT_MATTER_KEYS = {
  title: ['title', 'headline'],
  subtitle: ['subtitle', 'description', 'summary', 'excerpt'],
  authors: ['authors', 'author', 'byline'],
  date: ['date', 'published', 'publishdate', 'pubdate', 'date_published'],
  updated: ['updated', 'lastmod', 'modified', 'last_modified_at', 'updateddate', 'date_modified'],
} as const;

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
};



/** The fields a YAML front matter states; invalid YAML or a non-mapping states none. */
export function readFrontMatter(yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const byKey = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  const first = (keys: readonly string[]) => keys.map((key) => byKey.get(key)).find((value) => value !== undefined && value !== null);
  const authors = first(FRONT_MATTER_KEYS.authors);
  // trafilatura writes several authors as one string: "author: Jane Doe; John Roe"; clippers keep the page's "Jane Doe and John Roe"
  // or "Jane Doe, John Roe" (a comma between full names only: "Doe, Jane" is one person).
  // A wiki link is read before the names are split: "[[Lucía Fernández and Diego Salazar]]" is two names.
  const names = (Array.isArray(authors) ? authors : [authors])
    .flatMap((value) => asText(value)?.replace(WIKI_LINK, (_, target: string, label?: string) => label ?? target).split(/ *; *| and | & /) ?? [])
    .flatMap((name) => {
      const parts = name.split(/ *, +/);
      return parts.length > 1 && parts.every((part) => part.includes(' ')) ? parts : [name];
    })
    .map((name) => name.replace(/^by\s+/i, ''))
    .filter(Boolean);
  const fields: FrontMatter = {
    title: asText(first(FRONT_MATTER_KEYS.title)),
    subtitle: asText(first(FRONT_MATTER_KEYS.subtitle)),
    authors: names.length ? names : undefined,
    date: asText(first(FRONT_MATTER_KEYS.date)),
    updated: asText(first(FRONT_MATTER_KEYS.updated)),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** A field's label alone on its line: "Markdown Content:". */
const HEADING_LABEL_LINE = /^\p{Lu}[\p{L} ]{0,30}:$/u;

/** A web address of a site's home page: "/", "https://example.com", "https://example.com/". */
const HOME_ADDRESS = /^(?:\/|https?:\/\/[^/?#\s]+\/?)$/;
/** A converter sets the site's logo, a link home, as a heading ("# [The Nairobi Ledger](/)"): it is the masthead, not a title. */
const isHomeLink = (node: Heading) => node.children.length === 1 && node.children[0]!.type === 'link' && HOME_ADDRESS.test(node.children[0]!.url);

/** The blocks a Markdown dump is made of, flattened: list items and quoted paragraphs become units. */
function blocks(node: RootContent): Array<{ node: RootContent; kind: UnitKind }> {
  switch (node.type) {
    case 'list':
      return node.children.flatMap((item) => [{ node: item as RootContent, kind: 'list-item' as const }]);
    case 'blockquote':
      return node.children.flatMap(blocks);
    case 'heading':
      return [{ node, kind: isHomeLink(node) ? 'text' : 'heading' }];
    case 'yaml':
      return [{ node, kind: 'front-matter' }];
    case 'code':
      return [{ node, kind: 'code' }];
    case 'thematicBreak':
      return [{ node, kind: 'rule' }];
    case 'paragraph':
      // A paragraph of images only is a picture (its alt text is no prose).
      return [{ node, kind: node.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim())) ? 'image' : 'text' }];
    default:
      return [{ node, kind: 'text' }];
  }
}

const isEmphasisOnly = (node: RootContent) =>
  node.type === 'paragraph' && node.children.some((child) => child.type === 'emphasis') && node.children.every((child) => child.type === 'emphasis' || (child.type === 'text' && !child.value.trim()));

/**
 * A dump read as Markdown (for its front matter, say) may not be written as Markdown: trafilatura
 * writes one paragraph per line, which Markdown joins into one paragraph. When most lines that
 * Markdown runs on into the next are too long to have been wrapped, each line is a paragraph.
 */
function paragraphsAreLines(nodes: readonly RootContent[], lines: readonly Line[]): boolean {
  let runOn = 0;
  let long = 0;
  for (const node of nodes) {
    if (node.type !== 'paragraph' || !node.position) continue;
    for (let n = node.position.start.line; n < node.position.end.line; n++) {
      runOn++;
      if (lines[n - 1]!.text.length > MAX_WRAP_WIDTH) long++;
    }
  }
  return runOn > 0 && long * 2 >= runOn;
}

/**
 * Markdown segmentation through remark-parse: each block (heading, paragraph, list item, ...)
 * is one unit covering its source lines. Lines no block covers (there should be none but blanks)
 * become units of their own, so every line is still accounted for.
 */
export function segmentMarkdown(text: string): Segmented {
  const lines = splitLines(text);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
  const units: Unit[] = [];
  const covered = new Set<number>();
  const push = (unitLines: Line[], unitText: string, kind: UnitKind, depth?: number, frontMatter?: FrontMatter) => {
    const nonBlank = unitLines.filter((l) => l.text && !covered.has(l.n));
    if (!nonBlank.length) return;
    for (const l of nonBlank) covered.add(l.n);
    const prevLast = units.length ? units[units.length - 1]!.lines.at(-1)!.n : 0;
    units.push({
      index: units.length,
      lines: nonBlank,
      text: unitText.replace(/\s+/g, ' ').trim() || nonBlank.map((l) => l.text).join(' '),
      kind,
      depth: depth || undefined,
      gapBefore: Math.max(0, nonBlank[0]!.n - prevLast - 1),
      frontMatter,
    });
  };
  // Lines before `next` are all covered: each call goes on from where the last one stopped, so a
  // page of thousands of blocks is not walked from its first line for every block.
  let next = 0;
  const pending = (upTo: number) => {
    for (; next < lines.length && lines[next]!.n < upTo; next++) {
      const line = lines[next]!;
      if (line.text && !covered.has(line.n)) push([line], line.text, 'text');
    }
  };
  const linePerParagraph = paragraphsAreLines(tree.children, lines);
  let previousKind: UnitKind | undefined;
  let previousAlt: string | undefined;
  for (const top of tree.children) {
    for (const block of blocks(top)) {
      const { node } = block;
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (!start || !end) continue;
      // A paragraph all in italics right under a picture is its caption ("![...](...)" / "*A crane beside ...*"),
      // and so is one that opens with the picture's alt text or ends in a photographer's credit.
      const underPicture = block.kind === 'text' && previousKind === 'image';
      const kind = underPicture && (isEmphasisOnly(node) || (previousAlt !== undefined && isCaptionOf(inlineText(node as Nodes), previousAlt))) ? 'image' : block.kind;
      // Only the paragraph right under the picture itself: a caption's next paragraph is the story's.
      previousAlt = block.kind === 'image' ? inlineText(node as Nodes) : undefined;
      previousKind = kind;
      pending(start);
      const unitText = kind === 'front-matter' || kind === 'code' ? lines.slice(start - 1, end).map((l) => l.text).join(' ') : inlineText(node as Nodes);
      const frontMatter = node.type === 'yaml' ? readFrontMatter(node.value) : undefined;
      // A label line over a title underlined as a heading ("Markdown Content:" / title / "====", as Jina
      // Reader writes a page) is no part of the title.
      if (node.type === 'heading' && end > start + 1 && HEADING_LABEL_LINE.test(lines[start - 1]!.text) && unitText.includes('\n')) {
        push([lines[start - 1]!], lines[start - 1]!.text, 'text');
        push(lines.slice(start, end), unitText.slice(unitText.indexOf('\n') + 1), kind, node.depth);
        continue;
      }
      const lineTexts = linePerParagraph && node.type === 'paragraph' && end > start ? unitText.split('\n') : [];
      if (lineTexts.length === end - start + 1) {
        lineTexts.forEach((lineText, k) => push([lines[start - 1 + k]!], lineText, kind));
        continue;
      }
      // A paragraph of links without words (share buttons whose icons were pictures: "[](…)[](…)") shows a reader nothing.
      push(lines.slice(start - 1, end), unitText, kind === 'text' && !unitText.trim() ? 'markup' : kind, node.type === 'heading' ? node.depth : undefined, frontMatter);
    }
  }
  pending(lines.length + 1);
  units.sort((a, b) => a.lines[0]!.n - b.lines[0]!.n).forEach((u, i) => (u.index = i));
  return { lines, units, layout: 'markdown' };
}

/** Does this text look like Markdown rather than a plain dump? (Used when the file name does not say.) */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  const atxTitle = /^#{1,2} \S/m.test(head);
  // Inline links "[text](https://…)" and numbered reference links "[text][12]" (html2text).
  const links = (head.match(/\]\((?:https?:|\/)/g)?.length ?? 0) + (head.match(/\]\[\d{1,4}\]/g)?.length ?? 0);
  const frontMatter = head.startsWith('---\n');
  return frontMatter || (atxTitle && links >= 1) || links >= 3 || /^# \S/.test(head.trimStart());
}

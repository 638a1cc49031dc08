import { decode, type Decoded } from './decode.js';
import { normalise } from './normalise.js';
import { segmentText, type LayoutStyle, type Segmented } from './segment/index.js';
import { looksLikeMarkdown, segmentMarkdown } from './segment/markdown.js';
import { looksLikeFeed, segmentFeed } from './segment/feed.js';
import { classify } from './classify/index.js';
import { numericDateOrder } from './dates/order.js';
import { impliedYear } from './dates/year.js';
import { zoneOverridesFor } from './dates/region.js';
import { assemble, type LineTrace } from './assemble/index.js';
import { articleSchema, type Article } from './schema.js';
import type { RuleSet } from './rules/ruleset.js';
import type { LineFactsMemo } from './classify/facts.js';

export interface ParseOptions {
  /** Path as given by the user ("-" for stdin); reported in the output. */
  file?: string;
  /** Input format; 'auto' decides from the file name, then from the text ('feed': an RSS, Atom or RDF item). */
  format?: 'auto' | 'text' | 'markdown' | 'feed';
  /** Lines learnt as this batch's furniture (`learnBoilerplate`), as comparable keys. */
  knownBoilerplate?: ReadonlySet<string>;
  /** Rule tables to use instead of the built-in ones (see `ruleSetFor` for custom rules). */
  rules?: RuleSet;
  /** IANA time zone for times the dump states without a zone, e.g. "Asia/Dhaka". */
  timeZone?: string;
  /** Add `provenance`: the input line numbers of every field. */
  provenance?: boolean;
  /** The instant relative stamps ("3 hours ago", "Yesterday") count from; without it they are skipped. */
  referenceDate?: Date;
  /**
   * Remember the facts of short lines across calls: a site repeats its menus, share bars and
   * footers on every page. Pass one `new LineFactsMemo()` to every parse of a batch; the result
   * is the same as without it, only faster.
   */
  lineMemo?: LineFactsMemo;
}

export interface Analysis {
  article: Article;
  /** Per input line: role and the rule that decided it. */
  trace: LineTrace[];
  /** How the dump laid out its paragraphs (Markdown input says 'markdown'). */
  layout: LayoutStyle;
}

const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd)$/i;

function segment(text: string, options: ParseOptions): Segmented {
  const format = options.format ?? 'auto';
  if (format === 'feed' || (format === 'auto' && looksLikeFeed(text))) return segmentFeed(text);
  const markdown = format === 'markdown' || (format === 'auto' && (MARKDOWN_NAME.test(options.file ?? '') || looksLikeMarkdown(text)));
  return markdown ? segmentMarkdown(text) : segmentText(text);
}

/** Decoded, normalised text; the text as decoded is garbage once this returns (it matters for large dumps). */
function decodeAndNormalise(input: string | Uint8Array): Decoded {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8', warnings: [] } : decode(input);
  return { ...decoded, text: normalise(decoded.text) };
}

/**
 * The whole pipeline on one dump: decode -> normalise -> segment -> classify -> assemble -> validate.
 * `input` is raw bytes (encoding detected) or an already decoded string.
 */
export function analyseArticle(input: string | Uint8Array, options: ParseOptions = {}): Analysis {
  const { text, ...decoded } = decodeAndNormalise(input);
  const segmented = segment(text, options);
  const classified = classify(segmented.units, segmented.layout, {
    knownBoilerplate: options.knownBoilerplate,
    rules: options.rules,
    dates: { referenceDate: options.referenceDate, order: numericDateOrder(text), zoneOverrides: zoneOverridesFor(text), impliedYear: impliedYear(text) },
    lineMemo: options.lineMemo,
  });
  const { fields, trace, provenance } = assemble(classified, segmented.lines, { timeZone: options.timeZone });
  if (!text.trim()) fields.warnings = ['empty input'];
  const article = articleSchema.parse({
    schemaVersion: 1,
    file: options.file ?? '-',
    encoding: decoded.encoding,
    ...fields,
    warnings: [...decoded.warnings, ...fields.warnings],
    ...(options.provenance ? { provenance } : {}),
  });
  return { article, trace, layout: segmented.layout };
}

/** Parse one dump into a validated article. */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return analyseArticle(input, options).article;
}

import type { UnitFeatures } from './features.js';

/**
 * Body region: the densest contiguous run of prose. Each unit gets a score (long prose with
 * function words is positive, page furniture and short fragments negative), and the run with
 * the largest sum wins (Kadane). Short lines between good paragraphs survive because the
 * paragraphs around them outweigh them, which is jusText's neighbour smoothing in one pass.
 */

/** Score weights, named so that tuning them reads as a table. */
export const REGION_WEIGHTS = {
  /** Page furniture matched by a boilerplate rule. */
  boilerplate: -8,
  /** "Related stories": usually the end, but boxes of links also sit between paragraphs ("Related article" in the singular: a box, scored as furniture). */
  relatedHeader: -60,
  /** Captions and credits: mild, since they sit inside articles. */
  caption: -2,
  /** A metadata line (byline, stamp, source) inside what would otherwise be body. */
  metadata: -4,
  /** A short fragment with no sentence end: menus, tags, link lists. */
  fragment: -1.5,
  /** A title-case line: a headline, a link to another story, a menu entry. */
  title: -2,
  /** A short line that ends like a sentence: neutral. */
  shortSentence: 0.5,
  /** Function-word share at which a line reads as prose. */
  proseStopRatio: 0.15,
  /** Words at which a line counts as a paragraph. */
  paragraphWords: 10,
} as const;

/** Captions and credits sit inside articles: they are removed but do not end the body. */
export const isCaptionRule = (name: string) => name.startsWith('caption') || name === 'credit-suffix' || name === 'credit-line';

/** A box of other stories found inside the article (its header, its cards), or an ad slot's label ("Advertisement" / "Hide Ad"), weighs like a caption. */
const isInlineBoxRule = (name: string) => name === 'related-box' || name === 'related-card' || name === 'advertisement';

/**
 * "Related article" in the singular, or "À lire aussi" / "Read also", introduces one link set inside
 * the article, not a list closing it.
 */
const isSingleLinkHeader = (text: string) =>
  /^(?:related (?:article|story|content|video|topic)|related (?:from|on|at|in) [\w ]{1,30}|(?:à )?lire aussi|read also|also read|see also|read more|lee también|lea también|leia também|veja também|leggi anche|lesen sie auch|lies auch|lees ook|läs också|läs även|læs også|les også|lue myös|zobacz (?:też|także)|czytaj (?:też|także))\W{0,3}$/i.test(text);

export function unitScore(f: UnitFeatures, isMetadata: boolean, text: string): number {
  const w = REGION_WEIGHTS;
  if (f.boilerplate?.endsArticle) return Number.NEGATIVE_INFINITY;
  if (f.boilerplate?.name === 'related-list-header') return isSingleLinkHeader(text) ? w.boilerplate : w.relatedHeader;
  if (f.boilerplate) return isCaptionRule(f.boilerplate.name) || isInlineBoxRule(f.boilerplate.name) ? w.caption : w.boilerplate;
  if (isMetadata) return w.metadata;
  if (f.titleCase || f.teaser) return w.title;
  // Prose ends its paragraphs; a long line without a sentence end is a link to another story.
  if (f.words >= w.paragraphWords && f.endsSentence && f.stopRatio >= w.proseStopRatio) return f.words;
  if (f.words >= w.paragraphWords && f.endsSentence) return f.words / 2;
  if (f.words >= w.paragraphWords && f.numericRatio >= 0.3) return 1;
  if (f.words >= 2 * w.paragraphWords && f.stopRatio >= w.proseStopRatio) return f.words / 2;
  if (f.endsSentence && f.words >= 4) return w.shortSentence;
  return w.fragment;
}

/**
 * Largest-sum contiguous range [start, end] (inclusive); null when every score is negative.
 * A score of -Infinity is a wall the range never crosses.
 */
export function densestRange(scores: readonly number[]): { start: number; end: number } | null {
  let best = 0;
  let bestRange: { start: number; end: number } | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0 || scores[i] === Number.NEGATIVE_INFINITY) {
      sum = 0;
      start = i;
    }
    sum += Math.max(scores[i]!, -1e9);
    if (sum > best) {
      best = sum;
      bestRange = { start, end: i };
    }
  }
  return bestRange;
}

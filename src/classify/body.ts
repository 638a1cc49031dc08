/**
 * Where the article body is: a clean dump's span between header and trailer, or a page copy's
 * densest run of prose, with walls it never crosses and the lists it keeps.
 */
import type { LayoutStyle, Unit } from '../segment/index.js';
import { REGION_WEIGHTS, densestRange, isCaptionRule, unitScore } from './region.js';
import { isMetadata, isSignUpBoxLine, type UnitFacts } from './facts.js';
import { ROLE_LINE, isPersonNameLine } from './names.js';

/**
 * Decide where the body is. A clean dump (no furniture: wire copy, a copied article, a
 * one-paragraph-per-line file) keeps every unit between its header and its trailing metadata;
 * a page copy keeps the densest prose region.
 */
export function bodyRange(units: Unit[], facts: UnitFacts[], layout: LayoutStyle): { start: number; end: number; rule: string } | null {
  // A front matter is metadata however many words its fields hold.
  const scores = facts.map((f, i) =>
    f.wireDateline ? Math.max(10, f.features.words) : units[i]!.kind === 'front-matter' ? REGION_WEIGHTS.metadata : isLinkOnlyItem(units[i]!) ? REGION_WEIGHTS.title : unitScore(f.features, isMetadata(f) && i > 0, units[i]!.text),
  );
  // Prose after a comment-section header is readers' comments: it only wins when nothing before does.
  // A "Comments" button above the article (in its share bar, under the byline or stamp, or under a
  // one-paragraph dek) opens no comment section: one follows at least two paragraphs.
  let paragraphsBefore = 0;
  const commentsFrom = facts.findIndex((f, i) => {
    if (scores[i]! >= REGION_WEIGHTS.paragraphWords) paragraphsBefore++;
    const inArticleHeader = facts.slice(Math.max(0, i - COMMENT_BUTTON_REACH), i).some(isMetadata);
    return paragraphsBefore >= 2 && !inArticleHeader && f.features.boilerplate?.name === 'comments-header';
  });
  if (commentsFrom >= 0) for (let i = commentsFrom + 1; i < scores.length; i++) if (scores[i]! > 0) scores[i]! *= COMMENT_DISCOUNT;
  // An article header (a title line, then a byline or stamp) is a wall: the body of this article
  // starts after it, and whatever prose precedes it belongs to something else.
  for (let i = 1; i < units.length; i++) {
    // A credit inside a box of furniture (a video's title, caption and credit) heads no article.
    if (!(facts[i]!.dateOnly || facts[i]!.byline) || isCaptionRule(facts[i]!.features.boilerplate?.name ?? '')) continue;
    // A story card's title and date (marked a teaser) head another story, not this page's article.
    // A player's controls above a clip's credit ("Listen · 02:14" / "Name reports from Cancale") are no title.
    // The writer's name and post between the title and the stamp are looked through ("Title" / "Helen Ortiz" / "Opinion contributor" / stamp).
    let above = i - 1;
    while (above > 0 && i - above <= MAX_NAME_LINES_OVER_STAMP && !facts[above]!.features.boilerplate && (isPersonNameLine(units[above]!.text) || ROLE_LINE.test(units[above]!.text))) above--;
    const titleAbove = [above, above - 1].some((k) => k >= 0 && (!facts[k]!.features.endsSentence || (above < i - 1 && k === above)) && facts[k]!.features.words >= 3 && !isMetadata(facts[k]!) && !facts[k]!.features.teaser && facts[k]!.features.boilerplate?.name !== 'audio-player');
    if (titleAbove) scores[i] = Number.NEGATIVE_INFINITY;
  }
  scoreBoxesInsideArticle(units, facts, scores);
  let densest = densestRange(scores);
  if (!densest) return null;
  // A wire dateline opens the article: the body starts there, not at the teasers or key points
  // above it, provided the story that follows it carries most of the page's prose. A paragraph
  // ending in a colon above it introduces a quoted release: the story started before. So does a
  // transcript's first speaker, under the episode's summary.
  const opening = facts.findIndex((f) => f.wireDateline || f.opensTranscript);
  if (opening > 0 && opening > densest.start && opening <= densest.end + 1 && !units[opening - 1]!.text.endsWith(':')) {
    const walled = [...scores];
    walled[opening - 1] = Number.NEGATIVE_INFINITY;
    const after = densestRange(walled);
    const sum = (r: { start: number; end: number }) => scores.slice(r.start, r.end + 1).reduce((a, b) => a + b, 0);
    if (after && after.start === opening && sum(after) >= 0.5 * sum(densest)) densest = after;
  }
  // A lede with its dateline set above the byline block ("RICHMOND — ..." / "By ..." / stamp /
  // caption / the second paragraph): the story starts there, over the block.
  const ledeAbove = facts.findLastIndex((f, i) => i < densest!.start && Boolean(f.wireDateline) && f.features.endsSentence);
  if (ledeAbove >= 0 && densest.start - ledeAbove <= MAX_BLOCK_UNDER_LEDE && facts.slice(ledeAbove + 1, densest.start).every((f) => isMetadata(f) || f.features.boilerplate)) {
    densest = { ...densest, start: ledeAbove };
  }
  // A lede, or the first few paragraphs, set above a newsletter's sign-up box ("Sign up to our Politics
  // newsletter" / "Sign up" / "Thank you for signing up!" / "Learn More" / "Submitting..."), under the
  // header: the story starts there.
  let widgetTop = densest.start;
  while (widgetTop > 0 && densest.start - widgetTop < MAX_SIGN_UP_BOX_LINES && isSignUpBoxLine(facts[widgetTop - 1]!)) widgetTop--;
  let ledeTop = widgetTop;
  while (ledeTop > 1 && widgetTop - ledeTop < MAX_PARAGRAPHS_OVER_BOX && isLedeParagraph(facts[ledeTop - 1]!)) ledeTop--;
  if (widgetTop < densest.start && ledeTop < widgetTop && !isLedeParagraph(facts[ledeTop - 1]!)) densest = { ...densest, start: ledeTop };
  // Likewise a box set inside the story with its last paragraph under it ("... the money timed." /
  // "Sign up to our free Morning Briefing newsletter" / "Email*" / "SIGN UP" / fine print / last paragraph).
  let widgetEnd = densest.end;
  while (widgetEnd + 1 < units.length && widgetEnd - densest.end < MAX_SIGN_UP_BOX_LINES && isSignUpBoxLine(facts[widgetEnd + 1]!)) widgetEnd++;
  const paragraphUnderBox = widgetEnd + 1;
  if (widgetEnd > densest.end && paragraphUnderBox < units.length && isLedeParagraph(facts[paragraphUnderBox]!) && scores[paragraphUnderBox] !== Number.NEGATIVE_INFINITY) densest = { ...densest, end: paragraphUnderBox };
  const furniture = facts.filter((f) => f.features.boilerplate && !TOLERATED_FURNITURE.has(f.features.boilerplate.name)).length;
  // Table rows (earnings, prices) are short but are body on the wire; they are not page fragments.
  const fragments = scores.filter((s, i) => s < 0 && facts[i]!.features.numericRatio < 0.25 && !isMetadata(facts[i]!)).length;
  // Indented wire copy is clean by construction: a title, a dateline, paragraphs and tables.
  const clean = furniture === 0 && (layout === 'indented' || fragments <= Math.max(3, units.length * 0.15));
  if (!clean) return { start: afterOpeningBullets(units, facts, densest), end: extendOverIntroducedList(units, facts, scores, densest.end), rule: 'densest-prose-region' };
  // Clean dump: the body is everything between the title with its metadata and the trailing
  // metadata, tables and one-line paragraphs included.
  // A clean dump's body starts at its wire dateline when it has one (tables may follow it).
  let start = opening >= 0 && opening < densest.start ? opening : afterOpeningBullets(units, facts, densest);
  while (start > 1 && facts[start - 1]!.features.numericRatio >= 0.25 && !isMetadata(facts[start - 1]!)) start--;
  let end = units.length - 1;
  while (end > densest.end && (isMetadata(facts[end]!) || facts[end]!.features.boilerplate || facts[end]!.stampDateline)) end--;
  return { start, end, rule: 'clean-dump' };
}

/** A summary's bullet: a list item, or a line opening with a bullet sign. */
/** A Markdown list item that is one link and nothing else: "* [Scientists drill into fault off Gisborne](https://…)". */
const LINK_ONLY_ITEM = /^(?:[*+-]|\d{1,3}[.)]) \[[^[\]\n]{2,300}\]\((?:https?:\/\/|\/)[^()\s]{1,1000}\)$/;
/** Such an item links to another story however much its words read like a sentence ("Explainer: What is ... and why should we care?"). */
const isLinkOnlyItem = (unit: Unit) => unit.lines.length === 1 && LINK_ONLY_ITEM.test(unit.lines[0]!.text);

const isBullet = (unit: Unit) => unit.kind === 'list-item' || /^[-*•▪■►–] /.test(unit.text);
/** Bullets of an unlabelled summary are short; a list the story opens with may run longer. */
const MAX_OPENING_BULLET_WORDS = 32;
/** The lede under such bullets is a full paragraph. */
const MIN_LEDE_UNDER_BULLETS_WORDS = 15;

/**
 * Two or more bullets opening the prose, with a paragraph under them, are the page's summary
 * with no label ("- The court has halted ..." three times, then the lede): the body starts at the lede.
 */
function afterOpeningBullets(units: Unit[], facts: UnitFacts[], range: { start: number; end: number }): number {
  // A picture and its caption may open the range, over the bullets.
  let first = range.start;
  while (first < range.end && (units[first]!.kind === 'image' || isCaptionRule(facts[first]!.features.boilerplate?.name ?? '') || facts[first]!.captionAboveCredit)) first++;
  let k = first;
  while (k < range.end && isBullet(units[k]!) && facts[k]!.features.words <= MAX_OPENING_BULLET_WORDS) k++;
  const lede = facts[k]!.features;
  return k - first >= 2 && !isBullet(units[k]!) && lede.words >= MIN_LEDE_UNDER_BULLETS_WORDS && lede.endsSentence ? k : range.start;
}

/**
 * A body that ends on "... tour dates:" goes on with the list it introduces: the following lines
 * up to the first gap, piece of furniture or metadata belong to it. A numbered list starting
 * right after the body ("1) ...", "2. ...") is the article's too, with the lines under each item.
 */
function extendOverIntroducedList(units: Unit[], facts: UnitFacts[], scores: number[], end: number): number {
  const usable = (i: number) => i < units.length && !facts[i]!.features.boilerplate && !isMetadata(facts[i]!) && scores[i] !== Number.NEGATIVE_INFINITY;
  const intro = (i: number) => usable(i) && units[i]!.text.endsWith(':');
  let last = end;
  if (!intro(last) && intro(last + 1)) last++;
  const numbered = (i: number) => usable(i) && /^1[.)] /.test(units[i]!.text);
  if (intro(last) && !numbered(last + 1)) {
    let i = last + 1;
    while (usable(i) && units[i]!.gapBefore <= 1 && facts[i]!.features.words <= 40) i++;
    return i - 1 > last ? i - 1 : end;
  }
  if (!numbered(last + 1)) return keepItemTail(units, facts, usable, end);
  let lastItem = last + 1;
  let expected = 2;
  for (let i = last + 2; usable(i) && i - lastItem <= 2 && facts[i]!.features.words <= 60; i++) {
    if (units[i]!.text.startsWith(`${expected}) `) || units[i]!.text.startsWith(`${expected}. `)) {
      lastItem = i;
      expected++;
    }
  }
  return expected > 3 ? keepItemTail(units, facts, usable, lastItem) : end;
}

/** The short lines right under a numbered list item (its link, its price) belong to it. */
function keepItemTail(units: Unit[], facts: UnitFacts[], usable: (i: number) => boolean, item: number): number {
  if (!/^\d{1,2}[.)] /.test(units[item]!.text)) return item;
  let stop = item;
  while (stop - item < 2 && usable(stop + 1) && facts[stop + 1]!.features.words <= 6 && units[stop + 1]!.gapBefore <= 1) stop++;
  return stop;
}

/** Links a box inside the article holds ("Related" and up to this many titles), */
const MAX_BOX_LINKS = 4;
/** each maybe with its section and age ("Nation" / "3h ago" / title), in at most this many lines. */
const MAX_BOX_LINES = 12;
/** A link's title has this many words at least; a section's name or an age fewer. */
const MIN_LINK_TITLE_WORDS = 3;

/**
 * A "Related stories" header usually closes the article, so it scores as a near wall. Followed by
 * a few links and then two paragraphs of prose, it is a box inside the article: it scores as
 * furniture. A next article (infinite scroll) brings its own byline or stamp, a wall of its own.
 */
function scoreBoxesInsideArticle(units: Unit[], facts: UnitFacts[], scores: number[]): void {
  const isParagraph = (k: number) => k < units.length && scores[k]! >= REGION_WEIGHTS.paragraphWords;
  for (let i = 0; i < units.length; i++) {
    if (scores[i] !== REGION_WEIGHTS.relatedHeader) continue;
    let k = i + 1;
    let links = 0;
    while (k < units.length && k - i <= MAX_BOX_LINES && links <= MAX_BOX_LINKS && !isParagraph(k) && !isMetadata(facts[k]!) && scores[k] !== Number.NEGATIVE_INFINITY) {
      if (facts[k]!.features.words >= MIN_LINK_TITLE_WORDS) links++;
      k++;
    }
    // Two paragraphs under the box go on with the story; one will do under a label in capitals ending
    // in a colon, as British regional papers label the boxes set inside a story ("READ NEXT:" / three
    // links / the last paragraph). "Related reading:" over links closes a story.
    const inlineLabel = INLINE_BOX_LABEL.test(units[i]!.text);
    if (k > i + 1 && links <= MAX_BOX_LINKS && isParagraph(k) && (isParagraph(k + 1) || inlineLabel)) scores[i] = REGION_WEIGHTS.boilerplate;
  }
}

/** A box's label in capitals with a colon: "READ NEXT:", "READ MORE:". */
const INLINE_BOX_LABEL = /^[A-Z][A-Z ]{2,30}:$/;

/** A writer's name and post between a title and its stamp: at most this many lines. */
const MAX_NAME_LINES_OVER_STAMP = 2;

/** How many lines under a byline or stamp a comment button may sit. */
const COMMENT_BUTTON_REACH = 3;

/** Units of byline, stamps and captions that may stand between a dateline lede and the rest of the story. */
const MAX_BLOCK_UNDER_LEDE = 5;
/** A newsletter's sign-up box in the story has at most this many lines. */
const MAX_SIGN_UP_BOX_LINES = 8;
/** Paragraphs of the story above such a box, at most. */
const MAX_PARAGRAPHS_OVER_BOX = 3;
/** A paragraph of prose that no rule calls furniture or metadata, long enough for a lede. */
const MIN_LEDE_OVER_BOX_WORDS = 15;
const isLedeParagraph = (f: UnitFacts) => f.features.words >= MIN_LEDE_OVER_BOX_WORDS && f.features.endsSentence && !f.features.boilerplate && !isMetadata(f);

/** How much prose after a comments header counts, relative to prose before it. */
const COMMENT_DISCOUNT = 0.25;

/** Furniture that a clean dump may still carry: a rights line, a photo credit. */
const TOLERATED_FURNITURE = new Set(['copyright', 'caption-credit', 'caption-parenthetical', 'credit-suffix']);


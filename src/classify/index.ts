import type { LayoutStyle, Unit } from '../segment/index.js';
import { matchDateline, type DatelineMatch } from '../rules/wire.js';
import { BUILT_IN_RULES, type RuleSet } from '../rules/ruleset.js';
import { firstMatch, type Rule } from '../rules/types.js';
import { findDates, hasDateCue } from '../dates/index.js';
import type { DateOptions, FoundDate } from '../dates/types.js';
import { comparable, unitFeatures, wordsOf, type UnitFeatures } from './features.js';
import { densestRange, isCaptionRule, unitScore } from './region.js';
import { chooseHeadline, isInMenuRun } from './headline.js';
import { isPersonNameLine } from './names.js';

/** Where a unit's text goes in the output. */
export type Role =
  | 'headline'
  | 'subheadline'
  | 'byline'
  | 'date'
  | 'dateline'
  | 'source'
  | 'sign-off'
  | 'caption'
  | 'body'
  | 'header'
  | 'footer'
  | 'other';

export interface Decision {
  role: Role;
  /** Name of the rule that decided the role. */
  rule: string;
}

/** Metadata recognised in a unit, independent of where it sits. */
export interface UnitFacts {
  features: UnitFeatures;
  /** The byline rule that matched and the byline text it captured. */
  byline?: { rule: Rule; text: string };
  dates: FoundDate[];
  /** The unit is a date stamp and little else ("Updated: June 21, 2024"). */
  dateOnly: boolean;
  /** A time line with a zone label, used as the dateline on some sites: "BDST: 1740 HRS, JUNE 21, 2024". */
  stampDateline: boolean;
  source?: { rule: Rule; name: string };
  signOff?: Rule;
  wireDateline?: DatelineMatch | null;
  /** Sits right above a photographer's credit: a caption. */
  captionAboveCredit?: boolean;
}

export interface Classified {
  units: Unit[];
  facts: UnitFacts[];
  decisions: Decision[];
  /** First and last body unit (inclusive), or -1 when no body was found. */
  bodyStart: number;
  bodyEnd: number;
}

/** Lines longer than this hold no stamp worth parsing (prose mentioning a date is not a stamp). */
const MAX_STAMP_LINE = 300;
const MAX_STAMP_WORDS = 24;
/** A line this short may be a bare stamp; a longer one needs a label, a separator or a clock time. */
const SHORT_STAMP_WORDS = 10;
const STAMP_CUE = /published|updated?|posted|modified|date|[|•·@]|\d:\d\d|publié|modifié|publicado|actualizado|veröffentlicht|aktualisiert|by /i;
/** Longest line that may be a byline or an attribution. */
const MAX_METADATA_WORDS = 30;
/** Words that may stand beside a date in a stamp line without making it more than a stamp. */
const STAMP_WORDS = new Set(
  ('published posted updated update last modified first released created date on at am pm a.m p.m hrs hours edition print printed time ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'publié le mis à jour publicado actualizado el veröffentlicht aktualisiert am um uhr de del h')
    .split(' '),
);
const ZONE_ABBREVIATION = /^\p{Lu}{2,5}$/u;

/** The unit says little but a date: "Updated: June 21, 2024, 10:05 AM IST". */
function isDateOnly(text: string, dates: FoundDate[]): boolean {
  if (!dates.length) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const leftover = wordsOf(rest).filter((w) => !STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && !ZONE_ABBREVIATION.test(w) && !/^\d+$/.test(w));
  const coarse = dates.every((d) => d.precision === 'year' || d.precision === 'month');
  return leftover.length === 0 || (!coarse && leftover.length <= 1);
}

const ZONE_LABEL_LINE = /^\p{Lu}{2,5}\s?:\s?\d/u;

export function unitFactsOf(unit: Unit, rules: RuleSet = BUILT_IN_RULES, dateOptions: DateOptions = {}): UnitFacts {
  const features = unitFeatures(unit, rules);
  const text = unit.text;
  // Stamps and bylines sit on short lines; a date inside a sentence of prose is part of the story.
  const short = text.length <= MAX_STAMP_LINE;
  const stampShaped = features.words <= SHORT_STAMP_WORDS || (features.words <= MAX_STAMP_WORDS && STAMP_CUE.test(text));
  // With a reference date, "Updated 3 hours ago" is a stamp too: findDates looks for those itself.
  const dates = short && stampShaped && (hasDateCue(text) || dateOptions.referenceDate) ? findDates(text, dateOptions) : [];
  const dateOnly = isDateOnly(text, dates);
  const facts: UnitFacts = {
    features,
    dates,
    dateOnly,
    stampDateline: dateOnly && ZONE_LABEL_LINE.test(text),
  };
  if (short && features.words <= MAX_METADATA_WORDS) {
    for (const rule of rules.byline) {
      const m = rule.pattern.exec(text);
      if (m) {
        facts.byline = { rule, text: m[1] ?? text };
        break;
      }
    }
    for (const rule of rules.source) {
      const m = rule.pattern.exec(text);
      if (m) {
        facts.source = { rule, name: m[1]!.trim().replace(/(?<![.)])[.)]+$/, '') };
        break;
      }
    }
    facts.signOff = firstMatch(rules.signOff, text, features.words);
  }
  return facts;
}

const isMetadata = (f: UnitFacts) => Boolean(f.dateOnly || f.byline || f.source || f.signOff);

/**
 * Decide where the body is. A clean dump (no furniture: wire copy, a copied article, a
 * one-paragraph-per-line file) keeps every unit between its header and its trailing metadata;
 * a page copy keeps the densest prose region.
 */
function bodyRange(units: Unit[], facts: UnitFacts[], layout: LayoutStyle): { start: number; end: number; rule: string } | null {
  const scores = facts.map((f, i) => (f.wireDateline ? Math.max(10, f.features.words) : unitScore(f.features, isMetadata(f) && i > 0)));
  // Prose after a comment-section header is readers' comments: it only wins when nothing before does.
  const commentsFrom = facts.findIndex((f) => f.features.boilerplate?.name === 'comments-header');
  if (commentsFrom >= 0) for (let i = commentsFrom + 1; i < scores.length; i++) if (scores[i]! > 0) scores[i]! *= COMMENT_DISCOUNT;
  // An article header (a title line, then a byline or stamp) is a wall: the body of this article
  // starts after it, and whatever prose precedes it belongs to something else.
  for (let i = 1; i < units.length; i++) {
    if (!(facts[i]!.dateOnly || facts[i]!.byline)) continue;
    const titleAbove = [i - 1, i - 2].some((k) => k >= 0 && !facts[k]!.features.endsSentence && facts[k]!.features.words >= 3 && !isMetadata(facts[k]!));
    if (titleAbove) scores[i] = Number.NEGATIVE_INFINITY;
  }
  let densest = densestRange(scores);
  if (!densest) return null;
  // A wire dateline opens the article: the body starts there, not at the teasers or key points
  // above it, provided the story that follows it carries most of the page's prose.
  const opening = facts.findIndex((f) => f.wireDateline);
  if (opening > 0 && opening > densest.start && opening <= densest.end + 1) {
    const walled = [...scores];
    walled[opening - 1] = Number.NEGATIVE_INFINITY;
    const after = densestRange(walled);
    const sum = (r: { start: number; end: number }) => scores.slice(r.start, r.end + 1).reduce((a, b) => a + b, 0);
    if (after && after.start === opening && sum(after) >= 0.5 * sum(densest)) densest = after;
  }
  const furniture = facts.filter((f) => f.features.boilerplate && !TOLERATED_FURNITURE.has(f.features.boilerplate.name)).length;
  // Table rows (earnings, prices) are short but are body on the wire; they are not page fragments.
  const fragments = scores.filter((s, i) => s < 0 && facts[i]!.features.numericRatio < 0.25 && !isMetadata(facts[i]!)).length;
  // Indented wire copy is clean by construction: a title, a dateline, paragraphs and tables.
  const clean = furniture === 0 && (layout === 'indented' || fragments <= Math.max(3, units.length * 0.15));
  if (!clean) return { start: densest.start, end: extendOverIntroducedList(units, facts, scores, densest.end), rule: 'densest-prose-region' };
  // Clean dump: the body is everything between the title with its metadata and the trailing
  // metadata, tables and one-line paragraphs included.
  // A clean dump's body starts at its wire dateline when it has one (tables may follow it).
  let start = opening >= 0 && opening < densest.start ? opening : densest.start;
  while (start > 1 && facts[start - 1]!.features.numericRatio >= 0.25 && !isMetadata(facts[start - 1]!)) start--;
  let end = units.length - 1;
  while (end > densest.end && (isMetadata(facts[end]!) || facts[end]!.features.boilerplate || facts[end]!.stampDateline)) end--;
  return { start, end, rule: 'clean-dump' };
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

/** How much prose after a comments header counts, relative to prose before it. */
const COMMENT_DISCOUNT = 0.25;

/** Furniture that a clean dump may still carry: a rights line, a photo credit. */
const TOLERATED_FURNITURE = new Set(['copyright', 'caption-credit', 'caption-parenthetical', 'credit-suffix']);

/** Lines with a title glued to a teaser, from which a page counts as a teaser menu. */
const GLUED_TEASER_LINES = 3;

const MAX_SUMMARY_LINES = 8;
const AUTHOR_LABEL = /^(?:author|authors|by|written by|reporter|posted by|autor|auteur)\s?:?$/i;
const AUTHOR_LABEL_RULE: Rule = {
  name: 'labelled-author',
  pattern: AUTHOR_LABEL,
  note: 'the line after an "Author:" label (the rule matches the label)',
  example: 'Author:',
};
/** A story card's summary is one or two sentences. */
const MAX_CARD_SUMMARY_WORDS = 45;
/** How far into the region a byline or stamp still belongs to the article header. */
const HEADER_TAIL = 3;

/**
 * Inside the body, the title lines under a "Related stories" header are that box's links: the
 * box ends at the first line that reads as prose.
 */
function isLinkUnderRelatedHeader(units: Unit[], facts: UnitFacts[], decisions: Decision[], i: number): boolean {
  const f = facts[i]!;
  if (i === 0 || f.features.endsSentence || f.features.words > 20) return false;
  const previous = facts[i - 1]!;
  return previous.features.boilerplate?.name === 'related-list-header' || (decisions[i - 1]!.rule === 'related-link' && units[i]!.gapBefore === 0);
}

/** Facts that depend on the whole page rather than on one unit. */
function annotatePage(units: Unit[], facts: UnitFacts[], knownBoilerplate?: ReadonlySet<string>): void {
  for (let i = 0; i < units.length; i++) {
    const f = facts[i]!;
    if (units[i]!.text.length < 8) continue;
    f.wireDateline = matchDateline(units[i]!.text);
    // A lede with a wire dateline is article text whatever words it contains.
    if (f.wireDateline) f.features.boilerplate = undefined;
  }
  // "Author:" alone on a line labels the next line, the way some pages lay out their byline.
  for (let i = 0; i + 1 < units.length; i++) {
    if (!AUTHOR_LABEL.test(units[i]!.text)) continue;
    const next = facts[i + 1]!;
    if (next.features.words <= 8 && !next.features.boilerplate && !next.dateOnly) next.byline = { rule: AUTHOR_LABEL_RULE, text: units[i + 1]!.text };
  }
  // A summary block ("KEY POINTS" and the lines right under it, up to a blank line) is a digest.
  for (let i = 0; i < units.length; i++) {
    if (facts[i]!.features.boilerplate?.name !== 'summary-label') continue;
    // Summary bullets are sentences; a short line ends the block (a menu is no summary).
    for (let j = i + 1; j < Math.min(units.length, i + 1 + MAX_SUMMARY_LINES); j++) {
      const f = facts[j]!;
      if (units[j]!.gapBefore > 0 || f.wireDateline || f.features.words < 6) break;
      f.features.teaser = true;
    }
  }
  // Story cards copy as "Section / Title / Section / Title / one-sentence summary" (the image's
  // label and alt text, then the link's): the repeated pair marks a card, and its summary is a teaser.
  for (let i = 3; i < units.length; i++) {
    if (facts[i]!.features.words < 4 || facts[i]!.features.endsSentence || facts[i - 1]!.features.words > 3) continue;
    const sameTitle = comparable(units[i]!.text) === comparable(units[i - 2]!.text);
    const sameLabel = comparable(units[i - 1]!.text) === comparable(units[i - 3]!.text);
    if (!sameTitle || !sameLabel) continue;
    facts[i]!.features.teaser = facts[i - 2]!.features.teaser = true;
    const summary = facts[i + 1];
    if (summary && summary.features.words <= MAX_CARD_SUMMARY_WORDS && !summary.wireDateline) summary.features.teaser = true;
  }
  // Menus that copy as "TitleTeaser text" lines: on such pages a glued line is a link, not prose.
  if (facts.filter((f) => f.features.titleGlue).length >= GLUED_TEASER_LINES) for (const f of facts) if (f.features.titleGlue) f.features.teaser = true;
  if (!knownBoilerplate?.size) return;
  for (const [i, f] of facts.entries()) {
    // A recurring byline, stamp, attribution or dateline is still metadata ("International Desk |" on every page).
    if (f.features.boilerplate || isMetadata(f) || f.stampDateline || f.wireDateline) continue;
    if (knownBoilerplate.has(comparable(units[i]!.text))) f.features.boilerplate = LEARNED_BOILERPLATE_RULE;
  }
}

/** Furniture learnt from the other dumps of a batch (--learn-boilerplate). */
export const LEARNED_BOILERPLATE_RULE: Rule = {
  name: 'learned-boilerplate',
  pattern: /^/,
  note: 'a short line that recurs across many dumps of the batch (decided by counting, not by pattern)',
  example: 'Follow us on Facebook',
};

/** Lines at most this long are looked up among the dump's earlier lines before being analysed. */
const MEMO_CHARS = 200;

/**
 * Facts of every unit. A line's facts depend on its text alone, and pages repeat short lines
 * (menus, share bars, "Advertisement"): each distinct short text is analysed once. Copies are
 * handed out because later stages mark facts of one unit (a teaser, a caption).
 */
function factsOfAll(units: Unit[], options: ClassifyOptions): UnitFacts[] {
  const seen = new Map<string, UnitFacts>();
  const copy = (f: UnitFacts): UnitFacts => ({ ...f, features: { ...f.features } });
  return units.map((unit) => {
    const short = unit.text.length <= MEMO_CHARS;
    const known = short ? seen.get(unit.text) : undefined;
    if (known) return copy(known);
    const facts = unitFactsOf(unit, options.rules, options.dates);
    if (short) seen.set(unit.text, copy(facts));
    return facts;
  });
}

/** What a caller may tell the classifier beyond the units themselves. */
export interface ClassifyOptions {
  rules?: RuleSet;
  /** Lines learnt as the batch's furniture (--learn-boilerplate). */
  knownBoilerplate?: ReadonlySet<string>;
  /** For relative stamps ("3 hours ago") and all-numeric day/month order. */
  dates?: DateOptions;
}

export function classify(units: Unit[], layout: LayoutStyle, options: ClassifyOptions = {}): Classified {
  const facts = factsOfAll(units, options);
  annotatePage(units, facts, options.knownBoilerplate);
  captionsAboveCredits(units, facts);
  const decisions: Decision[] = units.map(() => ({ role: 'other', rule: 'unclassified' }));
  const range = bodyRange(units, facts, layout);
  let bodyStart = range ? range.start : units.length;
  // A byline or stamp among the first lines of the region closes the article header: the
  // standfirst above it is not the lede ("Dek / By Jane Doe / Nov. 18 / It was ...").
  if (range && range.rule !== 'clean-dump') {
    for (let i = bodyStart; i < Math.min(range.end, bodyStart + HEADER_TAIL); i++) {
      if (facts[i]!.byline || facts[i]!.dateOnly) bodyStart = i + 1;
    }
  }
  let bodyEnd = range ? range.end : units.length - 1;
  // An attribution or sign-off after the lede ends the article: what follows is page furniture.
  for (let i = bodyStart + 1; range && i <= bodyEnd; i++) {
    const f = facts[i]!;
    if ((f.source || f.signOff) && f.features.words <= 40) {
      bodyEnd = i - 1;
      break;
    }
  }

  const headline = chooseHeadline(units, facts, bodyStart, range?.rule === 'clean-dump');
  for (let i = 0; i < units.length; i++) {
    const f = facts[i]!;
    const where: Role = i < bodyStart ? 'header' : i > bodyEnd ? 'footer' : 'body';
    const decide = (role: Role, rule: string) => (decisions[i] = { role, rule });
    if (headline && i === headline.index) {
      decide('headline', headline.rule);
      continue;
    }
    if (headline && i !== headline.index && headline.duplicates.has(i)) {
      decide('caption', 'headline-duplicate');
      continue;
    }
    if (f.stampDateline && where !== 'body') decide('dateline', 'zone-time-line');
    else if (f.source && (where !== 'body' || f.features.words <= 12)) decide('source', f.source.rule.name);
    else if (f.signOff) decide('sign-off', f.signOff.name);
    else if (f.byline && (where !== 'body' || f.features.words <= 12) && !f.features.boilerplate) decide('byline', f.byline.rule.name);
    else if (f.dateOnly) decide('date', 'date-stamp');
    else if (f.captionAboveCredit) decide('caption', 'caption-above-credit');
    else if (where === 'body') {
      if (f.features.boilerplate) decide(isCaptionRule(f.features.boilerplate.name) ? 'caption' : 'other', f.features.boilerplate.name);
      else if (isLinkUnderRelatedHeader(units, facts, decisions, i)) decide('other', 'related-link');
      else decide('body', range!.rule);
    } else if (f.features.boilerplate) decide(where, f.features.boilerplate.name);
    else decide(where, where === 'header' ? 'before-body' : 'after-body');
  }
  markNameBylines(units, facts, decisions, headline?.index ?? -1, bodyStart);
  markSubheadline(facts, decisions, headline?.index ?? -1, bodyStart);
  return { units, facts, decisions, bodyStart: range ? bodyStart : -1, bodyEnd: range ? bodyEnd : -1 };
}

/**
 * A bare line of person names is a byline when it sits just under the headline or beside a
 * stamp: "Rizwan Qadir", "Oliver Chen and Amira Haddad".
 */
function markNameBylines(units: Unit[], facts: UnitFacts[], decisions: Decision[], headlineIndex: number, bodyStart: number): void {
  const at = (k: number, test: RegExp) => k >= 0 && k < units.length && test.test(units[k]!.text);
  for (let i = 0; i < Math.min(bodyStart, units.length); i++) {
    if (decisions[i]!.role !== 'header') continue;
    const underHeadline = headlineIndex >= 0 && i > headlineIndex && i <= headlineIndex + 3;
    const besideStamp = [i - 1, i + 1].some((k) => k >= 0 && k < units.length && facts[k]!.dateOnly);
    // "Natasha Turak" / "@NATASHATURAK", "Bruce Y. Lee" / "Senior Contributor": evidence even inside a run of short lines.
    const besideAuthorDetail = at(i + 1, SOCIAL_HANDLE_LINE) || at(i + 1, ROLE_LINE);
    // Position first, names second: the name test is the costly one.
    if (!(underHeadline || besideStamp || besideAuthorDetail) || !isPersonNameLine(units[i]!.text)) continue;
    if ((underHeadline && (!isInMenuRun(facts, i) || besideAuthorDetail)) || besideStamp || besideAuthorDetail) {
      facts[i]!.byline = { rule: NAME_LINE_RULE, text: units[i]!.text };
      decisions[i] = { role: 'byline', rule: NAME_LINE_RULE.name };
    }
  }
}

const SOCIAL_HANDLE_LINE = /^@\w{2,30}$/;
const ROLE_LINE = /^(?:\p{Lu}\p{L}+ ){0,2}(?:Contributor|Reporter|Writer|Correspondent|Editor|Columnist|Producer|Staff Writer)$/u;

const PHOTOGRAPHER_CREDIT = /^(?:(?:bild|foto|photo|photograph|credit|crédit|picture|pic)s?\s?:|\([^()]{2,60}\/[^()]{2,60}\)$)/i;

/** A short line directly above a photographer's credit ("Bild: Lukas Meier") is that photo's caption. */
function captionsAboveCredits(units: Unit[], facts: UnitFacts[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const credit = facts[i + 1]!.features.boilerplate;
    if (!credit || !isCaptionRule(credit.name) || facts[i + 1]!.features.words > 8 || !PHOTOGRAPHER_CREDIT.test(units[i + 1]!.text)) continue;
    if (facts[i]!.features.words <= 30 && !facts[i]!.features.boilerplate) facts[i]!.captionAboveCredit = true;
  }
}

const NAME_LINE_RULE: Rule = {
  name: 'name-line-near-headline',
  pattern: /^/,
  note: 'a line of person names just under the headline or beside a stamp (decided by position)',
  example: 'Oliver Chen and Amira Haddad',
};

/**
 * A standfirst sits between the headline and the body: one sentence-like line of moderate length,
 * not a byline or stamp.
 */
function markSubheadline(facts: UnitFacts[], decisions: Decision[], headlineIndex: number, bodyStart: number): void {
  if (headlineIndex < 0) return;
  for (let i = headlineIndex + 1; i < Math.min(bodyStart, headlineIndex + 4); i++) {
    const f = facts[i]!;
    if (decisions[i]!.role !== 'header') continue;
    if (f.features.words >= 6 && f.features.words <= 60 && !f.features.boilerplate && f.features.stopRatio >= 0.1 && f.dates[0]?.start !== 0) {
      decisions[i] = { role: 'subheadline', rule: 'standfirst-under-headline' };
      return;
    }
  }
}


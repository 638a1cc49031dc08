/**
 * Classify stage: every unit gets a role (headline, byline, body, footer, ...) and the name of the
 * rule that decided it. Facts per unit, then page facts, then the body, then the header around it.
 */
import type { LayoutStyle, Unit } from '../segment/index.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Rule } from '../rules/types.js';
import { LONGER_AGENCY_ALTERNATION, MONTH, SYNDICATION_NOTE_RULE, agencyName, matchDateline } from '../rules/wire.js';
import { AUTHOR_PAGE } from '../segment/markdown.js';
import { LANGUAGE_NAME } from '../rules/stopwords.js';
import { GLUED_OUTLET, TRAILING_OUTLET } from '../rules/byline.js';
import type { DateOptions } from '../dates/types.js';
import { isCaptionRule } from './region.js';
import { BREADCRUMB_STEP, MIN_WORDS_OVER_NAME_IN_RUN, chooseHeadline, isInMenuRun, isMetadataLead } from './headline.js';
import { isPersonNameLine, ROLE_LINE, ROLE_LINE_ELSEWHERE } from './names.js';
import { datelinePlacesOf, factsOfAll, isShareButton, type LineFactsMemo, type UnitFacts } from './facts.js';
import { comparable } from './features.js';
import { bodyRange } from './body.js';
import { annotatePage, captionsAboveCredits, markWidgetLines } from './page.js';


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

export interface Classified {
  units: Unit[];
  facts: UnitFacts[];
  decisions: Decision[];
  /** First and last body unit (inclusive), or -1 when no body was found. */
  bodyStart: number;
  bodyEnd: number;
  /**
   * Where the page's title stands: the headline's unit, or, when a front matter states the title, the
   * heading repeating it; -1 for neither. Bylines and stamps are placed relative to it.
   */
  titleIndex: number;
}

/** The end mark ("tombstone") a magazine prints after an article's last word; The Register's is "®" after the full stop. */
const END_MARK = /(?:[■□◼▪]|(?<=[.!?"”’])®)$/;

/** How many substantive lines into the region a byline or stamp still belongs to the article header. */
const HEADER_TAIL = 3;
/** A line shorter than this (an author's name, a label) is no substantive line. */
const MIN_SUBSTANTIVE_WORDS = 3;

/**
 * Inside the body, the title lines under a "Related stories" header are that box's links: the
 * box ends at the first line that reads as prose (a title in Title Case may end with a full stop).
 */
const SENTENCE_STOP = /[.!?…。！？]["”’»)]?$/u;

/**
 * A note that the story first ran elsewhere, and how far below the body, past links of how many
 * words, it is looked for. A note on the language it first ran in ("… in German.") names no outlet.
 */
const ORIGINALLY_PUBLISHED = new RegExp(`^(?:this (?:article|story) (?:was )?)?originally (?:published|appeared) (?:on|in|by|at) (?!${LANGUAGE_NAME}\\b)\\p{Lu}`, 'iu');
const NOTE_BELOW_LINKS_REACH = 5;
const MAX_NOTE_WORDS = 25;
const MAX_LINK_WORDS = 14;
const MAX_FURNITURE_WORDS_AMONG_LINKS = 2;
function isLinkUnderRelatedHeader(units: Unit[], facts: UnitFacts[], decisions: Decision[], i: number): boolean {
  const f = facts[i]!;
  // A teaser may end on its closing quote ("Grace Millane ‘gave man ... fetishes’") or be cut off
  // ("Grandfather, 84, tackles burglar in his pyjamas and holds him..."): only a stop ends prose here.
  if (i === 0 || (SENTENCE_STOP.test(units[i]!.text) && !f.features.capitalised && !f.features.teaser) || f.features.words > 20) return false;
  if (facts[i - 1]!.features.boilerplate?.name === 'related-list-header') return true;
  // The links run on line after line, over a slider's counter or a card's age between them ("Previous" / "1" / "Next").
  let k = i - 1;
  while (k > 0 && units[k + 1]!.gapBefore === 0 && facts[k]!.features.boilerplate && facts[k]!.features.words <= MAX_FURNITURE_WORDS_AMONG_LINKS) k--;
  return decisions[k]!.rule === 'related-link' && units[k + 1]!.gapBefore === 0;
}

/** What a caller may tell the classifier beyond the units themselves. */
export interface ClassifyOptions {
  rules?: RuleSet;
  /** Lines learnt as the batch's furniture (--learn-boilerplate). */
  knownBoilerplate?: ReadonlySet<string>;
  /** For relative stamps ("3 hours ago") and all-numeric day/month order. */
  dates?: DateOptions;
  /** Facts of short lines remembered across the dumps of a batch. */
  lineMemo?: LineFactsMemo;
}

const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/** Words of a credit or name line ("Lake County Sheriff's Office", "Priya Ramaswamy"). */
const MAX_LABEL_WORDS = 5;
/** The lede under it: a sentence of some length. */
const MIN_LEDE_WORDS = 12;
const isLabelOverLede = (facts: UnitFacts[], i: number) => {
  const label = facts[i]!;
  // Furniture and captions may sit between ("India" / "3 min read" / a photo and its credit / the lede).
  let k = i + 1;
  while (k < facts.length - 1 && (facts[k]!.features.boilerplate || facts[k]!.captionAboveCredit)) k++;
  const lede = facts[k]!;
  return label.features.words <= MAX_LABEL_WORDS && !label.features.endsSentence && !label.wireDateline && lede.features.words >= MIN_LEDE_WORDS && lede.features.endsSentence;
};

/** A reprint's note is a sentence or two. */
const MAX_REPRINT_NOTE_WORDS = 40;

/** A blog platform's line under each post: "Posted by Dave Kessler at 11:42 PM | Comments (6)". */
const POST_FOOTER = /^posted by:? [^\n]{2,60}? at \d{1,2}[:.]\d{2}\b/i;

/** A stated byline, whatever credit follows it ("By Marco Salgado and Helen Okafor / AP", "Text: Vivian Lau | Photos: ..." are no caption's credit). */
const STATED_BYLINE = /^(?:(?:[Bb][Yy]|[Pp]ar|[Pp]or|[Vv]on) \p{Lu}|(?:[Tt]ext|[Ww]ords|[Aa]uthors?|[Ww]riters?)\s?:)/u;

/**
 * A photo essay's credits, writer first: "Words by Ana Ruiz; photographs by Joana Serrão", "Story by Kevin
 * Chan · Photos by Lily Wong", "Text: Ana Ruiz · Photography: Joana Serrão" is a byline, not a caption.
 */
const WRITER_THEN_PHOTOGRAPHER = /^(?:(?:words|text|story|reporting) by|(?:words|text|story)\s?:) [^;|/·•]{3,60}(?: ?[;,|/·•]| and) (?:photos|photographs|photography|pictures|images)(?: by|\s?:) /i;

export function classify(units: Unit[], layout: LayoutStyle, options: ClassifyOptions = {}): Classified {
  const facts = factsOfAll(units, options.rules, options.dates, options.lineMemo);
  annotatePage(units, facts, options.knownBoilerplate, options.dates);
  captionsAboveCredits(units, facts);
  markWidgetLines(units, facts);
  const decisions: Decision[] = units.map(() => ({ role: 'other', rule: 'unclassified' }));
  // A front matter is the dump's metadata, never its text: a range of it alone is no body.
  const found = bodyRange(units, facts, layout);
  const range = found && found.end === 0 && units[0]!.kind === 'front-matter' ? null : found;
  let bodyStart = range ? range.start : units.length;
  if (range && bodyStart === 0 && units[0]!.kind === 'front-matter') bodyStart = 1;
  // A byline or stamp among the first lines of the region closes the article header: the
  // standfirst above it is not the lede ("Dek / By Jane Doe / Nov. 18 / It was ...").
  // Furniture, short lines, names and web addresses between them (a reading time, a caption, the
  // author's name, a newsletter's link) do not count.
  // A lede that opens with its dateline is the story's start even above the byline block
  // ("RICHMOND — ..." / "By ..." / stamp / caption / the second paragraph).
  const datelinedLede = range !== null && Boolean(facts[bodyStart]?.wireDateline) && facts[bodyStart]!.features.endsSentence;
  if (range && range.rule !== 'clean-dump' && !datelinedLede) {
    let substantive = 0;
    for (let i = bodyStart; i < range.end && substantive < HEADER_TAIL; i++) {
      const f = facts[i]!;
      // A reader view sets the author's bare name over the reading time ("Leah Okonkwo-Barnes" / "6–8 minutes").
      const nameOverReadingTime = facts[i + 1]?.features.boilerplate?.name === 'reading-time' && isPersonNameLine(units[i]!.text);
      // A credit inside a box of furniture (a video's title, caption and credit) closes no header.
      if (((f.byline || f.dateOnly) && !isCaptionRule(f.features.boilerplate?.name ?? '')) || nameOverReadingTime) bodyStart = i + 1;
      else if (!f.features.boilerplate && f.features.words >= MIN_SUBSTANTIVE_WORDS && !isPersonNameLine(units[i]!.text) && !BARE_URL.test(units[i]!.text)) substantive++;
    }
  }
  // A short line with no sentence in it right above the lede is a credit or a name, not the article's start.
  // A photo's caption and credit may come first, the label under them (a reprint button: "Buy Now").
  const isCaptionLine = (f: UnitFacts) => f.captionAboveCredit || isCaptionRule(f.features.boilerplate?.name ?? '');
  while (range) {
    let label = bodyStart;
    while (label + 1 < range.end && isCaptionLine(facts[label]!)) label++;
    if (label + 1 >= range.end || !isLabelOverLede(facts, label)) break;
    bodyStart = label + 1;
  }
  // A caption printed again under its credit ("The bridge was closed ..." / "Braden Fastier/Stuff" / "The bridge was closed ...").
  if (range) {
    let afterCaptions = bodyStart;
    while (afterCaptions < range.end && isCaptionLine(facts[afterCaptions]!)) afterCaptions++;
    const captionAgain = [1, 2].some((d) => afterCaptions - d >= 0 && isCaptionLine(facts[afterCaptions - d]!) && units[afterCaptions - d]!.text === units[afterCaptions]!.text);
    if (captionAgain && afterCaptions < range.end) bodyStart = afterCaptions + 1;
  }
  // A web address alone at the top is the page's short link (a list article's links come later).
  while (range && bodyStart < range.end && BARE_URL.test(units[bodyStart]!.text)) bodyStart++;
  if (range) bodyStart = pastDeck(units, facts, bodyStart, range.end);
  // A one-sentence summary over a lede that opens with its dateline ("Farmers will have to ..." /
  // "New Delhi: The Centre on Wednesday ..."): the dateline marks where the story starts.
  if (range && bodyStart + 1 <= range.end && isDeckOverDatelinedLede(units, facts, bodyStart)) bodyStart++;
  // A reprint's note over the lede ("This article was first published on FactLine India ... republished
  // here with permission.") heads the page; under the story the corpora keep such a note in the body.
  while (range && bodyStart < range.end && facts[bodyStart]!.features.words <= MAX_REPRINT_NOTE_WORDS && SYNDICATION_NOTE_RULE.pattern.test(units[bodyStart]!.text)) {
    bodyStart++;
    while (bodyStart < range.end && (facts[bodyStart]!.features.boilerplate || facts[bodyStart]!.captionAboveCredit)) bodyStart++;
  }
  let bodyEnd = range ? range.end : units.length - 1;
  // An attribution or sign-off after the lede ends the article: what follows is page furniture.
  // So does a paragraph closing on the end mark some magazines print ("... to a family. ■").
  for (let i = bodyStart + 1; range && i <= bodyEnd; i++) {
    const f = facts[i]!;
    if (((f.source || f.signOff) && f.features.words <= 40) || (f.byline && POST_FOOTER.test(units[i]!.text))) {
      bodyEnd = i - 1;
      break;
    }
    if (END_MARK.test(units[i]!.text)) {
      bodyEnd = i;
      break;
    }
  }

  const wallUnderBody = range ? facts.findIndex((f, k) => k > bodyEnd && f.features.boilerplate?.endsArticle) : -1;
  // A writer's note under a column is no such wall for the syndicate's rights line ("... is a visiting professor ..." / "Copyright: Project Syndicate, 2025.").
  const wallIsWriterNote = wallUnderBody >= 0 && WRITER_NOTES.has(facts[wallUnderBody]!.features.boilerplate!.name);
  // A front matter that names the title says which the headline is; no line of the page is chosen.
  const headline = units[0]?.frontMatter?.title ? null : chooseHeadline(units, facts, bodyStart, range?.rule === 'clean-dump');
  // The title an e-mail's subject names may sit under a greeting the body's search took for prose
  // ("Good morning. We're covering ..." / "## The quiet comeback of the city bus"): the story starts under it.
  if (headline?.rule === 'repeats-mail-subject' && headline.index >= bodyStart && headline.index < bodyEnd) {
    bodyStart = headline.index + 1;
    while (bodyStart < bodyEnd && (facts[bodyStart]!.features.boilerplate || facts[bodyStart]!.captionAboveCredit || units[bodyStart]!.kind === 'image')) bodyStart++;
  }
  // The sender of a forwarded mail signs it under the story ("--" / "Imran Siddiqui | Senior Estimator"): no writer.
  const senders = units.flatMap((u, k) => (facts[k]!.features.boilerplate?.name === 'email-header' ? (MAIL_SENDER.exec(u.text)?.[1] ?? []) : []));
  for (let i = 0; i < units.length; i++) {
    const f = facts[i]!;
    const where: Role = i < bodyStart ? 'header' : i > bodyEnd ? 'footer' : 'body';
    // Past a wall under the body (a comment section, a citation box) an agency's name credits another text ("APA" as a citation style).
    // An aggregator's "Provided by ..." sits past its citation box on purpose.
    const pastWall = where === 'footer' && wallUnderBody >= 0 && i > wallUnderBody && f.source?.rule.name !== 'provided-by' && !(wallIsWriterNote && f.source?.rule.name === 'wire-sign-off');
    const decide = (role: Role, rule: string) => (decisions[i] = { role, rule });
    if (headline && i === headline.index) {
      decide('headline', headline.rule);
      continue;
    }
    if (headline && i !== headline.index && headline.duplicates.has(i)) {
      decide('caption', 'headline-duplicate');
      continue;
    }
    if (units[i]!.kind === 'front-matter') decide('header', 'front-matter');
    else if (units[i]!.kind === 'markup') decide(where === 'body' ? 'other' : where, 'feed-markup');
    else if (units[i]!.kind === 'page-break') decide(where === 'body' ? 'other' : where, f.features.boilerplate?.name ?? 'page-break');
    else if (units[i]!.kind === 'image') decide('caption', 'markdown-image');
    else if (f.splitDateline) decide(f.splitDateline === 'place' ? 'dateline' : where, 'split-dateline');
    else if (f.stampDateline && where !== 'body') decide('dateline', 'zone-time-line');
    // An agency's name alone above the title is the masthead of its own site ("RNZ"), not a credit,
    // unless the story's stamp is right under it ("QNA" / "Published: 07 Jan 2025 - 9:14 pm" / title).
    // Nor is one among a story's tags ("Tags" / "Jordan" / "Petra" / "Culture").
    else if (f.source && (where !== 'body' || f.features.words <= 12) && !pastWall && !(BARE_AGENCY_RULES.has(f.source.rule.name) && ((headline && i < headline.index && !facts[i + 1]?.dateOnly) || isInTagList(units, i)))) decide('source', f.source.rule.name);
    // A credit that reads as both, above the story, is its byline ("Compiled by Ana Roe and Tom Li" under the title).
    else if (f.signOff && !(f.byline && where === 'header')) decide('sign-off', f.signOff.name);
    else if (f.byline && (where !== 'body' || f.features.words <= 12) && (!f.features.boilerplate || WRITER_THEN_PHOTOGRAPHER.test(units[i]!.text) || (STATED_BYLINE.test(units[i]!.text) && isCaptionRule(f.features.boilerplate.name))) && !(where === 'footer' && senders.some((sender) => f.byline!.text.includes(sender)))) decide('byline', f.byline.rule.name);
    else if (f.dateOnly) decide('date', 'date-stamp');
    else if (f.captionAboveCredit) decide('caption', 'caption-above-credit');
    else if (where === 'body') {
      if (f.features.boilerplate) decide(isCaptionRule(f.features.boilerplate.name) ? 'caption' : 'other', f.features.boilerplate.name);
      else if (isLinkUnderRelatedHeader(units, facts, decisions, i)) decide('other', 'related-link');
      else decide('body', range!.rule);
    } else if (f.features.boilerplate) decide(where, f.features.boilerplate.name);
    else decide(where, where === 'header' ? 'before-body' : 'after-body');
  }
  // "Originally published on Live Science." a few links below the last paragraph: the corpora keep
  // such a note with the article, and the links between are not the article's.
  for (let i = bodyEnd + 1; range && i < Math.min(units.length, bodyEnd + 1 + NOTE_BELOW_LINKS_REACH); i++) {
    const f = facts[i]!;
    if (ORIGINALLY_PUBLISHED.test(units[i]!.text) && f.features.words <= MAX_NOTE_WORDS && decisions[i]!.role === 'footer') {
      decisions[i] = { role: 'body', rule: 'publication-note-below-links' };
      break;
    }
    if (f.features.words > MAX_LINK_WORDS || f.features.boilerplate?.endsArticle) break;
  }
  const frontMatterTitle = units[0]?.frontMatter?.title;
  const titleIndex = headline?.index ?? (frontMatterTitle ? unitRepeatingTitle(units, frontMatterTitle) : -1);
  markNameBylines(units, facts, decisions, titleIndex, bodyStart);
  if (range && !decisions.some((d) => d.role === 'byline')) markAuthorBox(units, facts, decisions, bodyEnd);
  if (range && !decisions.some((d) => d.role === 'byline')) markSignatureUnderBody(units, facts, decisions, bodyEnd);
  markAgencyUnderByline(units, facts, decisions);
  markSubheadline(units, facts, decisions, headline?.index ?? -1, bodyStart);
  return { units, facts, decisions, bodyStart: range ? bodyStart : -1, bodyEnd: range ? bodyEnd : -1, titleIndex };
}

/** After a title a clipper copied with the site's name: " - KuenselOnline", " | Dawn". */
const SITE_AFTER_TITLE = /^ [-–—|·:] /;
/** Shortest text taken for a page's title when matching it to a front matter's. */
const MIN_REPEATED_TITLE_CHARS = 10;
/** The heading or line repeating a front matter's title, as printed or without the site's name after it. */
function unitRepeatingTitle(units: Unit[], title: string): number {
  return units.findIndex((unit) => {
    if (unit.kind === 'front-matter') return false;
    const text = unit.text.replace(/^#{1,6} /, '');
    return text.length >= MIN_REPEATED_TITLE_CHARS && title.startsWith(text) && (title.length === text.length || SITE_AFTER_TITLE.test(title.slice(text.length)));
  });
}

/**
 * Who the site's copyright line names: "© 2025 Sava Info. All rights reserved." → "Sava Info" (the
 * year and the reservation tell it from a photographer's "© Rowan Pike").
 */
const COPYRIGHT_OWNER = /(?:©|\([Cc]\)|[Cc]opyright)\s?(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?\s(\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})/u;
const RIGHTS_RESERVED = /\brights reserved\b/i;

const isReadingTime = (f: UnitFacts | undefined) => f?.features.boilerplate?.name === 'reading-time';

/**
 * A bare line of person names is a byline when it sits just under the headline or beside a
 * stamp: "Rizwan Qadir", "Oliver Chen and Amira Haddad".
 */
function markNameBylines(units: Unit[], facts: UnitFacts[], decisions: Decision[], headlineIndex: number, bodyStart: number): void {
  const at = (k: number, test: RegExp) => k >= 0 && k < units.length && test.test(units[k]!.text);
  const datelinePlaces = datelinePlacesOf(facts);
  // The site's desk under its own name ("Sava Info Belgrade" on a page "© 2025 Sava Info."): no person.
  const owners = units.flatMap((u) => (RIGHTS_RESERVED.test(u.text) ? (COPYRIGHT_OWNER.exec(u.text)?.[1]?.toLowerCase() ?? []) : []));
  const startsWithOwner = (text: string) => owners.some((owner) => text.toLowerCase() === owner || text.toLowerCase().startsWith(`${owner} `));
  // A section the page's breadcrumb names is no writer ("TOP > News > Research Results" / "Research Results").
  const sections = new Set(units.flatMap((u, k) => (facts[k]!.features.boilerplate?.name === 'breadcrumb' ? u.text.split(BREADCRUMB_STEP).map((part) => part.trim().toLowerCase()) : [])));
  for (let i = 0; i < Math.min(bodyStart, units.length); i++) {
    if (decisions[i]!.role !== 'header' || facts[i]!.features.boilerplate) continue;
    // An item of a Markdown list running on is a menu's entry ("* [Lead Stories](…)" / "* [News](…)").
    if (units[i]!.kind === 'list-item' && units[i + 1]?.kind === 'list-item') continue;
    // Nor is the first item under a list's header a writer ("Trending" / "Delhi AQI").
    if (facts[i - 1]?.features.boilerplate?.name === 'related-list-header') continue;
    // Stamp lines between the headline and the name do not count ("Title / June 3, 2024 / 5:00 AM ET / Name").
    const underHeadline = headlineIndex >= 0 && i > headlineIndex && units.slice(headlineIndex + 1, i).filter((_, k) => !facts[headlineIndex + 1 + k]!.dateOnly).length <= 2;
    // Beside a stamp, or over one with only short detail lines between ("Name / BIRN / Skopje / July 9, 2024").
    // Furniture between the stamp and the name does not count ("November 2, 2018" / "Heard on ..." / "Lauren Achebe").
    let above = i - 1;
    while (above > 0 && facts[above]!.features.boilerplate) above--;
    const besideStamp = (above >= 0 && facts[above]!.dateOnly) || stampBelowDetail(facts, i);
    // "Natasha Turak" / "@NATASHATURAK", "Bruce Y. Lee" / "Senior Contributor", or the name twice (a
    // photo's alt text, then the name): evidence even inside a run of short lines.
    // A reader app's reading time under the name, maybe below a button ("Name" / "View Original" / "6 min read").
    const overReadingTime = isReadingTime(facts[i + 1]) || (Boolean(facts[i + 1]?.features.boilerplate) && isReadingTime(facts[i + 2]));
    // So is a link to the writer's page on the site ("[Mara Lin](https://…/authors/maralin)").
    // (Not a list of the writers' pictures, each linked to their page: the line naming them all is the byline.)
    const linkedToAuthorPage = units[i]!.kind === 'text' && units[i]!.lines.some((line) => AUTHOR_PAGE.test(line.text));
    const besideAuthorDetail = at(i + 1, SOCIAL_HANDLE_LINE) || at(i + 1, ROLE_LINE) || at(i + 1, ROLE_LINE_ELSEWHERE) || units[i + 1]?.text === units[i]!.text || units[i - 1]?.text === units[i]!.text || overReadingTime || linkedToAuthorPage;
    // Position first, names second: the name test is the costly one. The place the story's dateline
    // names is no author ("Press Trust of India" / "New Delhi" over "New Delhi, Jan 9 (PTI) ...").
    // A live page's "Hannah Woolf (now) and Tom Pryce (earlier)": the notes in brackets are no part of the names.
    // "Rita Fonseca - CPN": the outlet's initials after a dash, where the page names the outlet elsewhere ("CPN Notícias").
    const outletInitials = OUTLET_INITIALS_AFTER_DASH.exec(units[i]!.text);
    // "Jonas Reichert with dpa, epd": the agencies whose copy the writer used are no writers.
    const agencies = WITH_AGENCIES.exec(units[i]!.text);
    const lineText =
      outletInitials && units.some((u, k) => k !== i && u.text.includes(outletInitials[1]!))
        ? units[i]!.text.slice(0, outletInitials.index)
        : agencies && agencies[1]!.split(', ').some((name) => agencyName(name))
          ? units[i]!.text.slice(0, agencies.index)
          : units[i]!.text.replace(AGENCY_AFTER_NAME, '').replace(LEADING_BULLET, '');
    const names = lineText.replace(NAME_NOTE, '').replace(GLUED_OUTLET, '').replace(TRAILING_OUTLET, '$1');
    // A picture's label naming the story's subject, further down ("Title: Vantara Chemicals shares surge ..." / ... / "Vantara Chemicals"), is no writer.
    const subjectOfHeadline = headlineIndex >= 0 && i > headlineIndex + 1 && units[headlineIndex]!.text.includes(names) && !units[headlineIndex]!.text.toLowerCase().includes(`by ${names.toLowerCase()}`);
    if (!(underHeadline || besideStamp || besideAuthorDetail) || subjectOfHeadline || datelinePlaces.has(units[i]!.text.toLowerCase()) || sections.has(units[i]!.text.toLowerCase()) || startsWithOwner(units[i]!.text) || !isPersonNameLine(names) || namesPaperElsewhere(units, names)) continue;
    // A name right under a long title is its author even among short lines ("Title / salon.com / Name / 7–9 minutes").
    // A reader app's buttons between them do not count ("Title / site.com / View Original / Name").
    const underLongTitle = underHeadline && facts.slice(headlineIndex + 1, i).filter((f) => !f.features.boilerplate).length <= 1 && facts[headlineIndex]!.features.words >= MIN_WORDS_OVER_NAME_IN_RUN;
    // Names each over its role ("Priya Natarajan" / "Senior Product Manager" / "Marcus Bell"), the last maybe without one,
    // or author cards, each a picture, a name and a handle ("thumbnail" / "Ayesha Rahman" / "@in/ayesha-rahman" / "thumbnail" / "Tom Reilly").
    const nameAbove = nameAboveDetails(units, facts, decisions, i);
    const afterDetailsUnderName = nameAbove >= 0 && nameAbove < i - 1;
    if ((underHeadline && (!isInMenuRun(facts, i) || besideAuthorDetail || underLongTitle || afterDetailsUnderName)) || besideStamp || besideAuthorDetail) {
      // Names on consecutive lines ("Esteban Calloway" / "Rhea Mandelbaum"), or each over the same outlet
      // line ("Hamish Gourlay" / "The West Australian" / "Sophie Trask" / "The West Australian"), are one byline, kept on the first.
      const sameOutletUnderEach = i > 1 && decisions[i - 2]!.rule === NAME_LINE_RULE.name && units[i - 1]!.text === units[i + 1]?.text;
      // A name set right under a stated byline is that byline's next writer ("By Dana Whitcombe" / "Owen Kaczmarek"),
      // unless it repeats a name the byline gives (a photo's alt text, then the name).
      const underStatedByline = i > 0 && units[i]!.gapBefore === 0 && decisions[i - 1]!.role === 'byline' && Boolean(facts[i - 1]!.byline) && !lettersOf(facts[i - 1]!.byline!.text).includes(lettersOf(names));
      const first =
        i > 0 && decisions[i - 1]!.rule === NAME_LINE_RULE.name && units[i]!.gapBefore === 0 ? firstOfNameRun(decisions, i - 1) : sameOutletUnderEach ? firstOfNameRun(decisions, i - 2) : afterDetailsUnderName ? firstOfNameRun(decisions, nameAbove) : underStatedByline ? i - 1 : -1;
      if (first >= 0) facts[first]!.byline = { rule: NAME_LINE_RULE, text: `${facts[first]!.byline!.text} and ${lineText}` };
      facts[i]!.byline = { rule: NAME_LINE_RULE, text: lineText };
      decisions[i] = { role: 'byline', rule: NAME_LINE_RULE.name };
    }
  }
}

const AUTHOR_BOX_RULE: Rule = {
  name: 'author-box-name',
  pattern: /^/,
  note: 'a name over the author\'s bio, or over a prompt to follow the author, after the article, on a page with no byline above it (decided by position)',
  example: 'Jonas Weidner / Football editor / Jonas Weidner has covered the Bundesliga since 2011.',
};
/** Lines between an author box's name and its bio (a role, a social handle). */
const MAX_LINES_OVER_BIO = 2;
/** A prompt to follow the writer, under the name in place of a bio: "Follow the author on X: @handle". */
const FOLLOW_THE_WRITER = /^(?:follow|more (?:stories |articles )?(?:from|by)) (?:the (?:author|writer|reporter)\b|(?:her|him|them) on\b)/i;

/**
 * "Jonas Weidner" / "Football editor" / "Jonas Weidner has covered ..." or "Follow the author on X":
 * the author, credited only below the article.
 */
function markAuthorBox(units: Unit[], facts: UnitFacts[], decisions: Decision[], bodyEnd: number): void {
  for (let i = bodyEnd + 1; i < units.length; i++) {
    if (decisions[i]!.role !== 'footer' || facts[i]!.features.boilerplate || !isPersonNameLine(units[i]!.text)) continue;
    const name = units[i]!.text;
    for (let k = i + 1; k < units.length && k <= i + 1 + MAX_LINES_OVER_BIO; k++) {
      const bio = WRITER_BIO_RULES.has(facts[k]!.features.boilerplate?.name ?? '') && units[k]!.text.startsWith(name);
      if (!bio && !FOLLOW_THE_WRITER.test(units[k]!.text)) continue;
      facts[i]!.byline = { rule: AUTHOR_BOX_RULE, text: name };
      decisions[i] = { role: 'byline', rule: AUTHOR_BOX_RULE.name };
      return;
    }
  }
}

const SIGNATURE_RULE: Rule = {
  name: 'signature-under-body',
  pattern: /^/,
  note: 'the writer\'s name right under the last paragraph, over a role or the share buttons or after the site\'s name and a slash, on a page with no byline above (decided by position)',
  example: 'Samira Holt / reporter',
};
/** The site's address before the writer's name in a signature: "NewsInEnglish.no/Lars Ekeland". */
const SITE_BEFORE_NAME = /^[\p{L}\d-]{2,40}\.[a-z]{2,4}\/(?=\p{Lu})/u;
/** A role alone under a signature, as broadcasters' sites set it: "reporter". */
const SIGNATURE_ROLE = /^(?:reporter|correspondent|journalist|editor|producer|writer|presenter)$/i;

/** "Samira Holt" / "reporter", "Pieter Claessens" / "Share", "NewsInEnglish.no/Lars Ekeland" right under the story: its writer. */
function markSignatureUnderBody(units: Unit[], facts: UnitFacts[], decisions: Decision[], bodyEnd: number): void {
  const i = bodyEnd + 1;
  if (i >= units.length || decisions[i]!.role !== 'footer' || facts[i]!.features.boilerplate) return;
  const name = units[i]!.text.replace(SITE_BEFORE_NAME, '');
  const next = units[i + 1]?.text ?? '';
  const signed = name !== units[i]!.text || SIGNATURE_ROLE.test(next) || ROLE_LINE.test(next) || (i + 1 < units.length && isShareButton(facts[i + 1]!));
  // A row of links is the story's tags ("[Mendoza](…/tags/mendoza) [Clima](…)"), not a name.
  if (!signed || !isPersonNameLine(name) || units[i]!.lines.some((line) => MARKDOWN_LINKS_ROW.test(line.text))) return;
  facts[i]!.byline = { rule: SIGNATURE_RULE, text: name };
  decisions[i] = { role: 'byline', rule: SIGNATURE_RULE.name };
}

/** A short note in brackets after a name: "(now)", "(earlier)", "(Lisbon)". */
/** An outlet's initials after a dash ending a name line: "Rita Fonseca - CPN". */
/** The first unit from `from` on, before `end`, that is no furniture: boilerplate, a caption, a picture or a bare link. */
function pastFurniture(units: Unit[], facts: UnitFacts[], from: number, end: number): number {
  let k = from;
  while (k < end && (facts[k]!.features.boilerplate || facts[k]!.captionAboveCredit || units[k]!.kind === 'image' || BARE_URL.test(units[k]!.text))) k++;
  return k;
}

/**
 * Where the story starts when the region's first paragraph is the article's deck, not its lede: the
 * writer's name and the stamp under it close the header ("The city is about to hand ..." / "Gabe
 * Morrow" / "Nov 14" / "READ IN APP"), or the header's share buttons do ("When a forum host announced
 * ..." / caption / "Save"), or it repeats the front matter's description as a heading, or it is the
 * teaser over the page's short link ("The northern German state will ..." / "https://p.dw.com/p/4g7Qe").
 */
function pastDeck(units: Unit[], facts: UnitFacts[], bodyStart: number, end: number): number {
  let start = bodyStart;
  // A lede that opens with its dateline may have the byline block under it ("RICHMOND — ..." / "By Ana Rao" / stamp).
  if (start + 3 <= end && facts[start]!.features.words <= MAX_TEASER_WORDS && !facts[start]!.wireDateline) {
    const name = start + 1;
    if ((facts[name]!.byline || isPersonNameLine(units[name]!.text)) && (facts[name + 1]!.dateOnly || MONTH_AND_DAY.test(units[name + 1]!.text))) {
      const next = pastFurniture(units, facts, name + 2, end);
      if (next < end) start = next;
    }
  }
  if (facts[start]!.features.words <= MAX_TEASER_WORDS) {
    const next = pastFurniture(units, facts, start + 1, end);
    // A live page shares each post: share buttons further down make them the posts' own.
    const isShareBar = (f: UnitFacts) => f.features.boilerplate?.name === 'share-bar';
    if (next < end && next > start + 1 && facts.slice(start + 1, next).some(isShareBar) && !facts.slice(next, end + 1).some(isShareBar)) start = next;
  }
  // A front matter's description printed again is the standfirst, unless it opens with the story's
  // dateline: then the description was the lede ("ISLAMABAD: The Senate on Thursday passed ...").
  const deck = units[0]?.frontMatter?.subtitle;
  if (deck && start + 1 <= end && !facts[start]!.wireDateline && comparable(units[start]!.text.replace(/^#{1,6} /, '')) === comparable(deck)) start = pastFurniture(units, facts, start + 1, end);
  if (start + 2 <= end && BARE_URL.test(units[start + 1]!.text) && facts[start]!.features.words <= MAX_TEASER_WORDS) start = pastFurniture(units, facts, start + 2, end);
  return start;
}

const OUTLET_INITIALS_AFTER_DASH = / [-–—] (\p{Lu}{2,6})$/u;
/** A text's letters alone, in lower case: "By — Rebecca Alcott" holds "Rebecca Alcott". */
const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');
/** Agencies credited after the writer's name: " with dpa, AFP, Reuters". */
const WITH_AGENCIES = / with ((?:\p{L}{2,8}, ){0,4}\p{L}{2,8})$/u;
/** An agency's full name right after the writer's: "Marion Aucoin The Canadian Press", as a converter runs a byline's two spans together. */
const AGENCY_AFTER_NAME = new RegExp(` (?:${LONGER_AGENCY_ALTERNATION})$`);
/** A stamp of the month and day alone, as a newsletter dates its issue: "Nov 14". */
const MONTH_AND_DAY = new RegExp(`^${MONTH} \\d{1,2}$`);
/** A teaser over the page's short link is a few sentences. */
const MAX_TEASER_WORDS = 80;
const NAME_NOTE = / \([\p{L} ]{2,20}\)/gu;
/** A text browser sets a linked name as a list's item: "* Morag Sinclair" (its link number gone). */
const LEADING_BULLET = /^[*•] /;

const AGENCY_UNDER_BYLINE_RULE: Rule = {
  name: 'agency-under-byline',
  pattern: /^/,
  note: 'an agency\'s name alone right under the byline or the headline, even a two-letter one: the story\'s source (decided by position)',
  example: 'Declan Harkin / PA',
};

/** "Declan Harkin" / "PA": alone, "PA" or "AP" may be a button or a photo credit; under a byline it is the agency. */
function markAgencyUnderByline(units: Unit[], facts: UnitFacts[], decisions: Decision[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    if (decisions[i]!.role !== 'byline' && decisions[i]!.role !== 'headline') continue;
    // Under a title, its Markdown underline looked through ("Title" / "=====" / "TT").
    const k = decisions[i]!.role === 'headline' && facts[i + 1]!.features.boilerplate?.name === 'separator-line' ? i + 2 : i + 1;
    if (k >= units.length || decisions[k]!.role !== 'header') continue;
    const agency = agencyName(units[k]!.text);
    if (!agency) continue;
    facts[k]!.source = { rule: AGENCY_UNDER_BYLINE_RULE, name: agency };
    decisions[k] = { role: 'source', rule: AGENCY_UNDER_BYLINE_RULE.name };
  }
}

/** A summary over the lede is one sentence of at most this many words, */
const MAX_DECK_OVER_LEDE_WORDS = 40;
/** and the lede under it a paragraph of at least this many. */
const MIN_DATELINED_LEDE_WORDS = 20;
const SECOND_SENTENCE = /[.!?]["”’]? \p{Lu}/u;
/** The body's first unit is a one-sentence summary and the next a lede that opens with a dateline. */
function isDeckOverDatelinedLede(units: Unit[], facts: UnitFacts[], i: number): boolean {
  const deck = facts[i]!;
  if (deck.wireDateline || deck.features.boilerplate || deck.features.words > MAX_DECK_OVER_LEDE_WORDS || SECOND_SENTENCE.test(units[i]!.text)) return false;
  // A player's label over a short title ("Listening: Geneva Airport to levy ...") is no lede.
  if (facts[i + 1]!.features.words < MIN_DATELINED_LEDE_WORDS) return false;
  const lede = matchDateline(units[i + 1]!.text, true);
  return lede !== null && lede.location !== null;
}

/** An agency's name alone on its line: above the title, the masthead of the agency's own site ("RNZ"). */
const BARE_AGENCY_RULES: ReadonlySet<string> = new Set(['wire-sign-off', 'initials-sign-off']);

/** A tag list's header, and how many short lines its list runs to. */
const TAG_HEADER = /^(?:tags|topics|related topics|keywords|tagged)\W{0,3}$/i;
const MAX_TAG_LINES = 8;

/** The line is one of the short lines under a "Tags" header. */
function isInTagList(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_TAG_LINES; k--) {
    if (TAG_HEADER.test(units[k]!.text)) return true;
    if (units[k]!.text.split(' ').length > 3) return false;
  }
  return false;
}

/** The first line of a run of name-line bylines ending at `i`. */
function firstOfNameRun(decisions: Decision[], i: number): number {
  let first = i;
  while (first > 0 && decisions[first - 1]!.rule === NAME_LINE_RULE.name) first--;
  return first;
}

/** Lines of outlet, desk or place a name may have between it and its stamp. */
const MAX_DETAIL_LINES = 2;
const MAX_DETAIL_WORDS = 3;
function stampBelowDetail(facts: UnitFacts[], i: number): boolean {
  for (let k = i + 1; k < facts.length && k <= i + 1 + MAX_DETAIL_LINES; k++) {
    if (facts[k]!.dateOnly) return true;
    if (facts[k]!.features.words > MAX_DETAIL_WORDS || facts[k]!.features.endsSentence) return false;
  }
  return false;
}

/** Rules for the writer's own note under a piece. */
const WRITER_NOTES: ReadonlySet<string> = new Set(['writer-tagline', 'author-bio', 'author-contact']);
/** Rules for a writer's bio or contact line, which opens with the name. */
const WRITER_BIO_RULES: ReadonlySet<string> = new Set(['author-bio', 'author-contact']);
/** A writer's handle under the name: "@NATASHATURAK", or a LinkedIn one ("@in/rachelwhitcomb"). */
/**
 * A paper's name with its town, under the writer's ("Wesley Crandall" / "Nashville Tennessean"), which
 * the page names elsewhere with "The" before its last word ("... for The Tennessean"): no person.
 */
function namesPaperElsewhere(units: Unit[], names: string): boolean {
  const last = names.slice(names.lastIndexOf(' ') + 1);
  const paper = new RegExp(`\\bThe ${last.replace(/[^\p{L}]/gu, '')}\\b`, 'u');
  return last.length > 2 && units.some((unit) => paper.test(unit.text));
}

/** An author card's picture, copied as its alt text or placeholder: "thumbnail", "Author avatar". */
const CARD_PICTURE = /^(?:thumbnail|avatar|headshot|(?:author|profile) (?:image|photo|picture|avatar))$/i;
/** Lines between two author cards' names at most. */
const MAX_DETAILS_BETWEEN_NAMES = 3;
/**
 * The name line a few lines above, with only the first writer's details between (a role, a social
 * handle, the next card's picture, furniture); -1 when there is none.
 */
function nameAboveDetails(units: Unit[], facts: UnitFacts[], decisions: Decision[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= MAX_DETAILS_BETWEEN_NAMES + 1; k--) {
    if (decisions[k]!.rule === NAME_LINE_RULE.name) return k;
    const text = units[k]!.text;
    if (!(ROLE_LINE.test(text) || SOCIAL_HANDLE_LINE.test(text) || CARD_PICTURE.test(text) || facts[k]!.features.boilerplate)) return -1;
  }
  return -1;
}
/** Two Markdown links or more side by side on a line. */
const MARKDOWN_LINKS_ROW = /\]\([^()\s]{1,300}\)[ ,|·•]{0,3}\[/;
/** A mail's sender by name: "From: Imran Siddiqui <imran@example.com>". */
const MAIL_SENDER = /^From: ([^<>@\n]{3,60}?) <[^<>\s]{3,120}>$/;
const SOCIAL_HANDLE_LINE = /^@(?:in\/)?[\w-]{2,30}$/;
/**
 * A role or a desk under an author's name: "Senior Contributor", "Senior reporter", "Journalist", "Senior Product Manager",
 * "BBC Sport athletics reporter at Loughborough", "BBC News, Norwich".
 */
export const NAME_LINE_RULE: Rule = {
  name: 'name-line-near-headline',
  pattern: /^/,
  note: 'a line of person names just under the headline or beside a stamp (decided by position)',
  example: 'Oliver Chen and Amira Haddad',
};

/**
 * A standfirst sits between the headline and the body: one sentence-like line of moderate length,
 * not a byline or stamp (nor a labelled stamp line: "Published On: June 23, 2024 12:05 AM NPT By: Xinhua").
 */
function markSubheadline(units: Unit[], facts: UnitFacts[], decisions: Decision[], headlineIndex: number, bodyStart: number): void {
  if (headlineIndex < 0) return;
  for (let i = headlineIndex + 1; i < Math.min(bodyStart, headlineIndex + 4); i++) {
    const f = facts[i]!;
    if (decisions[i]!.role !== 'header') continue;
    if (f.features.words >= 6 && f.features.words <= 60 && !f.features.boilerplate && f.features.stopRatio >= 0.1 && f.dates[0]?.start !== 0 && !isMetadataLead(units[i]!.text)) {
      decisions[i] = { role: 'subheadline', rule: 'standfirst-under-headline' };
      return;
    }
  }
}


import type { Article, DateRole, DateStamp, Dateline, SourceAttribution } from '../schema.js';
import { NAME_LINE_RULE, type Classified, type Role } from '../classify/index.js';
import type { FrontMatter, Line, Unit } from '../segment/index.js';
import { findDates, offsetInTimeZone, withOffset, zoneOffset } from '../dates/index.js';
import type { FoundDate } from '../dates/types.js';
import { AGENCY_ALTERNATION, AGENCY_COPYRIGHT, OUTLET_WITH_AGENCY, SYNDICATION_NOTE_RULE, TRAILING_SIGN_OFF_RULES, agencyName, isFeedFieldDateline, matchDateline, type DatelineMatch } from '../rules/wire.js';
import { countWords } from '../classify/features.js';
import { hasNonPersonWord } from '../rules/byline.js';
import { ROLE_LINE, authorsFrom, cleanByline } from '../classify/names.js';
import { DATELINE_FIELD_LABEL, ISSUER_LABEL_RULE, LETTER_SIGNATURE_RULE, MAIL_DATE_FIELD, isForwardedMail } from '../classify/page.js';
import { LEADING_THE, opensWithDate } from '../classify/facts.js';
import { TITLE_FIELD_LABEL } from '../classify/headline.js';
import { PRINT_RUNNING_HEAD } from '../classify/headline.js';

/** Why each input line went where it did: the data behind `--explain`. */
export interface LineTrace {
  line: number;
  text: string;
  role: Role;
  rule: string;
}

export type ArticleFields = Omit<Article, 'schemaVersion' | 'file' | 'encoding'>;

/** Date label words, per role, in the languages the date stage reads. */
const DATE_LABELS: ReadonlyArray<{ role: DateRole; pattern: RegExp }> = [
  // "Release date: March 3, 2022" in a review's fact box: the date of what is reviewed, not of the article.
  { role: 'other', pattern: /(?<!\p{L})(?:release|air|opening|premiere|launch|event|expiry|closing) date(?!\p{L})/iu },
  // "Published in The Express Tribune, March 6th, 2024.", "Published in the print edition of the October 28,
  // 2024, issue": the print edition's note, not the web stamp.
  { role: 'print', pattern: /(?<!\p{L})[Pp]ublished in (?:the |The )?\p{Lu}[^,]{1,40}, ?$|(?<!\p{L})[Pp]ublished in the print edition of (?:the )?$/u },
  { role: 'updated', pattern: /(?<!\p{L})(?:updated?|last updated|modified|edited|versioncreated|modifié|mis à jour|actualizado|actualización|aktualisiert|aggiornato|atualizado|bijgewerkt|aktualizacja|güncelleme|обновлено|ažurirano|aktualizováno|actualizat|frissítve|ενημέρωση|uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|আপডেট|হালনাগাদ|अपडेट|अपडेटेड|अद्यतन|اپ ڈیٹ|புதுப்பிக்கப்பட்டது)(?![\p{L}\p{M}])/iu },
  // "General News of Monday, 3 June 2024": a section's stamp above the title (Ghanaian portals).
  { role: 'published', pattern: /(?<!\p{L})(?:published|publish date|publication date|date of publication|posted|submitted|first published|released|created|firstcreated|uploaded|pubdate|transmitted|public release|embargoed until|under embargo until|sperrfrist|publié|publicado|veröffentlicht|publiziert|pubblicato|erschienen|gepubliceerd|opublikowano|giriş|опубликовано|objavljeno|publikováno|publicat|publikálva|yayınlanma|δημοσίευση|créé|publicerad|publicerat|publiceret|publisert|julkaistu|news of|প্রকাশিত|প্রকাশ|प्रकाशित|شائع|பதிவு செய்த நாள்|வெளியிடப்பட்டது)(?![\p{L}\p{M}])/iu },
  { role: 'print', pattern: /(?<!\p{L})(?:print(?:ed)?(?: edition| version)?|appears in print|issue date|edition date|date of issue)(?!\p{L})/iu },
];

/** The label of a clipping's own date in a note app's property block, or of a scraper's fetch. */
const CLIPPING_LABEL = /^\s*(?:created|saved|clipped|captured|date saved|date added|added|downloaded|retrieved|accessed|printed|fetched|scraped|crawled)(?:(?: on| at)\s?:?|\s?:)\s?$/i;

/** Another property line of a note app's clipping: "Tags: food, singapore", "URL: https://…". */
const NOTE_PROPERTY = /^(?:tags|type|url|source|status|category|author|title|content-type)\s?:\s?\S/i;

/** Units of byline and stamps a lede with its dateline may have under it. */
const LEDE_BYLINE_BLOCK = 3;

/** A stamp's label alone on its line: "Published", "Last updated:", "This content was published on". */
const LABEL_LINE = /^(?:this (?:content|article|story) was )?(?:first )?(?:published|updated|last updated|posted|modified)(?: on| at)?:?$/i;

/**
 * A stamp's role from the words just before it (back to the previous stamp in the line), else
 * from where it sits: the top-of-page date is the capture day; a stamp line or byline under the
 * headline is the publication date; anything else is "other".
 */
/** Units after the headline within which its stamps sit (byline, stamps, share bar, a photo). */
const NEAR_HEADLINE = 8;


/** A print page's number or a masthead's volume beside the date atop the page: "4A | SUNDAY, APRIL 13, 2025 | ...", "... PAGE 11", "VOL. 142, NO. 64"; a magazine's "April 14, 2025 Issue". */
const PRINT_PAGE_CUE = /\b(?:page|pg\.?|seite) [A-Z]?\d{1,3}\b|^[A-Z]?\d{1,3}[A-Z]? \| |\| [A-Z]?\d{1,3}[A-Z]?$|\bvol(?:ume)?\.? \d{1,4}\b|\b\d{4} issue$/i;

/** The fields of a wire system's item header: its priority, length, reference or version. */
const WIRE_ITEM_FIELDS = /\b(?:prio(?:rity|ridad)?|words|word count|ref\.?|story id|version|urgency|news service)\b/i;

/** An agency named in full with its initials after it, maybe missing the closing bracket: "News Agency of Nigeria (NAN)". */
const NAME_WITH_INITIALS = /^(.+?) \(([^()]{2,12})\)?$/;

/** The agency's reported name for a credit, read whole or as its full name and initials. */
function agencyByFullName(credit: string): string | null {
  const parts = NAME_WITH_INITIALS.exec(credit);
  return agencyName(credit) ?? (parts ? agencyName(parts[1]!) ?? agencyName(parts[2]!) : null);
}

/** Words of a date's label in a paragraph of the story ("First published on"), a sentence of this many words or more (a live post's "Posted 8h ago Sat 22 Feb" is a stamp). */
const MAX_LABEL_WORDS_IN_PROSE = 3;
const MIN_PROSE_WORDS_FOR_LABEL = 10;
/** A release date's label just before the stamp. */
const RELEASE_DATE_LABEL = /(?<!\p{L})release date\W{0,3}$/iu;

/** Lines under the headline within which a stamp line with other words on it is the publication stamp. */
const STAMP_LINE_REACH = 4;
/** A name or a section beside a stamp ("Corridor Freight May 6, 2025"), not a sentence with a date in it. */
const MAX_WORDS_BESIDE_STAMP = 3;
/** Separators are no words: "Bandung, West Java ● Wed, April 3, 2024" has three beside its date. */
const wordsBesideDate = (text: string, date: FoundDate) => (text.slice(0, date.start) + ' ' + text.slice(date.end)).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function dateRole(unitText: string, dates: FoundDate[], k: number, unitIndex: number, c: Classified, headlineIndex: number): { role: DateRole; labelled: boolean; clipping?: boolean } {
  const date = dates[k]!;
  const labelFrom = k > 0 ? dates[k - 1]!.end : Math.max(0, date.start - 40);
  const before = unitText.slice(labelFrom, date.start);
  // A note app's properties ("Created: February 5, 2025 9:12 PM" above the title, or among
  // "Tags:" and "URL:" lines under it) date the clipping.
  // Markdown runs such lines into one paragraph ("Created: …" / "Tags: …" / "URL: …"): then they are the unit's own lines.
  const amongProperties =
    [unitIndex - 1, unitIndex + 1].some((k) => k >= 0 && k < c.units.length && NOTE_PROPERTY.test(c.units[k]!.text)) || c.units[unitIndex]!.lines.slice(1).some((line) => NOTE_PROPERTY.test(line.text));
  if ((headlineIndex < 0 || unitIndex < headlineIndex || amongProperties) && CLIPPING_LABEL.test(before)) return { role: 'other', labelled: true, clipping: true };
  // A forwarded mail's sending day dates the forward, not the story pasted in it: it counts as the date atop the page.
  if ((headlineIndex < 0 || unitIndex < headlineIndex) && MAIL_DATE_FIELD.test(unitText) && isForwardedMail(c.units)) return { role: 'page', labelled: false };
  // A release date with a clock is a press office's publication stamp ("Release Date: 3/18/2025 4:12:00 PM").
  if (RELEASE_DATE_LABEL.test(before) && (date.precision === 'minute' || date.precision === 'second')) return { role: 'published', labelled: true };
  // In a body paragraph the label must stand right before the date: "a post published on Facebook by a user on March 1" dates the post.
  const inProse = c.decisions[unitIndex]!.role === 'body' && c.facts[unitIndex]!.features.endsSentence && c.facts[unitIndex]!.features.words >= MIN_PROSE_WORDS_FOR_LABEL;
  const labelText = inProse ? before.split(' ').slice(-MAX_LABEL_WORDS_IN_PROSE - 1).join(' ') : before;
  for (const label of DATE_LABELS) if (label.pattern.test(labelText)) return { role: label.role, labelled: true };
  // "This content was published on" / "February 6, 2024 - 09:00": the label on a line of its own above.
  const above = k === 0 && !before.trim() && unitIndex > 0 ? c.units[unitIndex - 1]!.text : '';
  if (above && LABEL_LINE.test(above)) for (const label of DATE_LABELS) if (label.pattern.test(above)) return { role: label.role, labelled: true };
  const facts = c.facts[unitIndex]!;
  const role = c.decisions[unitIndex]!.role;
  const inHeader = c.bodyStart < 0 || unitIndex < c.bodyStart;
  const nearHeadline = headlineIndex >= 0 && unitIndex > headlineIndex && unitIndex - headlineIndex <= NEAR_HEADLINE;
  const topOfPage = unitIndex < 3 && (headlineIndex < 0 || unitIndex < headlineIndex);
  // The byline block set under a lede that opens with its dateline ("RICHMOND — ..." / "By ..." / stamp).
  const underDatelinedLede = c.bodyStart >= 0 && unitIndex > c.bodyStart && unitIndex - c.bodyStart <= LEDE_BYLINE_BLOCK && Boolean(c.facts[c.bodyStart]?.wireDateline) && c.facts.slice(c.bodyStart + 1, unitIndex).every((f) => f.byline || f.dateOnly);
  let dateRole: DateRole = 'other';
  if (facts.features.boilerplate?.name === 'copyright') dateRole = 'other';
  // A line cut short ("...") is a teaser, unless the page took it for the article's byline.
  else if (facts.features.teaser && role !== 'byline') dateRole = 'other';
  // A date at the top of the page is the capture day; a time with its zone there is a wire feed's
  // transmission stamp ("04-Mar-2025 21:47 GMT" above the slug and headline).
  else if (facts.dateOnly && topOfPage) dateRole = date.zone === 'stated' && (date.precision === 'minute' || date.precision === 'second') ? 'published' : 'page';
  // A print page's running head ("12 THE NORTHERN ECHO Thursday, March 7, 2024") dates the issue the story ran in.
  else if (topOfPage && (PRINT_RUNNING_HEAD.test(unitText) || PRINT_PAGE_CUE.test(unitText))) dateRole = 'published';
  // Lower in the header, a clipping's or an archive's line of paper, day and page ("Harlow, Iowa · Wed,
  // Oct 14, 1987 · Page 3") dates the issue, when the page dates the story no better.
  // Near the headline, a stamp with its clock is the web page's ("Marisol Ventura – Mar 4, 2025 4:42 PM | 87": the comments' count, no page).
  else if (inHeader && PRINT_PAGE_CUE.test(unitText)) dateRole = nearHeadline && (date.precision === 'minute' || date.precision === 'second') ? 'published' : 'print';
  // A wire system's item header above the headline or just under it, its time and zone among the item's fields
  // ("Date: 14/03/2025 15:58 GMT   Priority: 4   Words: 598", "Mon, 17 Mar 2025, 10:14 CET | Prio 4").
  else if ((headlineIndex < 0 || unitIndex <= headlineIndex + STAMP_LINE_REACH) && WIRE_ITEM_FIELDS.test(unitText) && date.zone === 'stated' && (date.precision === 'minute' || date.precision === 'second')) dateRole = 'published';
  // A time line under the story, its zone as label ("BDST: 1740 HRS, JUNE 21, 2024"), is when Bangladeshi
  // sites published it; their "Update:" stamp above is the later edit.
  else if (facts.stampDateline) dateRole = 'published';
  // A stamp on the byline, or on an attribution line under the headline ("Source: Xinhua| 2024-05-11 18:06").
  else if (role === 'byline' || (role === 'source' && nearHeadline) || (facts.dateOnly && (inHeader || nearHeadline || underDatelinedLede))) dateRole = 'published';
  // "21/06/2014 Ravi Menon News" or "Corridor Freight May 6, 2025 09:15" under the headline: a
  // stamp line that leads with the date (maybe after "On"), or a date with a name or section beside it.
  // So does a meta line that ends on the date and time ("Press Releases PLENARY SESSION ENVI 18-03-2025 - 13:05").
  else if (headlineIndex >= 0 && unitIndex > headlineIndex && unitIndex <= headlineIndex + STAMP_LINE_REACH && (opensWithDate(date) || wordsBesideDate(unitText, date) <= MAX_WORDS_BESIDE_STAMP || (date.end === unitText.length && (date.precision === 'minute' || date.precision === 'second')))) dateRole = 'published';
  return { role: dateRole, labelled: false };
}

/** A site's name after a page title has at most this many words ("The New York Times"). */
const MAX_SITE_NAME_WORDS = 5;
/** Between a page title and the site's name: "Title | Site", "Title - Site". */
const PAGE_TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' :: '];

/**
 * A web clipper copies the page's title, site name and all ("Title | Pacific Observer", or the site
 * first: "PolitiFact | Title"), as its front matter's title or as a first heading over the page; when
 * the page itself shows the title without the name (its heading), that is the headline.
 */
function titleWithoutSite(title: string, units: Unit[]): string {
  const printed = (part: string) => units.some((unit) => unit.text.replace(/^#{1,6} /, '').trim() === part);
  const cut = Math.max(...PAGE_TITLE_SEPARATORS.map((separator) => title.lastIndexOf(separator)));
  // A site's name is a few words; a longer tail is the title's own ("... AGAIN - with one pensioner forced to miss ...").
  if (cut > 0 && countWords(title.slice(cut)) <= MAX_SITE_NAME_WORDS && printed(title.slice(0, cut).trim())) return title.slice(0, cut).trim();
  const leads = PAGE_TITLE_SEPARATORS.map((separator) => title.indexOf(separator)).filter((at) => at > 0);
  const lead = leads.length ? Math.min(...leads) : -1;
  if (lead > 0 && countWords(title.slice(0, lead)) <= MAX_SITE_NAME_WORDS) {
    const after = title.slice(title.indexOf(' ', lead + 1) + 1).trim();
    if (printed(after)) return after;
  }
  return title;
}

/** The input line a character offset of a unit's joined text falls on. */
function lineAt(unit: Unit, offset: number): number {
  let consumed = 0;
  for (const line of unit.lines) {
    consumed += line.text.length + 1;
    if (offset < consumed) return line.n;
  }
  return unit.lines[unit.lines.length - 1]!.n;
}

/**
 * Give zone-less times an offset: the one zone the article's stamps state (a "BDST" line applies to its
 * "Update: 17:40"), else the user's --timezone for the wall-clock date. Either way "inferred".
 */
function inferZones(stamps: Array<DateStamp & { offsetMinutes: number | null }>, otherClocks: ReadonlySet<number>, timeZone: string | undefined): void {
  // A scraper's fetch time or a clipping's is another clock's: its zone is not the article's.
  const offsets = new Set(stamps.filter((s, i) => s.zone === 'stated' && s.offsetMinutes !== null && !otherClocks.has(i)).map((s) => s.offsetMinutes));
  if (offsets.size > 1 || (offsets.size === 0 && !timeZone)) return;
  const stated = offsets.size === 1 ? ([...offsets][0] as number) : null;
  for (const s of stamps) {
    if (s.zone !== 'none' || (s.precision !== 'minute' && s.precision !== 'second')) continue;
    const offset = stated ?? offsetInTimeZone(s.iso, timeZone!);
    if (offset === null) continue;
    s.iso = withOffset(s.iso, offset);
    s.zone = 'inferred';
    s.offsetMinutes = offset;
  }
}

/** Minutes a page's clock may stand from UTC (Kiribati's +14:00, Baker Island's -12:00). */
const MAX_ZONE_MINUTES = 14 * 60;
/** Zones are whole quarter hours from UTC (Nepal's +05:45). */
const ZONE_STEP_MINUTES = 15;
/** A stamp's wall clock read as if it were UTC, in minutes: "2025-03-04T09:10:00" and "2025-03-04T09:10:00+11:00" alike. */
const wallMinutes = (iso: string) => Date.parse(`${iso.slice(0, 19)}Z`) / 60_000;

/**
 * A reader app's or a scraper's header gives the publication time on UTC's clock ("Published Time:
 * 2025-03-03T22:10:00Z", "date_published: 2024-12-04 03:12:00"); the page prints the same moment on its own
 * ("Published 4 March 2025 9:10am", "Posted 9:12 PM, Dec 03, 2024"), whose day is the one its readers
 * saw. That page stamp: a publication stamp without a zone whose clock stands a whole number of quarter
 * hours from the header's, less than a day's zone apart. With its offset when the header states UTC.
 */
function pageTwinOfUtc<T extends { iso: string; zone: string; offsetMinutes: number | null }>(header: T, stamps: Array<DateStamp & { offsetMinutes: number | null }>): (DateStamp & { offsetMinutes: number | null }) | undefined {
  if (header.iso.length < 16 || (header.zone === 'stated' ? header.offsetMinutes !== 0 : header.zone !== 'none')) return undefined;
  const twin = stamps.find((s) => {
    if (s.role !== 'published' || s.zone === 'stated' || (s.precision !== 'minute' && s.precision !== 'second')) return false;
    const apart = wallMinutes(s.iso) - wallMinutes(header.iso);
    return apart !== 0 && Math.abs(apart) <= MAX_ZONE_MINUTES && apart % ZONE_STEP_MINUTES === 0;
  });
  if (twin && header.zone === 'stated') {
    const offset = wallMinutes(twin.iso) - wallMinutes(header.iso);
    twin.iso = withOffset(twin.iso.slice(0, 19), offset);
    twin.zone = 'inferred';
    twin.offsetMinutes = offset;
  }
  return twin;
}

/** A company's legal name or a firm's: a newswire page's "Source: Kitamura Precision Industries Co., Ltd." names the issuer, "Provided by Verano Development Group" under a rendering credits the picture; neither is an agency. */
const COMPANY_NAME = /\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|plc|Limited|AG|SE|NV|ASA|AB|GmbH|S\.A|Pte|Bhd|(?<!Media )Group|Holdings|Properties)\.?$/;

/** A feed reader's or export's field label before the title: "Title: Councils trial cool roofs". */
const TITLE_LABEL_BEFORE_TITLE = new RegExp(`${TITLE_FIELD_LABEL.source}(?=\\S)`, 'iu');

/**
 * A clock with no date of its own, on the byline ("Posted by Dave Kessler at 11:42 PM | Comments (6)")
 * or on a posting line under the headline ("Posted 5:47 p.m. PST"), maybe with its zone.
 */
// The clock may be on 24 hours, with no a.m. or p.m. ("Posted by Rahul Menon at 11:20", Blogger's footer).
const CLOCK_WITHOUT_DATE = /^(?:(?:posted|published|filed)\b[^\d\n]{0,60}? at |(?:posted|published|filed):? (?:at )?)(\d{1,2})[:.](\d{2})(?: ?([ap])\.? ?m\.?)?(?: ([a-z]{2,5})\b)?(?![\d:.])/i;

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Units under the body's last paragraph within which a platform's post stamp sits. */
const FOOT_STAMP_REACH = 3;

/** The first stamp line within a few units under the body (furniture such as tags not counted), above any comments. */
function stampUnderBody(c: Classified, candidates: ReadonlyArray<{ unitIndex: number; stampIndex: number }>, stamps: ReadonlyArray<DateStamp>, commentsStart: number): DateStamp | null {
  if (c.bodyEnd < 0) return null;
  for (let i = c.bodyEnd + 1, seen = 0; i < c.units.length && seen < FOOT_STAMP_REACH && (commentsStart < 0 || i < commentsStart); i++) {
    const facts = c.facts[i]!;
    // Past a "More on this story" header the dates are other stories'.
    if (facts.features.boilerplate?.name === 'related-list-header') break;
    const found = facts.dateOnly ? candidates.find((k) => k.unitIndex === i && !['year', 'month'].includes(stamps[k.stampIndex]!.precision)) : undefined;
    if (found) return stamps[found.stampIndex]!;
    if (!facts.features.boilerplate) seen++;
  }
  return null;
}

interface Clock {
  hours: number;
  minutes: number;
  zone: string | undefined;
  line: number;
}

function clockOfTheDay(c: Classified, bylineIndex: number, headlineIndex: number): Clock | null {
  const near = headlineIndex < 0 ? [] : Array.from({ length: NEAR_HEADLINE }, (_, k) => headlineIndex + 1 + k);
  for (const i of [bylineIndex, ...near]) {
    if (i < 0 || i >= c.units.length || c.facts[i]!.dates.length) continue;
    const match = CLOCK_WITHOUT_DATE.exec(c.units[i]!.text);
    if (!match) continue;
    const hours = match[3] ? (Number(match[1]) % 12) + (match[3].toLowerCase() === 'p' ? 12 : 0) : Number(match[1]);
    const minutes = Number(match[2]);
    if (hours > 23 || minutes > 59) continue;
    return { hours, minutes, zone: match[4], line: c.units[i]!.lines[0]!.n };
  }
  return null;
}

/** "2004-08-23" at 11:42 PM → "2004-08-23T23:42:00", with the zone's offset when it names one. */
function atClock(day: string, clock: Clock): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${day}T${pad(clock.hours)}:${pad(clock.minutes)}:00`;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const offset = clock.zone ? zoneOffset(clock.zone, { year, month, day: date, hour: clock.hours }) : null;
  return offset === null ? local : withOffset(local, offset);
}

/** Emphasis around a whole title in a plain-text e-mail ("*Raglan wharf saved ...*"): markup, not the title's. */
const WRAPPING_EMPHASIS = /^(\*\*|\*|__|_)([^*_\s](?:[^*_\n]{0,400}[^*_\s])?)\1$/;
/** A wire's note after a title of the media it sends with the story: "... exigen consulta previa (Fotos)", "(Vídeo)". */
const MEDIA_NOTE_AFTER_TITLE = / \((?:[Ff]otos?|[Pp]hotos?|[Vv][ií]deos?|[Ff]otos? y [Vv][ií]deos?|[Ff]otos? e [Vv][ií]deos?|[Aa]udio)\)$/;
/** A dateline alone on its line, or a labelled one, sits at most this many lines over its lede ("DATELINE: DENVER" / "BODY:" / rule / lede). */
const MAX_LINES_OVER_SPLIT_LEDE = 3;

/** "Headline | Site" -> "Headline". Dashes are left alone: "Pact may fail - farmers" is a headline. */
const PAGE_TITLE_SEPARATOR = / (?:\||::|») /;
function splitSiteName(line: string): string {
  const headline = line.replace(TITLE_LABEL_BEFORE_TITLE, '');
  const parts = headline.split(PAGE_TITLE_SEPARATOR);
  if (parts.length < 2) return headline;
  return countWords(parts[0]!) >= 3 && countWords(parts[parts.length - 1]!) <= 6 ? parts[0]! : headline;
}

/** How many units under the front matter may hold the page's own heading. */
const FRONT_MATTER_HEADING_REACH = 6;
/**
 * "Headline - Breaking News" (the front matter's page title, the site's name cut) over "# Headline":
 * what the page title adds after a dash to the page's heading is its section.
 */
function headingOpeningTitle(title: string, units: Unit[]): string {
  const heading = units.slice(0, FRONT_MATTER_HEADING_REACH).find((unit) => unit.kind === 'heading' && title.length > unit.text.length && title.startsWith(unit.text) && /^ [-–—|] /.test(title.slice(unit.text.length)));
  return heading ? heading.text : title;
}

/** A paper's name: up to three capitalised words and a word papers' names end in ("NZ Herald", "The Washington Post"). */
const PAPER_NAME = /^(?:The )?(?:\p{Lu}[\p{L}.&'’-]* ){0,3}(?:Herald|Times|Post|Tribune|Journal|Gazette|Chronicle|Courier|Telegraph|Guardian|Independent|Express|Standard|Observer|Mirror|Dispatch|Examiner|Inquirer|Sentinel|Ledger|Bulletin|Advertiser)$/u;
/** A spaced dash or bullet between a page title's parts: "Headline - World - DAWN.COM", "Headline • The Register". */
const TITLE_PART_DASH = / [-–—•] /g;
/** A domain ending written into a site's name: "DAWN.COM", "Rappler.com". */
const NAME_DOMAIN_ENDING = /\.(?:com|net|org|co\.uk|co\.in|co\.nz|co|in|pk|np|lk|bd|ng|ke|za|ph|my|sg|news|info)$/i;
const LEADING_ARTICLE = /^(?:the|la|il|le|les|lo|el|los|las|die|der|das|de|het|o|a) /i;
/** A section's name between the title and the site: one or two capitalised words ("World", "Latest News"). */
const SECTION_PART = /^\p{Lu}[\p{L}&]{1,20}(?: \p{Lu}[\p{L}&]{1,20})?$/u;
/** A web address's host, without "www.": the site's name as one word ("severnvalleyecho"). */
const ADDRESS_HOST = /\bhttps?:\/\/(?:www\.)?([a-z0-9-]{3,40})\./gi;
/** Letters a site's name and its host share from the start: at least so many, and these shares of the host and of the name. */
const MIN_HOST_PREFIX = 6;
const MIN_HOST_PREFIX_SHARE = 0.75;
const MIN_NAME_PREFIX_SHARE = 0.6;
const leadingLettersInCommon = (a: string, b: string) => {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common;
};
/** Longest line taken for a masthead naming the site. */
const MASTHEAD_CHARS = 60;
/**
 * "Headline - Severn Valley Echo" -> "Headline" when the dump's web addresses are that site's
 * ("https://www.severnvalleyecho.co.uk/...") or the name stands alone on a line, the masthead;
 * otherwise the dash is the title's ("Pact may fail - farmers"). Whatever follows the site's name
 * goes too (a tagline), and so does a section's name just before it ("... - World - DAWN.COM").
 * A site's name leading the title ("BBC News - Headline") goes when the dump prints the title alone.
 */
function withoutHostSuffix(headline: string, units: Unit[]): string {
  const dashes = [...headline.matchAll(TITLE_PART_DASH)].map((m) => m.index);
  if (dashes.length === 0) return headline;
  // "BBC News - Title", a shared page's subject, or "CNN.com - Title - Mar 3, 2004", a printable page's, over
  // the title alone on its line: the site leads.
  const afterSite = headline.slice(dashes[0]! + 3, dashes[1]);
  if (countWords(headline.slice(0, dashes[0])) <= MAX_SITE_NAME_WORDS && units.some((unit) => unit.text === afterSite)) return afterSite;
  const siteNames = new Set<string>();
  const hosts: string[] = [];
  for (const unit of units) {
    if (unit.text.length <= MASTHEAD_CHARS) siteNames.add(compact(unit.text));
    for (const m of unit.text.matchAll(ADDRESS_HOST)) hosts.push(compact(m[1]!));
  }
  for (const host of hosts) siteNames.add(host);
  // A host may shorten the name's last word: "Premium Times Nigeria" at premiumtimesng.com.
  // "Ledger Weekly" is not ledger.example's name: most of the name must be in the host too.
  const isHostOf = (name: string) =>
    hosts.some((host) => {
      const common = leadingLettersInCommon(host, name);
      return common >= MIN_HOST_PREFIX && common >= MIN_HOST_PREFIX_SHARE * host.length && common >= MIN_NAME_PREFIX_SHARE * name.length;
    });
  // "Headline - NZ Herald": a name ending as papers' names end, after the last dash, is the site's.
  const lastPart = headline.slice(dashes.at(-1)! + 3);
  if (PAPER_NAME.test(lastPart)) return headline.slice(0, dashes.at(-1));
  for (const [k, dash] of dashes.entries()) {
    const part = headline.slice(dash + 3, dashes[k + 1] ?? headline.length);
    // An article before the paper's name is not in its host: "la Repubblica" at repubblica.it.
    const name = compact(part.replace(NAME_DOMAIN_ENDING, '').replace(LEADING_ARTICLE, ''));
    if (name.length < 2 || countWords(part) > MAX_SITE_NAME_WORDS || !(siteNames.has(name) || siteNames.has(compact(part)) || isHostOf(name))) continue;
    const section = k > 0 ? headline.slice(dashes[k - 1]! + 3, dash) : '';
    return headline.slice(0, SECTION_PART.test(section) ? dashes[k - 1] : dash);
  }
  return headline;
}

/**
 * Pages show several bylines (the article's, related stories', an author box): the article's is
 * the first after the headline, else the nearest just above it (a name in the page's top menu is
 * not the author).
 */
/** How far under a bare name a stated byline ("By Carly Benson") may sit and still be the article's. */
const STATED_BYLINE_REACH = 6;

/** A stated byline under a bare name in the header: the name was a tag or a caption's subject. */
function statedBylineBelow(c: Classified, i: number): number | undefined {
  for (let k = i + 1; k < Math.min(c.units.length, c.bodyStart, i + 1 + STATED_BYLINE_REACH); k++) {
    const byline = c.facts[k]!.byline;
    if (c.decisions[k]!.role === 'byline' && byline && byline.rule.name !== NAME_LINE_RULE.name && /^\(?by\b/i.test(c.units[k]!.text) && cleanByline(byline.text)) return k;
  }
  return undefined;
}

/** A stated byline naming a person under `i`, else a bare name there ("Author of the article:" / "Bloomberg News" / "Erik Lindqvist"). */
function personBylineBelow(c: Classified, i: number): number | undefined {
  const k = statedBylineBelow(c, i) ?? c.decisions.findIndex((d, j) => j > i && j <= i + STATED_BYLINE_REACH && j < c.bodyStart && d.rule === NAME_LINE_RULE.name);
  return k >= 0 && authorsFrom(cleanByline(c.facts[k]!.byline!.text)).length ? k : undefined;
}

/** A stated byline naming a person under `i` ("By MARISOL VEGA-CRUZ Associated Press"). */
function statedPersonBelow(c: Classified, i: number): number | undefined {
  const k = statedBylineBelow(c, i);
  return k !== undefined && authorsFrom(cleanByline(c.facts[k]!.byline!.text)).length ? k : undefined;
}

/** Labelled credits that may name only an agency or desk, the writer following: a feed's "dc:creator: GNA", a page's "Author of the article:". */
const LABELLED_BYLINE_RULES: ReadonlySet<string> = new Set(['labelled-name', 'labelled-author']);

/** Headers of what others wrote under the article: comments, lists of other stories. */
const LISTS_OF_OTHERS: ReadonlySet<string> = new Set(['comments-header', 'related-list-header']);

function chooseByline(c: Classified, headlineIndex: number): number {
  let before = -1;
  for (let i = Math.max(0, headlineIndex - NEAR_HEADLINE); i < c.units.length; i++) {
    const facts = c.facts[i]!;
    // Readers' comments under the article sign with a name too ("Rashed Kamal · 2h"), and a list of
    // other stories credits their sites ("MarketPulse Finance · 2h ago"); a "Comments" button by the
    // byline opens no comment section.
    if (i > c.bodyEnd && c.bodyStart >= 0 && LISTS_OF_OTHERS.has(facts.features.boilerplate?.name ?? '')) break;
    if (c.decisions[i]!.role !== 'byline' || !facts.byline || !cleanByline(facts.byline.text)) continue;
    if (i > headlineIndex) {
      // A feed's or export's field crediting only an agency ("dc:creator: GNA") gives way to the
      // stated byline of a person under it ("By Kodzo Adzah").
      // So does an agency's "Article by The Associated Press" to the stated "By Name Associated Press" under it.
      if (!authorsFrom(cleanByline(facts.byline.text)).length) return letterSignatureBelow(c, i) ?? (LABELLED_BYLINE_RULES.has(facts.byline.rule.name) ? personBylineBelow(c, i) : statedPersonBelow(c, i)) ?? i;
      return facts.byline.rule.name === NAME_LINE_RULE.name ? statedBylineBelow(c, i) ?? i : i;
    }
    before = i;
  }
  return before;
}

/** A letters page credits a letter "By Reader letter"; its writer signs under it. */
function letterSignatureBelow(c: Classified, i: number): number | null {
  const k = c.facts.findIndex((f, j) => j > i && c.decisions[j]!.role === 'byline' && f.byline?.rule === LETTER_SIGNATURE_RULE);
  return k >= 0 ? k : null;
}

const STATED_BY = /^by\b/i;
/** A line that only joins the names of a byline set one to a line: "By", "By —", ",", "and", "|". */
const BYLINE_CONNECTOR = /^(?:by|and|&|,|\|)? ?[—–-]?$/i;

/** Lines of a desk's place and stamp between its byline and the writer's. */
const MAX_DESK_DETAIL_LINES = 2;
/** A dateline's place alone, before the stamp on the next line: "New Delhi,". */
const PLACE_WITH_COMMA = /^\p{Lu}[\p{L}.'’ -]{1,30},$/u;

/** A label over credits that are not the writers': "Edited By", "Reviewed by:", "Photos by". */
const OTHER_CREDIT_LABEL = /^(?:edited|reviewed|fact[- ]checked|produced|photos?|photographs?|pictures|illustrations?|graphics?|video|design(?:ed)?) by:?$/i;
/** A writer's name and a credit after a comma: "Mara Ventimiglia, Reporter". */
const NAME_COMMA_CREDIT = /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+, \p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}$/u;
/** A writer's detail lines under the name, at most: a role, an outlet, a place. */
const MAX_CREDIT_DETAIL_LINES = 3;
const MAX_CREDIT_DETAIL_WORDS = 4;
/** A line of a few capitalised words naming no person: a role ("Health Reporter"), an outlet ("Taifa Media Group"), a place. */
function isCreditDetail(c: Classified, k: number): boolean {
  const f = c.facts[k]!;
  const text = c.units[k]!.text;
  if (f.dateOnly || f.source || f.features.endsSentence || f.features.words === 0 || f.features.words > MAX_CREDIT_DETAIL_WORDS) return false;
  if (f.features.boilerplate || (f.byline && authorsFrom(cleanByline(f.byline.text)).length > 0)) return false;
  return ROLE_LINE.test(text) || /^\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}$/u.test(text);
}

/**
 * The bylines that continue the chosen one, one name to a line with connectors between ("By" /
 * "Halima Osei" / "," / "Derek Vantongeren"), a page that prints each credit twice included.
 */
function bylinesRunningOn(c: Classified, i: number): number[] {
  const run: number[] = [];
  let lastCredit = i;
  let underDeskDetail = false;
  const deskOnly = authorsFrom(cleanByline(c.facts[i]!.byline!.text)).length === 0;
  let details = 0;
  for (let k = i + 1, last = i; k < c.units.length && k - last <= 2 + details; k++) {
    const text = c.units[k]!.text;
    // A desk's byline, its place and stamp, then the writer's ("India Today News Desk" / "New Delhi," / "UPDATED: ..." / "Written By: Name").
    if (k <= i + MAX_DESK_DETAIL_LINES && deskOnly && (c.facts[k]!.dateOnly || PLACE_WITH_COMMA.test(text))) {
      last = k;
      underDeskDetail = true;
      continue;
    }
    if (BYLINE_CONNECTOR.test(text)) continue;
    // The editors, photographers and the like credited under the writers are none of them ("Edited By" / "Paula Hendricks").
    if (OTHER_CREDIT_LABEL.test(text)) break;
    // Each writer's role and outlet on lines of their own, the next writer under them ("Wanjiru Kamau" /
    // "Health Reporter" / "Taifa Media Group" / "Otieno Odhiambo"): looked through.
    if (details < MAX_CREDIT_DETAIL_LINES && isCreditDetail(c, k)) {
      details++;
      continue;
    }
    if (c.decisions[k]!.role !== 'byline' || !c.facts[k]!.byline) break;
    // A byline right under another is its role or outlet ("Senior Film Reporter"), unless it prints
    // the same credit again, states a new one ("By — Luis Ferraro, Associated Press") or has the
    // same stated shape ("Kate Rangi, Reporter" / "Jared Tamihana, Nelson reporter", "Mara Ventimiglia, Reporter" /
    // "Brent Oakes, Photojournalist"; bare names in a row may be a results list).
    const credit = cleanByline(c.facts[k]!.byline!.text);
    const again = credit === cleanByline(c.facts[lastCredit]!.byline!.text);
    const sameShape =
      (c.facts[k]!.byline!.rule === c.facts[lastCredit]!.byline!.rule && c.facts[k]!.byline!.rule.name !== NAME_LINE_RULE.name) ||
      (NAME_COMMA_CREDIT.test(text) && NAME_COMMA_CREDIT.test(c.units[lastCredit]!.text));
    if (k - last === 1 && !again && !sameShape && !STATED_BY.test(text) && !underDeskDetail) break;
    if (!again) run.push(k);
    last = lastCredit = k;
    underDeskDetail = false;
    details = 0;
  }
  return run;
}

/** A byline line ending on a joining word or mark, the next name on the next line: "By Ana Lee &", "Tom Roe and". */
const TRAILING_JOIN = /(?:\s&|,|\sand)$/;
/** An agency after the names, with no separator or in brackets: "By Ana Lee and Tom Roe Associated Press", "Par Nathalie Orsini (avec AFP)". */
const TRAILING_AGENCY = new RegExp(`(?:^|\\s)(${AGENCY_ALTERNATION})\\)?(?=$|,? ?(?:Updated|Published|Posted)\\b)`);
/** An agency's name opening a longer credit: "Reuters Financial Wire (RFW", "dpa International (English service". */
const AGENCY_OPENING = new RegExp(`^(${AGENCY_ALTERNATION}) (?:[A-Z][a-z]+ ){1,2}\\(`);
const agencyOpening = (name: string) => agencyName(AGENCY_OPENING.exec(name)?.[1] ?? '');
/** An agency before the writer's role in a byline, in any case ("Tom Hale, PA Political Correspondent", "AP Business Writer", "PA SCOTLAND POLITICAL REPORTER"). */
const AGENCY_BEFORE_ROLE = new RegExp(`^(${AGENCY_ALTERNATION}) (?:[a-z]+ ){0,2}(?:correspondent|reporter|writer|editor|journalist)$`, 'i');
const agencyOfBylinePart = (part: string) => agencyName(part) ?? agencyName(AGENCY_BEFORE_ROLE.exec(part)?.[1] ?? '');
/** A name in straight or curly double quotes. */
const QUOTED_NAME = /^["“„](.{1,80})["”]$/;
/** The boilerplate rule of a publication's name and edition ("Agence France Presse -- English"). */
const EDITION_NAME_RULE = 'edition-name-line';
/** A Markdown link, its text kept: "[RNZ](https://www.rnz.co.nz/)". */
const MARKDOWN_LINK = /^\[([^\]]{1,80})\]\([^)\s]{1,300}\)$/;
/** How many units under the story an agency's copyright line may sit. */
const AGENCY_COPYRIGHT_REACH = 3;
/** A word in capitals after a paragraph's last sentence: an agency when the agency table knows it. */
const TRAILING_CAPITALS_AGENCY = /(?<=[.!?"”’]) ([A-Z]{2,10})$/;

/** Separators between the credits of a byline, in the languages of the date tables ("Staff writer, with CNA"). */
/** A blog's comment link at the end of its meta line: "... by Faith Nyambura / KNA 0 Comments". */
const COMMENT_LINK = /\s*(?:[—–-]\s*)?(?:\d{1,4} comments?|no comments|leave a (?:comment|reply))$/i;
const BYLINE_PARTS = /\s*[,;&/|·•]\s*(?:(?:and|with|avec|con|mit|und|com)\s+)?|\s+(?:and|with|avec|et|con|y|mit|und|e|com)\s+|\s*[()]\s*|\s+[—–]\s+/i;

/** A syndication note is a sentence or two, not a paragraph that mentions another outlet. */
const MAX_SYNDICATION_NOTE_WORDS = 40;

/** The end of a site's address: "accrapulse.com", "dawn.com.pk". */
const SITE_ADDRESS_END = /\.(?:com|net|org|co|info|news)(?:\.[a-z]{2})?$/i;

/** Lines from the top of a page that may hold its masthead. */
const MASTHEAD_REACH = 4;
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * "Source: citinewsroom" on Citi Newsroom's own page, "ECONOMYNEXT – Sri Lanka's central bank ...":
 * a site naming itself credits no source and gives no dateline. An agency always counts; any other
 * name counts unless it is the masthead near the top of the page. The credit's own line (`creditLine`)
 * is no masthead, though it may open the page ("The Independent" over a portal's "Story by ...").
 */
function namesTheSite(c: Classified, name: string, mastheadShape = /^\p{L}/u, creditLine = -1): boolean {
  if (agencyName(name)) return false;
  // "Source: accrapulse.com" under "Accra Pulse Online": the address and the masthead's first words name the site.
  // A desk's initials after a slash are no part of the name ("Merlion Daily/nr(ch)").
  const key = compact(name.replace(SITE_ADDRESS_END, '').replace(DESK_INITIALS_AFTER_SLASH, ''));
  if (key.length < 3) return false;
  // A menu entry ("* Kathmandu") is no masthead; "Al Janoub logo - Click here to go to the homepage" is one.
  if (c.units.slice(0, MASTHEAD_REACH).some((unit, k) => k !== creditLine && mastheadShape.test(unit.text) && (compact(unit.text) === key || (key.length >= 6 && compact(unit.text).startsWith(key))))) return true;
  // Nor is a name the page's own links are addressed to ("Merlion Daily" on a page of merliondaily.sg links).
  // (A rights line tells nothing here: a syndicated story carries its owner's, "©2025 KFF Health News. Distributed by ...".)
  return key.length >= MIN_HOST_KEY && siteHosts(c).get(key)! >= MIN_OWN_LINKS;
}
const DESK_INITIALS_AFTER_SLASH = /\/[\p{Ll}()]{1,12}$/u;
/** A name this long may be told by the page's web addresses; so many links to it make it the page's own site. */
const MIN_HOST_KEY = 6;
const MIN_OWN_LINKS = 3;
const LINK_HOST = /https?:\/\/(?:www\.)?([a-z\d-]{2,63})\./gi;
/** How many web addresses of the page go to each host, by the host's first label ("merliondaily" for www.merliondaily.sg); counted once a page. */
const hostsOfPage = new WeakMap<Classified, Map<string, number>>();
function siteHosts(c: Classified): Map<string, number> {
  const known = hostsOfPage.get(c);
  if (known) return known;
  const hosts = new Map<string, number>();
  hostsOfPage.set(c, hosts);
  // The lines as written: a Markdown unit's text has lost its links' addresses.
  for (const unit of c.units) {
    for (const line of unit.lines) {
      for (const [, host] of line.text.matchAll(LINK_HOST)) {
        const key = host!.toLowerCase().replace(/-/g, '');
        hosts.set(key, (hosts.get(key) ?? 0) + 1);
      }
    }
  }
  return hosts;
}
/** A Markdown link to an article's own address (a path after the host). */
const LINK_TO_ARTICLE = /\]\(https?:\/\/[^/\s)]+\/[^\s)]{8,}\)/;
/**
 * A clipper's note of where the page came from, "**Source:** [Jordan Daily Post](https://…/news/…)":
 * the name links to the article itself, so it is the site, not an agency the site credits.
 */
const namesTheClippedPage = (unit: Unit, name: string) => agencyName(name) === null && unit.lines.some((line) => LINK_TO_ARTICLE.test(line.text));

/** A name written in camel case ("EconomyNext"): a brand, never a place. */
const CAMEL_CASE_NAME = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** Sign-offs of an outlet's or editor's initials: an agency among them is the source, other initials are not. */
const INITIALS_SIGN_OFFS = new Set(['trailing-initials', 'trailing-dash-initials']);

/** Cut an agency sign-off glued to the last paragraph ("... stations. PTI AKV RHL"). */
function cutTrailingSignOff(body: string[]): { text: string; agency: string | null; rule: string } | null {
  const last = body[body.length - 1];
  if (!last) return null;
  for (const rule of TRAILING_SIGN_OFF_RULES) {
    const m = rule.pattern.exec(last);
    if (!m) continue;
    const rest = last.slice(0, m.index).trim();
    if (rest) body[body.length - 1] = rest;
    else body.pop();
    // Initials that are no agency ("... were ready. AS") and end marks are cut but credit no source.
    // Two letters in brackets are an editor's initials ("... the season. (SP)"), no agency the table lacks.
    const alias = m[2];
    const unknownCredits = !INITIALS_SIGN_OFFS.has(rule.name) && !(rule.name === 'trailing-bracketed-credit' && alias !== undefined && alias.length <= 2);
    return { text: m[1]!, agency: alias ? (agencyName(alias) ?? (unknownCredits ? alias : null)) : null, rule: rule.name };
  }
  return null;
}

export interface AssembleOptions {
  /** IANA zone for times the dump gives without one (--timezone). */
  timeZone?: string;
}

/** Input line numbers each field came from (--provenance). */
export interface Provenance {
  headline: number[];
  subheadline: number[];
  byline: number[];
  published: number[];
  updated: number[];
  dateline: number[];
  source: number[];
  body: number[][];
}

const linesOf = (unit: Unit) => unit.lines.map((l) => l.n);

/** One credit of a wire story's closing line that names its reporters or writers, not its editors nor who added reporting from elsewhere. */
const REPORTER_CREDIT = /^(?:with )?(?:reporting|writing) by (.{2,200})$/i;

/**
 * The reporters a wire story credits at its end, "(Reporting by Ana Ruiz in Dhaka and Ben Ode;
 * Writing by Carl Dunn; Editing by Dee Fox)": the story's authors when its byline names none
 * (no byline, or "By Reuters").
 */
function creditedReporters(c: Classified): string[] {
  for (let i = c.units.length - 1; i >= 0; i--) {
    if (c.facts[i]!.signOff?.name !== 'reporting-by') continue;
    const credits = c.units[i]!.text.replace(/^\(|\)$/g, '').split(';');
    return credits.flatMap((credit) => {
      const names = REPORTER_CREDIT.exec(credit.trim())?.[1];
      return names ? authorsFrom(cleanByline(names)) : [];
    });
  }
  return [];
}

/**
 * A front matter's author that is a person: not an agency, nor an outlet with its agency ("Le Courrier
 * du Midi avec AFP"), nor a desk or staff credit ("Staff Correspondent", "[[Scroll Staff]]").
 */
const isStatedPerson = (name: string) => agencyName(name) === null && !OUTLET_WITH_AGENCY.test(name) && !hasNonPersonWord(name);
const statedPeople = (frontMatter: FrontMatter | undefined) => Boolean(frontMatter?.authors?.some(isStatedPerson));

/** Warnings say what was missing and what was looked for. */
const MISSING = {
  headline: 'no headline found: no title-like line (2-30 words, not a menu entry, stamp, byline or caption) before the body',
  body: 'no body found: no run of prose paragraphs (long lines ending like sentences)',
  byline: 'no byline: no line near the headline matched the byline rules ("By ...", a desk, a name with a role, a name beside a stamp)',
  published: 'no publication date: no labelled stamp, no stamp line near the headline and no dated dateline',
} as const;
const PAGE_DATE_ONLY = 'publication date taken from the date atop the page (no stamp near the headline): it may be the day the page was copied';
const ADDRESS_DATE_ONLY = 'publication date taken from the date in the page\'s web address (no stamp on the page)';

/** Units from the top, and from the foot, where a copy may hold the page's web address. */
const ADDRESS_REACH = 3;
/** A web address with a date in its path: "https://www.example.com/2024/07/23/ferry-fares/". */
const ADDRESS_DATE = /^(?:https?:\/\/|www\.)\S*?\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/;

function dateInAddress(units: Unit[]): { iso: string; line: number } | null {
  // Atop the page (a shared link under its title) or at its foot (a print view's "Printed from").
  for (const unit of [...units.slice(0, ADDRESS_REACH), ...units.slice(Math.max(ADDRESS_REACH, units.length - ADDRESS_REACH))]) {
    const m = ADDRESS_DATE.exec(unit.text);
    if (m) return { iso: `${m[1]}-${m[2]}-${m[3]}`, line: unit.lines[0]!.n };
  }
  return null;
}

export function assemble(c: Classified, lines: Line[], options: AssembleOptions = {}): { fields: ArticleFields; trace: LineTrace[]; provenance: Provenance } {
  const { units, decisions } = c;
  const headlineIndex = c.titleIndex;
  const boilerplate = { header: [] as string[], footer: [] as string[], other: [] as string[] };
  const body: string[] = [];
  const provenance: Provenance = { headline: [], subheadline: [], byline: [], published: [], updated: [], dateline: [], source: [], body: [] };
  let headline: string | null = null;
  let subheadline: string | null = null;
  let byline: string | null = null;
  let dateline: Dateline | null = null;
  /** Reporters the lede's own opener names ("（中央社記者陳怡君台東14日電）"): the authors when no byline names any. */
  let ledeReporters: readonly string[] = [];
  /** The stamp a time-line dateline holds, to read its zone once zones are inferred. */
  let datelineStamp = -1;
  let source: SourceAttribution | null = null;
  const stamps: Array<DateStamp & { offsetMinutes: number | null }> = [];
  /** Stamps of a scraper's fetch or a clipping, by index in `stamps`. */
  const clippingStamps = new Set<number>();
  const candidates: Array<{ unitIndex: number; labelled: boolean; stampIndex: number }> = [];
  const trace: LineTrace[] = [];

  const bylineIndex = chooseByline(c, headlineIndex);
  // Readers' comments are dated too ("Posted by: Marcy at August 24, 2004 12:11 AM"): none of their stamps is the article's.
  const commentsStart = c.bodyEnd < 0 ? units.length : c.facts.findIndex((f, i) => i > c.bodyEnd && f.features.boilerplate?.name === 'comments-header');
  const position = (i: number): 'header' | 'footer' | 'other' => (c.bodyStart < 0 || i < c.bodyStart ? 'header' : i > c.bodyEnd ? 'footer' : 'other');
  // A loop, not push(...lines): a unit may hold hundreds of thousands of lines.
  const keep = (i: number, unit: Unit) => {
    const list = boilerplate[position(i)];
    for (const line of unit.lines) list.push(line.text);
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const facts = c.facts[i]!;
    let { role, rule } = decisions[i]!;
    const firstStamp = stamps.length;
    for (const [k, date] of facts.dates.entries()) {
      const { role: stampRole, labelled, clipping } = commentsStart >= 0 && i > commentsStart ? { role: 'other' as DateRole, labelled: false } : dateRole(unit.text, facts.dates, k, i, c, headlineIndex);
      candidates.push({ unitIndex: i, labelled, stampIndex: stamps.length });
      if (clipping) clippingStamps.add(stamps.length);
      stamps.push({ role: stampRole, text: date.text, iso: date.iso, precision: date.precision, zone: date.zone, line: lineAt(unit, date.start), offsetMinutes: date.offsetMinutes });
    }
    if (role === 'headline' && headline === null) {
      headline = titleWithoutSite(withoutHostSuffix(splitSiteName(unit.text.replace(WRAPPING_EMPHASIS, '$2').replace(MEDIA_NOTE_AFTER_TITLE, '')), units), units);
      provenance.headline = linesOf(unit);
      // "Headline | Site": the field drops the site, so the line itself is kept too.
      if (headline !== unit.text) keep(i, unit);
    } else if (role === 'subheadline' && subheadline === null) {
      subheadline = unit.text;
      provenance.subheadline = linesOf(unit);
    } else if (role === 'byline' && facts.byline) {
      // A byline line carries labels and stamps besides the names: kept verbatim, the field cleaned.
      if (i === bylineIndex) {
        // An issuer ("From:" / "Department for Rural Affairs") is a name as it stands; the cleaners are for people.
        byline = facts.byline.rule === ISSUER_LABEL_RULE ? facts.byline.text : cleanByline(facts.byline.text);
        provenance.byline = linesOf(unit);
        for (const k of bylinesRunningOn(c, i)) {
          const more = cleanByline(c.facts[k]!.byline!.text);
          // Joined as people ("A, Reporter and B, Nelson reporter"): each brings its own credits.
          // A line that ends on its own joining word ("A &" / "B") needs none added.
          if (more && !byline.split(' and ').includes(more)) byline = TRAILING_JOIN.test(byline) ? `${byline} ${more}` : `${byline} and ${more}`;
          provenance.byline.push(...linesOf(units[k]!));
        }
      }
      keep(i, unit);
    } else if (role === 'dateline' && dateline === null) {
      // A dateline on its own line ("Hyderabad:", or "Atlanta" over "CNN" and "—") is all location, its field's label aside ("DATELINE: DENVER").
      // The lede under it holds the place as the page step read it ("POKHARA, JUNE 8" is POKHARA, "Lisbon, Portugal CNN —" Lisbon, Portugal, "CNN" / "—" none).
      const lede = rule === 'split-dateline' ? c.facts.slice(i + 1, i + 1 + MAX_LINES_OVER_SPLIT_LEDE).find((f) => f.wireDateline?.rule === 'split-dateline') : undefined;
      dateline = { text: unit.text, location: rule === 'split-dateline' ? (lede ? lede.wireDateline!.location : unit.text.replace(DATELINE_FIELD_LABEL, '').replace(/ ?(?::|—|–|-{1,2})$/, '')) : null, date: null };
      datelineStamp = facts.dates.length ? firstStamp : -1;
      provenance.dateline = linesOf(unit);
      // "ANKARA – Reuters" alone on its line credits the agency it names (CNN's "CNN" / "—" under the place does not).
      const agency = lede?.wireDateline?.agency;
      if (agency && source === null && lede.wireDateline!.agencyText === unit.text) {
        source = { text: unit.text, name: agency };
        provenance.source = linesOf(unit);
      }
    } else if (role === 'source' && source === null && facts.source && !namesTheSite(c, facts.source.name, undefined, i) && !namesTheClippedPage(unit, facts.source.name) && !COMPANY_NAME.test(facts.source.name)) {
      // A name in quotes ("Source: \"Aktuaalne kaamera\"") is named without them.
      const name = facts.source.name.replace(QUOTED_NAME, '$1');
      source = { text: unit.text, name: agencyByFullName(name) ?? agencyOpening(name) ?? name };
      provenance.source = linesOf(unit);
    } else if (role === 'body') {
      let text = unit.text;
      // A transcript's first speaker ("LYLE PETTIBONE: ...") is no place.
      const wire: DatelineMatch | null = body.length === 0 && dateline === null && !facts.opensTranscript ? (facts.wireDateline ?? matchDateline(text, true)) : null;
      // "ECONOMYNEXT –" under an "EconomyNext" masthead; a city ("PUNE" under an edition menu's "Pune") stays a dateline.
      if (wire && !(wire.location && namesTheSite(c, wire.location, CAMEL_CASE_NAME))) {
        dateline = { text: wire.text, location: wire.location, date: findDates(wire.text)[0]?.iso ?? null };
        provenance.dateline = [unit.lines[0]!.n];
        ledeReporters = wire.reporters ?? [];
        if (wire.agency && source === null) {
          // The agency's brackets are the last ones: "Srinagar (Jammu and Kashmir) [India], March 3 (ANI):".
          source = { text: wire.agencyText ?? wire.text.match(/\([^()]{1,60}\)|\/[^/]{1,60}\//g)?.at(-1) ?? wire.agency, name: wire.agency };
          provenance.source = [unit.lines[0]!.n];
        }
        if (isFeedFieldDateline(wire)) text = text.slice(text.indexOf(wire.text) + wire.text.length).trim();
        rule = `${rule}+${wire.rule}`;
      }
      if (text) {
        body.push(text);
        provenance.body.push(linesOf(unit));
      }
    } else {
      if (role === 'headline' || role === 'subheadline' || role === 'byline' || role === 'dateline' || role === 'source') role = position(i) === 'other' ? 'other' : position(i);
      keep(i, unit);
    }
    for (const line of unit.lines) trace.push({ line: line.n, text: line.text, role, rule });
  }

  const signOff = cutTrailingSignOff(body);
  if (signOff) {
    boilerplate.footer.unshift(signOff.text);
    if (!source && signOff.agency) {
      source = { text: signOff.text, name: signOff.agency };
      provenance.source = provenance.body.at(-1)?.slice(-1) ?? [];
    }
    if (body.length < provenance.body.length) provenance.body.pop();
    const last = trace.findLast((t) => t.role === 'body');
    if (last) last.rule = `${last.rule}+${signOff.rule}`;
  }
  // An agency in capitals after the last sentence ("... by 2028. REUTERS", as Singapore's papers
  // print it): the story's source. The corpora keep the word in the body, so it stays there.
  const bareAgency = body.length && !source ? TRAILING_CAPITALS_AGENCY.exec(body[body.length - 1]!)?.[1] : undefined;
  if (bareAgency && agencyName(bareAgency)) {
    source = { text: bareAgency, name: agencyName(bareAgency)! };
    provenance.source = provenance.body.at(-1)?.slice(-1) ?? [];
  }
  // A database export's publication line names an agency ("Agence France Presse -- English"): the agency's copy.
  for (let i = 0; !source && i < Math.max(0, c.bodyStart); i++) {
    if (c.facts[i]!.features.boilerplate?.name !== EDITION_NAME_RULE) continue;
    const name = agencyName(units[i]!.text.split(' -- ')[0]!);
    if (name) {
      source = { text: units[i]!.text, name };
      provenance.source = linesOf(units[i]!);
    }
  }
  // "©2024 Thomson Reuters." right under the story: the agency's copy.
  for (let i = c.bodyEnd + 1; !source && c.bodyEnd >= 0 && i < Math.min(units.length, c.bodyEnd + 1 + AGENCY_COPYRIGHT_REACH); i++) {
    const holder = AGENCY_COPYRIGHT.exec(units[i]!.text)?.[1];
    const name = holder ? agencyName(holder) : null;
    // A broadcaster that also syndicates ("Copyright © 2025, Radio New Zealand") on its own site, its name the masthead ("RNZ"), credits nobody else.
    if (name && !c.units.slice(0, MASTHEAD_REACH).some((unit) => agencyName(unit.text.replace(MARKDOWN_LINK, '$1')) === name)) {
      source = { text: units[i]!.text, name };
      provenance.source = linesOf(units[i]!);
    }
  }
  // "This article was originally published by The Motley Fool.": the corpora keep such a note in
  // the body, and it names the story's source all the same.
  for (let i = 0; i < units.length && !source; i++) {
    if (c.facts[i]!.features.words > MAX_SYNDICATION_NOTE_WORDS) continue;
    const name = SYNDICATION_NOTE_RULE.pattern.exec(units[i]!.text)?.[1]?.trim().replace(/\.$/, '').replace(LEADING_THE, '');
    if (name && !namesTheSite(c, name)) {
      source = { text: units[i]!.text, name: agencyName(name) ?? name };
      provenance.source = linesOf(units[i]!);
    }
  }
  // A Markdown dump's front matter states its fields outright: they win over what the text suggests.
  const frontMatter = units[0]?.frontMatter;
  if (frontMatter) {
    const where = linesOf(units[0]!);
    if (frontMatter.title) [headline, provenance.headline] = [headingOpeningTitle(splitSiteName(titleWithoutSite(withoutHostSuffix(frontMatter.title, units), units)), units), where];
    if (frontMatter.subtitle && subheadline === null) [subheadline, provenance.subheadline] = [frontMatter.subtitle, where];
    // An agency alone ("author: Reuters") names no person: the page's own byline or credits may.
    if (statedPeople(frontMatter)) [byline, provenance.byline] = [frontMatter.authors!.join(', '), where];
  }
  // "By AFP", "Staff and agencies with Reuters", "Par Le Quotidien avec AFP": an agency credited in the
  // byline, or in a part of its line ("Dana Thibodeau · The Canadian Press · Posted: ...").
  const bylineText = bylineIndex >= 0 ? c.facts[bylineIndex]!.byline?.text : undefined;
  if (!source && byline && bylineText) {
    const trailing = TRAILING_AGENCY.exec(bylineText)?.[1];
    const lineParts = units[bylineIndex]!.text.replace(COMMENT_LINK, '').split(BYLINE_PARTS);
    // The writer's post on the line under the name names the agency too ("Hannah Corby" / "PA Personal Finance Correspondent").
    const roleUnder = bylineIndex + 1 < units.length && ROLE_LINE.test(units[bylineIndex + 1]!.text) ? [units[bylineIndex + 1]!.text] : [];
    const agency = [...byline.split(BYLINE_PARTS), ...(trailing ? [trailing] : []), ...lineParts, ...roleUnder].map(agencyOfBylinePart).find((name) => name !== null);
    if (agency) {
      source = { text: bylineText, name: agency };
      provenance.source = provenance.byline;
    }
  }
  // A header's UTC stamp gives way to the page's own stamp of the same moment; the UTC one is another clock.
  for (const [i, stamp] of stamps.entries()) {
    if (stamp.role === 'published' && stamp.zone === 'stated' && pageTwinOfUtc(stamp, stamps)) {
      stamp.role = 'other';
      clippingStamps.add(i);
    }
  }
  inferZones(stamps, clippingStamps, options.timeZone);
  if (dateline && datelineStamp >= 0) dateline.date = stamps[datelineStamp]!.iso;

  // Of several stamps in a role, a labelled one ("Published: ...") wins, then a day-precise one,
  // then the one nearest the headline, and of two as near, the one under it (the line above is
  // often the page's own date); a date-only winner gives way to a stamp of the same day with its time.
  const best = (r: DateRole) => {
    const dayOrFiner = (k: { stampIndex: number }) => !['year', 'month'].includes(stamps[k.stampIndex]!.precision);
    const distance = (k: { unitIndex: number }) => (headlineIndex < 0 ? 0 : Math.abs(k.unitIndex - headlineIndex));
    const inRole = candidates.filter((k) => stamps[k.stampIndex]!.role === r);
    // Stamps far from the headline belong to other stories on the page, unless there is nothing else.
    const near = inRole.filter((k) => distance(k) <= 3 * NEAR_HEADLINE);
    const ranked = (near.length ? near : inRole).sort(
      (a, b) => Number(b.labelled) - Number(a.labelled) || Number(dayOrFiner(b)) - Number(dayOrFiner(a)) || distance(a) - distance(b) || Number(b.unitIndex > headlineIndex) - Number(a.unitIndex > headlineIndex),
    );
    const top = ranked[0] ? stamps[ranked[0].stampIndex]! : null;
    // The same day with its time, stated as well ("published 16/11/2024" in a banner, "Posted: 4:00 AM CST
    // Saturday, Nov. 16, 2024" under the title): the time is worth keeping.
    const timed = top?.precision === 'day' ? ranked.map((k) => stamps[k.stampIndex]!).find((t) => t.iso.slice(0, 10) === top.iso && t.precision !== 'day') : undefined;
    return timed ?? top;
  };
  const stated = (text: string | undefined, role: DateRole) => {
    const found = text ? findDates(text)[0] : undefined;
    if (!found) return null;
    const line = units[0]!.lines.find((l) => l.text.includes(text!))?.n ?? units[0]!.lines[0]!.n;
    return { role, text: found.text, iso: found.iso, precision: found.precision, zone: found.zone, offsetMinutes: found.offsetMinutes, line };
  };
  // A clipper's front matter gives the page's clock time without its zone ("date_published: 2025-02-01
  // 08:30:00"); the page's own stamp of the same minute may state it ("Feb 1, 2025 8:30 AM JST").
  // A field with the day alone ("published: 2025-06-21") yields to the page's own publication stamp of that day with its clock,
  // and a field on UTC's clock to the page's stamp of the same moment (pageTwinOfUtc).
  const withZone = <T extends { iso: string; zone: string; offsetMinutes: number | null }>(stamp: T | null): T | DateStamp | null => {
    if (!stamp) return stamp;
    const twin = pageTwinOfUtc(stamp, stamps);
    if (twin) return twin;
    if (stamp.zone === 'stated') return stamp;
    if (stamp.iso.length >= 16) return stamps.find((s) => s.zone === 'stated' && s.iso.slice(0, 16) === stamp.iso.slice(0, 16)) ?? stamp;
    return stamps.find((s) => s.role === 'published' && s.precision !== 'day' && s.iso.slice(0, 10) === stamp.iso) ?? stamp;
  };
  const publishedStamp = withZone(stated(frontMatter?.date, 'published')) ?? best('published');
  // A front matter's update time with no publication date beside it is the note app's own ("created:" / "updated:", as Joplin writes them), not the page's.
  const updatedStamp = stated(frontMatter?.date ? frontMatter.updated : undefined, 'updated') ?? best('updated');
  // Without a publication stamp, the dateline's date, else the update stamp, is the best evidence;
  // failing all three, the date atop the page (a weekly's masthead, or the day the page was copied).
  // An archive's "Issue date: Thursday, June 12, 1975" dates the story when the page gives nothing better.
  const printStamp = publishedStamp || dateline?.date || updatedStamp ? null : best('print');
  const pageStamp = publishedStamp || dateline?.date || updatedStamp || printStamp ? null : best('page');
  // Then the date in the page's own web address ("https://…/2024/07/23/auckland-ferry-fares…").
  const addressDate = publishedStamp || dateline?.date || updatedStamp || printStamp || pageStamp ? null : dateInAddress(units);
  // Last, a stamp line right under the body, as blog platforms date a post below it ("Mar 11, 2025 · 42 notes").
  const footStamp = publishedStamp || dateline?.date || updatedStamp || printStamp || pageStamp || addressDate ? null : stampUnderBody(c, candidates, stamps, commentsStart);
  const statedDate = publishedStamp?.iso ?? dateline?.date ?? updatedStamp?.iso ?? printStamp?.iso ?? pageStamp?.iso ?? addressDate?.iso ?? footStamp?.iso ?? null;
  // A day stated in one place and its clock in another: a blog's date header over "Posted by Ana Ruiz at 10:32 AM".
  const clock = statedDate && DAY_ONLY.test(statedDate) ? clockOfTheDay(c, bylineIndex, headlineIndex) : null;
  const published = statedDate && clock ? atClock(statedDate, clock) : statedDate;
  // An "Updated" stamp is reported as such even when it also stands in for the publication date.
  const updated = updatedStamp?.iso ?? null;
  provenance.published = publishedStamp ? [publishedStamp.line] : dateline?.date ? provenance.dateline : updatedStamp ? [updatedStamp.line] : printStamp ? [printStamp.line] : pageStamp ? [pageStamp.line] : addressDate ? [addressDate.line] : footStamp ? [footStamp.line] : [];
  if (clock) provenance.published = [...provenance.published, clock.line];
  provenance.updated = updatedStamp ? [updatedStamp.line] : [];

  const warnings: string[] = [];
  if (pageStamp) warnings.push(PAGE_DATE_ONLY);
  if (addressDate) warnings.push(ADDRESS_DATE_ONLY);
  if (headline === null) warnings.push(MISSING.headline);
  if (!body.length) warnings.push(MISSING.body);
  if (byline === null) warnings.push(MISSING.byline);
  if (published === null) warnings.push(MISSING.published);
  // A byline that only names the wire the story came through ("Globe PRWire" over "/Globe PRWire/ --") credits no person.
  const namesTheWire = (name: string) => source !== null && name.toLowerCase() === source.name.toLowerCase();
  // "By Priya Natarajan, New Delhi" over "New Delhi: The Union government ...": the place the writer files from.
  const namesTheDateline = (name: string) => dateline?.location?.toLowerCase() === name.toLowerCase();
  const bylineAuthors = byline && bylineIndex >= 0 && c.facts[bylineIndex]!.byline?.rule !== ISSUER_LABEL_RULE ? authorsFrom(byline).filter((name) => !namesTheWire(name) && !namesTheDateline(name)) : [];
  const fields: ArticleFields = {
    headline,
    subheadline,
    byline,
    // An agency in the author field ("author: Associated Press") is the source, not a person.
    authors: statedPeople(frontMatter) ? frontMatter!.authors!.filter(isStatedPerson) : bylineAuthors.length ? bylineAuthors : ledeReporters.length ? [...ledeReporters] : creditedReporters(c),
    published,
    updated,
    dates: stamps.map(({ offsetMinutes: _omit, ...stamp }) => stamp),
    dateline,
    source,
    body,
    boilerplate,
    stats: {
      // The empty string after a final newline is not a line of the dump.
      lines: lines.length - (lines.at(-1)?.text === '' ? 1 : 0),
      paragraphs: body.length,
      words: body.reduce((n, p) => n + countWords(p), 0),
    },
    warnings,
  };
  // In line order: a paragraph a page break cut holds lines on both sides of the page's furniture.
  trace.sort((a, b) => a.line - b.line);
  return { fields, trace, provenance };
}

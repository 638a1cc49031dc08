import { RULE_LINE, type Unit } from '../segment/index.js';
import { comparable, countWords } from './features.js';
import { isPersonNameLine, ROLE_LINE, ROLE_LINE_ELSEWHERE } from './names.js';
import { KEEP_RULES } from '../rules/boilerplate.js';
import { agencyName } from '../rules/wire.js';
import { TRAILING_OUTLET } from '../rules/byline.js';
import { datelinePlacesOf, isShareButton, keyOf, opensWithDate, type UnitFacts } from './facts.js';

export interface HeadlineChoice {
  index: number;
  rule: string;
  /** Other units that repeat the headline (captions, page titles). */
  duplicates: Set<number>;
}

/** The label of an export's title field, in capitals or not (not "Subtitle:" or "Title IX"; a newsroom system's "HEAD:" in capitals only). */
export const TITLE_FIELD_LABEL = /^(?:HEADLINE|Headline|headline|HEAD|TITLE|Title|title)\s?:\s{0,20}/u;
/** A title in such a field. */
const LABELLED_TITLE = new RegExp(`${TITLE_FIELD_LABEL.source}\\p{L}`, 'u');

/** How far before the body a headline may sit, in units. */
const LOOKBACK = 40;
/**
 * When nothing in that reach sits above a byline or stamp, the search goes on this much further,
 * not counting lines of menu runs: a widget (a brand picker, a tag list) may part header and body.
 */
const FAR_LOOKBACK = 40;
/** Lines a header cluster spans above its lowest title-like line ("Title / By ... / Dek / Date"). */
const HEADER_SPAN = 3;
/** Separators between a headline and the site name in page titles: "Headline | Site". */
export const TITLE_SITE_SEPARATOR = / (?:\||-|–|—|::|»|·) /;

/** Lines longer than this are never a repeated title. */
const MAX_TITLE_CHARS = 300;
/** Nor lines of more words than a title (30) and a site name after it. */
const MAX_REPEAT_WORDS = 40;

/** Repeats of a title sit near the top of the page or near the article: only there are they looked for. */
const TITLE_SCAN_TOP = 2000;
const TITLE_SCAN_AROUND_BODY = 200;

/**
 * Where each short line's text recurs: its comparable form, and for "Headline | Site" lines also
 * the head, both map to the units that carry them. Built once per dump, so finding a candidate's
 * duplicates is a lookup rather than a scan; bounded, so a huge dump costs no more than a page.
 */
function titleIndex(units: Unit[], facts: UnitFacts[], bodyStart: number): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    if (!key) return;
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  const inScope = (i: number) => i < TITLE_SCAN_TOP || Math.abs(i - bodyStart) <= TITLE_SCAN_AROUND_BODY;
  for (const u of units) {
    // A breadcrumb may end in the title ("You are in: ANSA English > News > Title").
    if (facts[u.index]!.features.boilerplate?.name === 'breadcrumb' && inScope(u.index)) add(comparable(u.text.split(BREADCRUMB_STEP).at(-1)!), u.index);
    // A repeat of a title, alone or as "Title | Site", is about as long as a title: prose is left out.
    if (u.text.length > MAX_TITLE_CHARS || facts[u.index]!.features.words > MAX_REPEAT_WORDS || !inScope(u.index)) continue;
    add(keyOf(u, facts[u.index]!), u.index);
    const head = u.text.split(TITLE_SITE_SEPARATOR)[0]!;
    if (head !== u.text) add(comparable(head), u.index);
  }
  return index;
}

/** Units other than `index` that repeat its text, alone or as "text | Site". */
function duplicatesOf(titles: Map<string, number[]>, units: Unit[], facts: UnitFacts[], index: number): Set<number> {
  const key = keyOf(units[index]!, facts[index]!);
  return new Set((titles.get(key) ?? []).filter((i) => i !== index));
}

/** Weekday, month, numbers and day-time words: a date without a year, not a title. */
const DATE_WORD = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|yesterday|[ap]m?|m|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,4}(?:st|nd|rd|th)?)$/i;
const isDateWordsOnly = (text: string) => {
  const tokens = text.split(/[\s,./:-]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => DATE_WORD.test(t));
};

/** A letterhead's street address: "2200 Lakeview Parkway, Glenhaven, WA 98399", "40 Scotts Crescent, Singapore 228999". */
const STREET_ADDRESS = /^\d{1,6}[A-Za-z]? (?:\p{Lu}[\p{L}'’.-]* ){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Parkway|Pkwy|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Crescent|Highway|Hwy|Square|Plaza|Terrace)\.?, /u;
/** A sponsor's line over a report: "IndyCar Race Report presented by Prairie Tire & Auto". */
const SPONSOR_LINE = /^[^.!?]{2,60} (?:presented|sponsored|powered) by \p{Lu}[^.!?]{1,60}$/u;
/** A mail header's sender or recipient: "Mere Kingi <mere.kingi77@gmail.com>". */
const MAIL_ADDRESS_IN_BRACKETS = /<[^<>@\s]{1,64}@[^<>\s]{1,255}>/;
/** Lines that introduce metadata, never a title; a gallery's "Photos: ..." title is not one of them. */
const METADATA_LEAD = /^(?:(?:by|posted|published|updated|written|filed) |publicad[oa] por |last updated\b|(?:by|posted|published|updated) ?:?$|(?:authors?|media contact|press contact)s? ?: |about: .{1,80}\([A-Z.]{1,6}\)$|(?:reported|edited|written|compiled|published|updated|posted|uploaded|curated|reviewed|fact[- ]checked|medically reviewed) (?:by|on|at) ?:?(?:$| [A-Z])|(?:photo|image|source|credit)s? ?[:|,]|(?:media |press )?contacts? ?: |(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?) by [A-Z]|(?:news )?provided by$|authors?(?: of the (?:article|story|post))? ?:$|this (?:content|article|story) was (?:first )?(?:published|updated))/i;
/** Menu and rubric separators: " | ", " » ", or the runs of spaces left by a row of links ("POLITICS  Congress  Associated Press"). */
const MENU_SEPARATOR = / [|•·»›>/] |\S {2,}(?=\S)/g;
/** A name after a sentence's stop, ending the line: a caption's credit (". WAM"). */
const CREDIT_AFTER_SENTENCE = /[.!?] (\p{Lu}[\p{L}-]{1,20})$/u;
/** A role glued to the outlet by middle dots: "Multimedia journalist·Hawke's Bay Today·". */
const ROLE_AND_OUTLET_DOTTED = /^(?:[\p{L}'’-]+ ){0,3}(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Pp]roducer|[Cc]olumnist) ?·/u;
/** A caption's credit in brackets glued to its last sentence: "The Sedgwick County Courthouse in downtown Wichita.(KSNQ)". */
const BRACKETED_CREDIT_AFTER_SENTENCE = /[.!?] ?\(\p{Lu}[\p{Lu}\d&/ -]{1,20}\)$/u;
/** A site's section path set apart as a field: "SOLOMON ISLANDS HERALD -- news/national -- text export". */
const SITE_PATH_FIELD = / (?:--|[|–—-]) [\p{Ll}\d-]{1,30}(?:\/[\p{Ll}\d-]{1,30}){1,4} (?:--|[|–—-]) /u;
export const isMetadataLead = (text: string) => METADATA_LEAD.test(text) && !KEEP_RULES.some((rule) => rule.pattern.test(text));

/**
 * Short enough for a title of two full sentences in sentence case ("A village bet on lithium. Now
 * it counts the cost."); teasers run longer, and widgets end without a stop ("... is set to Kempsey. Change").
 */
const MAX_TWO_SENTENCE_TITLE_WORDS = 18;
const LAST_SENTENCE_OF_THREE_WORDS = /[.!?]["”’]? [^.!?\s]+(?: [^.!?\s]+){2,}$/;

const MAX_TITLE_COMMAS = 3;
const MAX_TITLE_WORDS = 30;
/**
 * A long line read as a tabloid's title: no full stop inside or at its end, no caption's credit in
 * brackets or glued to its last sentence ("... until 2028.Jordan Pike/The Globe").
 */
const readsAsLongTitle = (text: string) => !/[.…)]["”’]?$/.test(text) && !/\p{Ll}\.["”’]? ?\p{Lu}/u.test(text);
const MAX_TABLOID_TITLE_WORDS = 45;

/** Columns or separators between a running head's parts. */
const RUNNING_HEAD_GAP = / {3,}| [|◆•] /;
/**
 * A page number and the paper's name in capitals around the date, or the name in capitals then the date ("THE SAHEL
 * TIMES, THURSDAY, JANUARY 30, 2025", "THE EASTERN TRIBUNE, Monday, July 17, 2023"): a PDF or e-paper page's running
 * head; or the name in capitals, the section and the issue's day, as papers' early web editions headed each page
 * ("DAWN - World; March 03, 2004").
 */
export const PRINT_RUNNING_HEAD = /^(?:\d{1,3} {1,4}\p{Lu}[\p{Lu} .&'’-]{3,40} {1,4}\S.{4,40}|.{6,40} {1,4}\p{Lu}[\p{Lu} .&'’-]{3,40} {1,4}\d{1,3}|\p{Lu}[\p{Lu} .&'’-]{3,40}, [\p{L}\d ,.]{8,40}|\p{Lu}[\p{Lu}.&'’]{1,20}(?: \p{Lu}[\p{Lu}.&'’]{1,20}){0,3} [-–] \p{Lu}[\p{L}&-]{1,20}(?: [\p{L}&-]{1,20}){0,2}; [\p{L}\d ,.]{8,40})$/u;

/** The line ends on a date with its time: a stamp or meta line, never a title. */
const endsOnClockedDate = (unit: Unit, f: UnitFacts) => f.dates.some((d) => d.end === unit.text.length && (d.precision === 'minute' || d.precision === 'second'));

/** A label before a colon ("Updated:", "Breaking:") runs to a few words; longer, the line introduces a quote or a list. */
const MAX_LABEL_WORDS_BEFORE_COLON = 3;
function headlineLike(unit: Unit, f: UnitFacts): boolean {
  const w = f.features.words;
  if (w < 2 || unit.text.length > MAX_TITLE_CHARS) return false;
  // Tabloids write titles of up to 45 words; a line that long ending on its full stop (or a
  // caption's credit in brackets) is prose.
  if (w > MAX_TITLE_WORDS && (w > MAX_TABLOID_TITLE_WORDS || !readsAsLongTitle(unit.text))) return false;
  if (f.features.boilerplate || f.features.teaser || f.captionAboveCredit || f.byline || f.dateOnly || f.source || f.signOff || f.stampDateline) return false;
  // Titles start with a capital, a quote, a digit or a currency sign; scripts without case (CJK, Arabic, Bengali) with any letter.
  if (!/[\p{Lu}\p{Lo}]/u.test(unit.text.slice(0, 3)) && !/^["“‘'\d£$€¥₹]/.test(unit.text)) return false;
  // "— Dr Anjali Rao, Director of Learning": a quote's attribution, not a title.
  if (/^[—–-] /.test(unit.text)) return false;
  // Nor is a bulleted line, an entry of a list ("* Diary: the week ahead" in a newsletter's contents).
  if (/^[*•▪■►] /.test(unit.text)) return false;
  // Nor is a sentence that introduces what follows ("Article text since it's paywalled:").
  if (w > MAX_LABEL_WORDS_BEFORE_COLON && unit.text.endsWith(':')) return false;
  // A line that opens with a date is a stamp line ("21/06/2014 Ravi Menon News"), not a title; nor
  // is a day set among columns or separators, a print page's running head ("THE NORTHERN STANDARD
  // Saturday 21 June 2025        17 NEWS").
  if (f.dates[0]?.start === 0) return false;
  // Nor is a line that ends on a date and time, a press room's meta line ("Press Releases PLENARY SESSION ENVI 18-03-2025 - 13:05").
  if (endsOnClockedDate(unit, f)) return false;
  if (f.dates.some((d) => d.precision !== 'year' && d.precision !== 'month') && (RUNNING_HEAD_GAP.test(unit.text) || PRINT_RUNNING_HEAD.test(unit.text))) return false;
  // Two sentences past title length, or a social handle: a teaser or an author line, not a title. A one-word lead
  // ("Ombudsman. Prison hunger strike ...") names the source of the claim and stays a title, and
  // so do sentences in Title Case ("A Judge Closed the Courts. The Neighbors Are Thrilled.").
  // Titles of two sentences: short ones with a full stop, or ones without the final stop ("... duplex law. It's not going well").
  // A widget's second "sentence" is a button ("... is set to Kempsey. Change"); a title's has words of its own.
  const shortSentences = w <= MAX_TWO_SENTENCE_TITLE_WORDS ? /[.!?]["”’]?$/.test(unit.text) || LAST_SENTENCE_OF_THREE_WORDS.test(unit.text) : w <= MAX_TWO_SENTENCE_TITLE_WORDS + 10 && !/[.!?…]["”’]?$/.test(unit.text);
  if ((/\s\S*\p{Ll}{3}[.!?] \p{Lu}\p{Ll}/u.test(unit.text.slice(0, -1)) && !f.features.capitalised && !shortSentences) || /(?:^|\s)@\w/.test(unit.text)) return false;
  // A list (line-ups, scorers, tags) has many commas or semicolons; a title seldom more than three.
  if ((unit.text.match(/[,;]/g)?.length ?? 0) > MAX_TITLE_COMMAS) return false;
  // "Home | World | Europe": a menu or breadcrumb ("Headline | Site" has one separator).
  if ((unit.text.match(MENU_SEPARATOR)?.length ?? 0) >= 2 || SITE_PATH_FIELD.test(unit.text)) return false;
  // "A view of Kalba corniche in the eastern region of Sharjah. WAM": a caption credited to an agency.
  const creditAtEnd = CREDIT_AFTER_SENTENCE.exec(unit.text);
  if ((creditAtEnd && agencyName(creditAtEnd[1]!)) || BRACKETED_CREDIT_AFTER_SENTENCE.test(unit.text)) return false;
  // "Multimedia journalist·Hawke's Bay Today·": a writer's role and outlet run together, under the byline.
  if (ROLE_AND_OUTLET_DOTTED.test(unit.text)) return false;
  // "ANI Others": an agency and the desk's label for its copy, where a byline would be.
  if (f.features.words === 2 && agencyName(unit.text.slice(0, unit.text.indexOf(' ')))) return false;
  if (isDateWordsOnly(unit.text) || isMetadataLead(unit.text) || AGENCY_MASTHEAD.test(unit.text) || INSTITUTION_IN_CAPITALS.test(unit.text) || (GOVERNMENT_BODY.test(unit.text) && isInstitutionName(unit.text)) || STREET_ADDRESS.test(unit.text) || SPONSOR_LINE.test(unit.text) || MAIL_ADDRESS_IN_BRACKETS.test(unit.text) || (isPersonNameLine(unit.text) && unit.text !== unit.text.toUpperCase())) return false;
  return unit.kind === 'text' || unit.kind === 'heading';
}

/** A news ticker's label: "Breaking", "Latest", "Just in". */
const TICKER_LABEL = /^(?:breaking(?: news)?|latest(?: news)?|just in|developing)\W{0,3}$/i;
/** A ticker's label on its own, not an entry of the menu around it ("Search" / "National" / "Breaking News"). */
const isTickerLabel = (units: Unit[], facts: UnitFacts[], k: number) => TICKER_LABEL.test(units[k]!.text) && !isInMenuRun(facts, k);
/** A player's label or running time over its clip's title: "Video", "Audio", "Bildergalerie", "1:32". */
const MEDIA_LABEL = /^(?:videos?|audio|podcast|watch(?: now| live| video)?|play video|galerie|bildergalerie|fotostrecke|vidéo|vídeo|\d{1,2}:\d{2}(?::\d{2})?)\W{0,3}$/i;
/** A clip's running time glued to its title: "... too high 2:47". */
const GLUED_DURATION = / \d{1,2}:\d{2}$/;
/** A video player's title under its label, its running time glued on ("Watch Now" / "Warren family says ... 2:47"). */
const isPlayerTitle = (units: Unit[], i: number) => i > 0 && MEDIA_LABEL.test(units[i - 1]!.text) && GLUED_DURATION.test(units[i]!.text);

/** Headline evidence and its weight, as a table. */
export const HEADLINE_WEIGHTS = {
  /** A byline or stamp within the next three lines: the article header. */
  metadataBelow: 6,
  /** The byline is the very next line: breaks the tie with a standfirst over the stamp. */
  authorRightBelow: 0.5,
  /** The page repeats the line (caption, page title, share text). */
  repeated: 2,
  /** 4-25 words, the length of nearly every headline. */
  typicalLength: 2,
  /** 26-45 words without a full stop (longer lines are no candidates): a tabloid's title. */
  tabloidLength: 2,
  /** A Markdown heading. */
  heading: 1.5,
  /** Per substantive line between the candidate and the body (closer is likelier). */
  perLineAway: -0.7,
  /** Ends with a full stop, not in Title Case: a standfirst or caption. */
  sentence: -4,
  /** A short line in a run of very short lines: a menu entry. */
  menu: -3,
  /** A sentence-case line under a title (a stamp line may sit between): the standfirst, not the headline. */
  standfirst: -3,
  /** Two or three capitalised words, or a short label in capitals: a name or section label. */
  label: -2.5,
  /** Right above the body with a stamp or byline right above it ("Thu 27-02-2025" / "Title" / lede): the header's last line. */
  metadataAboveOverBody: 3,
  /** Under a media label ("Video" / "Hitze im Ruhrgebiet: So reagieren die Städte" / "01:42 min"): a player's title. */
  mediaModule: -3,
  /** Under a title, its stamp and the share buttons ("Title" / "Updated / 11 Sep 2024 16:48" / "Share" / line): the photo's caption. */
  underHeaderShareBar: -3,
  /** Under a ticker's label with a title-like line of its own below ("Breaking" / "A62 closed after crash" / "Title"): another story. */
  tickerItem: -4,
  /** A few words right over a longer title ("Chart of the week" / "Chart: Heat pumps outsold ..."): the title's kicker. */
  kicker: -4,
  /** The same line right above it: a picture's alt text, then its caption. */
  captionUnderAltText: -3,
} as const;

/** A kicker is a label of at most this many words, or a series' name ("Mongabay Series: Indonesian Palm Oil"). */
const MAX_KICKER_WORDS = 4;
const SERIES_LABEL = /^[^:.!?]{2,40} [Ss]eries: /;
/** The title under a kicker is at least this long, and at least twice the kicker. */
const MIN_TITLE_UNDER_KICKER_WORDS = 6;

/** The line is a kicker over the title: within two lines below (a stamp may sit between), a title-like line twice as long, not a sentence. */
function isKickerOverTitle(units: Unit[], facts: UnitFacts[], i: number): boolean {
  const words = facts[i]!.features.words;
  if (words > MAX_KICKER_WORDS && !SERIES_LABEL.test(units[i]!.text)) return false;
  for (let k = i + 1; k < Math.min(units.length, i + 3); k++) {
    const f = facts[k]!;
    if (f.dateOnly) continue;
    return headlineLike(units[k]!, f) && f.features.words >= Math.max(MIN_TITLE_UNDER_KICKER_WORDS, 2 * words) && !/[.!?]["”’]?$/.test(units[k]!.text);
  }
  return false;
}

/** The line sits under share buttons that sit under a stamp, which sits under a title-like line: the header ended with the buttons. */
function underHeaderShareBar(units: Unit[], facts: UnitFacts[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isShareButton(facts[k]!)) k--;
  return k < i - 1 && k > 0 && Boolean(facts[k]!.dateOnly) && headlineLike(units[k - 1]!, facts[k - 1]!);
}

/**
 * Two words, or up to three set in capitals or all capitalised: a name, a section, an outlet ("The
 * Riverside Sentinel"); or short parts between separators, a rubric ("Finance & economics | Debt").
 */
const isNameOrLabel = (unit: Unit, f: UnitFacts) =>
  f.features.words <= 2 ||
  OUTLET_DESK.test(unit.text) ||
  (f.features.words <= 3 && (f.features.upperCase || /^\p{Lu}\S*(?: \p{Lu}\S*){0,2}$/u.test(unit.text))) ||
  (RUBRIC_SEPARATOR.test(unit.text) && unit.text.split(RUBRIC_SEPARATOR).every((part) => countWords(part) <= MAX_RUBRIC_PART_WORDS || isInstitutionName(part))) ||
  isInstitutionName(unit.text) ||
  // A writer's name with the outlet after it and no comma: "Rhett Calloway Georgia Recorder".
  (TRAILING_OUTLET.test(unit.text) && isPersonNameLine(unit.text.replace(TRAILING_OUTLET, '$1')));
const MAX_RUBRIC_PART_WORDS = 3;
/** Between a rubric's parts: a page title's separators, or a slash ("The Canal Street Ledger / Tech"). */
const RUBRIC_SEPARATOR = / (?:\||-|–|—|::|»|·|\/) /;
/** Nouns that make a capitalised name an institution's: "Ministry of Rural Water Supply", "Calloway University". */
const INSTITUTION_NOUN = /^(?:Ministry|Department|Office|Bureau|Embassy|Consulate|Directorate|Secretariat|Council|Commission|Committee|Court|Parliament|Assembly|Government|Bank|University|College|Institute|Agency|Authority|Federation|Association|Service|Police|Hospital|Trust|Board|Communications)$/i;
/** A newspaper's name ends with one of these: "The Cedar Valley Tribune" (or "THE GULF COAST TRIBUNE") over its story on an aggregator. */
const OUTLET_NOUN = /^(?:Tribune|Times|Post|Herald|Journal|Gazette|Chronicle|Courier|Sentinel|Ledger|Dispatch|Mirror|Standard|Observer|Guardian|Telegraph|Independent|Express|Examiner|Enquirer|Register|Bulletin|News|Daily|Weekly|Magazine|Press|Advertiser|Argus|Globe|Citizen|Monitor|Messenger|Statesman|Blog|Blogs)$/i;
/** A newspaper's name in the Romance and other languages leads with this noun: "Diario Sur del Biobío", "Jornal do Commercio", "Corriere della Sera". */
const OUTLET_LEAD_NOUN = /^(?:Diario|Periódico|Jornal|Gazeta|Gaceta|Gazzetta|Corriere|Giornale|Quotidiano|Heraldo|Crónica|Dziennik|Kurier|Dagblad|Zeitung|Báo|Harian|Akhbar|Pahayagang?|Gazeti)$/i;
/** An article before a newspaper's name: "El Diario de Ávila", "La Gaceta", "Il Giornale". */
const ARTICLE = /^(?:El|La|Los|Las|O|A|Il|Lo|Le|Les|Der|Die|Das|De|Het|EL|LA|IL)$/;
/** Linking words an institution's name may have between its capitalised words. */
const NAME_LINKS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'del', 'do', 'da', 'della', 'di', 'du', 'des', 'y', 'e']);
const MAX_INSTITUTION_NAME_WORDS = 8;
/** The place or edition a news database adds after a paper's name: "The Lakeshore Gazette (Ontario)", "Westport Courier (Online)". */
const NAME_QUALIFIER = / \(\p{Lu}[\p{L} .]{1,30}\)$/u;

/**
 * An institution's or a newspaper's name on its own line, the masthead or desk of a page: capitalised
 * words and linking words only, with an institution's noun last or before "of"/"for" ("National
 * Reserve Bank of Ghana", "Office of University Communications") or an outlet's noun last ("The Cedar
 * Valley Tribune"), maybe with a database's qualifier after it ("(Ontario)"). A title has a verb in lower case.
 */
function isInstitutionName(text: string): boolean {
  const words = text.replace(NAME_QUALIFIER, '').split(' ');
  if (words.length < 2 || words.length > MAX_INSTITUTION_NAME_WORDS || !/^\p{Lu}/u.test(text)) return false;
  if (!words.every((word) => NAME_LINKS.has(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return false;
  const last = words.length - 1;
  const first = ARTICLE.test(words[0]!) ? 1 : 0;
  return words.some((word, k) => (INSTITUTION_NOUN.test(word) && (k === last || /^(?:of|for)$/i.test(words[k + 1]!))) || (k === last && OUTLET_NOUN.test(word)) || (k === first && k < last && OUTLET_LEAD_NOUN.test(word)));
}

/** A research institution's name in capitals, as a science release prints it over the story: "OREGON HEALTH & SCIENCE UNIVERSITY". */
const INSTITUTION_IN_CAPITALS = /^(?:[A-Z&.'’-]+ ){0,5}(?:UNIVERSITY|COLLEGE|INSTITUTE|HOSPITAL|LABORATORY|FOUNDATION|SOCIETY)$/;

/** A government's or its body's name, which a release prints over its title ("Government of India", "Ministry of Health and Family Welfare"). */
const GOVERNMENT_BODY = /^(?:Government|Ministry|Department|Directorate|Secretariat|Office) (?:of|for)\b/;
/** An outlet's initials and a region or desk: "ABC Mid North Coast", "BBC News Wales", "ABC North and West SA" (a state's initials after it). */
const OUTLET_DESK = /^\p{Lu}{2,5}(?: \p{Lu}\p{Ll}+){1,3}(?: and \p{Lu}\p{Ll}+)?(?: \p{Lu}{2,3})?$/u;
/**
 * An agency's name as its own site's masthead, which the page's top and foot repeat as they would a
 * title: "Emirates News Agency", "MercoPress, South Atlantic News Agency", "Andina - Agencia Peruana de Noticias",
 * "LUSA - Agência de Notícias de Portugal, S.A." (its country and its company's form after it), "Emirates News Agency (WAM)".
 */
const AGENCY_MASTHEAD = /^(?:\p{Lu}[\p{L}-]*(?:,| -| –)? ){1,4}(?:(?:News|Press) Agency|Agencia (?:\p{Lu}\p{Ll}+ )?de Noticias|Agência (?:\p{Lu}\p{Ll}+ )?de Notícias|Nachrichtenagentur|Agence (?:\p{Lu}\p{Ll}+ )?de [Pp]resse)(?: (?:de|do|da|of) \p{Lu}\p{L}+)?(?:,? (?:S\.A\.|SA|Ltd\.?|Inc\.?|GmbH|AG|S\.p\.A\.))?(?: \(\p{Lu}{2,6}\))?$/u;

/** An e-mail's subject, its forward marks aside: "Subject: FW: Chile's copper output falls ...". */
const MAIL_SUBJECT = /^Subject: ?(?:(?:Fwd?|FW|Fw|Re|RE|AW|WG|TR): ?)*(.{8,300})$/;
/** The subject line sits among the mail's first lines; the title it names, within this many lines past the body's start. */
const SUBJECT_REACH = 12;
const SUBJECT_REACH_INTO_BODY = 10;

/**
 * The first line under an e-mail's subject that repeats it, alone or without the newsletter's name
 * before a colon ("Subject: Sensemaker: The quiet retreat from offshore wind"), or -1. It may lie
 * inside the body as the body's search found it.
 */
function subjectRepeat(units: Unit[], facts: UnitFacts[], bodyStart: number): number {
  // A Markdown copy joins the mail's header lines into one paragraph: the subject is one of its lines.
  const k = units.slice(0, Math.min(bodyStart, SUBJECT_REACH)).findIndex((u) => u.lines.some((line) => MAIL_SUBJECT.test(line.text)));
  if (k < 0) return -1;
  const subject = MAIL_SUBJECT.exec(units[k]!.lines.find((line) => MAIL_SUBJECT.test(line.text))!.text)![1]!;
  const keys = new Set([comparable(subject), ...(subject.includes(': ') ? [comparable(subject.slice(subject.indexOf(': ') + 2))] : [])]);
  // The story's title may sit under a newsletter's greeting, which the body's search counts as prose.
  // Either side may lead with a newsletter's name or a section's ("Axios AM: ..." / "1 big thing: Port talks hit a wall").
  const withoutLead = (text: string) => text.slice(text.indexOf(': ') + 2);
  for (let i = k + 1; i < Math.min(units.length, bodyStart + SUBJECT_REACH_INTO_BODY); i++) {
    const text = units[i]!.text;
    if ((keys.has(comparable(text)) || (text.includes(': ') && keys.has(comparable(withoutLead(text))))) && headlineLike(units[i]!, facts[i]!)) return i;
  }
  return -1;
}

/**
 * A site's tagline under its masthead at the top of the page: "Norway's news in English", "Environmental science and
 * conservation news", "Online Daily Newspaper on Hellenic and International Shipping", the page title of name and tagline
 * ("Daily Mirror - Sri Lanka Latest Breaking News and Headlines"), a paper's claim to its place ("THE NATIONAL ENGLISH
 * LANGUAGE DAILY", "Nepal's No.1 English Daily Newspaper"), a small paper's motto in quotes
 * ("The Only Newspaper in the World That Gives a Hoot About Rook County").
 */
const SITE_TAGLINE = /^(?:(?:[\p{L}\d.'’&-]+ ){1,3}[|–-] )?(?:(?:[\p{L}'’&-]+ ){0,5}news(?: in English| and (?:views|analysis|information|opinion|headlines))?|(?:[\p{L}'’&-]+ ){0,3}(?:newspaper|news portal|news site|magazine) (?:on|of|for|about|from) [\p{L}'’&, -]{2,60}|["“](?:[\p{L}'’&-]+ ){0,3}(?:newspaper|paper|news|magazine) (?:on|of|for|about|from|in|that) [\p{L}'’&, -]{2,80}["”]|(?:[\p{L}.'’&-]+ ){0,3}(?:english|national|largest|leading|independent|no\.? ?1)(?: [\p{L}'’&-]+){0,3} (?:daily|weekly|newspaper)|(?:independent|local|community|trusted) (?:[\p{L}'’&-]+ ){0,2}(?:news|journalism|reporting) (?:for|from|about) [\p{L}'’&, -]{2,60}|your (?:daily|weekly|monthly|morning|evening|essential) (?:guide|briefing|digest|roundup|round-up|dose) (?:to|of|on|for) [\p{L}'’&, -]{2,60})$/iu;
/** A site's name and the sections it covers, as its page title: "WGN-TV | Chicago News, Weather, Sports". */
const SITE_NAME_WITH_SECTIONS = /^[\p{L}\d&.'’-]{2,30}(?: [\p{L}\d&.'’-]{2,30})? [|–-] (?:[\p{L}'’]+ ){0,2}[\p{L}'’]+(?:, (?:[\p{L}'’]+ ){0,2}[\p{L}'’]+){2,6}(?:,? (?:and|&) [\p{L}'’ ]{2,20})?$/u;
const isSiteTagline = (text: string) => SITE_TAGLINE.test(text) || SITE_NAME_WITH_SECTIONS.test(text);
const MAX_TAGLINE_INDEX = 2;
/** Further down, a tagline sits right under its masthead in capitals ("THE DERWENT LETTER" / "Independent news for southern Tasmania"). */
const isUnderCapitalsMasthead = (facts: UnitFacts[], i: number) => i > 0 && facts[i - 1]!.features.upperCase && facts[i - 1]!.features.words <= MASTHEAD_WORDS + 1;
/** A site's bare domain on a line of its own: "thechronicle.co.uk", "www.dublinrecord.ie". */
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}$/;
/** The reading time sits under the title, after its standfirst and writers' lines: within this many lines of the top. */
const READER_VIEW_HEADER_LINES = 7;
const isReaderViewTitle = (units: Unit[], facts: UnitFacts[]) =>
  units.length > 3 && BARE_DOMAIN.test(units[0]!.text) && facts.slice(2, READER_VIEW_HEADER_LINES).some((f) => f.features.boilerplate?.name === 'reading-time') && headlineLike(units[1]!, facts[1]!);

/**
 * A read-later app's header: the title over the writer, the site's domain and the reading time
 * ("Oil field wastewater is bubbling up ..." / "Elena Márquez" / "texastribune.org" / "9 min read").
 * The title's index, or -1.
 */
function readLaterTitle(units: Unit[], facts: UnitFacts[], bodyStart: number): number {
  for (let r = 2; r < Math.min(bodyStart, units.length); r++) {
    if (facts[r]!.features.boilerplate?.name !== 'reading-time' || !BARE_DOMAIN.test(units[r - 1]!.text)) continue;
    const title = r >= 3 && isPersonNameLine(units[r - 2]!.text) ? r - 3 : r - 2;
    return facts[title]!.features.words >= MIN_READ_LATER_TITLE_WORDS && !facts[title]!.features.boilerplate && !isMetadata(facts[title]!) ? title : -1;
  }
  return -1;
}
const MIN_READ_LATER_TITLE_WORDS = 4;

const isH1 = (unit: Unit | undefined) => unit?.kind === 'heading' && unit.depth === 1;
const SECTION_HEADING_WORDS = 3;
/** A logo's alternative text in square brackets, as text converters print an image. */
const BRACKETED_LOGO = /^\[[^[\]]{1,60}\]$/;
/** A site's name of a word or two, a bar, and its tagline. */
const SITE_AND_TAGLINE = /^\S+(?: \S+)? \| [^|]{2,60}$/;

/**
 * The headline is the title-like line the byline and stamps sit under, close above the body;
 * a line the page repeats (caption, page title) is a strong hint; Markdown says so with `#`.
 */
/** Clauses of a deck set apart by semicolons: "Civilians Killed, Thousands Displaced; Ensure Accountability". */
const CLAUSES_BY_SEMICOLON = /\S; \p{Lu}/u;
/** A deck of clauses in title case right under a title-like line (a rights group's release): no title itself. */
const isListDeckUnderTitle = (units: Unit[], facts: UnitFacts[], i: number) => i > 0 && CLAUSES_BY_SEMICOLON.test(units[i]!.text) && headlineLike(units[i - 1]!, facts[i - 1]!);

/** A line right under a title with at least this many words, read as a standfirst, is its deck. */
const MIN_DECK_WORDS_RIGHT_UNDER = 20;
/** A print page's number among a running head's fields: "| Page 14 |", "| P. 3". */
const PAGE_NUMBER_FIELD = /\| (?:Page|PAGE|P\.|p\.) ?[A-Z]?\d{1,3}\b/;
/** Words of a site's name set as its masthead: "Tehran Times", "L'Orient Today". */
const MASTHEAD_WORDS = 3;

/**
 * A first-level heading of a masthead's length that heads no article: a section's name over the
 * story's own heading ("News Flash" / "=====" / … / "Curbside Christmas Tree Collection Begins …" / "-----"),
 * or a masthead in capitals over a title with its byline or stamp ("THE NAMIB HERALD" / "=====" / menus /
 * "Windhoek council raises …" / "Ndapewa Shikongo").
 */
function isMastheadHeading(units: Unit[], facts: UnitFacts[], h1: number, bodyStart: number): boolean {
  const f = facts[h1]!;
  if (f.features.words > MASTHEAD_WORDS + 1 || f.features.endsSentence) return false;
  const inCapitals = units[h1]!.text === units[h1]!.text.toUpperCase();
  let titleBetween = false;
  for (let k = h1 + 1; k < bodyStart; k++) {
    const later = facts[k]!;
    if (units[k]!.kind === 'heading' && (units[k]!.depth ?? 0) <= 2 && later.features.words > MASTHEAD_WORDS + 1) return true;
    if (inCapitals && titleBetween && (later.byline || later.dateOnly)) return true;
    if (!later.features.boilerplate && !isMetadata(later) && headlineLike(units[k]!, later) && later.features.words > MASTHEAD_WORDS + 1) titleBetween = true;
  }
  return false;
}

export function chooseHeadline(units: Unit[], facts: UnitFacts[], bodyStart: number, cleanDump: boolean): HeadlineChoice | null {
  // An e-mail copy's subject names the story: the line that repeats it is the title, whatever sits
  // above it (a forwarder's note, a greeting, a tagline, a newsletter's name as the first heading).
  const repeatsSubject = subjectRepeat(units, facts, bodyStart);
  if (repeatsSubject >= 0) return { index: repeatsSubject, rule: 'repeats-mail-subject', duplicates: duplicatesOf(titleIndex(units, facts, bodyStart), units, facts, repeatsSubject) };
  // A section's name set as a first-level heading right over the title's is no title ("Politics" / "=====").
  // Nor is a site's name and tagline ("NewsBreak | Local News & Breaking News"), a scraper's page title over the page.
  // Nor is a logo's text in brackets, as a converter underlines it ("[ Capital Daily AD ]" / "=====").
  // Nor is a masthead or a section's name over the story's own title (see isMastheadHeading), nor a print's running head
  // underlined ("THE BORNEO MORNING POST | Tuesday, April 9, 2024 | Page 14 | WORLD" / "====").
  const isRunningHead = (text: string) => PRINT_RUNNING_HEAD.test(text) || ((text.match(MENU_SEPARATOR)?.length ?? 0) >= 2 && PAGE_NUMBER_FIELD.test(text));
  const h1 = units.findIndex((u, k) => isH1(u) && !(isH1(units[k + 1]) && u.text.split(' ').length <= SECTION_HEADING_WORDS) && !SITE_AND_TAGLINE.test(u.text) && !BRACKETED_LOGO.test(u.text) && !AGENCY_MASTHEAD.test(u.text) && !isRunningHead(u.text) && !isMastheadHeading(units, facts, k, bodyStart));
  if (h1 >= 0 && h1 <= bodyStart) return { index: h1, rule: 'markdown-h1', duplicates: duplicatesOf(titleIndex(units, facts, bodyStart), units, facts, h1) };
  // An export's labelled field says which line the title is ("HEADLINE:   Norway proposes ...", "Headline: ...").
  const labelled = units.slice(0, Math.min(bodyStart, LOOKBACK + FAR_LOOKBACK)).findIndex((u) => LABELLED_TITLE.test(u.text));
  if (labelled >= 0) return { index: labelled, rule: 'labelled-title-field', duplicates: duplicatesOf(titleIndex(units, facts, bodyStart), units, facts, labelled) };
  // A reader view's copy opens "site.com" / "Title" / (standfirst, writers or site) / "6–8 minutes": its second line is the title.
  if (isReaderViewTitle(units, facts) && bodyStart > 1) return { index: 1, rule: 'reader-view-title', duplicates: duplicatesOf(titleIndex(units, facts, bodyStart), units, facts, 1) };
  const readLater = readLaterTitle(units, facts, bodyStart);
  if (readLater >= 0) return { index: readLater, rule: 'read-later-title', duplicates: duplicatesOf(titleIndex(units, facts, bodyStart), units, facts, readLater) };
  // A clean dump (wire story, saved article) opens with its title, unless a later title carries
  // the byline (a wire feed: service line, stamp and slug above "Title" / "by Name") or the first
  // line is the title's kicker ("E360 DIGEST" / "MAY 6, 2025" / title).
  // Nor does a masthead of a few words open it over a longer title with its stamp under it ("Tehran Times" / "Economy" / title / "November 9, 2024 - 18:20").
  const bylinedTitleBelow = units.slice(1, bodyStart).some((u, k) => headlineLike(u, facts[k + 1]!) && Boolean(facts[k + 2]?.byline));
  const mastheadOverStampedTitle = () =>
    facts[0]!.features.words <= MASTHEAD_WORDS && units.slice(1, bodyStart).some((u, k) => facts[k + 1]!.features.words > MASTHEAD_WORDS && headlineLike(u, facts[k + 1]!) && Boolean(facts[k + 2]?.dateOnly));
  if (cleanDump && bodyStart > 0 && headlineLike(units[0]!, facts[0]!) && !bylinedTitleBelow && !mastheadOverStampedTitle() && !isKickerOverTitle(units, facts, 0)) return { index: 0, rule: 'clean-dump-first-line', duplicates: duplicatesOf(titleIndex(units, facts, bodyStart), units, facts, 0) };

  const W = HEADLINE_WEIGHTS;
  const titles = titleIndex(units, facts, bodyStart);
  let best: { index: number; score: number; rule: string } | null = null;
  // The story's place on a line of its own over the stamp ("New Delhi" / "Last Updated : Mar 08 2024") is no title.
  const datelinePlaces = datelinePlacesOf(facts);
  let linesAway = 0;
  // Walk up from the body so that "lines away" counts only substantive lines in between.
  let near = LOOKBACK;
  let far = FAR_LOOKBACK;
  let stopAt = 0;
  for (let i = Math.min(bodyStart, units.length) - 1; i >= stopAt; i--) {
    if (near > 0) near--;
    else if (far === 0) break;
    else if (!isInMenuRun(facts, i)) far--;
    const unit = units[i]!;
    const f = facts[i]!;
    // "By Tessa Lindgren" / "The Minnesota Star Tribune": the outlet is part of the byline.
    // "From:" / "Department for Transport": the value of a labelled field is no title either.
    // "By Ana Lee" / "Sound Dispatch staff reporters": the role line under a byline is part of it;
    // so is an academic's post or a reporter's role under a bare name ("Siobhan Kearney" / "Associate Professor of Ecology, ...",
    // "Sophie Hargreaves" / "Court and Crime Reporter").
    const underByline =
      i > 0 &&
      ((Boolean(facts[i - 1]!.byline) && (isOutletLine(units[i]!, f) || ROLE_LINE.test(unit.text) || ROLE_LINE_ELSEWHERE.test(unit.text))) ||
        ((ACADEMIC_POST.test(unit.text) || OUTLET_AT_VENUE.test(unit.text) || ROLE_LINE.test(unit.text) || ROLE_LINE_ELSEWHERE.test(unit.text)) && isPersonNameLine(units[i - 1]!.text)));
    // "Title / Rosa Delgado-Finch / Palm Springs Desert Sun-Times / Published ...": the outlet under its writer's name.
    const candidate =
      headlineLike(unit, f) &&
      !((i <= MAX_TAGLINE_INDEX || isUnderCapitalsMasthead(facts, i)) && isSiteTagline(unit.text)) &&
      !isFactBoxField(units, facts, i) &&
      !isFeedNameOverByline(units, facts, i) &&
      !underByline &&
      !isOutletUnderName(units, f, i) &&
      !isBreadcrumbOver(units, i) &&
      !isUnderLabel(units, facts, i) &&
      !isListItemUnderHeader(facts, i) &&
      !isListDeckUnderTitle(units, facts, i) &&
      !isPlayerTitle(units, i) &&
      !datelinePlaces.has(unit.text.toLowerCase());
    if (candidate) {
      let score = 0;
      let rule = 'title-line-before-body';
      // A repeat right next to the line is a picture's alt text over its caption, no title printed twice.
      if ([...duplicatesOf(titles, units, facts, i)].some((d) => Math.abs(d - i) > 1 || units[d]!.text !== unit.text)) {
        score += W.repeated;
        rule = 'repeated-title-line';
      }
      let anchored = false;
      // Within three lines below, furniture between them not counted ("Follow our live blog", "Get our app").
      for (let j = i + 1, seen = 0; j < Math.min(units.length, i + 1 + MAX_METADATA_SEARCH) && seen < 3; j++) {
        // Past three lines, the search stays in the article header.
        if (j > i + 3 && j >= bodyStart) break;
        const furniture = facts[j]!.features.boilerplate;
        if (furniture && !isMetadata(facts[j]!)) {
          // A list of other stories (with their own stamps) starts below: this line heads no article.
          // Not the story's tags under their label ("Related Topics" / "Bus travel, Rural life, ...").
          if ((furniture.name === 'related-list-header' && !TAG_LIST.test(units[j + 1]?.text ?? '')) || furniture.endsArticle) break;
          continue;
        }
        // The title's own deck lines (a standfirst, summary bullets) do not count either.
        // Right under the title, only a long one counts as its deck ("Avocado growers ... rains" / "The irrigation community says ... allocation" / names).
        if ((j > i + 1 || facts[j]!.features.words >= MIN_DECK_WORDS_RIGHT_UNDER) && j - i <= MAX_DECK_LINES && !isMetadata(facts[j]!) && isStandfirstUnder(units, facts, j)) continue;
        // So do its summary bullets ("In Summary" / "• Governor ..." / "• The new nurses ...", or the lines of a labelled summary box), and a feed reader's feed name.
        if (j - i <= MAX_SUMMARY_REACH && (SUMMARY_BULLET.test(units[j]!.text) || facts[j]!.features.teaser) && !isMetadata(facts[j]!)) continue;
        if (j === i + 1 && isFeedNameOverByline(units, facts, j)) continue;
        seen++;
        // Past three counted lines (furniture and deck lines not counted) only a stated byline or stamp counts: a bare pair of capitalised words may be a button ("Support Now").
        // A name right under a long title (its deck and photo aside) is its author even among short buttons ("Name / · / Follow / Published in").
        // So is a name over its role ("Jordan Pell" / "Senior Technology Editor"), in a run of short lines or not.
        // Or a name printed twice (a photo's alt text, then the name) or over a role in another language ("Redactora de Perú").
        const overRole = j + 1 < units.length && (ROLE_LINE.test(units[j + 1]!.text) || ROLE_LINE_ELSEWHERE.test(units[j + 1]!.text) || units[j + 1]!.text === units[j]!.text);
        const authorLine = seen <= 3 && (!isInMenuRun(facts, j) || overRole || (seen === 1 && f.features.words >= MIN_WORDS_OVER_NAME_IN_RUN)) && !facts[j]!.features.boilerplate && (isPersonNameLine(units[j]!.text.replace(TRAILING_OUTLET, '$1')) || /^(?:[\p{L}. ]{0,40} )?@\w{2,30}$/u.test(units[j]!.text));
        const stampLine = opensWithDate(facts[j]!.dates[0]) || RELATIVE_STAMP.test(units[j]!.text) || endsOnClockedDate(units[j]!, facts[j]!);
        // A blog's date header over the post's title over the post ("Tuesday, 4 December 2012" / "Title" / body)
        // dates that title, not a line above the blog's menu (the blog's description).
        if (facts[j]!.dateOnly && j + 2 === bodyStart && j + 1 !== i && headlineLike(units[j + 1]!, facts[j + 1]!) && facts.slice(i + 1, j).some((between) => between.features.boilerplate?.name === 'navigation')) break;
        if (facts[j]!.byline || facts[j]!.dateOnly || facts[j]!.source || authorLine || stampLine || isMetadataLead(units[j]!.text)) {
          score += W.metadataBelow;
          // "Title / Author / Standfirst / Date": the line right on the author line is the title.
          if ((j === i + 1 || (j === i + 2 && isFeedNameOverByline(units, facts, i + 1))) && facts[j]!.byline) score += W.authorRightBelow;
          anchored = true;
          rule = 'title-above-byline';
          break;
        }
      }
      // An article header may sit above a gallery or playlist: its distance from the body counts less.
      score += W.perLineAway * (anchored ? Math.min(linesAway, 3) : linesAway);
      if (f.features.words >= 4 && f.features.words <= 25) score += W.typicalLength;
      else if (f.features.words > 25 && readsAsLongTitle(unit.text)) score += W.tabloidLength;
      if (unit.kind === 'heading') score += W.heading;
      if (f.features.words <= MENU_ENTRY_WORDS && isInMenuRun(facts, i)) score += W.menu;
      // A Title Case line with a full stop is a title of sentences; standfirsts and captions are in sentence case.
      // So is one with its standfirst under it ("Heat is cracking roads. Cities are betting on rubber." / "Phoenix, Houston and ... are testing ...").
      if (/[.]["”’]?$/.test(unit.text) && !/\p{Lu}\.$/u.test(unit.text) && !f.features.capitalised && !hasStandfirstUnder(units, facts, i)) score += W.sentence;
      if (isNameOrLabel(unit, f)) score += W.label;
      if (isKickerOverTitle(units, facts, i)) score += W.kicker;
      if (i > 0 && units[i - 1]!.text === unit.text) score += W.captionUnderAltText;
      if (i > 0 && MEDIA_LABEL.test(units[i - 1]!.text)) score += W.mediaModule;
      if (underHeaderShareBar(units, facts, i)) score += W.underHeaderShareBar;
      if (i > 0 && isTickerLabel(units, facts, i - 1) && i + 1 < bodyStart && headlineLike(units[i + 1]!, facts[i + 1]!)) score += W.tickerItem;
      if (i > 0 && isStandfirstUnder(units, facts, i)) score += W.standfirst;
      else if (!anchored && linesAway === 0 && metadataRightAbove(units, facts, i)) score += W.metadataAboveOverBody;
      // Past the usual reach, an anchored title ends the search once the rest of its header is seen.
      if (anchored && near === 0 && stopAt === 0) stopAt = Math.max(0, i - HEADER_SPAN);
      if (anchored && near > 0) far = 0;
      if (!best || score > best.score) best = { index: i, score, rule };
    }
    // A title's deck lines (a standfirst, a tabloid's summary lines) put it no further from the body;
    // nor does a photo's caption, nor a picture's alt text with its caption, the same line twice.
    const altTextPair = units[i - 1]?.text === unit.text || units[i + 1]?.text === unit.text;
    if (!isMetadata(f) && !f.features.boilerplate && !f.captionAboveCredit && !altTextPair && f.features.words >= 3) linesAway++;
  }
  // A clean dump with nothing before the body: its first line is the title.
  if (!best && bodyStart === 0 && units.length > 1 && headlineLike(units[0]!, facts[0]!)) return { index: 0, rule: 'first-line', duplicates: new Set() };
  if (!best) return null;
  return { index: best.index, rule: best.rule, duplicates: duplicatesOf(titles, units, facts, best.index) };
}

/**
 * A stamp or byline within two lines above, furniture not counted, with no title-like line right
 * over it: "Title / stamp / Tested by: ... / body" has its title above the stamp; a section's label
 * there is none ("The Latest" / "Posted by ... on ..." / "Title" / body).
 */
function metadataRightAbove(units: Unit[], facts: UnitFacts[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const f = facts[k]!;
    if (f.features.boilerplate && !isMetadata(f)) continue;
    if (f.dateOnly || f.byline || opensWithDate(f.dates[0])) return k === 0 || !headlineLike(units[k - 1]!, facts[k - 1]!) || isNameOrLabel(units[k - 1]!, facts[k - 1]!);
    seen++;
  }
  return false;
}


/** The outlet at the ground under a sports reporter's name: "BBN Scotland at Marine Park". */
const OUTLET_AT_VENUE = /^(?:\p{Lu}[\p{L}.&'’-]*\s){1,3}at (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** An academic's post and institution: "Associate Professor of Ecology, University of Otago". */
const ACADEMIC_POST = /^(?:[\p{L}-]+ ){0,3}(?:[Pp]rofessor|[Ll]ecturer|[Rr]eader|[Ff]ellow|[Rr]esearcher|[Rr]esearch [Aa]ssociate|PhD [Cc]andidate|[Dd]octoral [Cc]andidate|[Pp]ostdoctoral [Rr]esearcher)\b[^\n]{0,100}$/u;

/** A site and its section: "The Waikato Courier - Crime & Justice", "Harbour Gazette – Motoring". */
const SITE_AND_SECTION = /^(?:\p{Lu}[\p{L}'’.&]*\s){0,4}\p{Lu}[\p{L}'’.&]* [-–—] \p{Lu}[\p{L}'’&]*(?: (?:&|and|\p{Lu}[\p{L}'’&]*)){0,3}$/u;
/**
 * A feed reader's item: "Title" / "Feed name" / "by Name" / stamp. The feed's name (a site and its
 * section, listed among the subscriptions above) sits between the title and the byline.
 */
function isFeedNameOverByline(units: Unit[], facts: UnitFacts[], i: number): boolean {
  const text = units[i]!.text;
  if (i < 2 || !facts[i + 1]?.byline || !SITE_AND_SECTION.test(text) || !headlineLike(units[i - 1]!, facts[i - 1]!)) return false;
  return units.slice(0, i - 1).some((u) => u.text.startsWith(text));
}

/** A labelled field: "Developer: Nine Lantern", "Platforms: PS5, PS4". */
const FIELD_LINE = /^(\p{Lu}[\p{L}'’]{1,20}(?: [\p{L}'’]{1,20}){0,2}): \S/u;
/** The labels of an article's own fields (published, by, section, ...), which head no fact box. */
const ARTICLE_FIELD_LABEL = /^(?:title|headline|byline|authors?|by|writer|date|published|updated|posted|source|dateline|section|word count|length|body|text|summary)$/i;
/** A fact box is a run of this many fields or more ("Score: 8/10" / "Platforms: ..." / "Developer: ..."): none of them is the title. */
const MIN_FACT_BOX_FIELDS = 3;
function isFactBoxField(units: Unit[], facts: UnitFacts[], i: number): boolean {
  const isBoxField = (k: number) => {
    const label = k >= 0 && k < units.length ? FIELD_LINE.exec(units[k]!.text)?.[1] : undefined;
    // A labelled menu ("Trending: A | B | C", "You are here: Home > News") is navigation, no field.
    return label !== undefined && !ARTICLE_FIELD_LABEL.test(label) && (units[k]!.text.match(MENU_SEPARATOR)?.length ?? 0) < 2;
  };
  if (!isBoxField(i)) return false;
  let first = i;
  let last = i;
  while (isBoxField(first - 1)) first--;
  while (isBoxField(last + 1)) last++;
  // The article's own byline in the run is no field of a box ("Grafing: Title" / "Stand: 23.09.2025" / "Von: Name").
  let fields = 0;
  for (let k = first; k <= last; k++) if (!facts[k]!.byline) fields++;
  return fields >= MIN_FACT_BOX_FIELDS;
}

/** Between a breadcrumb's steps: "Home > News", "Markets › Gold", "Home : India". */
export const BREADCRUMB_STEP = / [›»>:] /;
/** "Nadia Okonkwo" / "The Cedar Falls Courier": the outlet line of a byline, in capitalised words. */
const isOutletLine = (unit: Unit, f: UnitFacts) => f.features.words <= 5 && /^\p{Lu}\S*(?: \p{Lu}\S*){1,4}$/u.test(unit.text);
/** "Mumbai News / Thane unions call off strike ..." over "Thane unions call off strike ...": a breadcrumb ending in the title below it. */
const isBreadcrumbOver = (units: Unit[], i: number) => {
  const below = units[i + 1]?.text;
  const text = units[i]!.text;
  return below !== undefined && below.length < text.length && text.endsWith(below) && /[/>›»|]\s*$/.test(text.slice(0, -below.length));
};
const isOutletUnderName = (units: Unit[], f: UnitFacts, i: number) => i > 0 && isOutletLine(units[i]!, f) && isPersonNameLine(units[i - 1]!.text);

/** Furniture whose next line is its value or its list ("Contents", "Category"), never a title. */
const LABELS_OVER_VALUE: ReadonlySet<string> = new Set(['contents-list-header', 'bare-field-label']);
/** The line sits under a label: a `field-label` ending in a colon ("From:") or one of LABELS_OVER_VALUE. */
const isUnderLabel = (units: Unit[], facts: UnitFacts[], i: number) => {
  const label = facts[i - 1]?.features.boilerplate?.name;
  if (label === 'field-label') return units[i - 1]!.text.endsWith(':');
  // "Related Topics" / "Bus travel, Rural life, Local councils, Older people": the story's tags.
  if (label === 'related-list-header') return TAG_LIST.test(units[i]!.text);
  return label !== undefined && LABELS_OVER_VALUE.has(label);
};
/** A list under its header holds items of at most this many words ("Delhi Weather Today", "Ministry of Defence,"), looked through this far. */
const MAX_LIST_ITEM_WORDS = 6;
const MAX_LIST_ITEMS = 8;
/**
 * An item of a list of stories or topics, one a line under its header, another item above it, with
 * the page's title or standfirst over the header: "Title" / "Trending" / "Delhi AQI" / "Cold Wave In
 * Delhi", "Standfirst" / "Related Topics" / "Royal Navy," / "Ministry of Defence,". Not a title under
 * a menu's entries ("News" / "Top Stories" / "National" / "Business" / title).
 */
function isListItemUnderHeader(facts: UnitFacts[], i: number): boolean {
  for (let k = i; k > 0 && i - k <= MAX_LIST_ITEMS; k--) {
    const f = facts[k]!;
    if (k < i - 1 && f.features.boilerplate?.name === 'related-list-header') {
      const above = facts[k - 1]!;
      return above.features.words > MAX_LIST_ITEM_WORDS && !above.features.boilerplate && !isMetadata(above);
    }
    if (f.features.words === 0 || f.features.words > MAX_LIST_ITEM_WORDS || isMetadata(f) || (k < i && f.features.boilerplate)) return false;
  }
  return false;
}

/** Three tags or more of a few capitalised words, set apart by commas. */
const TAG_LIST = /^\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2}(?:, \p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2}){2,}$/u;

/** A title this long is no menu entry, so the name line under it counts even in a run of short lines. */
export const MIN_WORDS_OVER_NAME_IN_RUN = 6;

/** A stamp told relative to the reader's now ("5 hours ago"): no date without a reference day, a stamp all the same. */
const RELATIVE_STAMP = /^(?:(?:updated|published|posted):? )?(?:\d{1,2}|an?|one) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago$|^just now$/i;

/** How far below a title its byline or stamp is looked for, furniture lines included. */
const MAX_METADATA_SEARCH = 12;

/** A summary's bullet under a title: "• Governor Joyce Chepkoech said ...". */
const SUMMARY_BULLET = /^[•▪►◆*-] \S/;
/** How far under a title its summary bullets may run. */
const MAX_SUMMARY_REACH = 8;

/** A menu's entry has at most this many words ("Future of Business"). */
const MENU_ENTRY_WORDS = 4;

/** Deck lines under one title: a title, then up to this many standfirst lines. */
const MAX_DECK_LINES = 3;

/** Furniture between a title and its standfirst. */
const LOOKED_THROUGH_OVER_STANDFIRST = new Set(['age-banner', 'published-age-banner', 'reading-time']);

/** A release's title in capitals runs to a sentence; a label in capitals is a few words. */
const MIN_CAPITALS_TITLE_WORDS = 8;
/**
 * The standfirst (dek) under a title, not a title: a long line under a shorter title-like line,
 * a line in sentence case under a title of four words or more (not a label, a stamp line or a
 * quote's attribution), or the next line of such a standfirst.
 */
function isStandfirstUnder(units: Unit[], facts: UnitFacts[], i: number, depth = 1): boolean {
  const f = facts[i]!;
  // The line above, a rule of "====", an archive's age banner or a reader view's reading time under a
  // title looked through ("Title / This article is more than 12 years old / Standfirst", "Title / Name / 8–10 minutes / Standfirst").
  let above1 = i - 1;
  while (above1 > 0 && (facts[above1]!.features.words === 0 || LOOKED_THROUGH_OVER_STANDFIRST.has(facts[above1]!.features.boilerplate?.name ?? ''))) {
    // A rule of "====" closes the block above: a masthead's tagline over it has no standfirst under the rule.
    if (RULE_LINE.test(units[above1]!.text)) return false;
    above1--;
  }
  // "Title / Updated: 7 May 2024 / Standfirst" or "Title / Author / Standfirst": a stamp line or the author's name may sit between the two.
  const overName = above1 >= 1 && isPersonNameLine(units[above1]!.text) && facts[above1 - 1]!.features.words >= MIN_WORDS_OVER_NAME_IN_RUN;
  const k = above1 >= 1 && (facts[above1]!.dateOnly || facts[above1]!.byline || overName) ? above1 - 1 : above1;
  const above = facts[k]!;
  const aboveText = units[k]!.text;
  // A menu's last entry over a title is no title over a standfirst ("Future of Business" / "Bakery chain ... to shut 84 shops").
  // A deck in Title Case under a release's long title in capitals is its standfirst all the same.
  const deckUnderCapitals = f.features.titleCase && above.features.upperCase && above.features.words >= MIN_CAPITALS_TITLE_WORDS;
  if ((f.features.titleCase && !deckUnderCapitals) || f.features.upperCase || !headlineLike(units[k]!, above) || isNameOrLabel(units[k]!, above) || isBreadcrumbOver(units, k) || (above.features.words <= MENU_ENTRY_WORDS && isInMenuRun(facts, k))) return false;
  // The same title twice (a caption or page title above it) is no title-and-standfirst pair; nor is
  // a ticker's item over the title ("BREAKING" / "Met Office forecasts rain ..." / title).
  if (keyOf(units[k]!, above) === keyOf(units[i]!, f) || (k > 0 && isTickerLabel(units, facts, k - 1))) return false;
  // Under a kicker of two or three words ("Hong Kong courts"), a long line with no full stop is the title itself.
  if (f.features.words >= 12 && above.features.words < f.features.words && (above.features.words >= 4 || /[.!?]["”’]?$/.test(units[i]!.text))) return true;
  // Two lines of sentences over the byline, a section's label over the first ("Opinion" / "America's small airports ... this month." /
  // "A lapsed training grant ... bipartisan." / "By ..."): the first is the title.
  const SENTENCE_END = /[.!?]["”’]?$/;
  const labelOverAbove = k >= 1 && facts[k - 1]!.features.words <= MAX_SECTION_LABEL_WORDS && !facts[k - 1]!.dateOnly && !SENTENCE_END.test(units[k - 1]!.text);
  if (labelOverAbove && above.features.words >= 4 && SENTENCE_END.test(aboveText) && SENTENCE_END.test(units[i]!.text) && Boolean(facts[i + 1]?.byline)) return true;
  const aboveReadsAsTitle = !/[.]["”’]?$/.test(aboveText) || (above.features.capitalised && !f.features.capitalised);
  if (above.features.words >= 4 && !above.dates.length && /^["“‘'\p{L}\p{N}]/u.test(aboveText) && aboveReadsAsTitle) return true;
  return depth < MAX_DECK_LINES && k >= 1 && isStandfirstUnder(units, facts, k, depth + 1);
}

/** A section's label over a title: "Opinion", "World news". */
const MAX_SECTION_LABEL_WORDS = 2;
/** A standfirst is a sentence of some length, not a name or a label. */
const MIN_STANDFIRST_WORDS = 8;
/** The line right under `i` is its standfirst (prose, no furniture or metadata), and `i` is no standfirst itself. */
const hasStandfirstUnder = (units: Unit[], facts: UnitFacts[], i: number) =>
  i + 1 < units.length && facts[i + 1]!.features.words >= MIN_STANDFIRST_WORDS && !facts[i + 1]!.features.boilerplate && !isMetadata(facts[i + 1]!) && isStandfirstUnder(units, facts, i + 1) && !(i > 0 && isStandfirstUnder(units, facts, i));

const isMetadata = (f: UnitFacts) => Boolean(f.dateOnly || f.byline || f.source || f.signOff || f.stampDateline);

/**
 * Part of a run of three or more very short lines: a menu or tag list. Lines of bare separators
 * ("·", "|") are looked through: "Name / · / Follow" is a byline and its button, not a menu.
 */
export function isInMenuRun(facts: UnitFacts[], i: number): boolean {
  const step = (k: number, by: number) => {
    do k += by;
    while (k >= 0 && k < facts.length && facts[k]!.features.words === 0);
    return k;
  };
  const short = (k: number) => k >= 0 && k < facts.length && facts[k]!.features.words <= 3;
  const [before, after] = [step(i, -1), step(i, 1)];
  return (short(before) && short(step(before, -1))) || (short(after) && short(step(after, 1))) || (short(before) && short(after));
}

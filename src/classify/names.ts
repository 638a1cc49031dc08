import { BYLINE_CLEANERS, HONORIFIC, MULTI_WORD_PLACES, hasNonPersonWord } from '../rules/byline.js';
import { OUTLET_WITH_AGENCY, SOUTH_ASIAN_DESK, agencyName } from '../rules/wire.js';
import { CASELESS_SCRIPT_LETTERS, STOP_WORD_SET } from '../rules/stopwords.js';

/** A desk's initials in an agency's sign-off have at most this many letters ("PTI ABC DRR"). */
const MAX_DESK_INITIALS = 4;
/** Writers set apart by pipes: at most this many. */
const MAX_PIPED_WRITERS = 4;

/** Apply the cleaning chain in order: "By Jane Doe | June 21, 2024" -> "Jane Doe". */
export function cleanByline(raw: string): string {
  let text = raw.trim();
  // Writers set apart by pipes and nothing else ("Faraz Hussain Zaidi | Shazia Kanwal") are joined, not cut at the first pipe.
  const piped = text.split(' | ');
  if (piped.length > 1 && piped.length <= MAX_PIPED_WRITERS && piped.every(isPersonNameLine)) text = piped.join(' & ');
  for (const cleaner of BYLINE_CLEANERS) text = text.replace(cleaner.pattern, cleaner.replacement ?? '').trim();
  return text.replace(/\s+/g, ' ').trim();
}

// Joining words are lower case: "E." in "Laura E. Brandt" is an initial, not Portuguese "e".
// A separator's spaces are taken from the first one only (the lookbehinds), which keeps it linear.
/** Words between two people's names: "and", "with" and their like in the tables' languages. */
const NAME_JOIN_WORDS = 'and|AND|with|und|et|y|e|en|og|och|i|a|și|ve|dan';
const NAME_SPLIT = new RegExp(`(?<!\\s)\\s*[,;&]\\s*|(?<!\\s)\\s+(?:${NAME_JOIN_WORDS})\\s+`);
/** Between people: each brings its own credits ("Ana Ruiz, Staff writer and Ben Ode, Staff writer"). */
const PERSON_JOIN = new RegExp(`(?<!\\s)\\s*&\\s*|(?<!\\s)\\s+(?:${NAME_JOIN_WORDS})\\s+`);
/** Between a person's credits: name, role, place. */
const CREDIT_SPLIT = /(?<!\s)\s*[,;]\s*/;
/** Lower-case words inside names: "de la Cruz", "van Dam", the Filipino "dela Cruz". */
const PARTICLES = 'de|da|del|dela|delos|della|der|den|van|von|ten|ter|zu|bin|al|el|la|le|di|du|dos|das|ul|ud';
const NAME_PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
const OUTLET_INITIALS = /^\p{Lu}{3,5}$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const STATION_INITIALS = /^[B-DF-HJ-NP-TV-Z]{2,5}$/;
const NAME_SYLLABLE = /^(?:An|Do|Ha|He|Ho|So|Ma|Na|No|Se)$/;
/** A Balinese name opens with "I" (a man's) or "Ni" (a woman's) before a caste or birth-order name: "I Gusti Ayu Pradnyani", "Ni Komang Sariasih"; both are function words elsewhere. */
const BALINESE_NAME = /^(?:I|Ni) (?:Gusti|Made|Wayan|Nyoman|Ketut|Putu|Komang|Kadek|Gede|Gde|Nengah|Dewa|Ida|Kompiang|Luh|Kade) \p{Lu}/u;
/** A Sun paper after the names: "Graham Thiessen, North Saskatchewan Sun" (two words, "Yu Sun", are a name). */
const SUN_PAPER = /^(?:\p{Lu}\S* ){2,3}Sun$/u;
/** US states whose names are seldom a person's: after a comma, "Chalkbeat Indiana" or "Florida Phoenix" is an outlet's state edition ("Georgia", "Virginia" and "Montana" are names too). */
const STATE_NOT_NAME = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Wisconsin|Wyoming)$/;
/** Scripts without letter case, whose names a byline's label alone tells from other words: Arabic (Urdu, Persian) and the Indic scripts. */
const CASELESS_SCRIPT_WORD = `[${CASELESS_SCRIPT_LETTERS}]+\\.?`;
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*\\.?|(?:al|el|ad|ud|bin|ibn|abu)-\\p{Lu}[\\p{L}'’-]*|(?:${PARTICLES})|\\p{Lu}\\.|${CASELESS_SCRIPT_WORD})$`, 'u');
/** A line all in those scripts: "শাহীন আলম" or "সর্বশেষ সংবাদ" ("latest news") alike. */
const CASELESS_SCRIPT_LINE = new RegExp(`^${CASELESS_SCRIPT_WORD}(?: ${CASELESS_SCRIPT_WORD})*$`, 'u');

/** Names in Han or Hangul, as the CJK byline rules capture them: "林佳蓉", "김도윤·최서연", "中村 亮太". */
/** A Mongolian or Kazakh name: the father's initial glued to the given name ("B.Enkhjin", "Ts.Bat-Erdene"). */
const GLUED_INITIAL_NAME = /^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}{2,})?$/u;
const CJK_NAMES = /^(?:[\p{sc=Han}\p{sc=Hangul}]{2,4}|[\p{sc=Han}]{1,3} [\p{sc=Han}]{1,3})(?:[·、,，](?:[\p{sc=Han}\p{sc=Hangul}]{2,4})){0,3}$/u;

/**
 * Person names in a cleaned byline. Precision over recall: a part that is not plainly a
 * 2-4 word personal name (a desk, an agency, a role) is dropped, so desks give [].
 */
export function authorsFrom(byline: string): string[] {
  let names = authorsMemo.get(byline);
  if (names === undefined) names = remember(authorsMemo, byline, namesIn(byline));
  return [...names];
}

/** Page steps ask about the same few lines again and again; the answers depend on the text alone. */
const MEMO_ENTRIES = 4096;
const authorsMemo = new Map<string, readonly string[]>();
const personNameMemo = new Map<string, boolean>();
function remember<T>(memo: Map<string, T>, text: string, value: T): T {
  // Dropping the lot when full keeps a batch's memory flat; a dump's lines are asked about again within the dump.
  if (memo.size >= MEMO_ENTRIES) memo.clear();
  memo.set(text, value);
  return value;
}

function namesIn(byline: string): string[] {
  // Han and Hangul names have no case and no space (a Japanese one may have one): a byline rule's label found them.
  if (CJK_NAMES.test(byline)) return byline.split(/[·、,，]/).map((name) => name.trim());
  // Every name has two words or more: a line of one word (most lines of a menu) names nobody.
  // An outlet with its agency ("Le Courrier du Midi avec AFP") names nobody either.
  if (GLUED_INITIAL_NAME.test(byline)) return [byline];
  if (!/\s/.test(byline) || OUTLET_WITH_AGENCY.test(byline)) return [];
  const names: string[] = [];
  for (const person of byline.split(PERSON_JOIN)) {
    for (const [k, part] of person.split(CREDIT_SPLIT).entries()) {
      // An initial's or a suffix's full stop is part of the name ("Laura E.", "Robert Haines Jr.").
      // A title before each name is no part of it ("Dr Priya Venkatesan and Dr Tomas Lindqvist").
      const name = part.trim().replace(/[.]$/, (dot) => (/\b(?:\p{Lu}|Jr|Sr)$/u.test(part.trim().slice(0, -1)) ? dot : '')).replace(HONORIFIC, '');
      const words = name.split(/\s+/).filter(Boolean);
      // After a desk or a role ("HT Correspondent, New Delhi") comes its place, not a person.
      if (hasNonPersonWord(name) || SOUTH_ASIAN_DESK.test(name) || SUN_PAPER.test(name) || agencyName(name) || MULTI_WORD_PLACES.has(name.toLowerCase())) break;
      // Particles do not count towards a name's length: "Ana María de la Cruz".
      const core = words.filter((w, k) => !(k > 0 && NAME_PARTICLE.test(w))).length;
      if ((words.length < 2 && !GLUED_INITIAL_NAME.test(name)) || core > 4) continue;
      // A possessive is no part of a name: "Apple's WWDC Preview" is a video's title.
      if (!words.every((w) => NAME_WORD.test(w) && !/['’]s$/.test(w))) continue;
      // After a comma, a word and a state's or outlet's two capitals is an outlet ("Ana Paula Souza, Agora PR").
      if (k > 0 && words.length === 2 && TWO_CAPITALS.test(words[1]!) && words[0] !== words[0]!.toUpperCase()) continue;
      if (k > 0 && words.length === 2 && words.some((w) => STATE_NOT_NAME.test(w))) continue;
      // So is a station's initials, no vowel among them, and its region ("Philipp Naumann, MRF SACHSEN").
      if (k > 0 && STATION_INITIALS.test(words[0]!)) continue;
      // An agency's sign-off of desk initials in capitals is no name: "PTI ABC DRR".
      // "PETRA LINDGREN" is a name in capitals, whatever Jordan's agency is called.
      if (name === name.toUpperCase() && agencyName(words[0]!) && words.slice(1).every((w) => w.length <= MAX_DESK_INITIALS)) continue;
      // An outlet's initials before name-case words: "ABC Mid North Coast" is a desk ("Jean DUPONT" is a name).
      if (OUTLET_INITIALS.test(words[0]!) && words.slice(1).some((w) => w !== w.toUpperCase())) continue;
      // "FIND YOUR NEXT HOME", "Know How": function words do not occur in names (particles aside).
      // A particle may be capitalised inside a name ("Tomas De Kuyper"), not at its start ("La Liga").
      // Some Asian names end in a syllable that is a function word of a table's language ("Hoang An", "Kim So", "Li Na"); "An Update" is no name.
      if (words.some((w, k) => STOP_WORD_SET.has(w.toLowerCase()) && !NAME_PARTICLE.test(k > 0 ? w.toLowerCase() : w) && !(k > 0 && NAME_SYLLABLE.test(w)) && !(k === 0 && BALINESE_NAME.test(name)))) continue;
      const display = name === name.toUpperCase() ? titleCase(name) : name;
      if (!names.includes(display)) names.push(display);
    }
  }
  return names;
}

/** A part of the byline is an agency: "N7 Belgrade, Beta". */
export const creditsAgency = (byline: string) => byline.split(CREDIT_SPLIT).some((part) => agencyName(part) !== null);

/** "ANJALI MEHRA" -> "Anjali Mehra" (names set in capitals by the page's style). */
const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());

/** The whole line is person names and separators: "Oliver Chen and Amira Haddad", "Rizwan Qadir". */
/** Degrees and honours after a name, which name nobody: "Priya Raman, MPH, and Daniel Ortiz". */
const POST_NOMINAL = /^(?:MD|M\.D\.|MPH|PhD|Ph\.D\.|DO|RN|MBA|MSc|MS|BSN|MSN|FACC|FACP|FACS|FRCP|JD|Esq\.?|OBE|MBE|CBE|DPhil|RD|PharmD|NP|PA-C|DrPH|MSW|LCSW|CPA|CFA)$/;

export function isPersonNameLine(text: string): boolean {
  return personNameMemo.get(text) ?? remember(personNameMemo, text, isPersonNameText(text));
}

function isPersonNameText(text: string): boolean {
  // A short line in Han or Hangul may be a name or any word ("分享", "图片"): only a byline's label tells.
  if (text.length > 80 || /\d/.test(text) || CJK_NAMES.test(text) || CASELESS_SCRIPT_LINE.test(text)) return false;
  const parts = text.split(NAME_SPLIT).map((p) => p.trim()).filter((p) => p && !POST_NOMINAL.test(p));
  return parts.length > 0 && parts.length <= 4 && authorsFrom(text).length === parts.length;
}

/** A reporter's role in the languages of the date tables, leading its line: "Journaliste au service Bruxelles". */
export const ROLE_LINE_ELSEWHERE = /^(?:Journaliste|Rédact(?:eur|rice)|Correspondant(?:e)?|Envoyée? spéciale?|Periodista|Redactor(?:a)?|Corresponsal|Redakteur(?:in)?|Korrespondent(?:in)?|Giornalista|Jornalista|Repórter|Redacteur|Verslaggever)\b/u;

/** A role line under a name: "Senior Political Correspondent", "Sound Dispatch staff reporters", "Arirang News". */
export const ROLE_LINE =
  /^(?=\p{Lu})(?:[\p{L}&.'’-]+ ){0,6}(?:[Cc]ontributor|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Pp]roducer|[Jj]ournalist|[Mm]anager|[Dd]irector|[Ee]ngineer|[Aa]nalyst|[Dd]esigner|[Dd]eveloper|[Ss]pecialist|[Ss]trategist|[Ss]cientist|[Rr]esearcher|[Cc]ritic|[Rr]eviewer|[Pp]resenter|[Ll]ead)s?(?: of \p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})?(?:,? (?:at|in|for|based in) \p{Lu}[\p{L}' -]{1,40}|, \p{Lu}[\p{L}&' -]{1,40})?$|^(?:\p{Lu}\p{L}* ){1,2}News(?:, \p{Lu}[\p{L}' ]{1,30})?$/u;

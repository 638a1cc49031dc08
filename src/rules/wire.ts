import { NATIVE_DIGITS } from '../dates/repair.js';
import type { Rule } from './types.js';
import { CASELESS_SCRIPT_LETTERS, LANGUAGE_NAME, STOP_WORD_SET } from './stopwords.js';

/**
 * News agencies, by the names they sign with. `name` is the attribution we report; `aliases`
 * are the forms seen in datelines, sign-offs and "Source:" lines.
 */
export const AGENCIES: ReadonlyArray<{ name: string; aliases: readonly string[] }> = [
  { name: 'Reuters', aliases: ['Reuters', 'Reuter', 'REUTERS', 'REUTER', 'Reuters Breakingviews'] },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'UNB', aliases: ['UNB', 'United News of Bangladesh'] },
  { name: 'BSS', aliases: ['BSS', 'Bangladesh Sangbad Sangstha'] },
  { name: 'RSS', aliases: ['Rastriya Samachar Samiti', 'Rashtriya Samachar Samiti'] },
  { name: 'Lanka Puvath', aliases: ['Lanka Puvath'] },
  { name: 'IANS', aliases: ['IANS', 'Indo-Asian News Service'] },
  { name: 'ANI', aliases: ['ANI'] },
  { name: 'UNI', aliases: ['UNI', 'United News of India'] },
  { name: 'APP', aliases: ['APP', 'Associated Press of Pakistan'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'XINHUA', 'Xinhua News Agency'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur', 'Deutsche Presse Agentur'] },
  { name: 'dpa-AFX', aliases: ['dpa-AFX'] },
  { name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'Bloomberg', aliases: ['Bloomberg'] },
  { name: 'CNN', aliases: ['CNN', 'CNN Business', 'CNN Money'] },
  // US broadcast groups' own wires, as their stations credit them ("ROANOKE, Va. (Gray News) –").
  { name: 'Gray News', aliases: ['Gray News'] },
  { name: 'Nexstar Media Wire', aliases: ['Nexstar Media Wire'] },
  { name: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { name: 'Kyodo', aliases: ['Kyodo News', 'Kyodo', 'KYODO'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'YONHAP', 'Yonhap News Agency'] },
  { name: 'TASS', aliases: ['TASS', 'Tass'] },
  { name: 'Sputnik', aliases: ['Sputnik'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'UPI', aliases: ['UPI'] },
  { name: 'CNA', aliases: ['CNA'] },
  { name: 'Bernama', aliases: ['Bernama', 'BERNAMA'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Antara', aliases: ['Antara', 'ANTARA'] },
  // European national agencies, as the English-language sites of their countries credit them.
  { name: 'ANP', aliases: ['ANP'] },
  { name: 'Keystone-SDA', aliases: ['Keystone-SDA', 'Keystone-ATS', 'SDA'] },
  { name: 'BNS', aliases: ['BNS', 'Baltic News Service'] },
  { name: 'MTI', aliases: ['MTI'] },
  { name: 'Hina', aliases: ['Hina', 'HINA'] },
  { name: 'BTA', aliases: ['BTA', 'Bulgarian News Agency'] },
  { name: 'ČTK', aliases: ['ČTK', 'CTK'] },
  { name: 'TASR', aliases: ['TASR'] },
  { name: 'STA', aliases: ['STA', 'Slovenian Press Agency'] },
  { name: 'PAP', aliases: ['PAP', 'Polish Press Agency'] },
  { name: 'Belga', aliases: ['Belga'] },
  { name: 'APA', aliases: ['APA', 'Austria Presse Agentur'] },
  { name: 'NTB', aliases: ['NTB'] },
  { name: 'Ritzau', aliases: ['Ritzau'] },
  { name: 'STT', aliases: ['STT'] },
  { name: 'LETA', aliases: ['LETA'] },
  { name: 'ELTA', aliases: ['ELTA'] },
  { name: 'Tanjug', aliases: ['Tanjug'] },
  { name: 'Beta', aliases: ['Beta'] },
  { name: 'FoNet', aliases: ['FoNet'] },
  { name: 'Agerpres', aliases: ['Agerpres', 'AGERPRES'] },
  { name: 'Ukrinform', aliases: ['Ukrinform'] },
  { name: 'Agência Brasil', aliases: ['Agência Brasil', 'Agencia Brasil'] },
  // Brazilian papers' syndication services, credited as the story's source.
  { name: 'Estadão Conteúdo', aliases: ['Estadão Conteúdo', 'Estadao Conteudo', 'Agência Estado'] },
  { name: 'Folhapress', aliases: ['Folhapress'] },
  { name: 'ZANIS', aliases: ['ZANIS', 'Zambia News and Information Services'] },
  { name: 'MONTSAME', aliases: ['MONTSAME', 'Montsame'] },
  { name: 'WAM', aliases: ['WAM'] },
  { name: 'MAP', aliases: ['MAP', 'Maghreb Arabe Presse'] },
  { name: 'Jiji Press', aliases: ['Jiji', 'Jiji Press'] },
  { name: 'NAN', aliases: ['NAN', 'News Agency of Nigeria'] },
  { name: 'KNA', aliases: ['KNA', 'Kenya News Agency'] },
  { name: 'GNA', aliases: ['GNA', 'Ghana News Agency'] },
  { name: 'SAPA', aliases: ['SAPA', 'South African Press Association'] },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'] },
  { name: 'NZPA', aliases: ['NZPA', 'New Zealand Press Association'] },
  { name: 'NCA NewsWire', aliases: ['NCA NewsWire'] },
  { name: 'IPS', aliases: ['IPS', 'Inter Press Service'] },
  { name: 'HealthDay', aliases: ['HealthDay', 'HealthDay News'] },
  // Agencies of Africa, the Caucasus, Central and Southeast Asia.
  { name: 'APS', aliases: ['APS', 'Agence de Presse Sénégalaise', 'Algérie Presse Service'] },
  { name: 'AIM', aliases: ['AIM', 'Agência de Informação de Moçambique'] },
  { name: 'Angop', aliases: ['Angop', 'ANGOP'] },
  { name: 'ANA', aliases: ['ANA', 'African News Agency'] },
  // "Trend" alone is an English word (a menu's "Trend"): only the full name, and the generic bracketed dateline.
  { name: 'Trend', aliases: ['Trend News Agency'] },
  { name: 'Azertac', aliases: ['Azertac', 'AZERTAC'] },
  { name: 'Armenpress', aliases: ['Armenpress', 'ARMENPRESS'] },
  { name: 'Kazinform', aliases: ['Kazinform', 'KAZINFORM'] },
  { name: 'AKIpress', aliases: ['AKIpress', 'AKIPRESS'] },
  { name: 'UzA', aliases: ['UzA'] },
  { name: 'AKP', aliases: ['AKP', 'Agence Kampuchea Presse'] },
  { name: 'KPL', aliases: ['KPL', 'Lao News Agency'] },
  { name: 'PA', aliases: ['PA Media', 'PA News Agency', 'Press Association', 'PA Scotland', 'PA Wales', 'PA'] },
  { name: 'Local Democracy Reporting Service', aliases: ['Local Democracy Reporting Service', 'LDRS'] },
  { name: 'The Canadian Press', aliases: ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne'] },
  { name: 'Europa Press', aliases: ['Europa Press', 'EUROPA PRESS'] },
  { name: 'Colprensa', aliases: ['Colprensa'] },
  { name: 'Notimex', aliases: ['Notimex'] },
  { name: 'Télam', aliases: ['Télam', 'Telam'] },
  { name: 'Andina', aliases: ['Andina', 'Agencia Andina'] },
  { name: 'Prensa Latina', aliases: ['Prensa Latina'] },
  { name: 'Lusa', aliases: ['Lusa', 'LUSA', 'Agência Lusa'] },
  { name: 'RNZ', aliases: ['RNZ', 'Radio New Zealand'] },
  { name: 'QNA', aliases: ['QNA', 'Qatar News Agency'] },
  { name: 'TT', aliases: ['TT', 'TT News Agency', 'TT Nyhetsbyrån', 'Tidningarnas Telegrambyrå'] },
  { name: 'ANA-MPA', aliases: ['ANA-MPA', 'ΑΠΕ-ΜΠΕ', 'Athens-Macedonian News Agency'] },
  // Turkey's private agencies beside Anadolu.
  { name: 'İHA', aliases: ['İHA', 'IHA', 'İhlas Haber Ajansı'] },
  { name: 'DHA', aliases: ['DHA', 'Demirören Haber Ajansı'] },
  { name: 'Petra', aliases: ['Petra', 'Jordan News Agency'] },
  { name: 'MENA', aliases: ['MENA', 'Middle East News Agency'] },
  { name: 'NNA', aliases: ['NNA', 'National News Agency'] },
  { name: 'WAFA', aliases: ['WAFA'] },
  { name: 'FENA', aliases: ['FENA'] },
  // Faith and community wires, as diocesan, campus and community papers credit them.
  { name: 'RNS', aliases: ['RNS', 'Religion News Service'] },
  { name: 'OSV News', aliases: ['OSV News'] },
  { name: 'CNS', aliases: ['Catholic News Service'] },
  { name: 'JTA', aliases: ['JTA', 'Jewish Telegraphic Agency'] },
  { name: 'CMC', aliases: ['CMC', 'Caribbean Media Corporation'] },
  { name: 'INA', aliases: ['INA', 'Iraqi News Agency'] },
  { name: 'SANA', aliases: ['SANA', 'Syrian Arab News Agency'] },
  { name: 'BNA', aliases: ['BNA', 'Bahrain News Agency'] },
  { name: 'ONA', aliases: ['ONA', 'Oman News Agency'] },
  { name: 'IRNA', aliases: ['IRNA'] },
  { name: 'KUNA', aliases: ['KUNA'] },
  { name: 'SPA', aliases: ['SPA', 'Saudi Press Agency'] },
  { name: 'PNA', aliases: ['PNA', 'Philippine News Agency'] },
  { name: 'VNA', aliases: ['VNA', 'Vietnam News Agency'] },
  { name: 'PR Newswire', aliases: ['PRNewswire', 'PR Newswire'] },
  { name: 'Business Wire', aliases: ['Business Wire', 'BUSINESS WIRE'] },
  { name: 'GlobeNewswire', aliases: ['GlobeNewswire', 'GLOBE NEWSWIRE'] },
  { name: 'ANI/PRNewswire', aliases: ['ANI/PRNewswire'] },
  { name: 'ACCESSWIRE', aliases: ['ACCESSWIRE', 'Accesswire', 'ACCESS Newswire'] },
  { name: 'EIN Presswire', aliases: ['EINPresswire.com', 'EINPresswire', 'EIN Presswire'] },
  { name: 'JCN Newswire', aliases: ['JCN Newswire'] },
  { name: 'Media OutReach Newswire', aliases: ['Media OutReach Newswire', 'Media OutReach'] },
];

const aliasToName = new Map<string, string>();
for (const agency of AGENCIES) for (const alias of agency.aliases) aliasToName.set(alias.toLowerCase(), agency.name);

/**
 * South Asian agencies as their services in Bengali, Hindi, Nepali, Urdu and Tamil write them, by
 * the name the tool reports; they are looked up, not searched for, so the agency patterns stay Latin ("भाषा" is PTI's Hindi service, "वार्ता" UNI's).
 */
const SOUTH_ASIAN_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['বাসস', 'BSS'], ['ইউএনবি', 'UNB'], ['এএফপি', 'AFP'], ['রয়টার্স', 'Reuters'], ['এপি', 'AP'], ['পিটিআই', 'PTI'],
  ['भाषा', 'PTI'], ['पीटीआई', 'PTI'], ['आईएएनएस', 'IANS'], ['एएनआई', 'ANI'], ['यूएनआई', 'UNI'], ['वार्ता', 'UNI'], ['रासस', 'RSS'],
  ['اے پی پی', 'APP'], ['این این آئی', 'NNI'], ['اے ایف پی', 'AFP'], ['رائٹرز', 'Reuters'],
  ['ஐஏஎன்எஸ்', 'IANS'], ['பிடிஐ', 'PTI'],
]);
for (const [alias, name] of SOUTH_ASIAN_AGENCIES) aliasToName.set(alias, name);
/**
 * Column syndicates, credited under the columns they sell as an agency is under its copy ("Copyright:
 * Project Syndicate, 2025."). Known by name, but kept out of the agency alternation: it sits in many
 * patterns, and recheck could no longer prove one of them linear within its limit with these in it.
 */
const SYNDICATES = ['Project Syndicate', 'Tribune Content Agency'];
for (const name of SYNDICATES) aliasToName.set(name.toLowerCase(), name);

/** The agency's reported name for an alias ("Reuter" -> "Reuters"), or null if it is not an agency. */
export function agencyName(alias: string): string | null {
  const key = alias.trim().toLowerCase();
  return aliasToName.get(key) ?? aliasToName.get(key.replace(SERVICE_SUFFIX, '')) ?? null;
}
/** A service's name after the agency's: "Yonhap News Agency", "ANSA English", "Xinhua News", "Kyodo News+". */
const SERVICE_SUFFIX = / (?:news agency|news\+?|agency|english(?: service| news)?|wire)$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternationOf = (aliases: readonly string[]) => [...aliases].sort((a, b) => b.length - a.length).map(escape).join('|');
export const AGENCY_ALTERNATION = alternationOf(AGENCIES.flatMap((a) => a.aliases));
/** Agencies' names of two words or more ("Associated Press", "Press Trust of India"): one may follow a writer's name with no comma. */
export const SPELLED_OUT_AGENCY_ALTERNATION = alternationOf(AGENCIES.flatMap((a) => a.aliases).filter((alias) => alias.includes(' ')));

/** Agencies' names of three letters or more, alone on a line: written in any case ("Reuter"), or in capitals for initials ("App" is a menu's link, "APP" Pakistan's agency). */
const isInitials = (alias: string) => alias === alias.toUpperCase();
export const LONGER_AGENCY_ALTERNATION = alternationOf(AGENCIES.flatMap((a) => a.aliases).filter((alias) => alias.length >= 3 && !isInitials(alias)));
const SYNDICATE_ALTERNATION = alternationOf(SYNDICATES);
const INITIALS_AGENCY_ALTERNATION = alternationOf(AGENCIES.flatMap((a) => a.aliases).filter((alias) => alias.length >= 3 && isInitials(alias)));

// Month names in any case, as the wire writes them: "Feb", "March", "MARCH", "MArch", "march", "Sept.";
// and the stems of the Spanish, Portuguese, French, Italian and German ones ("15 abr", "17 juin", "03 MAR").
const anyCase = (word: string) => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'set', 'dic', 'fev', 'out', 'dez', 'févr', 'fév', 'avr', 'mai', 'juin', 'juil', 'août', 'déc', 'gen', 'mag', 'giu', 'lug', 'ott', 'mär', 'okt'];
export const MONTH = `(?:${MONTH_STEMS.map(anyCase).join('|')})[A-Za-z]{0,6}\\.?`;
// A place in capitals, optionally followed by a region in any case: "WASHINGTON", "ANCHORAGE, Alaska",
// "COLUMBUS, Ind.", "NEW DELHI", "St. LOUIS". At most 6 words so a sentence never qualifies.
// Letters of any script: "BOGOTÁ", "Zürich", "São Paulo" (the patterns using these take the u flag).
// A particle may join the words: "Rio de Janeiro", "Ciudad de México".
// A lower-case particle may join its words: "Rio de Janeiro", "Dar es Salaam".
const PLACE = "(?:\\p{Lu}[\\p{L}.'\\-]{0,20}(?: (?:de |del |da |do |la |es )?\\p{Lu}[\\p{L}.'\\-]{0,20}){0,4})";
// "TAIPEI/OSAKA": a story filed from two places.
const UPPER_PLACE = "(?:\\p{Lu}[\\p{Lu}.'\\-]{1,20}(?:\\/\\p{Lu}[\\p{Lu}.'\\-]{1,20})?(?: \\p{Lu}[\\p{Lu}.'\\-]{0,20}){0,4})";
/** A wire date, month first ("June 21", "Feb. 19, 2025") or day first ("27th February, 2025", "12 March", "12 de septiembre"). */
const WIRE_DATE = `(?:${MONTH} \\d{1,2}(?:(?:,? |\\/)\\d{4})?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?|\\d{1,2} de ${MONTH}(?: de \\d{4})?)`;
/** A weekday before a dateline's date, maybe shortened: "Thurs. ", "Monday, ". */
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,? )';
/** A Hijri date before the Gregorian one (Saudi and Gulf agencies): "Shaban 12, 1446, ". */
const HIJRI_DATE = "(?:\\p{Lu}[\\p{L}'’ -]{2,20} \\d{1,2}, 14\\d\\d(?: AH)?, )";
/** A region and a country in brackets after the place (ANI): "Guwahati (Assam) [India]", "Srinagar (Jammu and Kashmir) [India]". */
const BRACKETED_REGION = `(?: \\(${PLACE}(?: and ${PLACE})?\\))?(?: \\[${PLACE}\\])?`;
/** A German town's river or region after a slash: "Frankfurt/Main", "Halle/Saale". */
const RIVER_OR_REGION = '(?:\\/\\p{Lu}\\p{Ll}{1,20})?';
/** A day and month in a Cyrillic language: "5 апреля", "22 юли", "14 мар". */
const CYRILLIC_DATE = '\\d{1,2} [а-яёіїєґў]{3,9}\\.?(?: \\d{4})?';
/** Agencies of the Cyrillic languages that credit themselves after a dash ("— РИА Новости."), reported as written. */
const CYRILLIC_AGENCIES = 'ИТАР-ТАСС|ТАСС|РИА Новости|Интерфакс(?:-Украина)?|ИНТЕРФАКС(?:-УКРАИНА)?|ПРАЙМ|Прайм|БЕЛТА|БТА|Укрінформ|Укрінформу|УНІАН|УНИАН|Танюг|Бета|Казинформ|Кабар|АПА|Sputnik';

/** A regional service after the agency's name in its brackets (dpa's: "Hamburg (dpa/lno) -"). */
const AGENCY_SERVICE = '(?:\\/[a-z]{2,5})?';
// The horizontal bar ("WASHINGTON ― The ...") is an em dash as some sites set it.
// "_" is the dash of 1980s AP copy ("TOKYO (AP) _ The dollar ...").
const DASH = ' {0,3}(?:-{1,2}|–|—|―|:|_)';

export interface DatelineMatch {
  /** The dateline text as written, including its dash: "LONDON, June 21 (Reuters) -". */
  text: string;
  location: string | null;
  /** The month-day part when given, e.g. "June 21". */
  dateText: string | null;
  agency: string | null;
  /** The agency's credit as the opener writes it, where that is no bracketed or slashed part of it ("新华社"). */
  agencyText?: string;
  /** Reporters the opener itself names ("新华社福州3月14日电（记者王伟、李娜）"), when it does. */
  reporters?: readonly string[];
  rule: string;
}

/**
 * Wire datelines at the start of a lede. Groups: 1 location, 2 date, 3 agency.
 * Order matters: the most specific first.
 */
export const DATELINE_RULES: readonly Rule[] = [
  {
    name: 'wire-dateline-agency',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2})(?:,? (${WIRE_DATE}))?,? ?\\((${AGENCY_ALTERNATION})${AGENCY_SERVICE}\\)\\.?${DASH} ?`, 'u'),
    note: 'a capitalised place, optional month and day, the agency in brackets (a comma may come before it: "KUWAIT CITY, June 9, (KUNA):"), then a dash',
    example: 'LONDON, June 21 (Reuters) - British inflation ...',
  },
  {
    name: 'place-day-agency',
    pattern: new RegExp(`^(${UPPER_PLACE}), (\\d{1,2}) \\((${AGENCY_ALTERNATION})\\)\\.?${DASH} ?`, 'u'),
    note: 'the place in capitals and the day alone, as Europa Press\'s regional services date their copy, then the agency in brackets and a dash',
    example: 'SEVILLA, 5 (EUROPA PRESS) - La Junta ha aprobado ...',
  },
  {
    name: 'press-release-bracketed-agency',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}), (${MONTH} \\d{1,2}, \\d{4}) ?-{1,2} ?\\((${AGENCY_ALTERNATION})\\)${DASH} ?`, 'u'),
    note: 'press releases from Asian newswires, and a portal\'s copy of a US wire\'s ("CHICAGO, March 11, 2025--(BUSINESS WIRE)--"): place, full date, a dash, the wire in brackets, a dash',
    example: 'Tokyo, May 27, 2025 - (JCN Newswire) - Kitamura Precision Industries today announced ...',
  },
  {
    name: 'wire-dateline-date',
    pattern: new RegExp(`^(${PLACE}(?:\\/${PLACE})?(?:, ${PLACE}){0,2}), ${WEEKDAY}?(${MONTH} \\d{1,2}(?:(?:, |\\/)\\d{4})?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?)${DASH}(?: |$)`, 'u'),
    note: 'place and month-day then a dash, as on the 1980s wire and many agencies (the date makes a mixed-case place safe; Ethiopian sites write "April 17/2024"; Belizean papers put the weekday first: "BELIZE CITY, Thurs. Mar. 6, 2025--"; UN agencies join two places by a slash: "DAKAR/NEW YORK, 14 May 2024 –")',
    example: 'ANCHORAGE, Alaska, Feb 26 - Secretary of State ...',
  },
  {
    name: 'place-long-date',
    // Group 3 (the agency) is empty. A town's name may be long ("Saint-Ambroix-sur-Lèze").
    pattern: new RegExp(`^(\\p{Lu}[\\p{L}'’-]{1,40}(?: \\p{Lu}[\\p{L}'’-]{1,40}){0,3}), (?:le )?(\\d{1,2}(?:er)? ${MONTH} \\d{4}|\\d{1,2} de ${MONTH} de \\d{4})()${DASH} ?`, 'u'),
    note: 'French and Spanish releases: the town, "le" and the full date, or "22 de julio de 2024", then a dash',
    example: 'Saint-Ambroix, le 22 juillet 2024 – Un feu de forêt ...',
  },
  {
    name: 'mixed-case-dateline-agency',
    pattern: new RegExp(`^(${PLACE}${RIVER_OR_REGION}(?:, ${PLACE}){0,2})${BRACKETED_REGION},? (?:(${WIRE_DATE}) )?\\((${AGENCY_ALTERNATION})${AGENCY_SERVICE}\\)\\.?(?:${DASH})? ?`, 'u'),
    note: 'agency style in name case: "New Delhi, Jun 21 (PTI):", "Bogotá, Apr 12 (EFE).-", "Guwahati (Assam) [India], November 18 (ANI):" (the place is Guwahati; its state and country in brackets are no part of it), "Hamburg (dpa/lno) -" (a regional service after the agency), "Frankfurt/Main (dpa) -" (a German town with its river)',
    example: 'New Delhi, Jun 21 (PTI): The government said ...',
  },
  {
    name: 'place-date-outlet-address',
    // Group 3 (the agency) is empty: the outlet is the site itself.
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}),? (?:(${WIRE_DATE}) )?\\((?:www\\.)?[a-z\\d-]{2,30}\\.[a-z]{2,4}(?:\\.[a-z]{2})?\\)()${DASH} ?`, 'u'),
    note: 'a place, maybe the date, and the outlet\'s web address in brackets, as Bangladeshi and Central Asian sites date their own copy ("BISHKEK (24.kg) - ")',
    example: 'Chattogram, Jun 21 (bdnews24.com) – The port authority said ...',
  },
  {
    name: 'dateline-own-correspondent',
    // Group 3 (the agency) is empty: the paper's own reporter filed it.
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}),? (?:(${WIRE_DATE}) )?\\((?:[Oo]ur|OUR|[Ff]rom [Oo]ur|FROM OUR) (?:[Ss]pecial |[Ss]taff |SPECIAL |STAFF )?(?:[Cc]orrespondents?|[Rr]eporters?|[Bb]ureau|CORRESPONDENTS?|REPORTERS?|BUREAU)\\)()${DASH} ?`, 'u'),
    note: 'South Asian papers\' own reporters in brackets after the place and date, then a colon or dash: a dateline with no agency',
    example: 'Amritsar, March 14 (Our Correspondent): The community kitchen ...',
  },
  {
    name: 'place-desk-code',
    // Group 2 (the date) and group 3 (the agency) are empty: the code is the paper's own service.
    pattern: new RegExp(`^(${PLACE}), ()()(?:DHNS|ENS|TNN|HTC|HNS|INN|NNS|TNS|BNN|FPJ|MNS):\\s`, 'u'),
    note: 'an Indian paper\'s own news service after the place ("Madikeri, DHNS:", "Kochi, ENS:"): a dateline with no agency',
    example: 'Madikeri, DHNS: Incessant rain over the past three days ...',
  },
  {
    name: 'place-date-agency-dash',
    pattern: new RegExp(`^(${PLACE}(?: \\(\\p{Lu}{1,2}\\/\\p{Lu}{1,2}\\))?(?:, ${PLACE}){0,2}), ${HIJRI_DATE}?(${WIRE_DATE}),? (${AGENCY_ALTERNATION})${DASH} ?`, 'u'),
    note: 'West African and Saudi agency style: place (maybe with its region\'s initials, "Anloga (V/R)"), the date (maybe after a Hijri one), the agency without brackets, then a dash',
    example: 'Ho, June 3, GNA - The Municipal Assembly has begun ...',
  },
  {
    name: 'press-release-dateline',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}), (${MONTH} \\d{1,2}, \\d{4}) ?/(${AGENCY_ALTERNATION})/(?:${DASH}|\\.) ?`, 'u'),
    note: 'press releases: place, full date, the wire between slashes, then a dash',
    example: 'NEW YORK, June 3, 2024 /PRNewswire/ -- Acme Corp. today announced ...',
  },
  {
    name: 'press-release-unknown-wire',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}), (${MONTH} \\d{1,2}(?:, \\d{4})?) ?/(\\p{Lu}[\\p{L}\\d.&-]{1,20}(?: \\p{Lu}[\\p{L}\\d.&-]{1,20}){0,3})/${DASH} ?`, 'u'),
    note: 'press releases through a newswire the agency table does not know, and agencies that set their name the same way ("Bucharest, May 22 /Agerpres/ -"): the name between slashes, then a dash, is the wire',
    example: 'AUSTIN, Texas, May 5, 2025 /Globe PRWire/ -- Velancia Therapeutics, Inc. today announced ...',
  },
  {
    // The date is read in a lookahead so that the groups stay place, date, wire, as in the other rules.
    name: 'press-release-agency-first',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}) / (?=(?:${AGENCY_ALTERNATION}) / (${MONTH} \\d{1,2}, \\d{4}) /)(${AGENCY_ALTERNATION}) / [^/\\n]{6,30}/ ?`, 'u'),
    note: 'press releases that set the wire before the date, slashes around each (ACCESSWIRE)',
    example: 'NEW YORK, NY / ACCESSWIRE / April 22, 2025 / Redfern Hydrogen Corp. today announced ...',
  },
  {
    name: 'press-release-agency-first-dashes',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}) - (?=(?:${AGENCY_ALTERNATION}) - (\\d{1,2} ${MONTH} \\d{4}|${MONTH} \\d{1,2}, \\d{4}) -)(${AGENCY_ALTERNATION}) - [^\\n-]{6,30}- ?`, 'u'),
    note: 'the same with dashes (Media OutReach)',
    example: 'SINGAPORE - Media OutReach Newswire - 12 November 2025 - Lintang Foods today announced ...',
  },
  {
    name: 'bracketed-place',
    // Groups 2 and 3 (date, agency) are empty.
    pattern: new RegExp(`^\\[(${UPPER_PLACE})\\]()() (?=\\p{Lu})`, 'u'),
    note: 'a place in capitals between square brackets, as Singapore\'s business paper sets it',
    example: '[HONG KONG] Hong Kong property developer ...',
  },
  {
    name: 'place-bracketed-date',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2}) \\((${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH} \\d{4})\\)\\.?${DASH} ?`, 'u'),
    note: 'Malaysian and Bornean papers, UN agencies\' releases and Mexican papers: a place in capitals, the date in brackets, then a colon or dash ("GENEVA (12 June 2025) –", "MÉRIDA, Yucatán (June 20, 2025).-")',
    example: 'KUCHING (June 13): The state government ...',
  },
  {
    name: 'dateline-outlet-call-sign',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2}) \\((?:${AGENCY_ALTERNATION}|[A-Z][A-Z0-9]{1,7}|\\p{Lu}\\p{Ll}[\\p{L}\\d]{0,20}(?: [\\p{Lu}\\d][\\p{L}\\d]{0,20}){0,3})\\)(?:${DASH}|;) ?`, 'u'),
    note: 'a place in capitals and an outlet\'s call sign or name in brackets (local TV and radio, "LAHORE (Dunya News) –", "COLOMBO (LankaMarkets) –"): not an agency, so no source',
    example: 'BOULDER RIDGE, Colo. (KVRN) — Firefighters had ...',
  },
  {
    name: 'cyrillic-dateline-agency',
    pattern: new RegExp(`^(${PLACE}), (${CYRILLIC_DATE})\\.? ?[(/](\\p{Lu}[\\p{L}-]{1,20}(?: \\p{Lu}\\p{L}{1,20})?)[)/]\\.?(?:${DASH})? ?`, 'u'),
    note: 'a place, a day and month in a Cyrillic language, and the agency in brackets or slashes, as ТАСС, БЕЛТА and their peers open their copy (the month in words makes the capitalised word an agency)',
    example: 'МОСТЫ, 5 апреля (БЕЛТА) – Мостовский сыродельный комбинат ...',
  },
  {
    name: 'cyrillic-dateline-correspondent-agency',
    pattern: new RegExp(`^(${PLACE}), (${CYRILLIC_DATE})\\.? \\/(?:[Кк]ореспондент(?: на)?|[Кк]орреспондент) ?(\\p{Lu}[\\p{L}-]{1,20}) (?<reporters>\\p{Lu}\\p{Ll}{1,20} \\p{Lu}\\p{Ll}{1,20})\\/ ?`, 'u'),
    note: 'the Bulgarian agency\'s form: place, day and month, then its correspondent named between slashes',
    example: 'Бургас, 22 юли /Кореспондент на БТА Стефан Колев/ Нова морска линия ...',
  },
  {
    name: 'cyrillic-dateline-dash-agency',
    pattern: new RegExp(`^(${PLACE})[,.] (${CYRILLIC_DATE})\\.?${DASH} ?(${CYRILLIC_AGENCIES})\\.? ?`, 'u'),
    note: 'place and date, a dash, then a known agency and a stop, as РИА Новости and Интерфакс write it (an unknown word there would be the lede\'s subject)',
    example: 'МОСКВА, 14 мар — РИА Новости. Правительство ...',
  },
  {
    name: 'dateline-comma-unknown-agency',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2}), (${WIRE_DATE}), (\\p{Lu}{2,6})${DASH} ?`, 'u'),
    note: 'place, date and an agency\'s initials after a comma, no brackets, then a dash, as Caribbean Media Corporation copy runs ("GEORGETOWN, Guyana, Mar 3, CMC –")',
    example: 'GEORGETOWN, Guyana, Mar 3, CMC – The government has ...',
  },
  {
    name: 'dateline-unknown-agency',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2}), (${WIRE_DATE}) \\((\\p{Lu}[\\p{L}.-]{1,20})\\)(?:\\.?${DASH} ?|(?<=\\(\\p{Lu}{2,12}\\))\\. (?=\\p{Lu}))`, 'u'),
    note: 'place, date and a word in brackets, then a dash (or a full stop after a name in capitals): an agency the table does not know, credited as written ("BAKU, March 4 (Trend) –", "Lima, May 20 (ANDINA). Peru\'s ...")',
    example: 'BAKU, March 4 (Trend) – A solar power plant ...',
  },
  {
    name: 'place-dot-agency',
    // Group 2 (the date) is empty: the agency is group 3, as in the other agency rules.
    pattern: new RegExp(`^(${UPPER_PLACE})\\.() (${AGENCY_ALTERNATION})${DASH} ?`, 'u'),
    note: 'a place and the agency in capitals after a full stop, then a dash (Kazakhstan\'s Kazinform)',
    example: 'ASTANA. KAZINFORM – The volume of rail freight ...',
  },
  {
    name: 'outlet-place-bracketed-stamp',
    // Group 3 (the agency) is empty: the outlet is the paper itself, and the stamp in brackets is the story's.
    pattern: new RegExp(`^\\p{Lu}[\\p{L}\\d]{1,30}(?: \\p{Lu}[\\p{L}\\d]{1,30})?, (${PLACE}(?:, ${PLACE})?) \\((${MONTH} \\d{1,2}, \\d{4},? \\d{1,2}:\\d{2} ?[AaPp]\\.?[Mm]\\.?(?: [A-Z]{2,5})?)\\)()${DASH} ?`, 'u'),
    note: 'the outlet, the place and the full stamp in brackets, then two hyphens (legal news services\' style)',
    example: 'Law360, New York (March 3, 2025, 4:12 PM EST) -- A Manhattan federal judge ...',
  },
  {
    name: 'weekday-date-agency',
    // Group 1 (the place) is empty: a health news service gives only the day.
    pattern: new RegExp(`^()(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY), (${MONTH} \\d{1,2}, \\d{4}) \\((\\p{Lu}[\\p{L}]{1,20} News)\\) --? ?`, 'u'),
    note: 'the weekday in capitals, the date and the news service in brackets, then two hyphens (HealthDay\'s style): no place',
    example: 'WEDNESDAY, Jan. 16, 2019 (HealthBeat News) -- Children with asthma ...',
  },
  {
    name: 'date-agency-no-place',
    // Group 1 (the place) is empty, as in weekday-date-agency.
    pattern: new RegExp(`^()(${MONTH} \\d{1,2}) \\((${AGENCY_ALTERNATION})\\)${DASH} ?(?=\\p{Lu})`, 'u'),
    note: 'the date and the agency in brackets with no place before them, as UPI opens stories filed from nowhere in particular',
    example: 'June 10 (UPI) -- The U.S. Food and Drug Administration on Tuesday cleared ...',
  },
  {
    name: 'place-date-agency-slashes',
    pattern: new RegExp(`^(${UPPER_PLACE}), (${MONTH} \\d{1,2})\\. \\/(${AGENCY_ALTERNATION})\\/\\. (?=\\p{Lu})`, 'u'),
    note: 'place, date and the agency between slashes, each closed by a full stop (TASS)',
    example: 'ARKHANGELSK, October 23. /TASS/. A year-round research station ...',
  },
  {
    name: 'place-date-slashed-agency-reporter',
    pattern: new RegExp(`^(${PLACE}, ${PLACE}), (${MONTH} \\d{1,2}) ?\\/ ?(\\p{Lu}[\\p{L}-]{1,20})(?: ?, ?(?<reporters>\\p{Lu}(?:\\.|\\p{Ll}{1,20}) ?\\p{Lu}\\p{Ll}{1,20}))? ?\\/ ?(?=\\p{Lu})`, 'u'),
    note: 'country, city and date, then the agency and maybe its reporter between slashes, as Caucasus agencies opened their copy in the 2000s',
    example: 'Azerbaijan, Baku, Nov. 12 / Trend , N.Guliyeva / The Azerbaijan Mortgage Fund ...',
  },
  {
    name: 'place-reporter-dash-agency',
    pattern: new RegExp(`^(${PLACE})\\.() (?<reporters>\\p{Lu}\\p{Ll}{1,20} \\p{Lu}\\p{Ll}{1,20}) (?:—|–|-) (?<agency>${AGENCY_ALTERNATION})\\. (?=\\p{Lu})`, 'u'),
    // The agency is a named group: the reporter before it takes group 3.
    note: 'a place and a full stop, then the reporter, a dash and the agency closed by a full stop (APA of Azerbaijan)',
    example: 'Baku. Nigar Huseynli – APA. Azerbaijan and Kazakhstan discussed ...',
  },
  {
    name: 'place-date-agency-stop',
    pattern: new RegExp(`^(${UPPER_PLACE}), (${MONTH} \\d{1,2}), (${AGENCY_ALTERNATION})\\. (?=\\p{Lu})`, 'u'),
    note: 'place, date and the agency in capitals, then a full stop (Armenpress)',
    example: 'YEREVAN, MARCH 4, ARMENPRESS. Yerevan City Hall will ...',
  },
  {
    name: 'place-call-sign',
    pattern: new RegExp(`^(${PLACE}(?:, ${PLACE}){0,2})(?: \\([A-Z][A-Z0-9]{1,7}\\) {0,3}(?:—|–|-{1,2})|(?<=\\p{Ll}) (?![IVXLCDM]{2,6} )[A-Z][A-Z0-9]{2,7} {0,3}(?:—|–)) ?`, 'u'),
    note: 'a place in name case and a broadcaster\'s call sign, in brackets or bare as a network\'s page sets it, then a dash ("Washington (NBN) —", "Lagos, Nigeria CNN —", a bare one before a long dash only): the outlet\'s own story, so no source',
    example: 'Washington (NBN) — The Federal Aviation Administration ...',
  },
  {
    name: 'agency-hyphen-place',
    pattern: new RegExp(`^(?:APA|PANA)-(${PLACE}(?: \\(${PLACE}\\))?)()${DASH} ?`, 'u'),
    note: 'a pan-African agency\'s initials joined to the place by a hyphen, the country in brackets, then a dash',
    example: 'APA-Freetown (Sierra Leone) - The government ...',
  },
  {
    name: 'agency-first-dateline',
    pattern: new RegExp(`^\\((?:${AGENCY_ALTERNATION})\\) ?[-–—] ?(${UPPER_PLACE}),? (${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})${DASH} ?`, 'u'),
    note: 'the agency first, then the place and date in capitals, month or day first (ANSA: "NOV 14", "27 NOV")',
    example: '(ANSA) - VENICE, NOV 14 - The blue crab ...',
  },
  {
    name: 'upper-place-date',
    pattern: new RegExp(`^(${UPPER_PLACE}), ((?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6}\\.? \\d{1,2}) (?=\\p{Lu}\\p{Ll}|[AI] \\p{Ll})`, 'u'),
    note: 'a place and the month and day in capitals running into the lede with no dash (Nepali and Indian print copy), the lede maybe opening with "A"',
    example: 'KATHMANDU, APRIL 17 The Kathmandu Metropolitan City has ...',
  },
  {
    name: 'upper-place-region-date-stop',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){1,2}), (${MONTH} \\d{1,2})\\. (?=\\p{Lu}\\p{Ll})`, 'u'),
    note: 'a place in capitals, its country, and the month and day closed by a full stop, running into the lede with no agency (Caucasus agencies\' own reports)',
    example: 'BAKU, Azerbaijan, February 2. The State Oil Fund ...',
  },
  {
    name: 'date-then-bracketed-place',
    pattern: new RegExp(`^${MONTH} \\d{1,2}, \\d{4} \\((${UPPER_PLACE})\\)${DASH} ?`, 'u'),
    note: 'the date, then the place in capitals in brackets (Sudan Tribune)',
    example: 'September 16, 2025 (KASSALA) – Authorities in Kassala ...',
  },
  {
    name: 'agency-lede',
    pattern: new RegExp(`^()\\((${AGENCY_ALTERNATION})\\)(?:${DASH})? ?`),
    note: 'the agency alone in brackets, no place: "(CNN)President Trump ..."',
    example: '(CNN)President Donald Trump said ...',
  },
  {
    name: 'unknown-agency-lede',
    pattern: new RegExp(`^()()\\((?<agency>(?:[Tt]he )?\\p{Lu}[\\p{L}.&'’-]{1,25}(?: \\p{Lu}[\\p{L}.&'’-]{1,25}){1,3})\\)${DASH} ?(?=\\p{Lu})`, 'u'),
    note: 'a news service of two words or more, in brackets and before a dash, opening the lede with no place (a syndicated state-politics service\'s copy on a weekly\'s site)',
    example: '(The Center Square) – Ohio\'s rural townships could soon ...',
  },
  {
    name: 'place-dash-date-colon',
    pattern: new RegExp(`^(${UPPER_PLACE}) ?(?:—|–|-) ?(\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4}):\\s`, 'u'),
    note: 'a place in capitals, a dash and the full date, then a colon (Egyptian sites)',
    example: 'CAIRO - 13 March 2023: Egypt\'s local wheat procurement season ...',
  },
  {
    name: 'place-dash-date-dash',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2}) (?:—|–|-{1,2}) (\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4}) (?:—|–|-{1,2}) ?(?=\\p{Lu})`, 'u'),
    note: 'a company\'s release: the place in capitals, a dash, the full date, a dash',
    example: 'OSLO, Norway – 4 September 2025 – Nordvik Hydrogen ASA has signed ...',
  },
  {
    name: 'place-dash',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2})\\.? {0,3}(?:(?:—|―|–|-{1,3}|>>) |(?:—|--)(?=\\p{Lu}))(?=\\p{Lu})`, 'u'),
    note: 'a place in capitals and a dash with no agency: "KYIV — ...", "SINGAPORE - ...", "ENUGU—THE state government ...", Canadian papers\' unspaced "OTTAWA—The ...", Japanese papers\' "KYOTO--The ...", Cuban papers\' "CIENFUEGOS.—The ...", Hawaiian papers\' "ANCHORAGE, Alaska >> The ...", Pandoc\'s "REGINA --- ..."',
    example: 'KYIV — Ukrainian forces said ...',
  },
  {
    name: 'place-region-dash',
    pattern: new RegExp(`^(${PLACE}, ${PLACE}) {0,3}(?:—|–|-{1,2}) (?=\\p{Lu})`, 'u'),
    note: 'a place and its region or country in any case, then a dash: "Bol, Chad – ..."',
    example: 'Bol, Chad – For three generations ...',
  },
  {
    name: 'place-colon',
    pattern: new RegExp(`^(${UPPER_PLACE}(?:, ${PLACE}){0,2}): (?=\\p{Lu})`, 'u'),
    note: 'South Asian style: a place in capitals and a colon: "ISLAMABAD: The Senate ..."',
    example: 'MUMBAI: The civic body said ...',
  },
  {
    name: 'lead-place-colon',
    pattern: /^(\p{Lu}\p{Ll}+(?:[ /-]\p{Lu}\p{Ll}+){0,2})(?: \(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}\))?: (?=\p{Lu})/u,
    note: 'a place in name case and a colon opening the first paragraph (Indian papers): "Chennai: Mills have ...", maybe with its state in brackets: "Indore (Madhya Pradesh): ..." (first paragraph only: elsewhere it is a label)',
    example: 'New Delhi: The shipping ministry has proposed ...',
  },
  {
    name: 'lead-place-dash',
    pattern: /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?: ?[-–—] |—)(?=\p{Lu})/u,
    note: 'a place in name case and a spaced dash opening the first paragraph (South African sites): "Cape Town - A series of cold fronts ..."; or an em dash glued to both words (Bhutanese papers): "Gelephu—Farmers in ..." (first paragraph only)',
    example: 'Cape Town - A series of intense cold fronts is expected ...',
  },
  {
    name: 'bracketed-place-date',
    pattern: new RegExp(`^\\((${PLACE}), (${WIRE_DATE})\\)(?::|${DASH})? ?(?=\\p{Lu})`, 'u'),
    note: 'a place and a date in brackets opening the first paragraph, then a colon or a dash (UN agencies\' releases): "(Mogadishu, 12 May 2025): Heavy rains ..."',
    example: '(Mogadishu, 12 May 2025): Heavy rains have displaced ...',
  },
  {
    name: 'lead-bracketed-place',
    pattern: /^\((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\) ?(?:[—–-] ?)?(?=\p{Lu})/u,
    note: 'a place in brackets, maybe then a dash, opening the first paragraph (Chinese financial sites, Quebec papers): "(Beijing) — China\'s ...", "(Québec) Le gouvernement ..." (first paragraph only; an agency in brackets is the agency\'s dateline)',
    example: '(Beijing) — China\'s central bank cut ...',
  },
  {
    name: 'lead-place-stop-dash',
    pattern: /^(\p{Lu}\p{Ll}+(?: (?:de|del|la|las|los|el) \p{Lu}\p{Ll}+| \p{Lu}\p{Ll}+){0,2})\.[-–—] ?(?=\p{Lu})/u,
    note: 'a place, a full stop and a dash opening the first paragraph (Spanish-speaking Caribbean and Latin American papers): "Santo Domingo.- A judge ..." (first paragraph only)',
    example: 'Santo Domingo.- A judge ordered ...',
  },
  {
    name: 'lead-place-full-stop',
    pattern: /^(\p{Lu}\p{Ll}{2,}(?: (?:es|el|al|de|upon) \p{Lu}\p{Ll}{2,}| \p{Lu}\p{Ll}{2,}){0,2})\. (?=\p{Lu})/u,
    note: 'a place and a full stop opening the first paragraph (East African papers): "Dodoma. The council ...", "Dar es Salaam. The government ..." (first paragraph only)',
    example: 'Dodoma. The City Council has announced ...',
  },
  {
    name: 'lead-date-place',
    // The place (group 1) is read in the lookahead, so that the date stays group 2 as in the other rules.
    pattern: new RegExp(`^(?=(?:${MONTH} \\d{1,2}, \\d{4}|\\d{1,2} ${MONTH} \\d{4}) [–—-] (${PLACE}(?:, ${PLACE}){0,2}) [–—-] \\p{Lu})(${MONTH} \\d{1,2}, \\d{4}|\\d{1,2} ${MONTH} \\d{4}) [–—-] [^–—\\n]{2,80} [–—-] `, 'u'),
    note: 'the Canadian government\'s releases: the date, then the place, each followed by a dash, opening the first paragraph ("March 28, 2024 – Ottawa, Ontario – ...") (first paragraph only)',
    example: 'March 28, 2024 – Ottawa, Ontario – Environment and Climate Change Canada ...',
  },
  {
    name: 'lead-date',
    pattern: new RegExp(`^()(${MONTH} \\d{1,2}, \\d{4}|\\d{1,2} ${MONTH} \\d{4}) [–—-] (?=\\p{Lu})`, 'u'),
    note: 'the date alone and a dash opening the first paragraph, no place (health sites\' news): "July 1, 2024 – Older adults ..." (first paragraph only)',
    example: 'July 1, 2024 – Older adults who walk more ...',
  },
];

/**
 * Datelines that are a field of a wire feed rather than words of the lede: a place, a month and
 * day (month first) with no year and no agency, then a spaced hyphen ("COLUMBUS, IND., Feb 26 -",
 * "SAN LUIS OBISPO, Calif., March 16 -"), as the 1987 Reuters feed sends its DATELINE apart from the
 * story. The first paragraph is cut after them. Every other dateline ("WASHINGTON (AP) —", "NEW
 * DELHI:", "(CNN)", "GUWAHATI, Oct 10:", "GEORGE TOWN, Feb 5 —", "Ljubljana, 12 March -", a release's
 * "JUBA, 7 May 2025 –") opens the lede on the page and stays in it as written, as the publishers' own
 * article bodies (the aeb corpus's gold) keep it; the `dateline` field holds it either way.
 */
const FEED_FIELD_DATELINE_RULES: ReadonlySet<string> = new Set(['wire-dateline-date']);
const YEAR = /\d{4}/;
const SPACED_HYPHEN_END = / -$/;
const MONTH_FIRST = /^\p{L}/u;
export const isFeedFieldDateline = (dateline: DatelineMatch) =>
  FEED_FIELD_DATELINE_RULES.has(dateline.rule) &&
  SPACED_HYPHEN_END.test(dateline.text) &&
  !YEAR.test(dateline.text) &&
  MONTH_FIRST.test(dateline.dateText ?? '');

/** Datelines read only at the start of the article's first paragraph: elsewhere the same shape is a label or a sentence. */
const LEAD_ONLY_RULES = new Set(['lead-place-colon', 'lead-place-dash', 'lead-bracketed-place', 'lead-place-stop-dash', 'lead-place-full-stop', 'lead-date-place', 'lead-date']);

/** Characters that end a dateline's place or stand for its agency, date or dash: "LONDON,", "(AP)", "—", ":". */
const DATELINE_DELIMITER = /[,;:.()[\]\/_\-–—―]/;
/** Lower-case words inside the places of the table's patterns ("Santo Domingo de Guzmán", "Dar es Salaam"). */
const PLACE_WORD_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'la', 'las', 'los', 'el', 'es', 'al', 'upon', 'le']);
/** The table's month stems, any language: a line may open with the month in lower case ("abr 3, 2025 (KABUL) -"). */
const MONTH_STEM_START = new RegExp(`^(?:${MONTH_STEMS.join('|')})`, 'i');
/** Lead words looked at: past them a line is handed to the table. */
const MAX_LEAD_WORDS = 8;
/**
 * Whether a line can open with a dateline at all, so that a line of prose is not tried against
 * every pattern of the table: every pattern starts with a bracket or with words in capitals (digits
 * and a place's particles between them) that end at one of the delimiters. "The council voted ..."
 * and "Most Read" cannot; "LONDON, June 21", "Dhaka:", "San José (AFP) -" can.
 */
export function mayOpenDateline(text: string): boolean {
  // Word by word, not split: a paragraph of prose would be cut into all its words.
  for (let k = 0, start = 0; k < MAX_LEAD_WORDS; k++) {
    const space = text.indexOf(' ', start);
    const word = text.slice(start, space < 0 ? text.length : space);
    if (DATELINE_DELIMITER.test(word)) return true;
    if (word && !/^[\p{Lu}\d]/u.test(word) && !PLACE_WORD_PARTICLES.has(word)) {
      // "march 3, 2025 (KABUL) -": the table's month names are in any case.
      return k === 0 && MONTH_STEM_START.test(word);
    }
    // Every pattern has a delimiter: a line of capitalised words alone ("Home", "Most Read") has none.
    if (space < 0) return false;
    start = space + 1;
  }
  return true;
}

/** Capitalised lead words that are not places. */
const NOT_PLACES = new Set([
  'FILE', 'PHOTO', 'PHOTOS', 'VIDEO', 'WATCH', 'UPDATE', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'NOTE', 'CORRECTION', 'LIVE',
  'MORE', 'RELATED', 'READ', 'ALSO', 'SEE', 'EXPLORE', 'FACT', 'FACTS', 'TAGS', 'TOPICS', 'SHARE', 'SOURCE', 'SOURCES', 'CREDIT', 'SUMMARY', 'HIGHLIGHTS', 'LISTEN', 'ADVERTISEMENT',
  // A letters page's salutation: "SIR – Last week I paid ...".
  'SIR', 'MADAM',
  // Labels and one-word sentences that open paragraphs in name case ("Background:", "Yes. The ...").
  'BACKGROUND', 'CONTEXT', 'DETAILS', 'DISCLAIMER', 'WARNING', 'ALERT', 'WEATHER', 'EMERGENCY', 'ADVISORY', 'QUESTION', 'ANSWER', 'FLASHBACK', 'REVIEW', 'INTERVIEW', 'TIMELINE', 'MEANWHILE',
  'YES', 'WHY', 'WHAT', 'HOW', 'WHO', 'WHEN', 'WHERE', 'TODAY', 'YESTERDAY', 'TOMORROW', 'EARLIER', 'LATER', 'FINALLY', 'INDEED', 'THANKS', 'SILENCE',
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'EDITOR', 'EDITORS', 'PLUS', 'BONUS', 'CORRECTIONS', 'UPDATED',
  // A feed item's fields pasted as text ("Description: About 380 new lamp posts ...").
  'DESCRIPTION', 'CONTENT', 'EXCERPT', 'TITLE', 'LINK', 'DATE', 'TIME', 'CATEGORY', 'CATEGORIES', 'PRIORITY',
  // An archive's or API's export fields ("Body:", "Abstract:", "Standfirst:").
  'BODY', 'ABSTRACT', 'STANDFIRST', 'HEADLINE', 'SECTION', 'BYLINE',
  // A comment form's fields ("Website:").
  'WEBSITE', 'NAME', 'EMAIL', 'COMMENT', 'PHONE',
  // Titles and abbreviations before a full stop: "Mrs. Ochieng said ...".
  'MRS', 'GEN', 'SEN', 'REP', 'GOV', 'COL', 'CAPT', 'PROF', 'REV', 'SGT', 'HON', 'INC', 'LTD', 'CORP',
  // Page controls left in a copy ("Text:" of a text-size control).
  'TEXT', 'FONT', 'SIZE', 'PRINT', 'EMAIL', 'AUDIO', 'MENU', 'SEARCH', 'CLOSE', 'COMMENT', 'COMMENTS',
  // A text browser's placeholders ("[IMG]", "[IFRAME]").
  'IMG', 'IMAGE', 'IFRAME', 'INLINE', 'BUTTON',
  // A fact check's field labels.
  'CLAIM', 'VERDICT', 'RATING',
  // A film or book review's field labels ("Story: A retired theatre actor ...").
  'STORY', 'PLOT', 'SYNOPSIS', 'CAST', 'DIRECTOR',
  // The same labels in other languages ("Weiterlesen:", "Lire aussi :", "Anzeige").
  'WEITERLESEN', 'WEITERE', 'MEHR', 'LESEN', 'SIEHE', 'ANZEIGE', 'WERBUNG', 'LIRE', 'VOIR', 'PUBLICITÉ', 'LEGGI', 'VEDI', 'LEA', 'LEE', 'LEER', 'VER', 'PUBLICIDAD', 'LEIA', 'VEJA', 'SAIBA',
]);

/** A reporter's role in capitals, under the byline of a print page ("HEALTH CORRESPONDENT", "STAFF WRITER"): no place. */
const ROLE_AT_END = /\b(?:CORRESPONDENT|REPORTER|WRITERS?|EDITOR|STAFF|COLUMNIST|PHOTOGRAPHER)S?$/;

/** Articles that open places' names ("THE HAGUE", "DES MOINES", "LOS ANGELES", "LA PAZ", "EL PASO", "LE MANS"). */
const PLACE_ARTICLES: ReadonlySet<string> = new Set(['the', 'des', 'los', 'las', 'la', 'el', 'le']);

/** Lower-case words inside a place's name: "Dar es Salaam", "Stratford-upon-Avon". */
const PLACE_PARTICLES: ReadonlySet<string> = new Set(['es', 'el', 'al', 'de', 'upon']);

/** Capitalised lead words that are labels or a reporter's role, not places ("More:", "FILE -", "READ ALSO:", "HEALTH CORRESPONDENT"); "LIVE OAK" is a place. */
/** Last words of a section's label over a summary, which no place ends with: "Dive Brief:", "Dive Insight:", "Key Takeaways:". */
const LABEL_LAST_WORDS = new Set(['BRIEF', 'BRIEFS', 'BRIEFING', 'INSIGHT', 'INSIGHTS', 'TAKEAWAY', 'TAKEAWAYS', 'RECAP']);
export const isNotPlace = (words: string) => ROLE_AT_END.test(words) || LABEL_LAST_WORDS.has(words.slice(words.lastIndexOf(' ') + 1).toUpperCase()) || words.split(' ').every((word) => NOT_PLACES.has(word.toUpperCase()));

/** Function words a headline kicker in capitals has and a place name has not, and a video label's words ("WATCH THE VIDEO ABOVE:"). */
/** Words of a clause, never of a place: a newsletter's run-in heading in capitals ("THE DEAL THAT ISN'T (YET) — ..."). */
const CLAUSE_WORDS = new Set(['that', 'this', 'what', 'why', 'how', 'who', 'when', 'not', "isn't", 'isn’t', "don't", 'don’t', "won't", 'won’t', "can't", 'can’t']);
const KICKER_WORDS = new Set(['in', 'at', 'for', 'with', 'to', 'is', 'are', 'was', 'his', 'her', 'its', 'their', 'after', 'before', 'over', 'above', 'below', 'video', 'watch', 'listen']);
/** Words of an organisation's name, which opens a sentence before a spaced dash as a place would: "Health New Zealand - Te Whatu Ora announced ...". */
const ORGANISATION_WORDS = new Set(['health', 'ministry', 'council', 'department', 'police', 'service', 'services', 'agency', 'university', 'bank', 'commission', 'authority', 'trust', 'board', 'committee', 'court', 'hospital', 'party', 'union', 'association', 'company', 'corporation', 'institute', 'foundation']);
const OUTLET_DOMAIN_LEAD = /^\p{Lu}[\p{L}]{1,20}\.(?:co|com|net|org)(?:\.[a-z]{2})?, (?=\p{Lu})/iu;

/** Datelines with neither a date nor an agency. */
const PLACE_ONLY_RULES = new Set(['place-dash', 'place-region-dash', 'place-colon', ...LEAD_ONLY_RULES]);

/**
 * Match a wire dateline at the start of a paragraph; `lead` says the paragraph is the article's
 * first, where the weaker name-case forms ("Chennai: ...") count too.
 */
/** A body's name, in name case after a possessive, before its initials: "Uruguay's National Ports Administration (ANP)" ("KING'S LYNN" is a place). */
const ORGANISATION_POSSESSIVE = /\p{Ll}(?:'|’)s (?:\p{Lu}\p{Ll}+ ){1,5}\p{Lu}\p{Ll}+$/u;
/** Rules whose agency group may name an agency the table does not know: it is reported as written. */
const UNKNOWN_AGENCY_RULES: ReadonlySet<string> = new Set(['dateline-unknown-agency', 'unknown-agency-lede', 'place-date-slashed-agency-reporter', 'dateline-comma-unknown-agency', 'press-release-unknown-wire', 'weekday-date-agency', 'cyrillic-dateline-agency', 'cyrillic-dateline-correspondent-agency', 'cyrillic-dateline-dash-agency']);

/** A line opening in Chinese, Japanese or Korean script, or with a bracket before it. */
const EAST_ASIAN_LEAD = /^[(\[（〔【［]?[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** Agencies as Chinese, Japanese and Korean openers abbreviate them, by the name reported. */
const EAST_ASIAN_AGENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['中新网', '中国新闻网'],
  ['中新網', '中國新聞網'],
  ['共同', '共同通信'],
  ['時事', '時事通信'],
]);
/** Openers of a paper's own copy: "本报北京3月14日电" is "this paper's Beijing dispatch", no agency. */
const OWN_OUTLET = /^本(?:报|報|台|网|網)$/;
/** A report's kind where its place would be: "〔記者林佳蓉／綜合報導〕" is a compiled report. */
const NOT_EAST_ASIAN_PLACES: ReadonlySet<string> = new Set(['綜合', '综合', '即時', '即时', '專題', '专题', '特稿']);
const HAN_NAME = '\\p{sc=Han}{2,4}';
/** Names that run into the place with no mark between (CNA: "記者陳怡君台東14日電"), parted by length. */
const REPORTER_AND_PLACE = '(?<reporterAndPlace>[\\p{sc=Han}]{4,8})';

/**
 * The openers of Chinese, Japanese and Korean copy, which put the agency, the place and often the
 * reporters in one bracketed or run-on credit before the lede. Named groups: place, agency,
 * reporters (names parted by 、, commas or spaces), reporterAndPlace (see REPORTER_AND_PLACE).
 */
export const EAST_ASIAN_DATELINE_RULES: readonly Rule[] = [
  {
    name: 'han-agency-dispatch',
    pattern: new RegExp(`^(?<agency>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|新华网|新華網|环球网|光明网|本报|本報|本台|本网|本網)(?<place>\\p{sc=Han}{2,4}?)(?:\\d{1,2}月)?\\d{1,2}日(?:专|專)?(?:电|電|讯|訊) ?(?:[（(](?:记者|記者) ?(?<reporters>${HAN_NAME}(?:[、，, ] ?${HAN_NAME}){0,4})(?: ?(?:通讯员|通訊員)[^）)]{0,30})?[）)])?`, 'u'),
    note: 'a Chinese agency or the paper itself, the place, the date and the word for a dispatch, then maybe its reporters in brackets',
    example: '新华社福州3月14日电（记者王伟、李娜）记者14日从福建省能源部门获悉 ...',
  },
  {
    name: 'han-place-dispatch',
    pattern: new RegExp(`^(?<place>\\p{sc=Han}{2,4}?)(?:\\d{1,2}月)?\\d{1,2}日(?:专|專)?(?:电|電|讯|訊)(?: ?[（(](?:记者|記者) ?(?<reporters>${HAN_NAME}(?:[、，, ] ?${HAN_NAME}){0,4})[）)]|(?= |$))`, 'u'),
    note: 'a place, the date and the word for a dispatch, with no agency before it; its reporters in brackets or a space must follow, so that a sentence about "14日电视台" is none',
    example: '福州3月14日电（记者王伟）记者14日从 ...',
  },
  {
    name: 'cna-dispatch',
    pattern: new RegExp(`^[（(](?<agency>中央社)(?:(?:記者|记者)(?<reporters>(?:${HAN_NAME}、){0,4})${REPORTER_AND_PLACE}|(?<place>\\p{sc=Han}{2,4}))\\d{1,2}日(?:專|专)?(?:電|电)[）)]`, 'u'),
    note: 'Taiwan\'s Central News Agency\'s opener, its reporters running into the place',
    example: '（中央社記者陳怡君台東14日電）台鐵今天舉辦 ...',
  },
  {
    name: 'han-bracketed-reporter-place',
    pattern: new RegExp(`^[〔［[【](?:記者|记者)(?<reporters>${HAN_NAME}(?:、${HAN_NAME}){0,4})[／/](?<place>\\p{sc=Han}{2,6})(?:報導|报道)[〕］\\]】]`, 'u'),
    note: 'a Taiwanese paper\'s opener: its reporters, a slash, then the place they report from',
    example: '〔記者黃冠宇／高雄報導〕高雄市鹽埕區 ...',
  },
  {
    name: 'japanese-place-agency',
    pattern: /^【(?<place>[\p{sc=Katakana}\p{sc=Han}ー・]{1,12}?)(?:(?<agency>共同|時事)|[=＝](?<reporters>[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,8}))】/u,
    note: 'a Japanese paper\'s opener: the place, then the agency or "=" and the reporter',
    example: '【ニューヨーク共同】米ニューヨーク市マンハッタンで13日 ...',
  },
  {
    name: 'korean-place-agency',
    pattern: /^[(\[](?<place>\p{sc=Hangul}{1,10})[=＝](?<agency>[\p{sc=Hangul}\p{L}\d]{2,10})[)\]] ?(?:(?<reporters>\p{sc=Hangul}{2,4}(?:[ ·,]\p{sc=Hangul}{2,4}){0,3}) (?:기자|특파원) ?=)?/u,
    note: 'a Korean agency\'s opener: place "=" agency in brackets, then maybe its reporters and "기자 ="',
    example: '(세종=연합뉴스) 이승훈 기자 = 정부가 ...',
  },
];

/** Reporters run into their place with no mark between: a name has three characters when the two can spare them, else two. */
function splitReporterAndPlace(text: string): [reporter: string, place: string] {
  const nameLength = text.length >= 5 ? 3 : 2;
  return [text.slice(0, nameLength), text.slice(nameLength)];
}

function matchEastAsianDateline(text: string): DatelineMatch | null {
  for (const rule of EAST_ASIAN_DATELINE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const groups = m.groups!;
    const reporters = groups['reporters']?.split(/[、，,·\s]+/).filter(Boolean) ?? [];
    let place = groups['place'];
    if (groups['reporterAndPlace']) {
      const [reporter, rest] = splitReporterAndPlace(groups['reporterAndPlace']);
      reporters.push(reporter);
      place = rest;
    }
    const agency = groups['agency'];
    return {
      text: m[0].trim(),
      location: place && !NOT_EAST_ASIAN_PLACES.has(place) ? place : null,
      dateText: null,
      agency: agency && !OWN_OUTLET.test(agency) ? (EAST_ASIAN_AGENCY_NAMES.get(agency) ?? agency) : null,
      ...(agency ? { agencyText: agency } : {}),
      reporters,
      rule: rule.name,
    };
  }
  return null;
}

const CASELESS_LEAD = new RegExp(`^[${CASELESS_SCRIPT_LETTERS}]`, 'u');
const CASELESS_WORD = `[${CASELESS_SCRIPT_LETTERS}]+`;
/** A place of one to three words. */
const CASELESS_PLACE = `${CASELESS_WORD}(?: ${CASELESS_WORD}){0,2}`;
/** A day or year in any script's digits. */
const ANY_DIGITS = `[\\d${NATIVE_DIGITS}]`;
/** Day and month, either first, maybe a year: "१८ नवंबर", "जेठ ८". */
const CASELESS_DATE = `(?:${ANY_DIGITS}{1,2} ${CASELESS_WORD}|${CASELESS_WORD} ${ANY_DIGITS}{1,2})(?:,? ${ANY_DIGITS}{4})?`;
/** The end of a South Asian dateline: a colon, a danda, an Urdu stop or a dash. */
const CASELESS_DATELINE_END = ' ?(?:[:।۔]|[—–-]{1,2})';

/** Words of a desk or a correspondent: in a dateline's brackets ("لاہور (اسٹاف رپورٹر)", "ঢাকা (নিজস্ব প্রতিবেদক)"), in a byline ("नाशिक प्रतिनिधी"). */
export const SOUTH_ASIAN_DESK = /(?:رپورٹر|نامہ نگار|ڈیسک|نیوز|প্রতিবেদক|প্রতিবেদন|প্রতিনিধি|ডেস্ক|নিজস্ব|संवाददाता|प्रतिनिधि|प्रतिनिधी|डेस्क|ब्यूरो|डिजिटल|टीम)/u;
/** Labels of lines that open like a place: "সূত্র:" (source), "আরও পড়ুন:" (read more), "फोटो:", "यह भी पढ़ें:". */
const SOUTH_ASIAN_LABEL = /^(?:সূত্র|ছবি|আরও|আরো|ফাইল|फोटो|फ़ोटो|स्रोत|यह|ये|इसे|पढ़ें|हेही|ذریعہ|مزید|تصویر|படம்|மேலும்)(?![\p{L}\p{M}])/u;

/**
 * Datelines of South Asian copy in its own scripts. Named groups: place, bracket (an agency or a
 * desk in brackets).
 */
export const SOUTH_ASIAN_DATELINE_RULES: readonly Rule[] = [
  {
    name: 'caseless-place-date',
    pattern: new RegExp(`^(?<place>${CASELESS_PLACE}), (?:${CASELESS_DATE})(?: ?\\((?<bracket>[^()]{1,60})\\))?${CASELESS_DATELINE_END}?(?= |$)`, 'u'),
    note: 'a place, a comma, day and month (maybe a year), maybe an agency in brackets, then a colon, a danda or a dash',
    example: 'ঢাকা, ১৮ নভেম্বর, ২০২৪ (বাসস) : দেশের ৬৪ জেলায় ...',
  },
  {
    name: 'caseless-place-words-date-agency',
    pattern: new RegExp(`^(?<place>${CASELESS_PLACE}), ${CASELESS_WORD} ${CASELESS_WORD} ?\\((?<bracket>[^()]{1,60})\\)${CASELESS_DATELINE_END}?(?= |$)`, 'u'),
    note: 'a place, the day in words and the month, then an agency in brackets, as PTI\'s Hindi service dates its copy (without the agency two words after a comma are any clause)',
    example: 'नयी दिल्ली, पांच सितंबर (भाषा) दोपहिया वाहन ...',
  },
  {
    name: 'caseless-place-bracket',
    pattern: new RegExp(`^(?<place>${CASELESS_PLACE}) ?\\((?<bracket>[^()]{1,60})\\)(?:${CASELESS_DATELINE_END})?(?= |$)`, 'u'),
    note: 'a place and an agency or desk in brackets: "لاہور (اسٹاف رپورٹر)", "मुंबई (आईएएनएस)" (other brackets are no dateline)',
    example: 'لاہور (اسٹاف رپورٹر) پنجاب حکومت نے ...',
  },
  {
    name: 'caseless-correspondent-place',
    pattern: new RegExp(`^(?:${CASELESS_WORD} ){0,2}(?:संवाददाता|प्रतिनिधि|প্রতিনিধি|প্রতিবেদক|نامہ نگار), (?<place>${CASELESS_PLACE})${CASELESS_DATELINE_END}(?= )`, 'u'),
    note: 'a correspondent, then the place they file from and a colon: "प्रहरी संवाददाता, लखनऊ:"',
    example: 'प्रहरी संवाददाता, लखनऊ: शहर में ...',
  },
  {
    name: 'caseless-place-colon',
    pattern: new RegExp(`^(?<place>${CASELESS_WORD}(?: ${CASELESS_WORD})?)${CASELESS_DATELINE_END}(?= )`, 'u'),
    note: 'a place of one or two words and a colon or dash, opening the lede ("சென்னை:", "नाशिक :", "काठमाडौं —"); labels are no places',
    example: 'சென்னை: தமிழகத்தில் ...',
  },
];
const SOUTH_ASIAN_AGENCY_ALIASES = [...SOUTH_ASIAN_AGENCIES.keys()];
/** Rules whose bracket must hold an agency or a desk. */
const BRACKET_MAKES_DATELINE = new Set(['caseless-place-words-date-agency', 'caseless-place-bracket']);
/** Lead-only: a word and a colon opens only a lede. */
const SOUTH_ASIAN_LEAD_ONLY = new Set(['caseless-place-colon']);
/** A dateline leads into a sentence of at least this many words. */
const MIN_SOUTH_ASIAN_LEDE_WORDS = 6;

function matchSouthAsianDateline(text: string, lead: boolean): DatelineMatch | null {
  if (SOUTH_ASIAN_LABEL.test(text)) return null;
  for (const rule of SOUTH_ASIAN_DATELINE_RULES) {
    if (!lead && SOUTH_ASIAN_LEAD_ONLY.has(rule.name)) continue;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const bracket = m.groups!['bracket'];
    const agency = bracket === undefined ? undefined : SOUTH_ASIAN_AGENCY_ALIASES.find((alias) => bracket.includes(alias));
    if (BRACKET_MAKES_DATELINE.has(rule.name) && agency === undefined && !SOUTH_ASIAN_DESK.test(bracket!)) continue;
    // "নিজস্ব প্রতিবেদন:" ("own report") credits a desk, from no place.
    if (SOUTH_ASIAN_DESK.test(m.groups!['place']!)) continue;
    if (text.slice(m[0].length).trim().split(' ').length < MIN_SOUTH_ASIAN_LEDE_WORDS) continue;
    return {
      text: m[0].trim(),
      location: m.groups!['place']!,
      dateText: null,
      agency: agency === undefined ? null : SOUTH_ASIAN_AGENCIES.get(agency)!,
      ...(agency ? { agencyText: `(${bracket})` } : {}),
      rule: rule.name,
    };
  }
  return null;
}

/** The initials of a name's capitalised words, an article aside: "THE Jamaica Teachers' Association" -> "JTA". */
const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word) && word.toUpperCase() !== 'THE')
    .map((word) => word[0])
    .join('')
    .toUpperCase();

/** Dash rules whose place may be an agency crediting itself over the lede ("NNA - The Ministry ..."). */
const AGENCY_OPENS_LEDE_RULES = new Set(['place-dash', 'lead-place-dash']);
/** Words after a dash that make a sentence, not a credit line or a menu ("KYODO NEWS - Jun 14, 2024", "RSS - Posts"). */
const MIN_SENTENCE_WORDS_AFTER_DASH = 8;

export function matchDateline(text: string, lead = false): DatelineMatch | null {
  if (EAST_ASIAN_LEAD.test(text)) return matchEastAsianDateline(text);
  if (CASELESS_LEAD.test(text)) return matchSouthAsianDateline(text, lead);
  if (!mayOpenDateline(text)) return null;
  for (const rule of DATELINE_RULES) {
    if (!lead && LEAD_ONLY_RULES.has(rule.name)) continue;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    // "TEMPO.CO, Jakarta -": the outlet's web name before the place is no part of it.
    // "CIENFUEGOS.—", "YUZHNO-SAKHALINSK. Oct 14 (Interfax) -": the stop after a place in capitals is no part of it ("WASHINGTON, D.C." keeps its own).
    const location = m[1]!.replace(/[,-]+$/, '').replace(/^(\p{Lu}[\p{Lu}'-]{2,}(?: \p{Lu}[\p{Lu}'-]{1,})*)\.$/u, '$1').replace(OUTLET_DOMAIN_LEAD, '').trim();
    // The weak forms take no word that is a label, a title or a function word: "South Dakota Gov. Kristi ...".
    if (LEAD_ONLY_RULES.has(rule.name) && location.split(/[ -]/).some((word, k) => (STOP_WORD_SET.has(word.toLowerCase()) && !(k > 0 && PLACE_PARTICLES.has(word))) || NOT_PLACES.has(word.toUpperCase()))) continue;
    // "FILE - Sen. Tull speaks ..." opens a photo caption, not a story.
    // Labels are not places.
    if (isNotPlace(location) || ORGANISATION_POSSESSIVE.test(location) || location.toLowerCase().split(' ').some((word) => CLAUSE_WORDS.has(word))) continue;
    // A kicker in capitals is no place: "UNDER WATER: Farmer ...", "FIELDS IN RUINS: ..." ("THE HAGUE",
    // "PORT OF SPAIN" and "TRINIDAD AND TOBAGO" are places).
    const words = location.toLowerCase().split(' ');
    if (PLACE_ONLY_RULES.has(rule.name) && ((!PLACE_ARTICLES.has(words[0]!) && STOP_WORD_SET.has(words[0]!)) || words.some((word) => KICKER_WORDS.has(word) || ORGANISATION_WORDS.has(word)))) continue;
    const rest = text.slice(m[0].length);
    // A dateline leads into a sentence (or ends its line, the lede following on the next).
    if (rest && !/^["“'‘«„(\p{L}\p{N}<]/u.test(rest)) continue;
    // Nor is an agency crediting itself ("KYODO NEWS - Jun 14, 2024"), but before a sentence it opens the lede in place of one ("NNA - The Ministry of ...").
    if (agencyName(location)) {
      if (AGENCY_OPENS_LEDE_RULES.has(rule.name) && rest.split(' ').length >= MIN_SENTENCE_WORDS_AFTER_DASH) return { text: m[0].trim(), location: null, dateText: null, agency: agencyName(location), rule: 'agency-lede' };
      continue;
    }
    // The agency where a region would be ("Muscat, IRNA – ...", "ROSEAU, Dominica, CMC – ..."), or after the dash on a line of its own ("ANKARA – Reuters").
    const regionAgency = PLACE_ONLY_RULES.has(rule.name) && location.includes(', ') ? agencyName(location.slice(location.lastIndexOf(', ') + 2)) : null;
    const agencyAfterDash = rule.name === 'place-dash' ? agencyName(rest.trim()) : null;
    // Without a date or an agency, only a real sentence after it makes "PLACE -" a dateline ("RSS - Posts" is not).
    if (PLACE_ONLY_RULES.has(rule.name) && rest.split(' ').length < MIN_SENTENCE_WORDS_AFTER_DASH && !agencyAfterDash) continue;
    const agencyAlias =
      rule.name === 'agency-lede' ? m[2]! : rule.name === 'agency-first-dateline' ? /^\(([^()]+)\)/.exec(text)![1]! : rule.name === 'agency-hyphen-place' ? text.slice(0, text.indexOf('-')) : rule.name.includes('agency') || rule.name.startsWith('press-release-') ? (m.groups?.['agency'] ?? m[3] ?? null) : (regionAgency ?? agencyAfterDash);
    // An organisation's name before its own initials is no place: "THE Jamaica Teachers' Association (JTA) is ...".
    if (agencyAlias && initialsOf(location) === agencyAlias.toUpperCase()) continue;
    return {
      text: agencyAfterDash ? text.trim() : m[0].trim(),
      location: (regionAgency ? location.slice(0, location.lastIndexOf(', ')) : location) || null,
      dateText: rule.name === 'agency-lede' ? null : m[2] || null,
      agency: agencyAlias ? (agencyName(agencyAlias) ?? (UNKNOWN_AGENCY_RULES.has(rule.name) ? agencyAlias : null)) : null,
      ...(m.groups?.['reporters'] ? { reporters: [m.groups['reporters']] } : {}),
      rule: rule.name,
    };
  }
  return null;
}

/**
 * Attribution and sign-off lines at the end (or start) of an article. Group 1 (or, where a rule has two forms, group 2) is the outlet.
 */
/**
 * The outlet crediting the agency it wrote the story with ("L'Écho Atlantique avec AFP", "Le
 * Courrier du Midi avec AFP"). Not a byline ("By Katja Lindqvist with AP", "Par Le Quotidien avec
 * AFP"): the names there are people.
 */
export const OUTLET_WITH_AGENCY = new RegExp(`^(?!(?:By|BY|Par|Por|Von|Di) )(?:\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|du|de|des|del|della|di|da|do|la|le|of|the)){0,5}) (?:avec|with|con|mit|com|et|and|AVEC|WITH|CON|MIT|COM|ET|AND) (${AGENCY_ALTERNATION})$`, 'u');

export const SOURCE_RULES: readonly Rule[] = [
  {
    name: 'provided-by',
    pattern: /^Provided by (\p{Lu}[^\n]{1,80}?)\.?$/u,
    note: 'a science aggregator\'s credit for the press release it runs, under the story ("Provided by University of Otago")',
    example: 'Provided by University of Washington',
  },
  {
    name: 'source-label',
    // A table's or chart's data source ("Source: Bangladesh Bank", "Source: PaisaWise calculations") credits no
    // story, nor does an official body a report quotes ("Source: Kharkiv City Council on Telegram"), nor a picture's ("Source: Facebook screenshot").
    pattern: /^(?!sources: (?:[^\s|•·]{1,30} ){5})\(?(?:source|sources|source\(s\)|source material|original source|courtesy|via|culled from|agency|agencies|quelle|fonte|fuente|bron|źródło|kaynak|πηγή|izvor|zdroj|forrás|sursa|haber kaynağı|источник|извор|джерело|източник|крыніца|সূত্র|स्रोत|ذریعہ|ماخذ|sumber|chanzo|nguồn|pinagmulan|来源|來源|配信元|출처)\s?[:|\-：] ?(?![^|•·\n,]{2,60}, (?:contributor|correspondent|reporter|writer|journalist)$)(?![^|•·\n]{0,60}\b(?:calculations?|data|estimates?|surveys?|statistics|figures|analysis|bank|ministry|bureau|index|research|reports|authority|exchange|association|company filings?|filings?|council|administration|on (?:telegram|facebook|twitter|instagram)|getty|shutterstock|alamy|istock|unsplash|pexels|screenshots?|screen ?grabs?|photos?|pictures?|images?|graphics?)\b)(?![^|•·\n]{2,40}, \d{1,2} [a-z]{3,9} \d{4}$)(?:© ?)?([^|•·]{2,60}?)(?:\/[a-z]{1,4}(?:\([a-z]{1,4}\))?)? ?(?:\((?:additional )?(?:reporting|writing|editing) by [^()\n]{2,160}\))?(?:[|•·][^\n]{0,80}|(?:published|updated|posted)\b[^|•·\n]{0,80}|\/ #[^\n]{1,120}| {3}[^\n]{1,80})?\)?$/i,
    note: 'explicit attribution line, not an insider\'s scoop headlined "Sources: ..." in six words or more (a stamp or an editor may follow a pipe or a stamp label, editors\' initials a slash, the wire\'s credits in brackets: "Source: CNA/dw(zl)", "Source: Xinhua Published: Mar 05, 2025", "Source: Reuters (Reporting by ...; Editing by ...)", the site\'s hashtags after a slash: "Source: © NTB / #Norway Today"); "Credit:" names a photographer, not a source',
    example: 'Source: BBC',
  },
  {
    name: 'agency-between-pipes',
    pattern: new RegExp(`^(?![^\\n]*\\b(?:[Ii]mages?|[Pp]hotos?|[Pp]ictures?)$)[^|\\n]{1,40} \\| (${LONGER_AGENCY_ALTERNATION}) \\| [^\\n]{1,80}$`, 'u'),
    note: 'an agency\'s full name as a field of the meta line over the title ("India News | Press Trust of India | Published: ..."), not of a photo\'s credit ("Name | Bloomberg | Getty Images")',
    example: 'India News | Press Trust of India | Published: Mar 4, 2025, 09:12 IST',
  },
  {
    name: 'read-more-at-agency',
    pattern: new RegExp(`^read more at (${AGENCY_ALTERNATION})$`, 'i'),
    note: 'a news app\'s 60-word summary pointing to the agency whose story it sums up',
    example: 'read more at ANI',
  },
  {
    name: 'outlet-with-agency',
    pattern: OUTLET_WITH_AGENCY,
    note: 'the outlet crediting the agency it wrote the story with, alone on its line, maybe in capitals ("L\'Écho Atlantique avec AFP", "SABAH DAILY WITH AA")',
    example: 'L\'Écho Atlantique avec AFP',
  },
  {
    name: 'agency-slash-place',
    pattern: new RegExp(`^(${AGENCY_ALTERNATION}) ?\\/ ?(?!(?:File|Files|Getty|Pool|Handout|Stringer)$)\\p{Lu}\\p{Ll}{2,20}$`, 'u'),
    note: 'the agency and the city it filed from, under the title, as Gulf dailies credit a wire\'s story ("QNA/Doha"; "Reuters/File" is a photo\'s, "REUTERS/Jane Doe" a photographer\'s)',
    example: 'QNA/Doha',
  },
  {
    name: 'agency-slash-the-outlet',
    pattern: new RegExp(`^(${AGENCY_ALTERNATION})\\/[Tt]he \\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,3}$`, 'u'),
    note: 'the agency and the outlet that ran its story, alone under the story ("Ritzau/The Local")',
    example: 'Ritzau/The Local',
  },
  {
    name: 'information-from-agency',
    pattern: new RegExp(`^\\(?(?:[Cc]on (?:información|informaciones|info) de|[Cc]om informações d[aeo]s?|[Ww]ith information from|[Aa]vec des informations de|[Cc]on informazioni di) (${AGENCY_ALTERNATION})(?:,? (?:y|e|and|et) (?:${AGENCY_ALTERNATION}))?\\)?\\.?$`),
    note: 'an agency credited for what the story draws on, under it, in Spanish, Portuguese, English, French or Italian ("(Con información de AFP)", "Com informações da Reuters"); the police or a ministry so credited is no agency',
    example: '(Con información de AFP)',
  },
  {
    name: 'inputs-from',
    pattern: /^(?:[-–—] ?)?\(?(?:(?:with|with additional) inputs? from (?!(?:agencies|wires|agency|news agencies)\)?\.?$)([\w ,&.-]{2,60}?)|with ([\w&.-]{2,30}) inputs?)\)?\.?$/i,
    note: 'South Asian agency credit ("With inputs from agencies" names none)',
    example: 'With inputs from PTI',
  },
  {
    name: 'outlet-and-agency-credit',
    pattern: new RegExp(`^(?:The|THE) \\p{Lu}[\\p{L}'’.&-]*(?: \\p{Lu}[\\p{L}'’.&-]*){0,2}(?: \\([^()\\n]{3,60}\\))? ?[+/] ?(${AGENCY_ALTERNATION})$`, 'u'),
    note: 'the site\'s desk, named with "The", and the agency it wrote the story with, by the byline ("The Local (news@thelocal.se) + TT", "The Local/Ritzau"): the agency is the source ("Rick Bowmer/AP" is a photographer\'s credit)',
    example: 'The Local (news@thelocal.se) + TT',
  },
  {
    name: 'wire-sign-off',
    // A bare two-letter alias is no sign-off: "AA" is a text-size button, "AP" a photo credit.
    pattern: new RegExp(`^(?:(?:-{1,2}|—|–|={1,3}) ?(?:[a-z]{2,20}\\/)?[([]?|[([](?:(?:[a-z\\d]{1,20} ){1,3}(?:with|avec) )?|via |(?:©|copyright:?) ?(?:\\d{4} ?)?)(${AGENCY_ALTERNATION}|${SYNDICATE_ALTERNATION})(?:[)\\]]|, \\d{4})?(?: ?\\((?:www\\.)?[a-z\\d-]{2,30}\\.[a-z.]{2,12}\\))?\\.?$|^(${LONGER_AGENCY_ALTERNATION}|${SYNDICATE_ALTERNATION})\\.?$`, 'i'),
    note: 'an agency name alone in any case, as the wire signs off ("Reuter"), "-- AFP", "==Kyodo", "– TIMES/AFP" (the paper and the agency), "©2023 AFP" ("Copyright: Project Syndicate, 2025.": a host\'s only credit), "[ANA-MPA]", "Via MTI", "(FRANCE 24 with AFP)" (the outlet and the agency), "(NAN)(www.nannews.ng)", or as a byline ("Kyodo"); group 1 or 2 is the agency',
    example: ' Reuter',
  },
  {
    name: 'initials-sign-off',
    pattern: new RegExp(`^(${INITIALS_AGENCY_ALTERNATION})\\.?$`),
    note: 'an agency\'s initials alone, in capitals as the wire writes them ("ANA", "KYODO"); a menu\'s "App" is no agency',
    example: 'KYODO',
  },
  {
    name: 'agency-and-day-sign-off',
    pattern: new RegExp(`^\\((${AGENCY_ALTERNATION}), \\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})\\)$`),
    note: 'the agency and the day in brackets closing an Austrian or Swiss story ("(APA, 12.1.2025)")',
    example: '(APA, 12.1.2025)',
  },
  {
    name: 'agency-desk-sign-off',
    pattern: new RegExp(`^(?:-{1,2}|—|–) ?(${AGENCY_ALTERNATION})(?:\\/[a-z]{1,4}){1,4}$`),
    note: 'the agency after a dash, then its desk\'s initials in lower case ("- AFP/ec"); "© ANSA/EPA" is a photo credit',
    example: '- AFP/ec',
  },
  {
    name: 'agency-slug',
    pattern: new RegExp(`^(${AGENCY_ALTERNATION})(?: [A-Z]{2,4}){1,5}(?: \\d{4})?$`),
    note: 'an agency slug with editors\' initials closing a wire story, maybe with the filing time ("PTI KS RB 1845")',
    example: 'PTI AKV RHL',
  },
  {
    name: 'agency-desk-initials-sign-off',
    pattern: new RegExp(`^(${AGENCY_ALTERNATION}) [a-z]{1,4}(?:\\/[a-z]{1,4}){1,3}$`),
    note: 'the agency and its writer\'s and editor\'s initials in lower case after a space, closing an Australian wire story ("AAP lf/sr")',
    example: 'AAP lf/sr',
  },
  {
    name: 'initials-and-agencies',
    // The agencies after the first are any names: the agency list repeated took recheck most of its
    // time limit to prove safe, and V8 a megabyte of machine code to compile.
    pattern: new RegExp(`^(?:[a-z]{2,4}\\/){0,3}[a-z]{2,4}(?: \\((${AGENCY_ALTERNATION})(?:, [^,()\\n]{2,40})*\\)|\\/(${AGENCY_ALTERNATION})(?:\\/[^/\\n]{2,40})*)$`),
    note: 'editors\' initials and the agencies used, closing German and Dutch wire stories (group 1 or 2: the first agency)',
    example: 'jsi/wd (dpa, Reuters)',
  },
  {
    name: 'agency-and-place',
    pattern: new RegExp(`^(${AGENCY_ALTERNATION})(?: {2,}| ?[|•·,] ?| \\. )\\p{Lu}[\\p{L}.'’-]{1,25}(?: \\p{Lu}[\\p{L}.'’-]{1,25}){0,2}(?: ?[|•·] ?[^|•·,\\n]{1,60}|, ?[^|•·,\\n]{1,60}){0,7}$`, 'u'),
    note: 'the agency and the place it filed from, as the byline of agency copy on Indian sites, maybe with the stamps after pipes or commas ("PTI, New Delhi, FEB 02 2020, 19:45 IST"), or after a spaced full stop on Bangladeshi sites ("UNB . Cox\'s Bazar", "United News of Bangladesh . Dhaka | Published: 21:37, Apr 02,2025")',
    example: 'PTI | Kolkata | Updated: 22-01-2025 21:37 IST | Created: 22-01-2025 21:31 IST',
  },
  {
    name: 'agency-slash-staff',
    pattern: new RegExp(`^(${AGENCY_ALTERNATION})\\/\\p{Lu}{2,6} [Ss]taff(?:, [^,\\n]{2,40}){0,2}$`, 'u'),
    note: 'the agency and the paper\'s staff credited together, maybe with the place and date, as Baltic papers set agency copy',
    example: 'BNS/TBT Staff, Vilnius, 14.03.2025',
  },
  {
    name: 'spelled-out-agency-place',
    pattern: new RegExp(`^(${SPELLED_OUT_AGENCY_ALTERNATION}) \\p{Lu}[\\p{L}.'’-]{1,25}(?: \\p{Lu}[\\p{L}.'’-]{1,25}){0,2}$`, 'u'),
    note: 'the agency\'s full name and the place it filed from with no separator, as Indian business papers set agency copy\'s byline',
    example: 'Press Trust of India New Delhi',
  },
  {
    name: 'reporting-by-agency',
    pattern: new RegExp(`^(?:[-–—] ?)?\\(?(?:with (?:(?:additional )?(?:reporting|files|material|information) (?:by|from) |(?:a )?reports? from )?|(?:additional |further )?(?:reporting|files|material) (?:by|from) )(${AGENCY_ALTERNATION})\\)?\\.?$`, 'i'),
    note: 'an agency credited for part of the story at its end',
    example: 'With files from The Canadian Press',
  },
  {
    name: 'release-from-wire',
    pattern: new RegExp(`^(?:press|news) release (?:from|by|via) (${AGENCY_ALTERNATION})$`, 'i'),
    note: 'a portal\'s credit line under a press release\'s title, naming the wire that carried it',
    example: 'Press release from Business Wire',
  },
  {
    name: 'report-by-agency',
    pattern: new RegExp(`^this (?:report|story|article) by (${AGENCY_ALTERNATION}) was (?:first |originally )?published\\b.{0,60}$`, 'i'),
    note: 'the agency\'s own credit line under a story it supplied',
    example: 'This report by The Canadian Press was first published June 11, 2024.',
  },
  {
    name: 'provided-by-partner',
    pattern: /^(?:[Pp]rovided by|[Bb]ereitgestellt von|[Ff]ourni par|[Pp]roporcionado por|[Cc]ontinue reading (?:on|at)|[Rr]ead the full (?:story|article) (?:on|at)) ((?:[Tt]he )?\p{Lu}[\p{L}\d&'’-]{1,30}(?: \p{Lu}[\p{L}\d&'’-]{1,30}){0,4})\.?$/u,
    note: 'a portal\'s credit to the partner outlet whose story it shows, in English or German, French or Spanish ("Provided by The Capitol Ledger", "Bereitgestellt von Nordsee-Kurier", "Continue reading on Lakeshore Daily Press", "Read the full story on The Harbour Daily"); "© Provided by ..." credits a picture',
    example: 'Provided by The Capitol Ledger',
  },
  {
    name: 'original-article-on',
    pattern: /^[Rr]ead the original (?:article|story) (?:on|at) ((?:[Tt]he )?\p{Lu}[\p{L}\d&'’-]{1,30}(?: \p{Lu}[\p{L}\d&'’-]{1,30}){0,4})\.?$/u,
    note: 'a portal\'s pointer to the partner outlet that wrote the story, under it',
    example: 'Read the original article on The Couch Report.',
  },
  {
    name: 'originally-appeared-translated',
    pattern: /^\*?(?:[Cc]et article est republié (?:à partir )?de|[Ee]ste artículo fue publicado originalmente (?:en|por)|[Dd]ieser (?:[Aa]rtikel|[Bb]eitrag) erschien (?:zuerst|ursprünglich) (?:bei|in|auf)) ((?:[Tt]he |[Ll]a |[Ll]e |[Ee]l )?\p{Lu}[\p{L}\d&'’-]{1,30}(?: \p{Lu}[\p{L}\d&'’-]{1,30}){0,4})/u,
    note: 'a republishing credit in French, Spanish or German ("Cet article est republié à partir de The Conversation ...", "Este artículo fue publicado originalmente en Mongabay Latam ...")',
    example: 'Este artículo fue publicado originalmente en Mongabay Latam.',
  },
  {
    name: 'originally-appeared',
    // "... was originally published by Futurism. Read the original article." stays in the body: the corpora keep it there.
    pattern: /^[_*]?this (?:article|story) (?:(?:originally |first )?(?:appeared|was published) (?:on|in)|is republished from) (?!(?:partnership|collaboration|association|cooperation)\b)(?![^\n]{0,40}\b(?:issue|edition|magazine)\b)(?:\[([\w .&'-]{2,60})\]\(https?:\/\/[^\s)]{1,300}\)|([\w .&'-]{2,60}?))(?: at https?:\/\/\S{1,300})?(?: under a creative(?: commons(?: licen[cs]e)?)?)?(?:\.(?: [^\n]{1,100})?|: .{1,200}|, (?:an?|the) [^\n]{1,150}|(?: on [^\n]{3,40}?,?)? and (?:is|was) (?:republished|reprinted|reproduced)\b[^\n]{0,80})?[_*]?$/i,
    note: 'syndication credit, maybe with the address, or a republishing notice ("This article is republished from The Conversation under a Creative Commons license.", cut where a text browser wrapped it; the outlet maybe a Markdown link)',
    example: 'This article originally appeared on The Conversation.',
  },
  {
    name: 'copyright-distributed-by',
    pattern: /^(?:©|Copyright) ?(?:\d{4} )?(\p{Lu}[\p{L}\d&.'’-]{1,30}(?: \p{Lu}[\p{L}\d&.'’-]{1,30}){0,4})\. Distributed by [^\n]{2,80}$/u,
    note: 'the rights line a syndicate sets under a story it distributes for another newsroom: that newsroom is the source',
    example: '©2025 KFF Health News. Distributed by Tribune Content Agency, LLC.',
  },
  {
    name: 'copyright-see-more',
    pattern: /^(?:Copyright|©) (?:\d{4} )?(\p{Lu}[\p{L}\d&.'’-]{1,30}(?: \p{Lu}[\p{L}\d&.'’-]{1,30}){0,4})\.? To see more, visit [^\n]{2,120}$/u,
    note: 'the footer a public radio station sets under a story it carries from another newsroom: that newsroom is the source',
    example: 'Copyright 2024 OPB. To see more, visit OPB.',
  },
  {
    name: 'reprinted-with-permission',
    pattern: /^[_*(]?(?:[Rr]eprinted|[Rr]epublished|[Rr]eproduced) (?:here )?(?:with (?:the )?(?:kind )?permission )?(?:from|of|by) (?:the )?(\p{Lu}[\p{L}\d.&'’-]{1,30}(?: (?:\p{Lu}[\p{L}\d.&'’-]{1,30}|of|and|&)){0,5})(?:[.,;:] [^\n]{0,120}|\.)?[_*)]?$/u,
    note: 'a weekly\'s line under a story it took from another paper: that paper is the source ("Reprinted with permission from the Valley Ledger."); the author\'s permission names no outlet',
    example: 'Reprinted with permission from the Valley Ledger.',
  },
];

/**
 * A syndication note names the story's source wherever it sits, and stays where it is (the corpora
 * keep "... was originally published by Futurism." in the body). Group 1 is the outlet.
 */
/**
 * A copyright line whose holder may be an agency, as a client's page prints it under the story:
 * "©2024 Thomson Reuters.", "Copyright 2024 The Associated Press. All rights reserved. This material ...".
 * The holder (group 1) is an agency when `agencyName` knows it.
 */
export const AGENCY_COPYRIGHT = /^(?:©|\(c\)|copyright\b) ?(?:© ?)?(?:(?:19|20)\d{2}(?:[-–]\d{2,4})?,? ?)?(?:the |thomson )?(\p{L}[\p{L}&' -]{1,40}?)\.?(?: all rights reserved\b.{0,200})?$/iu;

export const SYNDICATION_NOTE_RULE: Rule = {
  name: 'syndication-note',
  pattern: new RegExp(`\\b(?:(?:was (?:originally |first )(?:published|posted)|(?:originally |first )appeared) (?:by|on|in)|(?:is|was|has been) (?:reprinted|republished) (?:here )?(?:with (?:the )?permission )?from|^[Rr]eprinted from|^(?:[Ee]ditor(?:'|’)s [Nn]ote: )?[Tt]he following (?:editorial|article|column|story|essay|commentary) (?:first |originally )?appeared (?:in|on)|^[Rr]ead the original (?:article|story) (?:on|at)|^(?:[Ee]dited )?[Tt]ranslation from) (?!${LANGUAGE_NAME}\\b)(?!${MONTH} \\d)((?:[Tt]he )?\\p{Lu}[\\p{L}.&'’-]{1,25}(?:(?: |\\/)(?:\\p{Lu}[\\p{L}.&'’-]{1,25}|\\d{1,3})){0,4})(?:\\.|,|:| and\\b| with permission\\b| under\\b| on (?=${MONTH} \\d)|$)`, 'u'),
  note: 'a note that the story first ran elsewhere ("... was originally published by X", "This piece first appeared on X.", "The following essay is reprinted with permission from X", "Reprinted from X with permission from ...", a portal\'s "Read the original article on X", "Edited translation from X", "This story was originally published by KXRV 7 News.", a text browser\'s "... appeared on X:" over the address, an editor\'s note over a reprinted editorial ("Editor\'s note: The following editorial appeared in X on July 12."), "This article is republished from X under a Creative Commons license."): that outlet is the source (a language it first ran in is none, nor is the day: "... was first published on March 5, 2025")',
  example: 'Why Halden Robotics Stock Skyrocketed This Week was originally published by The Motley Fool',
};

/**
 * Wire sign-offs that credit reporters and editors; they are boilerplate, not body.
 */
export const SIGN_OFF_RULES: readonly Rule[] = [
  {
    name: 'syndication-disclaimer',
    pattern: /\b(?:syndicated (?:news )?(?:agency )?feed|auto-generated from a syndicated|has not been edited by|(?:has been |is )published as received|is not responsible for (?:its|the) content|auto-generated from [\w ]{1,40}(?:feed|service|wire)|holds? no (?:legal )?responsibility for (?:its|the) content)\b/i,
    note: 'the disclaimer aggregators put under agency copy or a press release, with its legal tail',
    example: '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)',
    maxWords: 80,
  },
  {
    name: 'contributor-line',
    pattern: /^[Oo]ur (?:correspondents?|reporters?|staff) (?:in [^\n]{1,80} )?contributed\b[^\n]{0,60}$|^(?:[—–] ?)?(?:(?:associated press|ap|staff|the) |\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}(?:'s|’s|'|’|(?= (?:[Ss]taff )?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?) )) )?(?:(?:[Ss]taff )?(?:[Ww]riters? |[Rr]eporters? |[Cc]orrespondents? ))?(?:\p{Lu}[\p{L}'’.-]{1,25} ){1,3}(?:(?:in|of) (?:\p{Lu}[\p{L}'’.-]{1,25},? ){1,4})?(?:and (?:\p{Lu}[\p{L}'’.-]{1,25} ){1,3}(?:(?:in|of) (?:\p{Lu}[\p{L}'’.-]{1,25},? ){1,4})?)?(?:reported from|contributed(?: reporting)?(?: to this (?:report|story|article))?)\b(?!\?)[^\n]{0,160}$/u,
    note: 'reporter credits closing a story: "Trevino reported from Albuquerque.", "Our correspondents in Satkhira and Bhola contributed to this report.", "AP writer Ana Lee contributed to this report.", "Ana Ferraz in Porto contributed to this report.", "Fox News Digital\'s Ana Lee contributed ...", "ABC News\' Ana Lee ...", "... writer Ted Morales in Albany, New York, contributed ...", "Times staff writer Hugo Brandt contributed to this report.", "AP Business Writers Ana Lee and Ben Ode contributed.", "Mira Chen of The Plains Investigative Network contributed data analysis."',
    example: 'Trevino reported from Albuquerque.',
    maxWords: 30,
  },
  {
    name: 'information-used-credit',
    pattern: /^(?:[Ii]nformation|[Mm]aterial|[Rr]eporting) from [^\n]{2,120}? (?:was|were) used in (?:this|the) (?:report|story|article)\.?$/u,
    note: 'a closing credit for copy drawn from others: "Information from The Associated Press was used in this report."',
    example: 'Information from The Associated Press was used in this report.',
  },
  {
    name: 'broadcast-sign-off',
    pattern: /^(?![Bb][Yy] )(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\p{L}+ ){0,2}News\.?$/u,
    note: 'a TV reporter\'s sign-off closing a script',
    example: 'Choi Yoon-ah, Arirang News.',
  },
  {
    name: 'end-item',
    pattern: /^end ?item(?:\/[a-z]{1,6})?$/i,
    note: 'the end mark of a wire item, with the editor\'s initials (Taiwan\'s CNA)',
    example: 'Enditem/AW',
  },
  {
    name: 'writer-place-role-sign-off',
    pattern: /^(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25} \((?:[^()\n]|\([^()\n]{1,40}\)){0,80}\b(?:envoyée? spéciale?|correspondante?|enviad[oa] especial|corresponsal|inviat[oa] speciale|Sonderkorrespondent(?:in)?|special correspondent|correspondent)\)$/u,
    note: 'the writer signing off a French, Spanish, Italian or German report with the place and the post in brackets',
    example: 'Élodie Garnier (Valleraugue (Gard), envoyée spéciale)',
  },
  {
    name: 'editors-initials',
    pattern: /^(?!and\/or$)\/?[a-z]{2,4}(?:\/[a-z]{2,4}){1,4}$/,
    note: 'the initials of the editors who handled a German or Dutch wire story, alone under it, slashes between them',
    example: '/bek/jha/he',
  },
  {
    name: 'release-end-mark',
    pattern: /^(?:-{1,3} ?ends? ?-{1,3}|ends|#{3,5}|# {1,20}# {1,20}#(?: {1,20}#){0,2}|-{1,2} ?30 ?-{1,2}|nnnn|ends\/[^\n]{5,80})$/i,
    note: 'the end mark of a press release or an official statement ("ENDS", "###" or "# # #", spaced wider in a centred copy, "-30-", Hong Kong\'s "Ends/Friday, November 21, 2025"): notes to editors and contacts follow',
    example: '###',
  },
  {
    name: 'release-source',
    pattern: /^SOURCE \p{Lu}[^\n]{1,80}$/u,
    note: 'the issuer line that closes a press release on the newswires',
    example: 'SOURCE Acme Corp.',
  },
  {
    name: 'reporting-by',
    pattern: /^(?:(?:-{1,2}|—|–) ?)?(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|translated) by [^\n]{2,300}\)?|with assistance from [^\n]{2,300}|some (?:information|material) (?:for|in) this (?:report|story|article) (?:came|comes) from [^\n]{2,200})$/i,
    note: 'Reuters-style credit line, maybe after a dash ("--Editing by ..."), Bloomberg\'s "--With assistance from ...", or VOA\'s "Some information for this report came from Reuters."',
    example: '(Reporting by Jane Doe; Editing by John Roe)',
  },
];

/** Agency sign-offs and end marks glued to the end of the last paragraph. Group 1 is the sign-off, group 2 (if any) the agency. */
export const TRAILING_SIGN_OFF_RULES: readonly Rule[] = [
  {
    name: 'trailing-agency-slug',
    pattern: new RegExp(`\\s((${AGENCY_ALTERNATION})(?: [A-Z]{2,4}){1,5})$`),
    note: 'agency slug with editors\' initials after the last sentence',
    example: '... at major stations. PTI AKV RHL',
  },
  {
    name: 'trailing-agency-dash',
    pattern: new RegExp(`(?:\\s|(?<=[.!?"”’]))((?:-{1,2}|—|–) ?(${AGENCY_ALTERNATION})(?:\\/[A-Z]{2,5})?)$`),
    note: 'a dash and the agency after the last sentence, maybe glued to its full stop ("... in the area.—AFP", as Pakistani papers set it) or with the paper\'s initials after a slash ("— VNA/VNS")',
    example: '... the minister said. -- AFP',
  },
  {
    name: 'trailing-initials',
    // An agency there ("... into the US. PTI") stays, as the corpora keep it.
    pattern: new RegExp(`(?<=[.!?"”’]) ((?!(?:${AGENCY_ALTERNATION})$)([A-Z]{2,3}))$`),
    note: 'the outlet\'s or editor\'s initials after the last sentence (not an agency: no source)',
    example: '... before the new market sheds were ready. AS',
  },
  {
    name: 'trailing-initials-outlet',
    pattern: /(?<=[.!?"”’]) ?((?:—|–|--) ?[A-Z]{2,5}(?:\/[A-Z]{2,5}){0,3}, \p{Lu}[\p{L}.&'’]{1,25}(?: \p{Lu}[\p{L}.&'’]{1,25}){0,4})$/u,
    note: 'a dash, the editor\'s initials and the outlet after the last sentence (Philippine sites); no agency, so no source',
    example: '... clusters of cases. —VBL, GMA Integrated News',
  },
  {
    name: 'trailing-bracketed-credit',
    pattern: /(?<=[.!?"”’]) (\(([A-Z]{2,6})\)\.?)$/,
    note: 'an agency or information service in brackets after the last sentence: the story\'s source',
    example: '... free of charge. (BGIS)',
  },
  {
    name: 'trailing-dash-initials',
    pattern: new RegExp(`(?<=[.!?"”’]) ((?:-{1,2}|—|–) ?(?!(?:${AGENCY_ALTERNATION})$)([A-Z]{2,5}))$`),
    note: 'a dash and the outlet\'s initials after the last sentence (not an agency: no source)',
    example: '... he said. — VNS',
  },
  {
    name: 'trailing-end-mark',
    pattern: /(?<=[.!?"”’]) ?(\((?:end|END|End)\)|(?:[Ee]nd ?[Ii]tem|ENDITEM)(?:\/[a-z]{1,6})?)$/,
    note: 'the wire\'s end mark after the last sentence (KUNA, Yonhap, Xinhua\'s "Enditem"); it names no agency',
    example: '... for all by 2030. (end)',
  },
];

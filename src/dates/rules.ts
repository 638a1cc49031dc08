/**
 * Our own small parsers for what chrono misses or misreads. They run on the repaired line next
 * to chrono; the stamps they find compete with chrono's in selectStamps, and the time fragments
 * they find are joined to the dates chrono finds next to them.
 */
import { NO_ZONE, type Candidate, type StatedFields, type ZoneSource } from './candidate.js';
import { PLACE_TIMES } from './zones.js';

export interface RuleContext {
  /** The repaired line. */
  text: string;
  /** Whether a zone as written ("IST", "GMT+8") can be resolved, by the zone table or the caller's overrides. */
  isZone(written: string): boolean;
}

interface ExtractionRule {
  /** Global regex; linear-time (bounded repetitions, no nested quantifiers). */
  pattern: RegExp;
  extract(match: RegExpExecArray, context: RuleContext): Candidate | null;
}

const optionalNumber = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits));

function candidateAt(match: RegExpExecArray, fields: StatedFields, zone: ZoneSource = NO_ZONE): Candidate {
  return { start: match.index, end: match.index + match[0].length, fields, zone };
}

/** A two-digit year of a wire's stamp: '97 is 1997, '03 is 2003. */
const twoDigitYear = (year: number) => (year >= 70 ? 1900 + year : 2000 + year);

/** Bare years count only on short lines (a footer "© 2024"), never inside a sentence. */
const SHORT_LINE_LENGTH = 40;

/**
 * A year is not bare when the word next to it is lowercase (prose: "in 2024 the", "2024
 * elections") or holds digits (part of a date chrono refused: "Feb 30, 2024").
 */
const keepsYearFromBeingBare = (word: string | undefined) => word !== undefined && /^\p{Ll}|\d/u.test(word);

/**
 * Month names chrono has no parser for, as news sites print them after the day: Danish, Norwegian
 * and Swedish (with their short forms), Dutch short forms, Polish and Czech (in the genitive a date
 * takes), Catalan, Romanian, Turkish, Balkan, Greek, and the languages of Southeast Asia and East Africa.
 */
const EUROPEAN_MONTHS: Readonly<Record<string, number>> = {
  // Danish, Norwegian, Swedish
  januar: 1, januari: 1, februar: 2, februari: 2, marts: 3, mars: 3, maj: 5, mai: 5, augusti: 8, desember: 12,
  okt: 10, des: 12, sept: 9,
  // Dutch
  maart: 3, mrt: 3, mei: 5, augustus: 8,
  // Polish
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
  // Czech
  ledna: 1, února: 2, března: 3, dubna: 4, května: 5, června: 6, července: 7, srpna: 8, září: 9, října: 10, listopadu: 11, prosince: 12,
  // Romanian
  ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12, ian: 1, iun: 6, iul: 7, noi: 11,
  // Catalan
  gener: 1, febrer: 2, març: 3, maig: 5, juny: 6, juliol: 7, agost: 8, setembre: 9, octubre: 10, desembre: 12,
  // Turkish
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  // Croatian and Serbian (Latin script), in the genitive: "2. kolovoza 2025.", "3. jula 2025." (Croatian
  // "listopada" is October, Polish November: the Polish entry above stands)
  siječnja: 1, veljače: 2, ožujka: 3, travnja: 4, svibnja: 5, lipnja: 6, srpnja: 7, kolovoza: 8, rujna: 9, studenoga: 11, studenog: 11, prosinca: 12,
  januara: 1, februara: 2, marta: 3, aprila: 4, juna: 6, jula: 7, avgusta: 8, septembra: 9, oktobra: 10, novembra: 11, decembra: 12,
  // Greek, in the genitive: "19 Ιουλίου 2025"
  ιανουαρίου: 1, φεβρουαρίου: 2, μαρτίου: 3, απριλίου: 4, μαΐου: 5, ιουνίου: 6, ιουλίου: 7, αυγούστου: 8, σεπτεμβρίου: 9, οκτωβρίου: 10, νοεμβρίου: 11, δεκεμβρίου: 12,
  // Indonesian, Malay, Filipino and Swahili (the forms not above): "14 Maret 2025", "14 Ogos 2025",
  // "17 Machi 2025"; month first in Malaysia and the Philippines ("Mac 14, 2025", "Marso 18, 2025")
  maret: 3, agustus: 8, mac: 3, julai: 7, ogos: 8, disember: 12,
  enero: 1, pebrero: 2, marso: 3, abril: 4, mayo: 5, hunyo: 6, hulyo: 7, agosto: 8, setyembre: 9, oktubre: 10, nobyembre: 11, disyembre: 12,
  machi: 3, aprili: 4, agosti: 8, septemba: 9, oktoba: 10, novemba: 11, desemba: 12,
  // Cyrillic: Russian, Ukrainian and Belarusian in the genitive, Bulgarian, Serbian and Kazakh
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  // and Russian sites' short forms ("20 фев 2025, 14:20")
  янв: 1, фев: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, дек: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
  студзеня: 1, лютага: 2, сакавіка: 3, красавіка: 4, чэрвеня: 6, ліпеня: 7, жніўня: 8, верасня: 9, кастрычніка: 10, лістапада: 11, снежня: 12,
  януари: 1, февруари: 2, март: 3, април: 4, май: 5, юни: 6, юли: 7, август: 8, септември: 9, октомври: 10, ноември: 11, декември: 12,
  јануара: 1, фебруара: 2, априла: 4, маја: 5, јуна: 6, јула: 7, септембра: 9, октобра: 10, новембра: 11, децембра: 12,
  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6, шілде: 7, тамыз: 8, қыркүйек: 9, қазан: 10, қараша: 11, желтоқсан: 12,
  // South Asia, as Bengali, Hindi, Marathi, Nepali, Urdu and Tamil sites print the Gregorian months ("০৯ মার্চ ২০২৫",
  // "22 जुलाई 2024", "27 جنوری 2025", "பிப் 17,2025"); Bengali's য় and Hindi's फ़ as NFC writes them, in two code points
  জানুয়ারি: 1, জানুয়ারী: 1, ফেব্রুয়ারি: 2, ফেব্রুয়ারী: 2, মার্চ: 3, এপ্রিল: 4, মে: 5, জুন: 6, জুলাই: 7,
  আগস্ট: 8, অগস্ট: 8, আগষ্ট: 8, সেপ্টেম্বর: 9, অক্টোবর: 10, নভেম্বর: 11, ডিসেম্বর: 12,
  जनवरी: 1, फरवरी: 2, फ़रवरी: 2, मार्च: 3, अप्रैल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8, सितंबर: 9, सितम्बर: 9, अक्टूबर: 10, अक्तूबर: 10,
  नवंबर: 11, नवम्बर: 11, दिसंबर: 12, दिसम्बर: 12,
  जानेवारी: 1, फेब्रुवारी: 2, एप्रिल: 4, मे: 5, जुलै: 7, ऑगस्ट: 8, सप्टेंबर: 9, ऑक्टोबर: 10, नोव्हेंबर: 11, डिसेंबर: 12,
  फेब्रुअरी: 2, अप्रिल: 4, जुन: 6, अगस्ट: 8, सेप्टेम्बर: 9, अक्टोबर: 10, नोभेम्बर: 11, डिसेम्बर: 12,
  جنوری: 1, فروری: 2, مارچ: 3, اپریل: 4, مئی: 5, جون: 6, جولائی: 7, اگست: 8, ستمبر: 9, اکتوبر: 10, نومبر: 11, دسمبر: 12,
  ஜனவரி: 1, பிப்ரவரி: 2, மார்ச்: 3, ஏப்ரல்: 4, மே: 5, ஜூன்: 6, ஜூலை: 7, ஆகஸ்ட்: 8, செப்டம்பர்: 9, அக்டோபர்: 10, நவம்பர்: 11, டிசம்பர்: 12,
  ஜன: 1, பிப்: 2, மார்: 3, ஏப்: 4, ஆக: 8, செப்: 9, அக்: 10, நவ: 11, டிச: 12,
  // Short forms these languages share with English, after a day with a stop ("4. nov. 2024"), which chrono refuses
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  april: 4, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, december: 12,
};
/** Turkish sites print the weekday after the date, before the clock: "12 Mart 2025 Çarşamba 14:05". */
const TURKISH_WEEKDAYS = '(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)';
/** Hungarian months and their short forms, which a year-first date puts second: "2025. június 3.", "2025. jún. 3." */
const HUNGARIAN_MONTHS: Readonly<Record<string, number>> = {
  január: 1, jan: 1, február: 2, febr: 2, feb: 2, március: 3, márc: 3, április: 4, ápr: 4, május: 5, máj: 5, június: 6, jún: 6,
  július: 7, júl: 7, augusztus: 8, aug: 8, szeptember: 9, szept: 9, október: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const HUNGARIAN_WEEKDAYS = '(?:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap)';
const alternationOf = (names: Readonly<Record<string, number>>) => Object.keys(names).sort((a, b) => b.length - a.length).join('|');
const EUROPEAN_MONTH_ALTERNATION = alternationOf(EUROPEAN_MONTHS);

export const EXTRACTION_RULES: Readonly<Record<string, ExtractionRule>> = {
  // Military time, optionally after a zone, as Bangladeshi sites print it; chrono ignores "1740 HRS".
  // "BDST: 1740 HRS, JUNE 21, 2024" → fragment "BDST: 1740 HRS" (17:40 BDST), joined to chrono's date.
  // An impossible time ("2540 HRS") is kept so that it rejects the date it is joined to.
  militaryTime: {
    pattern: /(?:(?<![\p{L}\p{N}])(?<zone>[A-Z]{1,5})(?: {0,2}: {0,3}| {1,3}))?(?<!\p{N})(?<hour>\d{2})(?<minute>\d{2}) ?[Hh][Rr][Ss]?(?![\p{L}\p{N}])/dgu,
    extract(match, { isZone }) {
      const { zone, hour, minute } = match.groups ?? {};
      const fields = { hour: Number(hour), minute: Number(minute) };
      if (zone !== undefined && isZone(zone)) return candidateAt(match, fields, { kind: 'written', zone });
      const timeStart = match.indices?.groups?.hour?.[0] ?? match.index;
      return { start: timeStart, end: match.index + match[0].length, fields, zone: NO_ZONE };
    },
  },

  // Four-digit times with a zone after them, as CNN prints them: "Updated 0339 GMT (1139 HKT)
  // November 19, 2024" → 03:39 GMT. A time in brackets is the same moment in another zone: skipped.
  zonedFourDigitTime: {
    pattern: /(?<![\p{L}\p{N}(])(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d) (?<zone>[A-Z]{2,5})(?![\p{L}\p{N}])/gu,
    extract(match, { isZone }) {
      const { zone, hour, minute } = match.groups ?? {};
      if (zone === undefined || !isZone(zone)) return null;
      return candidateAt(match, { hour: Number(hour), minute: Number(minute) }, { kind: 'written', zone });
    },
  },

  // The AP's end-of-item stamp in its old feeds: service, month, day, two-digit year, time and zone,
  // closed by "<" ("AP-WS-11-03-97 0914EST<" → 1997-11-03 09:14 EST).
  apEndOfItemStamp: {
    pattern: /(?<![\p{L}\p{N}])AP-[A-Z]{2}-(?<month>[01]\d)-(?<day>[0-3]\d)-(?<year>\d{2}) (?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d) ?(?<zone>[A-Z]{3})(?![\p{L}\p{N}])/gu,
    extract(match, { isZone }) {
      const { month, day, year, hour, minute, zone } = match.groups ?? {};
      const fields = { year: twoDigitYear(Number(year)), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) };
      return candidateAt(match, fields, zone !== undefined && isZone(zone) ? { kind: 'written', zone } : NO_ZONE);
    },
  },

  // A clock time chrono refuses because it is impossible, next to a date chrono accepts alone.
  // "2024-06-21 25:10" → fragment 25:10, which, once joined, rejects the whole stamp instead
  // of letting "2024-06-21" through as if the line were clean.
  impossibleClock: {
    pattern: /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/g,
    extract(match) {
      const [hour, minute, second] = [Number(match[1]), Number(match[2]), optionalNumber(match[3])];
      const impossible = hour > 23 || minute > 59 || (second ?? 0) > 59;
      return impossible ? candidateAt(match, { hour, minute, second }) : null;
    },
  },

  // A 24-hour clock right before a date that opens with its month, as Korean and Chinese agencies
  // stamp a story: "ECONOMY 14:21 March 03, 2025" → fragment 14:21, joined to chrono's date (chrono
  // reads the date and drops the clock before it).
  clockBeforeMonth: {
    pattern: /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b)/gi,
    extract: (match) => candidateAt(match, { hour: Number(match[1]), minute: Number(match[2]) }),
  },

  // Year-first numeric dates read strictly as year-month-day; casual chrono swaps day and month
  // when the month is impossible ("2024-13-01" → 13 January). "2024-06-21", "2024/06/21".
  // An impossible one is kept so that it rejects chrono's reading.
  yearFirstNumericDate: {
    pattern: /(?<!\d)((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    extract: (match) => candidateAt(match, { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) }),
  },

  // The AP's transmission stamp closing a story of the 1980s-90s wire: desk, month-day-year, time and
  // zone. "AP-NY-03-03-88 1547EST" → 1988-03-03 15:47 EST.
  apTransmissionStamp: {
    pattern: /(?<![\p{L}\p{N}])AP-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2}) (\d{2})(\d{2}) ?([A-Z]{3})(?![\p{L}\p{N}])/gu,
    extract(match, { isZone }) {
      const [month, day, shortYear, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
      const zone = match[6]!;
      const fields = { year: shortYear >= 50 ? 1900 + shortYear : 2000 + shortYear, month, day, hour, minute };
      return candidateAt(match, fields, isZone(zone) ? { kind: 'written', zone } : NO_ZONE);
    },
  },

  // Korean dates, which chrono has no parser for. "2019년 11월 18일" → 2019-11-18, "2019년 11월" → 2019-11.
  koreanDate: {
    pattern: /((?:19|20)\d{2})년 ?(\d{1,2})월(?: ?(\d{1,2})일)?/g,
    extract: (match) => candidateAt(match, { year: Number(match[1]), month: Number(match[2]), day: optionalNumber(match[3]) }),
  },

  // A day, a month named in a language chrono does not read, the year, maybe a weekday and the clock
  // after a word for "at": "4. nov. 2024 kl. 07.31", "úterý 18. února 2025, 6:30", "Joi, 9 ianuarie 2025,
  // 16:22", "12 Mart 2025 Çarşamba 14:05", "za 19 okt 2024 om 10:37", Catalan "10 de març de 2025". A clock
  // with am/pm is chrono's.
  dayEuropeanMonthYear: {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.? ?(?:de )?(${EUROPEAN_MONTH_ALTERNATION})\\.?,? (?:de )?((?:19|20)\\d{2})(?!\\d)\\.?(?: г\\.)?(?:,? (?:${TURKISH_WEEKDAYS},? )?(?:(?:kl|klo|om|um|o|u|godz|saat|ora|às|в|о|у)\\.? ?)?([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d:.]| ?[ap]\\.?m\\b))?`, 'giu'),
    extract(match) {
      const month = EUROPEAN_MONTHS[match[2]!.toLowerCase()];
      if (month === undefined) return null;
      const fields: StatedFields = { year: Number(match[3]), month, day: Number(match[1]), hour: optionalNumber(match[4]), minute: optionalNumber(match[5]) };
      return candidateAt(match, fields);
    },
  },

  // The month first, then day and year, in a language chrono does not read, as Malaysian and Filipino
  // sites print it: "Mac 14, 2025", "Marso 18, 2025". A clock after it is joined as chrono finds it.
  europeanMonthDayYear: {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${EUROPEAN_MONTH_ALTERNATION})\\.? (\\d{1,2})(?:, ?| )((?:19|20)\\d{2})(?!\\d)`, 'giu'),
    extract(match) {
      const month = EUROPEAN_MONTHS[match[1]!.toLowerCase()];
      if (month === undefined) return null;
      return candidateAt(match, { year: Number(match[3]), month, day: Number(match[2]) });
    },
  },

  // Vietnamese dates in words: "Ngày 05 tháng 6 năm 2025" (day 5 of month 6 of 2025).
  vietnameseDate: {
    pattern: /(?<![\p{L}\p{N}])(?:[Nn]gày )?(\d{1,2}) tháng (\d{1,2}) năm ((?:19|20)\d{2})(?!\d)/gu,
    extract: (match) => candidateAt(match, { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) }),
  },

  // Year-first dates with a stop after each number, as Hungarian sites print them, the month named or
  // numbered, maybe a weekday, then the clock: "2025. június 3., kedd 14:20", "2025. jún. 3.",
  // "2025. 06. 03. 14:20". (Without spaces, "2025.06.03" is yearFirstNumericDate's.)
  yearFirstWithStops: {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])((?:19|20)\\d{2})\\. (?:(\\d{1,2})\\. ?|(${alternationOf(HUNGARIAN_MONTHS)})\\.? )(\\d{1,2})\\.?(?!\\d)(?:,? ${HUNGARIAN_WEEKDAYS},?)?(?: ([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]))?`, 'giu'),
    extract(match) {
      const month = match[2] !== undefined ? Number(match[2]) : HUNGARIAN_MONTHS[match[3]!.toLowerCase()];
      if (month === undefined) return null;
      return candidateAt(match, { year: Number(match[1]), month, day: Number(match[4]), hour: optionalNumber(match[5]), minute: optionalNumber(match[6]) });
    },
  },

  // A year alone, on a short line and not inside prose. "© 2024 The Daily Star", "Published: 2024"
  // → 2024; "in 2024 the" and "2024 elections" are mentions, not stamps, and any line of 40
  // characters or more is prose. A year next to a month is chrono's ("June 2024"), and a year
  // after a day number belongs to a date ("Feb 30, 2024" is rejected, not cut down to 2024).
  bareYear: {
    pattern: /(?<![\p{L}\p{N}]|\p{N}[.,:/-])(?:19|20)\d{2}(?![\p{L}\p{N}%]|[.,:/-]\p{N})/gu,
    extract(match, { text }) {
      if (text.trim().length >= SHORT_LINE_LENGTH) return null;
      const wordBefore = text.slice(0, match.index).trimEnd().split(' ').at(-1);
      const wordAfter = text.slice(match.index + match[0].length).trimStart().split(' ')[0];
      if (keepsYearFromBeingBare(wordBefore) || keepsYearFromBeingBare(wordAfter)) return null;
      return candidateAt(match, { year: Number(match[0]) });
    },
  },
};

export function ruleCandidates(context: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of Object.values(EXTRACTION_RULES)) {
    for (const match of context.text.matchAll(rule.pattern)) {
      const candidate = rule.extract(match, context);
      if (candidate) found.push(candidate);
    }
  }
  return found;
}

/**
 * A zone written right after a time: "17:40 IST", "9:42 AM GMT+8", "5:00 pm (JST)", "10:05, PST",
 * "09:00 AM Eastern Daylight Time", "5 AM Central", "6:30 pm (Paris)", "Beijing time", "11h32 (heure de Paris)",
 * "14h05 (hora de Brasília)", "11:27 - Horário de Brasília", "8:30 am (hora de Venezuela)", "18:02 MEZ" (the names zoneOffset knows).
 */
const ZONE_AFTER_TIME =
  new RegExp(String.raw`^ {0,2}(?:[-–] (?=[Hh]or))?,? {0,2}\(?((?:GMT|UTC) ?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|(?:Eastern|Central|Mountain|Pacific|British|Greenwich|Central European|Eastern European|India|Pakistan|Nepal|Sri Lanka|Bhutan|Maldives|Japan|Korea|Coordinated)(?: Standard| Daylight| Summer| Mean| Universal)? Time|(?:${Object.keys(PLACE_TIMES).join('|')}) [Tt]ime|(?:Paris|Berlin|Brussels|Madrid|Rome|Amsterdam|Vienna|Warsaw|Prague|Stockholm|Oslo|Copenhagen)(?: time|(?=\)))|heure de (?:Paris|Bruxelles)|[Hh]ora de (?:Madrid|Brasília|Brasilia|Venezuela|Caracas|Argentina|Buenos Aires|Colombia|Bogotá|Per[úu]|Lima|Bolivia|M[ée]xico)|[Hh]ora del [Cc]entro|[Hh]or[áa]rio de Bras[íi]lia|hora peninsular|ora (?:di Roma|italiana)|(?:Eastern|Central|Mountain|Pacific)(?! \p{Lu})|ChST|BdST|TSİ|МСК|[A-Z]{1,5})\)?(?![\p{L}\p{N}])`, 'u');

/**
 * Extend a stamp that states a time over a zone written right after it. A numeric offset the
 * parser already found wins over an abbreviation repeating it ("GMT+0900 (JST)").
 */
export function withZoneAfterTime(candidate: Candidate, context: RuleContext): Candidate {
  if (candidate.fields.hour === undefined) return candidate;
  const match = ZONE_AFTER_TIME.exec(context.text.slice(candidate.end));
  const written = match?.[1];
  if (!match || written === undefined || !context.isZone(written)) return candidate;
  const end = candidate.end + match[0].length;
  if (candidate.zone.kind !== 'none') return { ...candidate, end };
  return { ...candidate, end, zone: { kind: 'written', zone: written } };
}

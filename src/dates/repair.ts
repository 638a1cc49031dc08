/**
 * Before parsing, a line is repaired where a dump broke a stamp in a way chrono cannot read.
 * Every edit is recorded, so offsets found in the repaired line map back to the original line.
 */

/** No-break and other Unicode spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) read as plain spaces. */
const UNICODE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Digits of other scripts read as ASCII ones, each one code unit for one: Arabic-Indic and its
 * Persian and Urdu form, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil ("০৯ মার্চ ২০২৫" → "09 মার্চ 2025").
 */
export const NATIVE_DIGITS = '\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0a66-\\u0a6f\\u0ae6-\\u0aef\\u0be6-\\u0bef';
const NATIVE_DIGIT = new RegExp(`[${NATIVE_DIGITS}]`, 'g');
/** The code points of each script's zero: a digit's value is its distance from the zero below it. */
const NATIVE_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0be6];
const asciiDigit = (digit: string) => {
  const code = digit.charCodeAt(0);
  return String(code - NATIVE_ZEROS.findLast((zero) => zero <= code)!);
};
/** The line with other scripts' digits as ASCII ones, the same length. */
export const withAsciiDigits = (line: string) => line.replace(NATIVE_DIGIT, asciiDigit);

interface RepairRule {
  /** Global regex; each match (often empty, placed by lookarounds) is replaced by `replacement`. */
  pattern: RegExp;
  /** The text put in place of a match, or made from it (the same length, so offsets still map). */
  replacement: string | ((match: RegExpMatchArray) => string);
}

/** One entry per way dumps break stamps. Patterns are linear-time and only fire next to date parts. */
export const REPAIR_RULES: Readonly<Record<string, RepairRule>> = {
  // A year glued to the hour after it: "October 15, 20249:42 AM GMT+8" → "October 15, 2024 9:42 AM GMT+8".
  // Only after a day number or month name, and only when hour:minute follows.
  gluedYearAndHour: {
    pattern: /(?<=[\p{L}\d.],? {1,2}(?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))/gu,
    replacement: ' ',
  },
  // A year glued to the next label or icon name: "Published June 24, 2024Updated June 25, 2024" →
  // "…2024 Updated…", "Oct. 3, 2024timer3 min. read" → "…2024 timer…".
  gluedYearAndWord: {
    pattern: /(?<=[\p{L}\d.],? {1,2}(?:19|20)\d{2})(?=\p{Lu}\p{Ll}|\p{Ll}{3})/gu,
    replacement: ' ',
  },
  // A stamp's label glued to its date, as a select-all copy joins them: "Published24 Mar 2025, 10:15 PM IST" → "Published 24 Mar …".
  gluedLabelAndDate: {
    pattern: /(?<=\b(?:Published|Updated|Posted|Modified|PUBLISHED|UPDATED|POSTED))(?=\d)/g,
    replacement: ' ',
  },
  // A numeric date glued to the same date in words (a page's two renderings of one stamp):
  // "03/26/2025March 26, 2025" → "03/26/2025 March 26, 2025".
  gluedNumericDateAndWord: {
    pattern: /(?<=(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})(?=\p{Lu}\p{Ll})/gu,
    replacement: ' ',
  },
  // Spanish "a. m." / "p. m." spaced: "10:15 a. m. CET" → "10:15 a.m.  CET" (the same length).
  spacedSpanishMeridiem: {
    pattern: /(?<=\d ?)([ap])\. m\./g,
    replacement: (match) => `${match[1]}.m. `,
  },
  // A CMS that abbreviates every month with a stop writes "May. 17, 2025", "June. 5" and "07 May. 2025": the stop goes.
  stopAfterShortMonth: {
    pattern: /(?<=\b(?:May|June|July))\.(?= \d{1,2}(?!\d)| (?:19|20)\d{2}(?!\d))/g,
    replacement: ' ',
  },
  // French Canadian clocks spaced around their "h": "10 h 32" → "10:32  " (the same length).
  spacedFrenchHour: {
    pattern: /(?<![\d:])([01]?\d|2[0-3]) h ([0-5]\d)(?!\d)/g,
    replacement: (match) => `${match[1]}:${match[2]}  `,
  },
  // A clock time glued to the next label: "04/03/2025 - 14:32Modified: 04/03/2025" → "…14:32 Modified…".
  gluedTimeAndWord: {
    pattern: /(?<=(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d)(?=\p{Lu}\p{Ll})/gu,
    replacement: ' ',
  },
  // A clip's running time after a date is no clock: "22.01.2025 | 1:42 min" → "22.01.2025 |         " (the same length).
  durationAfterDate: {
    pattern: /(?<=(?:19|20)\d{2} {0,4}[|·•] {0,4})\d{1,2}:\d{2} ?(?:min|Min)\.?(?![\p{L}])/gu,
    replacement: (match) => ' '.repeat(match[0]!.length),
  },
  // A pipe or slashes between a date (maybe with its weekday) and its time: "05 May 2024   |   4:12 am",
  // "November 19, 2024, Tuesday // 14:35" → "… 2024 4:12 am", "… Tuesday 14:35".
  pipeBetweenDateAndTime: {
    pattern: /(?<=(?:19|20)\d{2}(?:,? (?:mon|tues|wednes|thurs|fri|satur|sun)day)?) {0,4}(?:\||\/\/) {0,4}(?=\d{1,2}:\d{2}(?!\d))/gi,
    replacement: ' ',
  },
  // A pipe between a clock and its zone: "05 March 2025 | 14:20 | GMT+5" → "… 14:20 GMT+5".
  pipeBetweenTimeAndZone: {
    pattern: /(?<=(?<![\d:])\d{1,2}:\d{2}(?: ?[AaPp][Mm])?) {0,4}\| {0,4}(?=(?:GMT|UTC) ?[+-]\d|[A-Z]{2,5}(?![\p{L}\d+-]))/gu,
    replacement: ' ',
  },
  // Middle dots between a numeric date's parts (Asturian and Catalan papers): "02·12·24" → "02/12/24".
  middleDotNumericDate: {
    pattern: /(?<!\d)(\d{1,2})·(\d{1,2})·(\d{2}|(?:19|20)\d{2})(?!\d)/g,
    replacement: (match) => `${match[1]}/${match[2]}/${match[3]}`,
  },
  // A clock with the hour's mark after it (Spanish, Catalan and Mexican sites): "12:34h", "16:40 h CST" → "12:34", "16:40 CST".
  clockWithHourMark: {
    pattern: /(?<![\d:])(\d{1,2}:\d{2}) ?h(?![\p{L}\d])/gu,
    replacement: (match) => match[1]!,
  },
  // A numeric date spaced after its dots, maybe with a dot after the year (Serbian, Croatian, Czech):
  // "12. 11. 2025. 10:30", "18. 11. 2024 9:41" → "12.11.2025 10:30", "18.11.2024 9:41".
  spacedDottedNumericDate: {
    pattern: /(?<![\d.])(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d{2})\.?(?=[\s,]|$)/g,
    replacement: (match) => `${match[1]}.${match[2]}.${match[3]}`,
  },
  // Spaced dashes between month, day and year (Ghanaian sites): "Aug - 06 - 2024 , 07:52" → "Aug 06 2024 , 07:52".
  dashedMonthDayYear: {
    pattern: /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}) - (?=\d{1,2} - (?:19|20)\d{2}(?!\d))|(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} - \d{1,2}) - (?=(?:19|20)\d{2}(?!\d))/gi,
    replacement: ' ',
  },
  // A dash after the weekday: "Tue - 8 July 25" → "Tue, 8 July 25" (chrono reads the dash as a range).
  dashAfterWeekday: {
    pattern: /(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}) - (?=\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    replacement: ', ',
  },
  // A two-digit year after a day and month name (Telangana Today): "Tue - 8 July 25" → "… 8 July 2025".
  twoDigitYearAfterMonth: {
    // Not a clock's minutes before a month ("17:05 March 05, 2024"), nor a day that a year follows.
    // The century follows the digits: "19 Jun 94" is 1994.
    pattern: /(?<=(?<![\d:])\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? )(?=(\d)\d(?![\d:.])(?!,? (?:19|20)\d{2})(?! (?:people|of|per|percent|years?)\b))/gi,
    replacement: (match) => (Number(match[1]) >= 5 ? '19' : '20'),
  },
  // A comma glued to the year and a colon after it (Al Arabiya): "11 June ,2025: 04:22 PM" → "11 June, 2025 04:22 PM".
  spacedCommaBeforeYear: {
    pattern: /(?<=[a-z]) ,(?=(?:19|20)\d{2}:? )|(?<= ,(?:19|20)\d{2}):(?= )/gi,
    replacement: ', ',
  },
  // Dots after the day and the year (South Slavic style): "03. Jun. 2025. 15:06" → "03 Jun. 2025 15:06".
  dotAfterDayAndYear: {
    pattern: /(?<=(?<![\d.])\d{1,2})\.(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d{2}\.)|(?<=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d{2})\.(?= \d{1,2}:\d{2}|$)/gi,
    replacement: '',
  },
  // A zone glued to the next word: "5:02 PM ETTrilith Semiconductor" → "5:02 PM ET Trilith …".
  gluedZoneAndWord: {
    pattern: /(?<=\d{1,2}:\d{2} ?[AaPp][Mm] ?(?:ET|CT|MT|PT|[ECMP][SD]T|GMT|UTC|IST|BST))(?=\p{Lu}\p{Ll})/gu,
    replacement: ' ',
  },
  // A.m. or p.m. glued to the next word: "March 3, 2025 5:47 pmIn News" → "…5:47 pm In News".
  gluedMeridiemAndWord: {
    pattern: /(?<=\d{1,2}:\d{2} ?[ap]m)(?=\p{Lu}\p{Ll})/gu,
    replacement: ' ',
  },
  // A clock written with "h" (French, Portuguese): "às 14h30" → "às 14:30".
  hourLetterClock: {
    pattern: /(?<=(?<![\d:])(?:[01]?\d|2[0-3]))h(?=[0-5]\d(?![\d:]))/g,
    replacement: ':',
  },
  // A.m. or p.m. glued to the digits of the next stamp: "06:20 PM2025-03-03T18:20:03" → "06:20 PM 2025-…".
  gluedMeridiemAndDigit: {
    pattern: /(?<=\d{1,2}:\d{2} ?[AaPp][Mm])(?=\d)/g,
    replacement: ' ',
  },
  // A meridiem after a 24-hour clock says nothing: "Thu 27-02-2025 14:05 PM" → "…14:05".
  meridiemAfter24HourClock: {
    pattern: /(?<=(?<![\d:])(?:1[3-9]|2[0-3]):[0-5]\d) ?[AaPp]\.?[Mm]\.?(?!\p{L})/gu,
    replacement: '',
  },
  // A date with dots around an abbreviated month (Folha: "4.mar.2025") → "4 mar 2025".
  dottedMonthDate: {
    pattern: /(?<=(?<!\d)\d{1,2})\.(?=(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dec)\.(?:19|20)\d{2}(?!\d))|(?<=(?<!\d)\d{1,2}[ .]?(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dec))\.(?=(?:19|20)\d{2}(?!\d))/gi,
    replacement: ' ',
  },
  // A zone set between the date and its clock: "2025-03-04 HKT 18:27", "February 2, 2008 MYT 11:52:00 PM"
  // → "… 18:27 HKT", "… 11:52:00 PM MYT" (chrono reads a zone after the time); "2025 AT 6:00 A.M. EDT" is
  // "at" in capitals.
  zoneBeforeClock: {
    pattern: /(?<=(?<!\d)(?:19|20)\d{2}(?:-\d{2}-\d{2})? )(?!AT )([A-Z]{2,5}) (\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)(?![\d:])/g,
    replacement: (match) => `${match[2]} ${match[1]}`,
  },
  // A Nordic clock after its word, with a dot: "21 april 2022 kl 09.14", "10.2.2021 klo 15.30" → "… 09:14", "… 15:30".
  nordicClock: {
    pattern: /(?<![\p{L}])(?:kl\.?|klo) ((?:[01]?\d|2[0-3]))[.:]([0-5]\d)(?![\d.:])/gu,
    replacement: (match) => `${match[1]}:${match[2]}`,
  },
  // The Malay or Indonesian time of day after a 12-hour clock: "9:30 malam MYT" → "9:30 pm MYT".
  malayTimeOfDay: {
    pattern: /(?<=(?<![\d:.])(?:0?\d|1[0-2])[:.][0-5]\d) (pagi|petang|malam|sore)(?!\p{L})/gu,
    replacement: (match) => (match[1] === 'pagi' ? ' am' : ' pm'),
  },
  // Bengali, Hindi and Marathi words for am and pm after the clock: "১০:৩০ এএম", "०७:१५ अपराह्न" → "10:30 am", "07:15 pm".
  southAsianMeridiem: {
    pattern: /(?<=(?<![\d:])(?:0?\d|1[0-2]):[0-5]\d) ?(এএম|পিএম|এ\.এম\.?|পি\.এম\.?|पूर्वाह्न|अपराह्न|एएम|पीएम|म\.पू\.|म\.नं\.)(?![\p{L}\p{M}])/gu,
    replacement: (match) => (/^(?:এ|पूर्व|एएम|म\.पू)/.test(match[1]!) ? ' am' : ' pm'),
  },
  // The Arabic comma of Urdu and Persian stamps, spaced on both sides: "27 جنوری ، 2025" → "27 جنوری, 2025".
  arabicComma: {
    pattern: / ?، ?/g,
    replacement: ', ',
  },
  // Korean and Japanese say am or pm before the clock: "오후 3:27", "午後 3:27" → "3:27 pm".
  meridiemBeforeClock: {
    pattern: /(오전|오후|午前|午後) ?((?:0?\d|1[0-2]):[0-5]\d)(?![\d:])/g,
    replacement: (match) => `${match[2]} ${match[1] === '오전' || match[1] === '午前' ? 'am' : 'pm'}`,
  },
  // A weekday in brackets inside a Japanese or Korean stamp: "2025/3/14(金) 9:30" → "2025/3/14    9:30".
  bracketedCjkWeekday: {
    pattern: /[(（](?:月|火|水|木|金|土|日|월|화|수|목|금|토|일)[)）]/g,
    replacement: (match) => ' '.repeat(match[0]!.length),
  },
  // A Nepali (Bikram Sambat) date beside the Gregorian one: "Jestha 12, 2082 (May 26, 2025) 10:20 NPT" →
  // blanks where the Sambat date was, as chrono would read it as a date of the year 2082.
  bikramSambatDate: {
    pattern: /\b(?:Baishakh|Baisakh|Jestha|Jeth|Asar|Ashadh|Asadh|Shrawan|Saun|Bhadra|Bhadau|Ashwin|Asoj|Kartik|Mangsir|Poush|Push|Magh|Falgun|Fagun|Chaitra|Chait) \d{1,2},? 20[6-9]\d\b/g,
    replacement: (match) => ' '.repeat(match[0]!.length),
  },
  // Brackets around a Gregorian date given beside another calendar's ("(May 26, 2025) 10:20 NPT"): the
  // time after the bracket belongs to the date.
  bracketsAroundDate: {
    pattern: /\((?=[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\))|(?<=\([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\)/g,
    replacement: ' ',
  },
  // A space after the colon of a clock time: "13 Jul 2024, 17: 40" → "13 Jul 2024, 17:40", which
  // chrono would otherwise read as 17:00.
  spaceInClock: {
    pattern: /(?<=(?<![\d:])(?:[01]?\d|2[0-3]):) (?=[0-5]\d(?![\d:]))/g,
    replacement: '',
  },
};

interface Edit {
  /** The replaced span of the (space-normalised) original line. */
  from: number;
  to: number;
  replacement: string;
}

export interface RepairedLine {
  text: string;
  /** Map an offset in `text` back to the original line. */
  toOriginal(offset: number): number;
}

export function repairLine(line: string): RepairedLine {
  const spaced = withAsciiDigits(line.replace(UNICODE_SPACE, ' '));
  const edits: Edit[] = Object.values(REPAIR_RULES)
    .flatMap(({ pattern, replacement }) =>
      [...spaced.matchAll(pattern)].map((match) => ({ from: match.index, to: match.index + match[0].length, replacement: typeof replacement === 'string' ? replacement : replacement(match) })),
    )
    .sort((a, b) => a.from - b.from);

  let text = '';
  let copiedUpTo = 0;
  /** Where each edit's replacement starts in the repaired text. */
  const placed: { edit: Edit; at: number }[] = [];
  for (const edit of edits) {
    if (edit.from < copiedUpTo) continue; // overlaps an earlier edit
    text += spaced.slice(copiedUpTo, edit.from);
    placed.push({ edit, at: text.length });
    text += edit.replacement;
    copiedUpTo = edit.to;
  }
  text += spaced.slice(copiedUpTo);

  const toOriginal = (offset: number) => {
    let shift = 0;
    for (const { edit, at } of placed) {
      if (offset <= at) break;
      const replacedLength = edit.to - edit.from;
      const inside = offset - at;
      if (inside < edit.replacement.length) return edit.from + Math.min(inside, replacedLength);
      shift += replacedLength - edit.replacement.length;
    }
    return offset + shift;
  };
  return { text, toOriginal };
}

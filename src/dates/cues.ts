/**
 * Cheap, linear-time tests deciding whether a line is worth handing to chrono, and in which
 * languages. Every pattern is a flat alternation of literal words or bounded digit runs.
 */

import { NATIVE_DIGITS, withAsciiDigits } from './repair.js';

/** Languages whose month names we look for; chrono has a parser for each. */
export type MonthLanguage = 'en' | ForeignLanguage;
export type ForeignLanguage = 'fr' | 'es' | 'de' | 'pt' | 'it' | 'nl' | 'id';

/**
 * Month names per language, full and abbreviated. Abbreviations that are also common English
 * words ("set", "out", "mag") are listed with their dot only, so they do not wake a parser on
 * every English line.
 */
// Abbreviations count with their dot, or without it right before a number, maybe after a comma ("15 abr 2025", "24 Abr, 2025").
const MONTH_WORDS: Readonly<Record<MonthLanguage, readonly string[]>> = {
  en: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  fr: [
    'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre',
    'octobre', 'novembre', 'décembre', 'decembre', 'janv\\.', 'févr\\.', 'fevr\\.', 'avr\\.', 'juil\\.', 'déc\\.',
  ],
  es: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre',
    'octubre', 'noviembre', 'diciembre', 'ene\\.', 'abr\\.', 'ago\\.', 'dic\\.', 'ene(?=,? \\d)', 'abr(?=,? \\d)', 'ago(?=,? \\d)', 'dic(?=,? \\d)',
  ],
  de: [
    'januar', 'jänner', 'februar', 'märz', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember', 'okt\\.', 'dez\\.', 'okt(?=,? \\d)', 'dez(?=,? \\d)', 'mär(?=,? \\d)',
  ],
  pt: [
    'janeiro', 'fevereiro', 'março', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
    'outubro', 'novembro', 'dezembro', 'fev\\.', 'set\\.', 'out\\.', 'dez\\.', 'fev(?=,? \\d)', 'abr(?=,? \\d)', 'ago(?=,? \\d)', 'set(?=,? \\d)', 'out(?=,? \\d)', 'dez(?=,? \\d)',
  ],
  it: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre',
    'ottobre', 'novembre', 'dicembre', 'gen\\.', 'mag\\.', 'giu\\.', 'lug\\.', 'ott\\.', 'dic\\.', 'gen(?=,? \\d)', 'mag(?=,? \\d)', 'giu(?=,? \\d)', 'lug(?=,? \\d)', 'ott(?=,? \\d)',
  ],
  // Dutch and Indonesian/Malay: only the names English shares are left out.
  nl: ['januari', 'februari', 'maart', 'mei', 'juni', 'juli', 'augustus', 'oktober'],
  id: ['januari', 'februari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember', 'des\\.'],
};

/** Any word of the list, standing alone (not inside a longer word or number). */
function wordPattern(words: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`;
}

const MONTH_WORD_BY_LANGUAGE = Object.fromEntries(
  Object.entries(MONTH_WORDS).map(([language, words]) => [language, new RegExp(wordPattern(words), 'iu')]),
) as Record<MonthLanguage, RegExp>;

/** Digit shapes that can hold a date: a year 19xx/20xx, 21.06.24, "1740 HRS". */
const DIGIT_DATE_SHAPES = [
  '(?<!\\d)(?:19|20)\\d{2}(?!\\d)',
  '(?<!\\d)\\d{1,2}[./·-]\\d{1,2}[./·-]\\d{2}(?!\\d)',
  '(?<!\\d)\\d{4}\\s?hrs?(?![\\p{L}])',
];

const DATE_CUE = new RegExp(
  [wordPattern(Object.values(MONTH_WORDS).flat()), ...DIGIT_DATE_SHAPES].join('|'),
  'iu',
);

/**
 * Whether a line can hold a date stamp: a month name or abbreviation in English, French,
 * Spanish, German, Portuguese, Italian, Dutch or Indonesian, or a digit shape such as 2024-06-21, 21.06.2024,
 * 06/21/2024, "1740 HRS" or a year 19xx/20xx. Linear in the line length.
 */
export function hasDateCue(line: string): boolean {
  // "১৮ নভেম্বর ২০২৪": a year in another script's digits is a year too.
  return DATE_CUE.test(line) || (NATIVE_DIGIT_RUN.test(line) && DATE_CUE.test(withAsciiDigits(line)));
}

/** Two digits of another script in a row (a lone one holds no year or clock). */
const NATIVE_DIGIT_RUN = new RegExp(`[${NATIVE_DIGITS}]{2}`);

/** Words of the relative stamps we resolve ("3 hours ago", "Yesterday", "Today, 10:05"). */
const RELATIVE_CUE = /\b(?:ago|yesterday|today)\b/i;

export function hasRelativeCue(line: string): boolean {
  return RELATIVE_CUE.test(line);
}

const FOREIGN_LANGUAGES: readonly ForeignLanguage[] = ['fr', 'es', 'de', 'pt', 'it', 'nl', 'id'];

/** Languages other than English whose month names appear in the line. */
export function foreignMonthLanguages(line: string): ForeignLanguage[] {
  return FOREIGN_LANGUAGES.filter((language) => MONTH_WORD_BY_LANGUAGE[language].test(line));
}

/** Chinese/Japanese date characters (年 year, 月 month, 日 day). */
const CJK_DATE_CUE = /[年月日]/;

export function hasCjkDateCue(line: string): boolean {
  return CJK_DATE_CUE.test(line);
}

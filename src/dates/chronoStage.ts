/**
 * Stamps chrono finds, reduced to what the text states: a component chrono only implied (the
 * year of "Feb 26", the day of "June 2024") is dropped, never filled in.
 */
import type * as chrono from 'chrono-node';
// Locale entry points, not the package index: the index builds every locale chrono has.
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as id from 'chrono-node/id';
import * as italian from 'chrono-node/it';
import * as ja from 'chrono-node/ja';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import * as zh from 'chrono-node/zh';
import { NO_ZONE, isClockOnly, isTimeFragment, type Candidate, type StatedFields } from './candidate.js';
import { foreignMonthLanguages, hasCjkDateCue, hasRelativeCue, type ForeignLanguage } from './cues.js';

/**
 * Chrono's zone-abbreviation refiner reads its own table (AST as Atlantic, no BDST, CET as
 * seasonal); withZoneAfterTime reads ours instead. Numeric offsets ("GMT+8") stay chrono's.
 * That refiner (ExtractTimezoneAbbrRefiner) is not exported; it is the only one holding a
 * zone table, which survives bundling where class names may not.
 */
const readsZoneNames = (refiner: chrono.Refiner) => Object.hasOwn(refiner, 'timezoneOverrides');

function withoutChronoZoneNames(parser: chrono.Chrono): chrono.Chrono {
  const copy = parser.clone();
  copy.refiners = copy.refiners.filter((refiner) => !readsZoneNames(refiner));
  return copy;
}

/**
 * Chrono's English parsers that read only relative phrases ("3 hours ago", "within 2 days",
 * "next week", "+2h", "end of month"). Their answers are kept only with a reference date, and
 * two of them cost 50 ms each to compile on first use, so they run only on lines with a
 * relative cue when there is one (test/dates.test.ts checks these names still exist).
 */
export const RELATIVE_ONLY_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
]);

function withoutRelativeParsers(parser: chrono.Chrono): chrono.Chrono {
  const copy = parser.clone();
  copy.parsers = copy.parsers.filter((p) => !RELATIVE_ONLY_PARSERS.has(p.constructor.name));
  return copy;
}

/**
 * English, reading all-numeric dates day-first (en.GB) or month-first (en.casual); both fall
 * back to the other order when only it is possible ("06/21/2024").
 */
const ENGLISH_BY_ORDER = {
  dmy: withoutChronoZoneNames(en.GB),
  mdy: withoutChronoZoneNames(en.casual),
} as const;
const ABSOLUTE_ENGLISH_BY_ORDER = {
  dmy: withoutRelativeParsers(ENGLISH_BY_ORDER.dmy),
  mdy: withoutRelativeParsers(ENGLISH_BY_ORDER.mdy),
} as const;

const FOREIGN_BY_LANGUAGE: Readonly<Record<ForeignLanguage, chrono.Chrono>> = {
  fr: withoutChronoZoneNames(fr.casual),
  es: withoutChronoZoneNames(es.casual),
  de: withoutChronoZoneNames(de.casual),
  pt: withoutChronoZoneNames(pt.casual),
  it: withoutChronoZoneNames(italian.casual),
  nl: withoutChronoZoneNames(nl.casual),
  id: withoutChronoZoneNames(id.casual),
};

/** Japanese reads "2019年11月18日" and era years; Chinese adds Chinese numerals ("二〇一九年"). */
const CJK_PARSERS = [withoutChronoZoneNames(ja.casual), withoutChronoZoneNames(zh.casual)];

export interface ChronoRequest {
  /** The repaired line. */
  text: string;
  order: 'dmy' | 'mdy';
  /** Parse languages other than English (only worth it when the line has a month name or CJK date). */
  otherLanguages: boolean;
  reference: chrono.ParsingReference;
  /** Whether relative stamps ("3 hours ago") may be returned, resolved against `reference`. */
  resolveRelative: boolean;
  /** The year of a stamp of day and clock that gives none (DateOptions.impliedYear). */
  impliedYear?: number;
}

/**
 * Whether the text writes its year: as digits ("2024"), as the last part of an all-numeric date
 * with one separator ("21/06/24"), or as a CJK year ("二〇一九年", "令和元年"). Chrono also marks years it computed
 * from the reference as certain ("hier", "il y a 3 jours"); those do not write it.
 */
function yearIsWritten(text: string, year: number): boolean {
  const digitRuns: readonly string[] = text.match(/\d+/g) ?? [];
  if (digitRuns.includes(String(year))) return true;
  // One separator throughout: "7.5/10" is a review's score, not 7 May 2010.
  const twoDigitYear = /(?<!\d)\d{1,2}([./-])\d{1,2}\1(\d{2})(?!\d)/.exec(text)?.[2];
  if (twoDigitYear !== undefined) return Number(twoDigitYear) === year % 100;
  return /[\d〇零一二三四五六七八九十元]{1,4}年/.test(text);
}

/** Tags chrono puts on stamps computed from the reference instant: "3 hours ago", "yesterday", "today". */
const isRelative = (result: chrono.ParsedResult) =>
  [...result.tags()].some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference/'));

const STATED_COMPONENTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

function statedFields(components: chrono.ParsedComponents): StatedFields {
  const fields: StatedFields = {};
  for (const component of STATED_COMPONENTS) {
    if (components.isCertain(component)) fields[component] = components.get(component) ?? undefined;
  }
  return fields;
}

/** Chrono keeps a leading "on"/"at" ("on 21 June 2024", German "am 21. Juni 2024"); the stamp starts after it. */
const LEADING_CONNECTOR = /^(?:on|at|am) {1,3}/i;

/**
 * Some languages read "date - time" as a range ending at a clock time ("8 de mayo de 2024 -
 * 10:05"); that is one date with its time. A range between dates or times keeps its start.
 */
function rangeAsDateAndTime(result: chrono.ParsedResult): StatedFields {
  const start = statedFields(result.start);
  const end = result.end ? statedFields(result.end) : {};
  return start.hour === undefined && isClockOnly(end) ? { ...start, ...end } : start;
}

/**
 * The offset closing an ISO date and time written with a space for the "T" ("2018-05-21 14:03:00-04:00",
 * as scrapers print it): chrono reads the time but drops the offset.
 */
const SPACED_ISO_OFFSET = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?([+-])(\d{2}):?(\d{2})$/;

function offsetOf(result: chrono.ParsedResult): number | null {
  if (result.start.isCertain('timezoneOffset')) return result.start.get('timezoneOffset');
  const spaced = SPACED_ISO_OFFSET.exec(result.text);
  return spaced ? (spaced[1] === '-' ? -1 : 1) * (Number(spaced[2]) * 60 + Number(spaced[3])) : null;
}

function toCandidate(result: chrono.ParsedResult, resolveRelative: boolean, impliedYear: number | undefined): Candidate | null {
  const fields = rangeAsDateAndTime(result);
  const offset = offsetOf(result);
  const connector = LEADING_CONNECTOR.exec(result.text)?.[0].length ?? 0;
  const candidate: Candidate = {
    start: result.index + connector,
    end: result.index + result.text.length,
    fields,
    zone: offset === null ? NO_ZONE : { kind: 'numeric', minutes: offset },
  };
  // A time on a month with no day is no stamp: a parser that misread the day ("21. Juni" in Dutch).
  if (fields.month !== undefined && fields.day === undefined && fields.hour !== undefined) return null;
  if (isTimeFragment(candidate) || (fields.year !== undefined && yearIsWritten(result.text, fields.year))) {
    return candidate;
  }
  // "Tue Sep 18, 6:47 PM ET" on a page whose copyright line says 2007: a stamp of that year. A day
  // without a clock stays prose ("on Sept. 18").
  if (impliedYear !== undefined && fields.month !== undefined && fields.day !== undefined && fields.hour !== undefined && !isRelative(result)) {
    return { ...candidate, fields: { ...fields, year: impliedYear } };
  }
  if (!resolveRelative || !isRelative(result)) return null;
  // "3 hours ago" is no finer than the minute, and its offset is the reference's, not the stamp's.
  delete fields.second;
  return { ...candidate, zone: offset === null ? NO_ZONE : { kind: 'reference', minutes: offset } };
}

export function chronoCandidates(request: ChronoRequest): Candidate[] {
  const { text, reference } = request;
  const parsers = [(request.resolveRelative && hasRelativeCue(text) ? ENGLISH_BY_ORDER : ABSOLUTE_ENGLISH_BY_ORDER)[request.order]];
  if (request.otherLanguages) {
    parsers.push(...foreignMonthLanguages(text).map((language) => FOREIGN_BY_LANGUAGE[language]));
    if (hasCjkDateCue(text)) parsers.push(...CJK_PARSERS);
  }
  return parsers
    .flatMap((parser) => parser.parse(text, reference))
    .map((result) => toCandidate(result, request.resolveRelative, request.impliedYear))
    .filter((candidate) => candidate !== null);
}

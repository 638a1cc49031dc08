/**
 * The date stage: finds date stamps in short header, footer and byline lines.
 *
 * A line is repaired (repair.ts), then read by chrono (chronoStage.ts) and by our own rules
 * (rules.ts); zones written after times are attached, dates are joined to times next to them,
 * and the non-overlapping possible stamps are returned (candidate.ts). Nothing is ever filled
 * in from the current date: a stamp without a written year is skipped.
 */
import { joinDatesWithTimes, selectStamps, type Candidate, type StatedFields } from './candidate.js';
import { chronoCandidates } from './chronoStage.js';
import { hasDateCue, hasRelativeCue } from './cues.js';
import { repairLine, type RepairedLine } from './repair.js';
import { ruleCandidates, withZoneAfterTime, type RuleContext } from './rules.js';
import type { DateOptions, DatePrecision, FoundDate, ZoneKnowledge } from './types.js';
import { withOffset, zoneOffset } from './zones.js';

export type { DateOptions, DatePrecision, FoundDate, ZoneKnowledge } from './types.js';
export { hasDateCue } from './cues.js';
export { numericDateOrder } from './order.js';
export { impliedYear } from './year.js';
export { withOffset, zoneOffset, type ZoneDay } from './zones.js';

/**
 * Chrono needs a reference instant even for absolute stamps; it only shapes values chrono
 * implies, which we drop, and relative stamps, which need the caller's referenceDate.
 */
const NEUTRAL_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Every date stamp in one line, in order and non-overlapping. Never throws and never reads
 * the clock: relative stamps ("3 hours ago") need options.referenceDate, else they are skipped.
 */
export function findDates(line: string, options: DateOptions = {}): FoundDate[] {
  // Pages of one outlet repeat their stamp-like lines (archive menus, footers): remember recent
  // answers for the plain case. The result is a pure function of the line and the day/month order,
  // so this changes nothing.
  const memoisable = options.referenceDate === undefined && options.zoneOverrides === undefined;
  const key = options.order || options.impliedYear ? `${options.order ?? ''}${options.impliedYear ?? ''}\u0000${line}` : line;
  const known = memoisable ? recent.get(key) : undefined;
  if (known) return known.map((d) => ({ ...d }));
  let found: FoundDate[];
  try {
    found = findDatesInLine(line, options);
  } catch {
    found = [];
  }
  if (memoisable) {
    if (recent.size >= RECENT_LINES) recent.delete(recent.keys().next().value!);
    recent.set(key, found.map((d) => ({ ...d })));
  }
  return found;
}

/** How many lines' answers to keep (oldest dropped first). */
const RECENT_LINES = 4096;
const recent = new Map<string, FoundDate[]>();

/** A North American zone on the line: its all-numeric dates are month first ("03/04/2025 5:00 AM EST"). */
const NORTH_AMERICAN_ZONE = /\b(?:[ECMP][SD]?T|AK[SD]T|HST)\b/;

function findDatesInLine(line: string, options: DateOptions): FoundDate[] {
  const repaired = repairLine(line);
  const { text } = repaired;
  const resolveRelative = options.referenceDate !== undefined;
  const dateCue = hasDateCue(text);
  if (!dateCue && !(resolveRelative && hasRelativeCue(text))) return [];

  const context: RuleContext = {
    text,
    isZone: (written) => overriddenOffset(written, options) !== undefined || zoneOffset(written) !== null,
  };
  const candidates = [
    ...(dateCue ? ruleCandidates(context) : []),
    ...chronoCandidates({
      text,
      order: options.order ?? (NORTH_AMERICAN_ZONE.test(text) ? 'mdy' : 'dmy'),
      otherLanguages: dateCue,
      reference: { instant: options.referenceDate ?? NEUTRAL_REFERENCE, timezone: options.referenceOffsetMinutes ?? 0 },
      resolveRelative,
      impliedYear: options.impliedYear,
    }),
  ]
    .map((candidate) => withZoneAfterTime(candidate, context))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  return selectStamps(joinDatesWithTimes(candidates, text)).map((stamp) =>
    toFoundDate(stamp, line, repaired, options),
  );
}

function overriddenOffset(written: string, { zoneOverrides }: DateOptions): number | undefined {
  return zoneOverrides && Object.hasOwn(zoneOverrides, written) ? zoneOverrides[written] : undefined;
}

function precisionOf({ fields }: Candidate): DatePrecision {
  if (fields.hour !== undefined) return fields.second === undefined ? 'minute' : 'second';
  if (fields.day !== undefined) return 'day';
  return fields.month === undefined ? 'year' : 'month';
}

const pad = (value: number | undefined, width = 2) => String(value ?? 0).padStart(width, '0');

/** How many of year, month, day each precision writes. */
const DATE_PARTS: Readonly<Record<DatePrecision, number>> = { year: 1, month: 2, day: 3, minute: 3, second: 3 };

/**
 * Local ISO cut at the precision: "2024", "2024-06", "2024-06-21"; a time always carries
 * seconds ("2024-06-21T17:40:00" at minute precision), as the output contract writes it.
 */
function localIso({ year, month, day, hour, minute, second }: StatedFields, precision: DatePrecision): string {
  const date = [pad(year, 4), pad(month), pad(day)].slice(0, DATE_PARTS[precision]).join('-');
  return hour === undefined ? date : `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** The zone of a stamp that states a time; a date alone has no offset to carry. */
function zoneOf(stamp: Candidate, options: DateOptions): { zone: ZoneKnowledge; offsetMinutes: number | null } {
  const { fields, zone } = stamp;
  if (fields.hour === undefined) return { zone: 'none', offsetMinutes: null };
  switch (zone.kind) {
    case 'numeric':
      return { zone: 'stated', offsetMinutes: zone.minutes };
    case 'reference':
      return { zone: 'inferred', offsetMinutes: zone.minutes };
    case 'written': {
      const day = { year: fields.year ?? 0, month: fields.month ?? 0, day: fields.day ?? 0, hour: fields.hour };
      const offsetMinutes = overriddenOffset(zone.zone, options) ?? zoneOffset(zone.zone, day);
      return offsetMinutes === null ? { zone: 'none', offsetMinutes: null } : { zone: 'stated', offsetMinutes };
    }
    case 'none':
      return { zone: 'none', offsetMinutes: null };
  }
}

function toFoundDate(stamp: Candidate, line: string, repaired: RepairedLine, options: DateOptions): FoundDate {
  const start = repaired.toOriginal(stamp.start);
  const end = repaired.toOriginal(stamp.end);
  const precision = precisionOf(stamp);
  const { zone, offsetMinutes } = zoneOf(stamp, options);
  const local = localIso(stamp.fields, precision);
  return {
    text: line.slice(start, end),
    start,
    end,
    iso: offsetMinutes === null ? local : withOffset(local, offsetMinutes),
    precision,
    zone,
    offsetMinutes,
  };
}
export { isTimeZone, offsetInTimeZone } from './iana.js';

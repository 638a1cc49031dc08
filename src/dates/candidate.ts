/**
 * The working form of a stamp between the parsers (chrono and our rules) and FoundDate:
 * only the fields the text states, and where its zone comes from.
 */

/** Calendar and clock fields a stamp states; a missing field is not stated. */
export interface StatedFields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export type ZoneSource =
  | { kind: 'none' }
  /** An offset chrono read inside the stamp: ISO "+06:00" or "Z", "GMT+8". */
  | { kind: 'numeric'; minutes: number }
  /** A zone written next to the time ("IST", "ET", "GMT+8"); resolved by zoneOffset once the date is known. */
  | { kind: 'written'; zone: string }
  /** A relative stamp ("3 hours ago") resolved against the caller's reference instant and offset. */
  | { kind: 'reference'; minutes: number };

export const NO_ZONE: ZoneSource = { kind: 'none' };

export interface Candidate {
  /** Offsets in the repaired line (see repair.ts). */
  start: number;
  end: number;
  fields: StatedFields;
  zone: ZoneSource;
}

/** Fields of a clock time with no date: "17:40". */
export function isClockOnly({ year, month, day, hour }: StatedFields): boolean {
  return hour !== undefined && year === undefined && month === undefined && day === undefined;
}

/** A clock time with no date ("17:40 IST"), kept only to be joined to a date next to it. */
export function isTimeFragment({ fields }: Candidate): boolean {
  return isClockOnly(fields);
}

/** A full date (a time needs its day) with no time of its own. */
function isDayWithoutTime({ fields }: Candidate): boolean {
  return fields.year !== undefined && fields.day !== undefined && fields.hour === undefined;
}

/**
 * What may stand between a date and its time: separators like "," "|" "-" "·" "@", or "on"/"at"
 * and their forms in other languages ("à", "a las", "um", "às", "alle ore", "om", Croatian "u", Polish
 * "o"/"godz.", Turkish "saat", Cyrillic "у"/"в"/"о"); a stop may end the date ("03.06.2025. u 12:15").
 */
// A bracketed second time in another zone may sit between them too: "0339 GMT (1139 HKT) November 19".
const DATE_TIME_GAP = /^[\s,;|·•@/–—.-]{0,6}(?:\(\d{4} [A-Z]{2,5}\)[\s,]{0,3})?(?:(?:on|at|à|a las|a la|um|às|as|alle(?: ore)?|ore|om|kl\.?|klo|u|o|godz\.|saat|у|в|о)[\s,]{1,3})?$/i;

function joinDateAndTime(date: Candidate, time: Candidate): Candidate {
  return {
    start: Math.min(date.start, time.start),
    end: Math.max(date.end, time.end),
    fields: { ...date.fields, ...time.fields },
    zone: time.zone.kind === 'none' ? date.zone : time.zone,
  };
}

/**
 * Join each date that has no time to a time fragment right after it ("Jun 21, 2024 | 17:40 IST")
 * or, failing that, right before it ("BDST: 1740 HRS, JUNE 21, 2024"). Chrono does this itself
 * only for the separators it knows. Each fragment is used once; unused fragments are dropped.
 */
export function joinDatesWithTimes(candidates: readonly Candidate[], text: string): Candidate[] {
  const fragments = candidates.filter(isTimeFragment);
  const used = new Set<Candidate>();
  const isGap = (from: number, to: number) => from <= to && DATE_TIME_GAP.test(text.slice(from, to));
  const takeFragment = (accept: (fragment: Candidate) => boolean) => {
    const fragment = fragments.find((candidate) => !used.has(candidate) && accept(candidate));
    if (fragment) used.add(fragment);
    return fragment;
  };

  const joined: Candidate[] = [];
  for (const candidate of candidates) {
    if (isTimeFragment(candidate)) continue;
    if (!isDayWithoutTime(candidate)) {
      joined.push(candidate);
      continue;
    }
    const time =
      takeFragment((fragment) => isGap(candidate.end, fragment.start)) ??
      takeFragment((fragment) => isGap(fragment.end, candidate.start));
    joined.push(time ? joinDateAndTime(candidate, time) : candidate);
  }
  // "Updated February 27, 2024 — 11.48am, first published at 5.30am": a labelled time later in the
  // line is a stamp of the same day.
  for (const fragment of fragments) {
    if (used.has(fragment)) continue;
    const day = joined.findLast((candidate) => candidate.end <= fragment.start && candidate.fields.day !== undefined);
    if (!day || !LABEL_BEFORE_TIME.test(text.slice(day.end, fragment.start))) continue;
    const { year, month, day: dayOfMonth } = day.fields;
    joined.push({ ...fragment, fields: { ...fragment.fields, year, month, day: dayOfMonth }, zone: fragment.zone.kind === 'none' ? day.zone : fragment.zone });
  }
  return joined.sort((a, b) => a.start - b.start);
}

/** A stamp label right before a time that follows a dated stamp on the same line. */
const LABEL_BEFORE_TIME = /(?:first published|published|posted|updated)(?: at| on)? ?$/i;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the stated fields can be a real moment: Feb 30, month 13, hour 25, year 1850 cannot. */
export function isPossible({ year, month, day, hour, minute, second }: StatedFields): boolean {
  const within = (value: number | undefined, min: number, max: number) =>
    value === undefined || (Number.isInteger(value) && value >= min && value <= max);
  if (year === undefined || !within(year, MIN_YEAR, MAX_YEAR) || !within(month, 1, 12)) return false;
  if (day !== undefined && (month === undefined || !within(day, 1, daysInMonth(year, month)))) return false;
  if (hour !== undefined && day === undefined) return false;
  return within(hour, 0, 23) && within(minute, 0, 59) && within(second, 0, 59);
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/**
 * Pick non-overlapping dated stamps, in line order. Longer stamps win over the shorter ones they
 * cover (a date with its time over the date alone). A stamp with impossible fields is never
 * returned and also removes every stamp it overlaps: "2024-13-01" must not come back as the
 * 13 January chrono reads into it, nor "2024-06-21 25:10" as just its date.
 */
export function selectStamps(candidates: readonly Candidate[]): Candidate[] {
  const dated = candidates.filter((candidate) => candidate.fields.year !== undefined);
  const impossible = dated.filter((candidate) => !isPossible(candidate.fields));
  const possible = dated.filter(
    (candidate) => isPossible(candidate.fields) && !impossible.some((bad) => overlaps(bad, candidate)),
  );
  const longestFirst = [...possible].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const candidate of longestFirst) {
    if (!chosen.some((kept) => overlaps(kept, candidate))) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

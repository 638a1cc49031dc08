/** Precision of a date stamp: the smallest unit the dump actually states. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * How the UTC offset of a stamp is known:
 * - stated: the stamp itself names a zone or offset ("BDST", "GMT+8", "+06:00", "PST");
 * - inferred: the offset comes from outside the stamp: the dump names a zone elsewhere and it was
 *   applied to this stamp, or a relative stamp ("3 hours ago") was resolved against
 *   DateOptions.referenceDate in DateOptions.referenceOffsetMinutes;
 * - none: local time or date only.
 */
export type ZoneKnowledge = 'stated' | 'inferred' | 'none';

/** One date-like stamp found inside a line. */
export interface FoundDate {
  /** The matched text, verbatim from the line. */
  text: string;
  /** Character offsets of `text` within the line. */
  start: number;
  end: number;
  /**
   * ISO 8601: "2024-06-21" (day), "2024-06" (month), "2024" (year),
   * "2024-06-21T17:40:00" (minute) / "2024-06-21T17:40:35" (second) when local, or with an
   * offset "2024-06-21T17:40:00+06:00" when the zone is known. A time always carries seconds
   * (":00" when only the minute is stated; `precision` says which), as fixtures/README.md writes
   * dates. Never filled from today's date.
   */
  iso: string;
  precision: DatePrecision;
  zone: ZoneKnowledge;
  /** Offset from UTC in minutes when zone is 'stated' or 'inferred', else null. */
  offsetMinutes: number | null;
}

export interface DateOptions {
  /** Resolve relative stamps ("3 hours ago", "Yesterday") against this instant; without it they are skipped. */
  referenceDate?: Date;
  /**
   * Offset (minutes east of UTC) in which relative stamps are resolved, so that "Yesterday" is
   * the day before in the site's zone; default 0 (UTC).
   */
  referenceOffsetMinutes?: number;
  /** Day/month order for all-numeric dates like 03/04/2024; decided once per dump. Default 'dmy'. */
  order?: 'dmy' | 'mdy';
  /**
   * Per-dump corrections to the zone table, upper-case abbreviation → minutes east of UTC,
   * e.g. { BST: 360 } for a Bangladeshi site that writes BST for Bangladesh Standard Time.
   */
  zoneOverrides?: Readonly<Record<string, number>>;
  /**
   * The year of a stamp that gives a day and a clock but no year ("Tue Sep 18, 6:47 PM ET"), as the
   * dump states it elsewhere (its copyright line); decided once per dump. Without it such stamps are skipped.
   */
  impliedYear?: number;
}

/**
 * The year a dump's stamps leave out. Yahoo! News and the AP's hosted pages of the 2000s printed
 * "Tue Sep 18, 6:47 PM ET" under the title and the year only in the copyright lines at the foot
 * ("Copyright © 2007 The Associated Press", "Copyright © 2007 Yahoo! Inc."), decided once per dump.
 */

/** A copyright notice's year, the last of a range: "© 2007", "Copyright 2005", "(c) 2000-2025". */
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)(?: ?©)? ?(?:(?:19|20)\d{2} ?[-–] ?)?((?:19|20)\d{2})\b/gi;

/** The copyright lines' year when they agree on one, else undefined. */
export function impliedYear(text: string): number | undefined {
  let year: number | undefined;
  for (const [, written] of text.matchAll(COPYRIGHT_YEAR)) {
    const found = Number(written);
    if (year !== undefined && found !== year) return undefined;
    year = found;
  }
  return year;
}

/**
 * The day/month order of a dump's all-numeric dates ("03/04/2025"), decided once for the whole
 * dump: a US page writes its stamps month first, most of the world day first, and one line
 * rarely says which ("Published 6/4/2024 3:15 p.m.").
 */

/**
 * An all-numeric date with its year: "14/06/2024", "06-14-24", "21.06.2024". The separators
 * must agree, and a longer run of digits or separators around it is something else (a version,
 * an ISO date, a phone number).
 */
export const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)/g;

/** A North American zone after a clock time: "5:00 AM EST", "7:45 a.m. PT", "17:40 CDT" (not "500 MT" of rice). */
export const NORTH_AMERICAN_ZONE_AFTER_TIME = /(?:\d[:.]\d\d ?(?:[aApP]\.?[mM]\.?)?|\d ?[aApP]\.?[mM]\.?) (?:[ECMP][SD]?T|AK[SD]T|HST)\b/;

/** A weekday before an all-numeric date with a four-digit year: "Tue, 03/04/2025" (Drupal's default stamp). */
const WEEKDAY_NUMERIC_DATE = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\.?,? (\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?![\d/-])/gi;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Whether day `day` of month `month` (1-12) in `year` exists and falls on weekday `weekday` (0 = Sunday). */
function fallsOn(year: number, month: number, day: number, weekday: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDay() === weekday;
}

/** A month named with its day in the text: "Nov. 4", "November 4", "4 November". */
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_MONTH_DAY = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (\d{1,2})|(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\b/gi;

/** The days the text names with their month in words, as "month-day" keys ("11-4" for "Nov. 4"). */
function namedMonthDays(text: string): Set<string> {
  const days = new Set<string>();
  for (const [, monthFirst, dayAfter, dayFirst, monthAfter] of text.matchAll(NAMED_MONTH_DAY)) {
    days.add(`${MONTH_NAMES.indexOf((monthFirst ?? monthAfter)!.toLowerCase()) + 1}-${Number(dayAfter ?? dayFirst)}`);
  }
  return days;
}

/** The US states, as a page names them in full. */
const US_STATE =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
/**
 * A US postal address (a state, in full or by its code, before a ZIP code: "Stockdale, Kansas 67669",
 * "Dover, DE 19901"), or US states named twice: a small US paper gives no zone, and its "Posted
 * 6/11/2024" is June 11. ("Georgia" and "Washington" name other places too, hence twice.)
 */
const US_ADDRESS = new RegExp(`\\b(?:${US_STATE}|[A-Z]{2}) \\d{5}(?:-\\d{4})?\\b`);
const US_STATE_NAME = new RegExp(`\\b(?:${US_STATE})\\b`, 'g');
const MIN_US_STATES = 2;
const isUsPage = (text: string) => US_ADDRESS.test(text) || (text.match(US_STATE_NAME)?.length ?? 0) >= MIN_US_STATES;

/**
 * 'dmy' or 'mdy' when the dump shows it, else undefined (each line then decides alone).
 * Evidence, strongest first: numeric dates that only one order can read ("14/06/2024" is day
 * first, "06/14/2024" month first), that a weekday names ("Tue, 03/04/2025" is March 4: April 3
 * was a Thursday) or that the text names in words ("11/04/2025" over "announced on Tuesday
 * (Nov. 4)"), then a North American zone after a time or a US address (month first).
 */
export function numericDateOrder(text: string): 'dmy' | 'mdy' | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  let named: Set<string> | undefined;
  for (const [, first, separator, second] of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(first), Number(second)];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    // Month-first dates are written with slashes or hyphens; "1.13.2024" is a version number.
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12 && separator !== '.') monthFirst++;
    else if (a !== b && a >= 1 && a <= 12 && b >= 1 && b <= 12) {
      named ??= namedMonthDays(text);
      const [asMonthFirst, asDayFirst] = [named.has(`${a}-${b}`), named.has(`${b}-${a}`)];
      if (asMonthFirst !== asDayFirst) asMonthFirst ? monthFirst++ : dayFirst++;
    }
  }
  for (const [, name, first, , second, year] of text.matchAll(WEEKDAY_NUMERIC_DATE)) {
    const weekday = WEEKDAYS.indexOf(name!.toLowerCase());
    const [a, b, y] = [Number(first), Number(second), Number(year)];
    const asDayFirst = fallsOn(y, b, a, weekday);
    const asMonthFirst = fallsOn(y, a, b, weekday);
    if (asDayFirst !== asMonthFirst) asDayFirst ? dayFirst++ : monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy';
  return NORTH_AMERICAN_ZONE_AFTER_TIME.test(text) || isUsPage(text) ? 'mdy' : undefined;
}

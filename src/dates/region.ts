/**
 * Zone abbreviations whose meaning depends on where the page is from, decided once per dump.
 * "BST" is British Summer Time on a British page and Bangladesh Standard Time on a Bangladeshi
 * one ("Published: 12 January 2025, 06:30 PM (BST)" under a Dhaka dateline).
 */

/** Places and money that mark a Bangladeshi page. */
export const BANGLADESH_CUES = /\b(?:Bangladesh|Bangladeshi|Dhaka|Chattogram|Chittagong|Sylhet|Rajshahi|Khulna|Barishal|Rangpur|Mymensingh|Cumilla|Gazipur|Narayanganj|Tk|BDT)\b/g;
/** Places that mark a British page. */
export const BRITISH_CUES = /\b(?:UK|Britain|British|England|English|London|Scotland|Scottish|Wales|Welsh|Manchester|Birmingham|NHS)\b/g;
const MIN_BANGLADESH_CUES = 3;
/** Bangladesh Standard Time, minutes east of UTC. */
const BANGLADESH_OFFSET = 360;

/** Zone corrections for this dump, or undefined: `{ BST: 360 }` on a page that is plainly Bangladeshi. */
export function zoneOverridesFor(text: string): Readonly<Record<string, number>> | undefined {
  if (!text.includes('BST')) return undefined;
  const bangladesh = text.match(BANGLADESH_CUES)?.length ?? 0;
  const british = text.match(BRITISH_CUES)?.length ?? 0;
  return bangladesh >= MIN_BANGLADESH_CUES && bangladesh > 2 * british ? { BST: BANGLADESH_OFFSET } : undefined;
}

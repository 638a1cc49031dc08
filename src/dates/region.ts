/**
 * Zone abbreviations whose meaning depends on where the page is from, decided once per dump.
 * "BST" is British Summer Time on a British page and Bangladesh Standard Time on a Bangladeshi
 * one ("Published: 12 January 2025, 06:30 PM (BST)" under a Dhaka dateline); "IST" is India
 * Standard Time unless the page is plainly Irish, where it is Irish Standard Time (summer time);
 * "AST" is Arabia Standard Time unless the page is plainly from the eastern Caribbean or the
 * Maritimes, where it is Atlantic Standard Time.
 */

/**
 * Places and money that mark a Bangladeshi page, and its habits: words in Bengali script (the
 * language switch "বাংলা" of an English edition) and the credit "Photo: Collected".
 */
const BANGLADESH_CUES = /\b(?:Bangladesh|Bangladeshi|Dhaka|Chattogram|Chittagong|Sylhet|Rajshahi|Khulna|Barishal|Rangpur|Mymensingh|Cumilla|Gazipur|Narayanganj|Tk|BDT|(?:Photo|Image|Picture)s?: Collected)\b|[\u0980-\u09FF]{2,}/g;
/** Places that mark a British page. */
const BRITISH_CUES = /\b(?:UK|Britain|British|England|English|London|Scotland|Scottish|Wales|Welsh|Manchester|Birmingham|NHS)\b/g;
/** Places and institutions that mark an Irish page. */
const IRISH_CUES =
  /(?<![\p{L}\p{N}])(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Wexford|Sligo|Donegal|Kerry|Mayo|Tipperary|Athlone|Drogheda|Dundalk|Taoiseach|Tánaiste|Dáil|Oireachtas|Garda|Gardaí|RTÉ|HSE|Fianna Fáil|Fine Gael|Sinn Féin)(?![\p{L}\p{N}])/gu;
/** Places that keep Atlantic time: the eastern Caribbean, Puerto Rico, the Dominican Republic, Bermuda and Canada's Maritimes (on a Canadian page, a Canadian site's address among them, "AST" is Atlantic time). */
const ATLANTIC_CUES =
  /\b(?:Trinidad|Tobago|Port of Spain|Barbados|Bridgetown|Guyana|Georgetown|Grenada|St\.? Lucia|Saint Lucia|Antigua|Dominica|St\.? Kitts|St\.? Vincent|Puerto Rico|San Juan|Bayamón|Ponce|Mayagüez|Caguas|Guaynabo|Arecibo|Vieques|Virgin Islands|St\.? Thomas|St\.? Croix|Santo Domingo|Dominican Republic|Sint Maarten|Bonaire|Bermuda|Anguilla|Montserrat|Martinique|Guadeloupe|Aruba|Curaçao|Halifax|HALIFAX|Nova Scotia|N\.S|New Brunswick|N\.B|Prince Edward Island|P\.E\.I|Cape Breton|Moncton|Fredericton|Charlottetown|Canada|Canadian|\.ca|CARICOM|Caricom)\b/gu;
/** Places that keep Arabia Standard Time, which "AST" means elsewhere. */
const ARABIAN_CUES = /\b(?:Saudi|Riyadh|Jeddah|Mecca|Medina|Qatar|Doha|Iraq|Baghdad|Kuwait|Bahrain|Manama|Yemen|Sanaa)\b/g;
/** Places and money that mark an Indian page. */
const INDIAN_CUES = /\b(?:India|Indian|Delhi|Mumbai|Bengaluru|Bangalore|Kolkata|Chennai|Hyderabad|Pune|Ahmedabad|Lucknow|Jaipur|Rs|crore|lakh|BJP|Lok Sabha)\b|₹/g;

interface RegionalZone {
  zone: string;
  /** Minutes east of UTC where the page is from the region. */
  offset: number;
  /** Words that place a page in the region, and words that place it where the usual meaning holds. */
  cues: RegExp;
  against: RegExp;
}

/** The region must be named this often, and more than twice as often as the other place. */
const MIN_CUES = 3;

/** Exported for the ReDoS check (test/redos.test.ts). */
export const REGIONAL_ZONES: readonly RegionalZone[] = [
  // Bangladesh Standard Time: "Update: 06:30 PM (BST)" on a Dhaka daily.
  { zone: 'BST', offset: 360, cues: BANGLADESH_CUES, against: BRITISH_CUES },
  // Atlantic Standard Time: "June 18, 2025 at 6:47 pm AST" on a Trinidad or Barbados site.
  { zone: 'AST', offset: -240, cues: ATLANTIC_CUES, against: ARABIAN_CUES },
  // Irish Standard Time: "Thursday 17 Jul 2025, 2:30 PM IST" on a Galway site.
  { zone: 'IST', offset: 60, cues: IRISH_CUES, against: INDIAN_CUES },
];

const ZONE_WORD = /\b(?:BST|IST|AST)\b/;

/** Zone corrections for this dump, or undefined: `{ BST: 360 }` on a page that is plainly Bangladeshi. */
export function zoneOverridesFor(text: string): Readonly<Record<string, number>> | undefined {
  if (!ZONE_WORD.test(text)) return undefined;
  let overrides: Record<string, number> | undefined;
  for (const { zone, offset, cues, against } of REGIONAL_ZONES) {
    if (!text.includes(zone)) continue;
    const here = text.match(cues)?.length ?? 0;
    const there = text.match(against)?.length ?? 0;
    if (here >= MIN_CUES && here > 2 * there) (overrides ??= {})[zone] = offset;
  }
  return overrides;
}

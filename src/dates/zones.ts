/**
 * Zone abbreviations and numeric offsets seen in news dumps, as minutes east of UTC.
 */

/** A calendar day (and optionally the hour) a zone abbreviation is read on; needed for "ET" and friends. */
export interface ZoneDay {
  year: number;
  month: number;
  day: number;
  hour?: number;
}

type ZoneRule =
  | { kind: 'fixed'; minutes: number }
  /** A US zone written without S/D ("ET"): daylight time between the US switch Sundays, else standard. */
  | { kind: 'usSeasonal'; standardMinutes: number; daylightMinutes: number }
  /** A European zone named by its country ("UK"): summer time between the EU switch Sundays, else standard. */
  | { kind: 'euSeasonal'; standardMinutes: number; daylightMinutes: number };

const MAX_OFFSET_MINUTES = 14 * 60;

/** "+06:00", "+0600", "-3", "GMT+8", "UTC+05:30" (the GMT/UTC prefix is optional, as is the colon). */
const NUMERIC_OFFSET = /^(?:(?:GMT|UTC)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

function parseNumericOffset(text: string): number | null {
  const match = NUMERIC_OFFSET.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > MAX_OFFSET_MINUTES) return null;
  return match[1] === '-' ? -total : total;
}

/** Offset of a table entry; the table is written by hand, so a typo fails loudly at load. */
function tableOffset(offset: string): number {
  const minutes = parseNumericOffset(offset);
  if (minutes === null) throw new Error(`zone table: bad offset ${offset}`);
  return minutes;
}

function fixed(offset: string): ZoneRule {
  return { kind: 'fixed', minutes: tableOffset(offset) };
}

function usSeasonal(standard: string, daylight: string): ZoneRule {
  return { kind: 'usSeasonal', standardMinutes: tableOffset(standard), daylightMinutes: tableOffset(daylight) };
}

function euSeasonal(standard: string, daylight: string): ZoneRule {
  return { kind: 'euSeasonal', standardMinutes: tableOffset(standard), daylightMinutes: tableOffset(daylight) };
}

/**
 * Where an abbreviation means different zones in different places, the entry follows the
 * dumps we see most; callers fix a dump's meaning with DateOptions.zoneOverrides.
 */
const ZONE_TABLE: Readonly<Record<string, ZoneRule>> = {
  // Universal time and its spellings; "Z" as in ISO 8601 "17:40Z".
  UTC: fixed('+00:00'),
  GMT: fixed('+00:00'),
  Z: fixed('+00:00'),

  // South Asia.
  // Bangladesh Standard Time as Bangladeshi sites print it ("BDST: 1740 HRS"). Strictly BDST was the
  // 2009 daylight time (+07:00), but the sites use it for standard time, +06:00.
  BDST: fixed('+06:00'),
  // India Standard Time (also Irish Standard Time: see region.ts; and Israel Standard Time).
  IST: fixed('+05:30'),
  // Pakistan Standard Time.
  PKT: fixed('+05:00'),
  // Nepal Time.
  NPT: fixed('+05:45'),
  // Sri Lanka Standard Time.
  SLST: fixed('+05:30'),
  // Bhutan Time and Maldives Time.
  BTT: fixed('+06:00'),
  MVT: fixed('+05:00'),

  // Europe.
  // British Summer Time, as British dumps use it. Bangladeshi sites sometimes write BST for
  // Bangladesh Standard Time (+06:00): the pipeline passes zoneOverrides { BST: 360 } for a dump
  // that is plainly Bangladeshi (dates/region.ts), and a library caller may too.
  BST: fixed('+01:00'),
  // "15:12, UK" (Sky News): UK time, GMT in winter and BST in summer.
  UK: euSeasonal('+00:00', '+01:00'),
  // Central European Time and its summer time.
  CET: fixed('+01:00'),
  CEST: fixed('+02:00'),
  // The same in German: Mitteleuropäische (Sommer)Zeit.
  MEZ: fixed('+01:00'),
  MESZ: fixed('+02:00'),
  // Eastern European Time and its summer time.
  EET: fixed('+02:00'),
  // "Kyiv time" as Ukrainian sites write it: Eastern European time, summer time by the EU's dates.
  KYIV: euSeasonal('+02:00', '+03:00'),
  EEST: fixed('+03:00'),
  // Central European time named by a city ("6:30 pm (Paris)", "Berlin time"): summer time by the EU's dates.
  'CET/CEST': euSeasonal('+01:00', '+02:00'),
  // Turkey Time (no daylight time since 2016).
  TRT: fixed('+03:00'),
  // Israel Daylight Time (Israel Standard Time is left out: IST is India's).
  IDT: fixed('+03:00'),
  // Moscow Time (no daylight time since 2014).
  MSK: fixed('+03:00'),
  // The Caucasus, none with daylight time: Georgia Time, Armenia Time (not Amazon Time), Azerbaijan Time.
  GET: fixed('+04:00'),
  AMT: fixed('+04:00'),
  AZT: fixed('+04:00'),

  // North America, standard and daylight; Quebec writes them in French (heure normale / avancée de l'Est).
  // Newfoundland.
  NST: fixed('-03:30'),
  NDT: fixed('-02:30'),
  // Atlantic Daylight Time (the Maritimes); AST is Arabia's, below.
  ADT: fixed('-03:00'),
  HNE: fixed('-05:00'),
  HAE: fixed('-04:00'),
  HNC: fixed('-06:00'),
  HAC: fixed('-05:00'),
  HNR: fixed('-07:00'),
  HAR: fixed('-06:00'),
  HNP: fixed('-08:00'),
  HAP: fixed('-07:00'),
  EST: fixed('-05:00'),
  EDT: fixed('-04:00'),
  CST: fixed('-06:00'),
  CDT: fixed('-05:00'),
  MST: fixed('-07:00'),
  MDT: fixed('-06:00'),
  PST: fixed('-08:00'),
  PDT: fixed('-07:00'),
  // Eastern/Central/Mountain/Pacific Time without saying standard or daylight: chosen from the date.
  ET: usSeasonal('-05:00', '-04:00'),
  CT: usSeasonal('-06:00', '-05:00'),
  MT: usSeasonal('-07:00', '-06:00'),
  PT: usSeasonal('-08:00', '-07:00'),
  // Newfoundland Time, standard or daylight by the date (Canadian broadcasters' "6:00 AM NT").
  NT: usSeasonal('-03:30', '-02:30'),
  // Saudi Arabia's own initials ("10:42 (KSA)").
  KSA: fixed('+03:00'),

  // Asia-Pacific.
  // Australian Eastern Standard Time and its daylight time.
  AEST: fixed('+10:00'),
  AEDT: fixed('+11:00'),
  // Japan Standard Time.
  JST: fixed('+09:00'),
  // Korea Standard Time.
  KST: fixed('+09:00'),
  // Singapore Time.
  SGT: fixed('+08:00'),
  // Hong Kong Time.
  HKT: fixed('+08:00'),
  // Western Indonesia Time (Jakarta).
  WIB: fixed('+07:00'),
  // Philippine Time.
  PHT: fixed('+08:00'),
  // Chamorro Standard Time (Guam, Northern Marianas), written "ChST".
  CHST: fixed('+10:00'),
  // Central and Eastern Indonesia Time.
  WITA: fixed('+08:00'),
  WIT: fixed('+09:00'),
  // Indochina Time (Bangkok, Hanoi, Phnom Penh).
  ICT: fixed('+07:00'),
  // Malaysia Time, China Standard Time is left out (CST is US Central).
  MYT: fixed('+08:00'),
  // Myanmar Time.
  MMT: fixed('+06:30'),
  // Australian Central and Western time, and their daylight time.
  ACST: fixed('+09:30'),
  ACDT: fixed('+10:30'),
  AWST: fixed('+08:00'),
  // New Zealand Standard and Daylight Time.
  NZST: fixed('+12:00'),
  NZDT: fixed('+13:00'),
  // Pacific islands: Fiji, Papua New Guinea, Samoa (West Samoa Time), Tonga.
  FJT: fixed('+12:00'),
  PGT: fixed('+10:00'),
  WST: fixed('+13:00'),
  TOT: fixed('+13:00'),

  // Middle East and Africa.
  // Gulf Standard Time (UAE, Oman), not South Georgia.
  GST: fixed('+04:00'),
  // Arabia Standard Time (Saudi Arabia, Qatar, Iraq), not Atlantic Standard Time.
  AST: fixed('+03:00'),
  // Iran Standard Time (no daylight time since 2022).
  IRST: fixed('+03:30'),
  // South Africa Standard Time.
  SAST: fixed('+02:00'),
  // West Africa Time.
  WAT: fixed('+01:00'),
  // East Africa Time.
  EAT: fixed('+03:00'),
  // Central Africa Time.
  CAT: fixed('+02:00'),

  // The Americas beyond the US zones above.
  // Brasília Time and Argentina Time.
  BRT: fixed('-03:00'),
  ART: fixed('-03:00'),
  // Andean and northern South America: Peru, Colombia, Bolivia, Venezuela, Guyana Time, and Chile's
  // standard and summer time (Ecuador's "ECT" is left out: it is also Eastern Caribbean Time).
  PET: fixed('-05:00'),
  COT: fixed('-05:00'),
  BOT: fixed('-04:00'),
  VET: fixed('-04:00'),
  GYT: fixed('-04:00'),
  CLT: fixed('-04:00'),
  CLST: fixed('-03:00'),
  // Alaska and Hawaii.
  AKST: fixed('-09:00'),
  AKDT: fixed('-08:00'),
  HST: fixed('-10:00'),
};

/**
 * Zones spelled out, as press-release wires and some sites print them ("09:00 AM Eastern Daylight
 * Time"): the abbreviation each stands for.
 */
/** Zones named by a place and "time" ("Beijing time", "(Tehran time)"), as state and agency sites write them. */
export const PLACE_TIMES: Readonly<Record<string, string>> = {
  Kyiv: 'KYIV',
  Kiev: 'KYIV',
  Moscow: 'MSK',
  London: 'UK',
  Istanbul: 'TRT',
  Turkey: 'TRT',
  Beijing: '+08:00',
  Tokyo: 'JST',
  Brasília: 'BRT',
  Brasilia: 'BRT',
  Tehran: 'IRST',
  Iran: 'IRST',
  ...Object.fromEntries(['Riyadh', 'Makkah', 'Mecca', 'Saudi', 'Doha', 'Qatar', 'Kuwait', 'Baghdad', 'Bahrain', 'Manama', 'Amman', 'Jordan'].map((place) => [place, 'AST'])),
  ...Object.fromEntries(['UAE', 'Dubai', 'Abu Dhabi', 'Muscat', 'Oman'].map((place) => [place, 'GST'])),
  ...Object.fromEntries(['Hanoi', 'Bangkok'].map((place) => [place, 'ICT'])),
};

const SPELLED_ZONES: Readonly<Record<string, string>> = {
  'EASTERN DAYLIGHT TIME': 'EDT',
  'EASTERN STANDARD TIME': 'EST',
  'EASTERN TIME': 'ET',
  EASTERN: 'ET',
  CENTRAL: 'CT',
  MOUNTAIN: 'MT',
  PACIFIC: 'PT',
  'CENTRAL DAYLIGHT TIME': 'CDT',
  'CENTRAL STANDARD TIME': 'CST',
  'CENTRAL TIME': 'CT',
  'MOUNTAIN DAYLIGHT TIME': 'MDT',
  'MOUNTAIN STANDARD TIME': 'MST',
  'MOUNTAIN TIME': 'MT',
  'PACIFIC DAYLIGHT TIME': 'PDT',
  'PACIFIC STANDARD TIME': 'PST',
  'PACIFIC TIME': 'PT',
  'BRITISH SUMMER TIME': 'BST',
  'GREENWICH MEAN TIME': 'GMT',
  'CENTRAL EUROPEAN TIME': 'CET',
  'CENTRAL EUROPEAN SUMMER TIME': 'CEST',
  'EASTERN EUROPEAN TIME': 'EET',
  'EASTERN EUROPEAN SUMMER TIME': 'EEST',
  'INDIA STANDARD TIME': 'IST',
  'PAKISTAN STANDARD TIME': 'PKT',
  ...Object.fromEntries(Object.entries(PLACE_TIMES).map(([place, zone]) => [`${place.toUpperCase()} TIME`, zone])),
  ...Object.fromEntries(['PARIS', 'BERLIN', 'BRUSSELS', 'MADRID', 'ROME', 'AMSTERDAM', 'VIENNA', 'WARSAW', 'PRAGUE', 'STOCKHOLM', 'OSLO', 'COPENHAGEN'].flatMap((city) => [[city, 'CET/CEST'], [`${city} TIME`, 'CET/CEST']])),
  // The capital's time in French, Spanish and Italian: "11h32 (heure de Paris)".
  ...Object.fromEntries(['HEURE DE PARIS', 'HEURE DE BRUXELLES', 'HORA DE MADRID', 'HORA PENINSULAR', 'ORA DI ROMA', 'ORA ITALIANA'].map((name) => [name, 'CET/CEST'])),
  'HORA DE BRASÍLIA': 'BRT',
  'HORA DE BRASILIA': 'BRT',
  'HORÁRIO DE BRASÍLIA': 'BRT',
  // Turkish sites' "Türkiye saati": "09:15 (TSİ)".
  TSİ: 'TRT',
  // Moscow time in Cyrillic: "09:30 (МСК)".
  МСК: 'MSK',
  // Latin American capitals' and countries' time, as their sites write it: "8:30 am (hora de Venezuela)".
  ...Object.fromEntries(
    Object.entries({ VENEZUELA: 'VET', CARACAS: 'VET', ARGENTINA: 'ART', 'BUENOS AIRES': 'ART', COLOMBIA: 'COT', BOGOTÁ: 'COT', PERÚ: 'PET', PERU: 'PET', LIMA: 'PET', BOLIVIA: 'BOT', MÉXICO: 'CST', MEXICO: 'CST' }).map(([place, zone]) => [`HORA DE ${place}`, zone]),
  ),
  // Mexico's central time (no daylight time since 2022).
  'HORA DEL CENTRO': 'CST',
  'HORARIO DE BRASILIA': 'BRT',
  'NEPAL STANDARD TIME': 'NPT',
  'NEPAL TIME': 'NPT',
  'SRI LANKA STANDARD TIME': 'SLST',
  'BHUTAN TIME': 'BTT',
  'MALDIVES TIME': 'MVT',
  'JAPAN STANDARD TIME': 'JST',
  'KOREA STANDARD TIME': 'KST',
  'COORDINATED UNIVERSAL TIME': 'UTC',
};

/** Day of month of the nth Sunday of a month, from the UTC calendar (no local-time dependence). */
function nthSunday(year: number, month: number, n: number): number {
  const weekdayOfFirst = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - weekdayOfFirst) % 7);
  return firstSunday + 7 * (n - 1);
}

/**
 * US daylight time: from 02:00 on the second Sunday of March to 02:00 on the first Sunday of
 * November. Approximation: the 2007 rule is applied to every year (1987–2006 switched in April
 * and October); without an hour, a switch day counts as already switched.
 */
function isUsDaylightTime(on: ZoneDay): boolean {
  const hour = on.hour ?? 12;
  const startDay = nthSunday(on.year, 3, 2);
  const endDay = nthSunday(on.year, 11, 1);
  const at = (month: number, day: number, h: number) => (month * 100 + day) * 100 + h;
  const moment = at(on.month, on.day, hour);
  return moment >= at(3, startDay, 2) && moment < at(11, endDay, 2);
}

/** Day of month of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * European summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
 * of October (read on the local clock, an hour off at most on the switch nights; without an hour,
 * a switch day counts as already switched).
 */
function isEuSummerTime(on: ZoneDay): boolean {
  const hour = on.hour ?? 12;
  const at = (month: number, day: number, h: number) => (month * 100 + day) * 100 + h;
  const moment = at(on.month, on.day, hour);
  return moment >= at(3, lastSunday(on.year, 3), 1) && moment < at(10, lastSunday(on.year, 10), 1);
}

/**
 * Offset in minutes east of UTC for a zone abbreviation ("IST", "BDST", "PST"), its spelled-out
 * name ("Eastern Daylight Time") or a numeric
 * offset ("GMT+8", "UTC+05:30", "+0600", "+06:00"); null when unknown.
 * "ET", "CT", "MT" and "PT" need the day they are read on to choose daylight or standard
 * time; without it they give standard time.
 */
export function zoneOffset(abbrev: string, on?: ZoneDay): number | null {
  const upper = abbrev.trim().toUpperCase().replace(/\s+/g, ' ');
  const written = Object.hasOwn(SPELLED_ZONES, upper) ? SPELLED_ZONES[upper]! : upper;
  const rule = Object.hasOwn(ZONE_TABLE, written) ? ZONE_TABLE[written] : undefined;
  if (!rule) return parseNumericOffset(written);
  if (rule.kind === 'fixed') return rule.minutes;
  const daylight = rule.kind === 'usSeasonal' ? isUsDaylightTime : isEuSummerTime;
  return on && daylight(on) ? rule.daylightMinutes : rule.standardMinutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/;

/**
 * Attach an offset to a local ISO date-time: "2024-06-21T17:40:35" → "2024-06-21T17:40:35+06:00";
 * a minute-only time gains ":00" seconds. Anything else (a date-only ISO, a string that already
 * has an offset, an offset beyond ±14:00) is returned unchanged.
 */
export function withOffset(iso: string, offsetMinutes: number): string {
  const match = LOCAL_DATE_TIME.exec(iso);
  if (!match || !Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return iso;
  return `${match[1]}${match[2] ?? ':00'}${formatOffset(offsetMinutes)}`;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import * as chrono from 'chrono-node';
import { findDates, hasDateCue, withOffset, zoneOffset, type FoundDate } from '../src/dates/index.js';
import { RELATIVE_ONLY_PARSERS } from '../src/dates/chronoStage.js';
import { numericDateOrder } from '../src/dates/order.js';

type Expected = Pick<FoundDate, 'text' | 'iso' | 'precision' | 'zone'> & { offsetMinutes?: number | null };

/** The one stamp a line must yield, compared on the fields the case names. */
function onlyStamp(line: string, options?: Parameters<typeof findDates>[1]): FoundDate {
  const found = findDates(line, options);
  expect(found, `stamps in ${JSON.stringify(line)}`).toHaveLength(1);
  return found[0]!;
}

const stamp = (text: string, iso: string, precision: FoundDate['precision'], zone: FoundDate['zone'] = 'none') => ({
  text,
  iso,
  precision,
  zone,
});

describe('findDates: forms', () => {
  const cases: [line: string, expected: Expected][] = [
    [
      'BDST: 1740 HRS, JUNE 21, 2024',
      { ...stamp('BDST: 1740 HRS, JUNE 21, 2024', '2024-06-21T17:40:00+06:00', 'minute', 'stated'), offsetMinutes: 360 },
    ],
    [
      // CNN style: a four-digit time with its zone, the same moment in another zone in brackets.
      'Updated 0339 GMT (1139 HKT) November 19, 2024',
      { ...stamp('0339 GMT (1139 HKT) November 19, 2024', '2024-11-19T03:39:00+00:00', 'minute', 'stated'), offsetMinutes: 0 },
    ],
    [
      'BDST:\u00a01740\u00a0HRS,\u00a0JUNE\u00a021,\u00a02024',
      stamp('BDST:\u00a01740\u00a0HRS,\u00a0JUNE\u00a021,\u00a02024', '2024-06-21T17:40:00+06:00', 'minute', 'stated'),
    ],
    [
      'October 15, 20249:42 AM GMT+8',
      { ...stamp('October 15, 20249:42 AM GMT+8', '2024-10-15T09:42:00+08:00', 'minute', 'stated'), offsetMinutes: 480 },
    ],
    ['Update: 2024-06-21 17:40:35', { ...stamp('2024-06-21 17:40:35', '2024-06-21T17:40:35', 'second'), offsetMinutes: null }],
    ['Published: 10:05 AM, June 21, 2024', stamp('10:05 AM, June 21, 2024', '2024-06-21T10:05:00', 'minute')],
    ['21 May, 2025, 05:40 pm', stamp('21 May, 2025, 05:40 pm', '2025-05-21T17:40:00', 'minute')],
    [
      'Monday November 18, 2019 7:45 am PST',
      { ...stamp('Monday November 18, 2019 7:45 am PST', '2019-11-18T07:45:00-08:00', 'minute', 'stated'), offsetMinutes: -480 },
    ],
    ['Nov. 18, 2019', stamp('Nov. 18, 2019', '2019-11-18', 'day')],
    ['18 November 2019', stamp('18 November 2019', '2019-11-18', 'day')],
    ['21.06.2024', stamp('21.06.2024', '2024-06-21', 'day')],
    ['06/21/2024', stamp('06/21/2024', '2024-06-21', 'day')],
    ['03/04/2024', stamp('03/04/2024', '2024-04-03', 'day')],
    ['2019年11月18日', stamp('2019年11月18日', '2019-11-18', 'day')],
    ['2019년 11월 18일', stamp('2019년 11월 18일', '2019-11-18', 'day')],
    ['21 juin 2024', stamp('21 juin 2024', '2024-06-21', 'day')],
    ['21 de junio de 2024', stamp('21 de junio de 2024', '2024-06-21', 'day')],
    ['21. Juni 2024', stamp('21. Juni 2024', '2024-06-21', 'day')],
    ['21 de junho de 2024', stamp('21 de junho de 2024', '2024-06-21', 'day')],
    ['21 giugno 2024', stamp('21 giugno 2024', '2024-06-21', 'day')],
    ['03/04/2025 05:00 AM EST', { ...stamp('03/04/2025 05:00 AM EST', '2025-03-04T05:00:00-05:00', 'minute', 'stated'), offsetMinutes: -300 }],
    ['03/04/2025 05:00 CET', { ...stamp('03/04/2025 05:00 CET', '2025-04-03T05:00:00+01:00', 'minute', 'stated'), offsetMinutes: 60 }],
    ['4.mar.2025 às 14h30', stamp('4.mar.2025 às 14h30', '2025-03-04T14:30:00', 'minute')],
    ['21.mai.2024 às 19h48', stamp('21.mai.2024 às 19h48', '2024-05-21T19:48:00', 'minute')],
    ['03/06/2024 às 10h05', stamp('03/06/2024 às 10h05', '2024-06-03T10:05:00', 'minute')],
    ['Publié le 03/06/2024 à 10:05', stamp('03/06/2024 à 10:05', '2024-06-03T10:05:00', 'minute')],
    ['03.06.2024 um 10:05 Uhr', stamp('03.06.2024 um 10:05', '2024-06-03T10:05:00', 'minute')],
    ['03/06/2024 a las 10:05', stamp('03/06/2024 a las 10:05', '2024-06-03T10:05:00', 'minute')],
    ['maandag 3 juni 2024, 10:05', stamp('maandag 3 juni 2024, 10:05', '2024-06-03T10:05:00', 'minute')],
    ['Posted on Maret 30, 2015 by admin', stamp('Maret 30, 2015', '2015-03-30', 'day')],
    [
      'Senin, 3 Juni 2024 10:05 WIB',
      { ...stamp('Senin, 3 Juni 2024 10:05 WIB', '2024-06-03T10:05:00+07:00', 'minute', 'stated'), offsetMinutes: 420 },
    ],
    ['Publié le 21 juin 2024 à 17h40', stamp('21 juin 2024 à 17h40', '2024-06-21T17:40:00', 'minute')],
    ['Saturday, 13 Jul, 2024', stamp('Saturday, 13 Jul, 2024', '2024-07-13', 'day')],
    [
      'Jun 21, 2024 | 17:40 IST',
      { ...stamp('Jun 21, 2024 | 17:40 IST', '2024-06-21T17:40:00+05:30', 'minute', 'stated'), offsetMinutes: 330 },
    ],
    ['2024-06-21T17:40:35+06:00', stamp('2024-06-21T17:40:35+06:00', '2024-06-21T17:40:35+06:00', 'second', 'stated')],
    ['2024-06-21T17:40:35Z', stamp('2024-06-21T17:40:35Z', '2024-06-21T17:40:35+00:00', 'second', 'stated')],
    ['June 2024', stamp('June 2024', '2024-06', 'month')],
    ['© 2024 The Daily Star', stamp('2024', '2024', 'year')],
    ['Posted on 21 June 2024 at 10:05', stamp('21 June 2024 at 10:05', '2024-06-21T10:05:00', 'minute')],
    ['Jun 21, 2024 17:40 ET', stamp('Jun 21, 2024 17:40 ET', '2024-06-21T17:40:00-04:00', 'minute', 'stated')],
    ['Jan 21, 2024 17:40 ET', stamp('Jan 21, 2024 17:40 ET', '2024-01-21T17:40:00-05:00', 'minute', 'stated')],
    // "UK" follows British summer time (last Sundays of March and October).
    ['Monday 3 June 2024 15:12, UK', stamp('Monday 3 June 2024 15:12, UK', '2024-06-03T15:12:00+01:00', 'minute', 'stated')],
    ['Monday 13 January 2025 15:12, UK', stamp('Monday 13 January 2025 15:12, UK', '2025-01-13T15:12:00+00:00', 'minute', 'stated')],
    ['Sunday 27 October 2024 12:00, UK', stamp('Sunday 27 October 2024 12:00, UK', '2024-10-27T12:00:00+00:00', 'minute', 'stated')],
    [
      'June 21, 2024, 17:40 GMT+0900 (JST)',
      stamp('June 21, 2024, 17:40 GMT+0900 (JST)', '2024-06-21T17:40:00+09:00', 'minute', 'stated'),
    ],
    // AST is Arabia here, not chrono's Atlantic: proves our zone table, not chrono's, is read.
    ['10:05 AM AST, June 21, 2024', stamp('10:05 AM AST, June 21, 2024', '2024-06-21T10:05:00+03:00', 'minute', 'stated')],
    // A zone missing from our table is not taken from chrono's.
    ['June 21, 2024 10:05 WET', stamp('June 21, 2024 10:05', '2024-06-21T10:05:00', 'minute')],
    ['First published on Fri 21 Jun 2024 12.40 BST', stamp('Fri 21 Jun 2024 12.40 BST', '2024-06-21T12:40:00+01:00', 'minute', 'stated')],
    // A space after the clock's colon, which chrono alone reads as 17:00.
    ['Published: 13 Jul 2024, 17: 40', stamp('13 Jul 2024, 17: 40', '2024-07-13T17:40:00', 'minute')],
    // Spanish and German chrono read "date - time" as a range ending at a clock time.
    ['Actualizado: 8 de mayo de 2024 - 13:30', stamp('8 de mayo de 2024 - 13:30', '2024-05-08T13:30:00', 'minute')],
    ['Aktualisiert am 21. Juni 2024, 14.20 Uhr', stamp('21. Juni 2024, 14.20', '2024-06-21T14:20:00', 'minute')],
  ];

  it.each(cases)('%s', (line, expected) => {
    expect(onlyStamp(line)).toMatchObject(expected);
  });

  it('reads an ambiguous all-numeric date in the order the caller decided', () => {
    expect(onlyStamp('03/04/2024', { order: 'mdy' }).iso).toBe('2024-03-04');
    expect(onlyStamp('03/04/2024', { order: 'dmy' }).iso).toBe('2024-04-03');
    expect(onlyStamp('06/21/2024', { order: 'dmy' }).iso).toBe('2024-06-21');
    expect(onlyStamp('21/06/2024', { order: 'mdy' }).iso).toBe('2024-06-21');
  });

  it('lets a dump override the zone table', () => {
    expect(onlyStamp('Jun 21, 2024 17:40 BST').iso).toBe('2024-06-21T17:40:00+01:00');
    expect(onlyStamp('Jun 21, 2024 17:40 BST', { zoneOverrides: { BST: 360 } }).iso).toBe('2024-06-21T17:40:00+06:00');
  });

  it('gives offsets in the original line, in order, around a repaired glued stamp and no-break spaces', () => {
    const line = 'October 15,\u00a020249:42 AM GMT+8 and Jun 21, 2024 | 17:40 IST';
    const found = findDates(line);
    expect(found.map(({ start, end, iso }) => ({ start, end, iso }))).toEqual([
      { start: 0, end: 29, iso: '2024-10-15T09:42:00+08:00' },
      { start: 34, end: 58, iso: '2024-06-21T17:40:00+05:30' },
    ]);
    for (const date of found) expect(line.slice(date.start, date.end)).toBe(date.text);
  });

  it('separates a year glued to the next label', () => {
    const found = findDates('Published June 24, 2024Updated June 25, 2024, 9:14 a.m. ET');
    expect(found.map(({ text, iso }) => ({ text, iso }))).toEqual([
      { text: 'June 24, 2024', iso: '2024-06-24' },
      { text: 'June 25, 2024, 9:14 a.m. ET', iso: '2024-06-25T09:14:00-04:00' },
    ]);
  });
});

describe('findDates: stamps glued together', () => {
  it('a clock time glued to the next label: both stamps, each with its time', () => {
    expect(findDates('Issued on: 04/03/2025 - 14:32Modified: 04/03/2025 - 16:05').map((d) => d.iso)).toEqual(['2025-03-04T14:32:00', '2025-03-04T16:05:00']);
  });
  it('a labelled time later in the line: a stamp of the same day', () => {
    expect(findDates('Updated February 27, 2024 — 11.48am, first published at 5.30am').map((d) => d.iso)).toEqual(['2024-02-27T11:48:00', '2024-02-27T05:30:00']);
  });
  it('an unlabelled time later in the line is no stamp', () => {
    expect(findDates('February 27, 2024 — 11.48am, the ferry left at 5.30am').map((d) => d.iso)).toEqual(['2024-02-27T11:48:00']);
  });
  it('a meridiem glued to the digits of the next stamp', () => {
    expect(findDates('March 3, 2025 06:20 PM2025-03-03T18:20:03+5:30')[0]?.iso).toBe('2025-03-03T18:20:00');
  });
});

describe('findDates: a meridiem after a 24-hour clock', () => {
  it.each([
    ['Thu 27-02-2025 14:05 PM', '2025-02-27T14:05:00'],
    ['27 Feb 2025 23:40 p.m.', '2025-02-27T23:40:00'],
  ])('%s', (line, iso) => {
    expect(onlyStamp(line).iso).toBe(iso);
  });
});

describe('findDates: rejections', () => {
  it.each([
    'Feb 26',
    'Feb 30, 2024',
    '2024-02-30',
    '13/13/2024',
    '2024-13-01',
    '31/04/2024',
    '2024-06-21 25:10',
    'BDST: 2540 HRS, JUNE 21, 2024',
    'Jan 1, 1850',
    'Jan 1, 2150',
    '1,234',
    '2.55',
    'in 2024 the',
    '2024 elections',
    'Putin said that in 2024 the war would end, officials added',
    'Call 555-1234',
    'Version 2.5.1',
    'Updated 3 hours ago',
    'Yesterday',
    'hier',
    '',
  ])('%j', (line) => {
    expect(findDates(line)).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    const odd = ['\ud800 2024-06-21', '9'.repeat(300), '2024-'.repeat(60), 'June '.repeat(60), 'BDST: '.repeat(50)];
    for (const line of odd) expect(() => findDates(line)).not.toThrow();
    expect(findDates(undefined as unknown as string)).toEqual([]);
  });
});

describe('findDates: relative stamps', () => {
  const referenceDate = new Date('2024-06-21T12:00:00Z');

  it('resolves "3 hours ago" against the reference, in UTC by default', () => {
    expect(onlyStamp('Updated 3 hours ago', { referenceDate })).toEqual({
      text: '3 hours ago',
      start: 8,
      end: 19,
      iso: '2024-06-21T09:00:00+00:00',
      precision: 'minute',
      zone: 'inferred',
      offsetMinutes: 0,
    });
  });

  it('resolves in the reference offset the caller gives', () => {
    const found = onlyStamp('Updated 3 hours ago', { referenceDate, referenceOffsetMinutes: 360 });
    expect(found).toMatchObject({ iso: '2024-06-21T15:00:00+06:00', zone: 'inferred', offsetMinutes: 360 });
    expect(onlyStamp('Yesterday', { referenceDate: new Date('2024-06-21T20:00:00Z'), referenceOffsetMinutes: 360 }).iso).toBe(
      '2024-06-21',
    );
  });

  it.each([
    ['Yesterday', '2024-06-20', 'day'],
    ['2 days ago', '2024-06-19', 'day'],
    ['Yesterday 10:05 AM', '2024-06-20T10:05:00', 'minute'],
  ] as const)('%s', (line, iso, precision) => {
    expect(onlyStamp(line, { referenceDate })).toMatchObject({ iso, precision, zone: 'none' });
  });
});

describe('chrono parsers skipped on lines without a relative cue', () => {
  it('are all still in chrono (a renamed parser would silently run everywhere again)', () => {
    const names = new Set([...chrono.en.casual.parsers, ...chrono.en.GB.parsers].map((parser) => parser.constructor.name));
    for (const name of RELATIVE_ONLY_PARSERS) expect(names, name).toContain(name);
  });

  it('absolute stamps on lines that also read as relative phrases are still found', () => {
    expect(onlyStamp('Published 21 June 2024, within minutes').iso).toBe('2024-06-21');
    expect(onlyStamp('Updated: June 21, 2024 10:05 AM').iso).toBe('2024-06-21T10:05:00');
  });
});

describe('findDates: no dependency on the current date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const lines = [
    'BDST: 1740 HRS, JUNE 21, 2024',
    'Jun 21, 2024 | 17:40 IST',
    'Feb 26',
    'Monday, 10:05 AM',
    'Updated 3 hours ago',
    'June 2024',
    '© 2024 The Daily Star',
  ];
  const runAll = () => lines.map((line) => findDates(line));

  it('gives the same output on two different todays', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = runAll();
    vi.setSystemTime(new Date('2031-11-12T13:14:15Z'));
    const second = runAll();
    expect(second).toEqual(first);
    expect(first.flat().map((date) => date.iso)).toEqual([
      '2024-06-21T17:40:00+06:00',
      '2024-06-21T17:40:00+05:30',
      '2024-06',
      '2024',
    ]);
  });

  it('gives absolute stamps independent of the reference date', () => {
    const near = lines.slice(0, 2).map((line) => findDates(line, { referenceDate: new Date('2024-06-22T00:00:00Z') }));
    const far = lines.slice(0, 2).map((line) => findDates(line, { referenceDate: new Date('1990-01-01T00:00:00Z') }));
    expect(far).toEqual(near);
  });
});

describe('findDates: speed', () => {
  it('reads 10,000 ordinary short lines', () => {
    const sample = [
      'Putin warns South Korea against arming Ukraine',
      'International Desk |',
      'Update: 2024-06-21 17:40:35',
      'BDST: 1740 HRS, JUNE 21, 2024',
      'By John Smith, Reuters',
      'Jun 21, 2024 | 17:40 IST',
      'Share this article',
      'The war may end in March, officials said',
      '© 2024 The Daily Star',
      'Photo: AFP',
    ];
    const lines = Array.from({ length: 10_000 }, (_, i) => sample[i % sample.length]!);
    const started = performance.now();
    const stamps = lines.reduce((count, line) => count + findDates(line).length, 0);
    const elapsed = performance.now() - started;
    console.info(`findDates: 10,000 lines in ${elapsed.toFixed(0)} ms (${stamps} stamps)`);
    expect(stamps).toBe(4_000);
  });
});

describe('numericDateOrder: the day/month order a dump shows', () => {
  it.each([
    ['Published 14/06/2024 - 12:46', 'dmy'],
    ['Posted: 06/14/2024 03:15 PM', 'mdy'],
    ['21.06.2024 | 10:05', 'dmy'],
    ['Updated 9:02 a.m. CT June 4', 'mdy'],
    ['03/04/2025 05:00 AM EST', 'mdy'],
    // Two unambiguous month-first dates outweigh one day-first date.
    ['06/14/2024 and 06/15/2024, not 14/06/2024', 'mdy'],
  ] as const)('%s -> %s', (text, order) => {
    expect(numericDateOrder(text)).toBe(order);
  });

  it.each([
    'Published 03/04/2025',
    // Not dates: a version, an ISO date, a phone number, tonnes written MT.
    'version 1.13.2024 of the app',
    'on 2024-06-14 at noon',
    'call 555-14-2024',
    'shipped 500 MT of rice',
  ])('says nothing on %s', (text) => {
    expect(numericDateOrder(text)).toBeUndefined();
  });
});

describe('zoneOffset', () => {
  it.each([
    ['BDST', 360],
    ['BST', 60],
    ['IST', 330],
    ['PKT', 300],
    ['NPT', 345],
    ['SLST', 330],
    ['GMT', 0],
    ['UTC', 0],
    ['Z', 0],
    ['CET', 60],
    ['CEST', 120],
    ['EET', 120],
    ['EEST', 180],
    ['MSK', 180],
    ['EST', -300],
    ['EDT', -240],
    ['CST', -360],
    ['CDT', -300],
    ['MST', -420],
    ['MDT', -360],
    ['PST', -480],
    ['PDT', -420],
    ['AEST', 600],
    ['AEDT', 660],
    ['JST', 540],
    ['KST', 540],
    ['SGT', 480],
    ['HKT', 480],
    ['WIB', 420],
    ['PHT', 480],
    ['GST', 240],
    ['AST', 180],
    ['SAST', 120],
    ['WAT', 60],
    ['EAT', 180],
    ['GMT+8', 480],
    ['UTC+05:30', 330],
    ['+0600', 360],
    ['+06:00', 360],
    ['GMT-3', -180],
    ['ist', 330],
    ['Eastern Daylight Time', -240],
    ['Pacific  Standard Time', -480],
    ['British Summer Time', 60],
    ['India Standard Time', 330],
  ])('%s → %i', (abbrev, minutes) => {
    expect(zoneOffset(abbrev)).toBe(minutes);
  });

  it.each(['XYZ', '', '+15:00', 'GMT+5:75', 'ET+1'])('%j is unknown', (abbrev) => {
    expect(zoneOffset(abbrev)).toBeNull();
  });

  it('chooses daylight or standard time for ET, CT, MT, PT from the day', () => {
    expect(zoneOffset('ET')).toBe(-300);
    expect(zoneOffset('ET', { year: 2024, month: 6, day: 21 })).toBe(-240);
    expect(zoneOffset('CT', { year: 2024, month: 1, day: 21 })).toBe(-360);
    expect(zoneOffset('MT', { year: 2024, month: 7, day: 4 })).toBe(-360);
    expect(zoneOffset('PT', { year: 2024, month: 12, day: 25 })).toBe(-480);
    // 2024 switches: Sunday 10 March and Sunday 3 November, at 02:00 local time.
    expect(zoneOffset('ET', { year: 2024, month: 3, day: 10, hour: 1 })).toBe(-300);
    expect(zoneOffset('ET', { year: 2024, month: 3, day: 10, hour: 3 })).toBe(-240);
    expect(zoneOffset('ET', { year: 2024, month: 11, day: 3, hour: 1 })).toBe(-240);
    expect(zoneOffset('ET', { year: 2024, month: 11, day: 3, hour: 2 })).toBe(-300);
  });
});

describe('withOffset', () => {
  it.each([
    ['2024-06-21T17:40:35', 360, '2024-06-21T17:40:35+06:00'],
    ['2024-06-21T17:40:00', 360, '2024-06-21T17:40:00+06:00'],
    ['2024-06-21T17:40', 360, '2024-06-21T17:40:00+06:00'],
    ['2024-06-21T17:40:00', -480, '2024-06-21T17:40:00-08:00'],
    ['2024-06-21T17:40:00', 345, '2024-06-21T17:40:00+05:45'],
    ['2024-06-21T17:40:00', 0, '2024-06-21T17:40:00+00:00'],
    ['2024-06-21', 360, '2024-06-21'],
    ['2024-06', 360, '2024-06'],
    ['2024-06-21T17:40:35+06:00', 60, '2024-06-21T17:40:35+06:00'],
    ['2024-06-21T17:40:00', 24 * 60, '2024-06-21T17:40:00'],
    ['not a date', 60, 'not a date'],
  ])('%s with %i → %s', (iso, offset, expected) => {
    expect(withOffset(iso, offset)).toBe(expected);
  });
});

describe('hasDateCue', () => {
  it.each([
    'JUNE 21',
    'Nov. 18',
    '21 juin',
    '21 de junio',
    '21. Juni',
    '21 de junho',
    '21 giugno',
    'Update: 2024-06-21',
    '21.06.24',
    '06/21/2024',
    'BDST: 1740 HRS',
    'BDST: 1740\u00a0HRS',
    'in 2024 the',
    '2019년 11월',
  ])('%j has one', (line) => {
    expect(hasDateCue(line)).toBe(true);
  });

  it.each(['Putin warns South Korea against arming Ukraine', '1,234', '2.55', 'Share this article', 'Room 123', ''])(
    '%j has none',
    (line) => {
      expect(hasDateCue(line)).toBe(false);
    },
  );
});

/**
 * Holidays and Chinese lunar dates for the care engine.
 *
 * The lunar conversion comes from `tyme4ts` (6tail's successor to lunar-javascript /
 * lunar-typescript, same engine, MIT, no dependencies). Why this one:
 * - correct: it computes new moons and solar terms in Beijing time as GB/T 33661-2017
 *   requires; it gives the official 2024–2030 dates (see the tests) and agrees day for day
 *   with lunar-typescript over 1901–2099; the older 1900–2100 hex tables (solarlunar
 *   and kin) start a month a day off in 1933 and 2097, where ICU sides with tyme4ts;
 * - maintained: releases every few weeks, typed ESM, no Node-only APIs (fine in a
 *   service worker);
 * - the smallest of the correct ones: about 220 kB minified / 70 kB gzipped as bundled,
 *   against about 320 kB / 100 kB for lunar-typescript (neither tree-shakes).
 * Intl's `chinese` calendar is NOT used: ICU puts Spring Festival 2027 on 7 February and
 * 2030 on 2 February, a day after/before the official 6 February and 3 February.
 *
 * Only this file imports tyme4ts, so the library can be swapped here alone.
 * All dates are ISO `YYYY-MM-DD` strings with no time zone: a holiday is a calendar day.
 */
import { LunarDay, LunarMonth, LunarYear } from 'tyme4ts';

export type LunarHolidayId = 'spring-festival' | 'lantern' | 'dragon-boat' | 'qixi' | 'mid-autumn' | 'double-ninth';
export type GregorianHolidayId = 'new-year' | 'valentines' | 'labour-day' | 'national-day' | 'christmas';
export type HolidayId = LunarHolidayId | GregorianHolidayId;
export type Region = 'CN' | 'HK' | 'TW' | 'SG' | 'INTL';

/** A date kept once and celebrated every year, such as a birthday, in either calendar. */
export interface YearlyDate {
  calendar: 'gregorian' | 'lunar';
  month: number;
  day: number;
  /** Lunar only: born in the leap (闰) month of `month`. */
  leapMonth?: boolean;
}

const LUNAR_HOLIDAYS: Record<LunarHolidayId, readonly [month: number, day: number]> = {
  'spring-festival': [1, 1], // 春节
  lantern: [1, 15], // 元宵
  'dragon-boat': [5, 5], // 端午
  qixi: [7, 7], // 七夕
  'mid-autumn': [8, 15], // 中秋
  'double-ninth': [9, 9], // 重阳
};

const GREGORIAN_HOLIDAYS: Record<GregorianHolidayId, readonly [month: number, day: number]> = {
  'new-year': [1, 1],
  valentines: [2, 14],
  'labour-day': [5, 1],
  'national-day': [10, 1], // the PRC's; Taiwan's 10 October is a different day and not listed
  christmas: [12, 25],
};

/**
 * Occasions on which a salesperson there customarily sends greetings: public holidays plus
 * festivals widely marked without a day off (Lantern and Qixi in CN and TW, Mid-Autumn in SG).
 */
export const HOLIDAYS_BY_REGION: Record<Region, HolidayId[]> = {
  CN: ['spring-festival', 'lantern', 'dragon-boat', 'qixi', 'mid-autumn', 'double-ninth', 'new-year', 'labour-day', 'national-day'],
  HK: ['spring-festival', 'dragon-boat', 'mid-autumn', 'double-ninth', 'new-year', 'labour-day', 'national-day', 'christmas'],
  TW: ['spring-festival', 'lantern', 'dragon-boat', 'qixi', 'mid-autumn', 'new-year', 'labour-day'],
  SG: ['spring-festival', 'mid-autumn', 'new-year', 'labour-day', 'christmas'],
  INTL: ['new-year', 'valentines', 'christmas'],
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const toIso = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function requireInt(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInGregorianMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a strict ISO date, refusing impossible days such as 2025-02-30. */
function parseIso(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  requireInt('month', month, 1, 12);
  requireInt('day', day, 1, daysInGregorianMonth(year, month));
  return { year, month, day };
}

/**
 * ISO date of lunar `year`/`month`/`day`; strict: a leap month the year lacks, or a day 30
 * in a 29-day month, throws (the library's own check, with its message).
 */
export function lunarToGregorian(year: number, month: number, day: number, leapMonth = false): string {
  requireInt('lunar year', year, 1, 9999);
  requireInt('lunar month', month, 1, 12);
  requireInt('lunar day', day, 1, 30);
  return remembered(`${year}/${leapMonth ? -month : month}/${day}`, () => {
    // tyme4ts numbers a leap month negatively: -6 is the leap month after the 6th.
    const solar = LunarDay.fromYmd(year, leapMonth ? -month : month, day).getSolarDay();
    return toIso(solar.getYear(), solar.getMonth(), solar.getDay());
  });
}

/**
 * The astronomical computation behind one lunar date takes about 0.1 ms; a pass over
 * 100,000 customers asks for the same few hundred dates again and again. A few years of
 * every lunar day is at most some thousands of entries.
 */
const lunarDates = new Map<string, string>();
function remembered(key: string, compute: () => string): string {
  let found = lunarDates.get(key);
  if (found === undefined) {
    found = compute();
    lunarDates.set(key, found);
  }
  return found;
}

/**
 * Where a yearly lunar date falls in lunar `year`: a leap-month date falls in the regular
 * month in years without that leap month, and day 30 falls back to 29 in a short month.
 */
function lunarInYear(year: number, month: number, day: number, leapMonth: boolean): string {
  return remembered(`in ${year}/${leapMonth ? -month : month}/${day}`, () => {
    const leap = leapMonth && LunarYear.fromYear(year).getLeapMonth() === month;
    const length = LunarMonth.fromYm(year, leap ? -month : month).getDayCount();
    return lunarToGregorian(year, month, Math.min(day, length), leap);
  });
}

/** ISO date of a lunar holiday in Gregorian `year` (each falls in the lunar year begun that year). */
export function holidayDate(holiday: LunarHolidayId, year: number): string {
  const [month, day] = LUNAR_HOLIDAYS[holiday];
  return lunarToGregorian(year, month, day);
}

/** ISO date of a fixed Gregorian holiday in `year`. */
export function gregorianHolidayDate(holiday: GregorianHolidayId, year: number): string {
  requireInt('year', year, 1, 9999);
  const [month, day] = GREGORIAN_HOLIDAYS[holiday];
  return toIso(year, month, day);
}

function isLunarHoliday(holiday: HolidayId): holiday is LunarHolidayId {
  return holiday in LUNAR_HOLIDAYS;
}

/** ISO date of any holiday in Gregorian `year`. */
export function anyHolidayDate(holiday: HolidayId, year: number): string {
  return isLunarHoliday(holiday) ? holidayDate(holiday, year) : gregorianHolidayDate(holiday, year);
}

/**
 * The first Gregorian date on or after `from` on which a yearly date falls. A Gregorian
 * 29 February falls on the 28th in common years.
 */
export function nextOccurrence(date: YearlyDate, from: string): string {
  const start = parseIso(from);
  requireInt('month', date.month, 1, 12);
  if (date.calendar === 'gregorian') {
    requireInt('day', date.day, 1, daysInGregorianMonth(2000, date.month)); // 2000: allows 29 Feb
    for (const year of [start.year, start.year + 1]) {
      const day = date.month === 2 && date.day === 29 && !isLeapYear(year) ? 28 : date.day;
      const iso = toIso(year, date.month, day);
      if (iso >= from) return iso;
    }
  } else {
    requireInt('lunar day', date.day, 1, 30);
    // Lunar year Y runs from late January/February of Y into early next year, so the
    // previous lunar year's last months can still be ahead of a January `from`.
    for (const year of [start.year - 1, start.year, start.year + 1]) {
      const iso = lunarInYear(year, date.month, date.day, date.leapMonth ?? false);
      if (iso >= from) return iso;
    }
  }
  // Unreachable for valid input: every yearly date recurs within 13 months.
  throw new Error(`no occurrence found after ${from}`);
}

/** The region's holidays from `fromIso` to `toIso`, both included, in date order. */
export function holidaysBetween(region: Region, fromIso: string, toIso: string): { holiday: HolidayId; date: string }[] {
  const from = parseIso(fromIso);
  const to = parseIso(toIso);
  const found: { holiday: HolidayId; date: string }[] = [];
  for (let year = from.year; year <= to.year; year += 1) {
    for (const holiday of HOLIDAYS_BY_REGION[region]) {
      const date = anyHolidayDate(holiday, year);
      if (date >= fromIso && date <= toIso) found.push({ holiday, date });
    }
  }
  // ISO strings sort as dates; the sort is stable, so same-day holidays keep the region's order.
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

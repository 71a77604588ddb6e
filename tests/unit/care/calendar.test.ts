import { describe, expect, it } from 'vitest';
import {
  gregorianHolidayDate,
  holidayDate,
  holidaysBetween,
  HOLIDAYS_BY_REGION,
  lunarToGregorian,
  nextOccurrence,
} from '../../../lib/care/calendar';

const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

/** One row per year: [year, date]. */
const rows = (dates: readonly string[]): [number, string][] => YEARS.map((year, i) => [year, dates[i] ?? '']);

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// Published by the State Council's holiday notices and the Purple Mountain Observatory.
const SPRING_FESTIVAL = ['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'];
const DRAGON_BOAT = ['2024-06-10', '2025-05-31', '2026-06-19', '2027-06-09', '2028-05-28', '2029-06-16', '2030-06-05'];
const MID_AUTUMN = ['2024-09-17', '2025-10-06', '2026-09-25', '2027-09-15', '2028-10-03', '2029-09-22', '2030-09-12'];
// From the library, cross-checked against published 2024–2026 dates (Qixi 2025-08-29,
// Double Ninth 2025-10-29, Qixi 2024-08-10, Double Ninth 2024-10-11).
const QIXI = ['2024-08-10', '2025-08-29', '2026-08-19', '2027-08-08', '2028-08-26', '2029-08-16', '2030-08-05'];
const DOUBLE_NINTH = ['2024-10-11', '2025-10-29', '2026-10-18', '2027-10-08', '2028-10-26', '2029-10-16', '2030-10-05'];

describe('official dates of the lunar holidays, 2024–2030', () => {
  it.each(rows(SPRING_FESTIVAL))('Spring Festival %i is %s', (year, date) => {
    expect(holidayDate('spring-festival', year)).toBe(date);
  });

  // Lantern is the 15th of the first month, so always Spring Festival + 14 days.
  it.each(rows(SPRING_FESTIVAL.map((date) => addDays(date, 14))))('Lantern %i is %s', (year, date) => {
    expect(holidayDate('lantern', year)).toBe(date);
  });

  it.each(rows(DRAGON_BOAT))('Dragon Boat %i is %s', (year, date) => {
    expect(holidayDate('dragon-boat', year)).toBe(date);
  });

  it.each(rows(QIXI))('Qixi %i is %s', (year, date) => {
    expect(holidayDate('qixi', year)).toBe(date);
  });

  it.each(rows(MID_AUTUMN))('Mid-Autumn %i is %s', (year, date) => {
    expect(holidayDate('mid-autumn', year)).toBe(date);
  });

  it.each(rows(DOUBLE_NINTH))('Double Ninth %i is %s', (year, date) => {
    expect(holidayDate('double-ninth', year)).toBe(date);
  });

  // ICU's chinese calendar (Intl in Node and Chromium) gets these two wrong by a day.
  it.each([
    [2027, '2027-02-06', '2027-02-07'],
    [2030, '2030-02-03', '2030-02-02'],
  ])('Spring Festival %i is the official %s, not ICU’s %s', (year, official, icu) => {
    expect(holidayDate('spring-festival', year)).toBe(official);
    expect(lunarToGregorian(year, 1, 1)).not.toBe(icu);
  });
});

describe('lunarToGregorian', () => {
  it.each([
    [2025, 6, 1, false, '2025-06-25'],
    [2025, 6, 1, true, '2025-07-25'], // 2025 has a leap 6th month (闰六月)
    [2025, 7, 1, false, '2025-08-23'],
    [2029, 12, 30, false, '2030-02-02'], // Chinese New Year's Eve, a 30-day 12th month
  ])('lunar %i-%i-%i (leap %s) is %s', (year, month, day, leap, date) => {
    expect(lunarToGregorian(year, month, day, leap)).toBe(date);
  });

  it('refuses a leap month the year does not have, and a day 30 in a 29-day month', () => {
    expect(() => lunarToGregorian(2026, 6, 1, true)).toThrow();
    expect(() => lunarToGregorian(2025, 12, 30)).toThrow();
    expect(() => lunarToGregorian(2025, 13, 1)).toThrow(RangeError);
  });
});

describe('gregorianHolidayDate', () => {
  it.each([
    ['new-year', '2026-01-01'],
    ['valentines', '2026-02-14'],
    ['labour-day', '2026-05-01'],
    ['national-day', '2026-10-01'],
    ['christmas', '2026-12-25'],
  ] as const)('%s 2026 is %s', (holiday, date) => {
    expect(gregorianHolidayDate(holiday, 2026)).toBe(date);
  });
});

describe('nextOccurrence', () => {
  it.each([
    ['a Gregorian date across the year end', { calendar: 'gregorian', month: 1, day: 5 }, '2025-12-20', '2026-01-05'],
    ['a Gregorian date on the day itself', { calendar: 'gregorian', month: 12, day: 20 }, '2025-12-20', '2025-12-20'],
    ['Feb 29 in a common year', { calendar: 'gregorian', month: 2, day: 29 }, '2026-01-01', '2026-02-28'],
    ['Feb 29 in a leap year', { calendar: 'gregorian', month: 2, day: 29 }, '2028-01-01', '2028-02-29'],
    ['Feb 29 after this year’s has passed', { calendar: 'gregorian', month: 2, day: 29 }, '2026-03-01', '2027-02-28'],
    ['a lunar birthday that moves each year', { calendar: 'lunar', month: 8, day: 15 }, '2025-10-07', '2026-09-25'],
    ['a lunar birthday on the day itself', { calendar: 'lunar', month: 8, day: 15 }, '2025-10-06', '2025-10-06'],
    // Lunar 12/1 of lunar year 2026 falls in January 2027: the previous lunar year counts.
    ['a lunar date across the year end', { calendar: 'lunar', month: 12, day: 1 }, '2026-12-20', '2027-01-08'],
    ['a lunar date in January of the lunar year before', { calendar: 'lunar', month: 12, day: 1 }, '2027-01-01', '2027-01-08'],
    ['a lunar date after this January’s', { calendar: 'lunar', month: 12, day: 1 }, '2027-01-09', '2027-12-28'],
    // Lunar 2025's 12th month has 29 days; 2029's has 30.
    ['lunar day 30 in a 29-day month', { calendar: 'lunar', month: 12, day: 30 }, '2026-01-01', '2026-02-16'],
    ['lunar day 30 in a 30-day month', { calendar: 'lunar', month: 12, day: 30 }, '2029-03-01', '2030-02-02'],
    ['a leap-month birthday in a year with that leap month', { calendar: 'lunar', month: 6, day: 10, leapMonth: true }, '2025-07-01', '2025-08-03'],
    ['a leap-month birthday in a year without it', { calendar: 'lunar', month: 6, day: 10, leapMonth: true }, '2025-08-04', '2026-07-23'],
    ['a regular-month birthday in a leap year', { calendar: 'lunar', month: 6, day: 10 }, '2025-07-01', '2025-07-04'],
  ] as const)('%s', (_name, date, from, expected) => {
    expect(nextOccurrence(date, from)).toBe(expected);
  });

  it('refuses malformed input', () => {
    expect(() => nextOccurrence({ calendar: 'gregorian', month: 2, day: 30 }, '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence({ calendar: 'lunar', month: 1, day: 31 }, '2026-01-01')).toThrow(RangeError);
    expect(() => nextOccurrence({ calendar: 'lunar', month: 1, day: 1 }, '2026-02-30')).toThrow(RangeError);
    expect(() => nextOccurrence({ calendar: 'lunar', month: 1, day: 1 }, '26-1-1')).toThrow(RangeError);
  });
});

describe('holidays by region', () => {
  it('lists the international and mainland holidays', () => {
    expect(new Set(HOLIDAYS_BY_REGION.INTL)).toEqual(new Set(['new-year', 'valentines', 'christmas']));
    expect(new Set(HOLIDAYS_BY_REGION.CN)).toEqual(
      new Set(['spring-festival', 'lantern', 'dragon-boat', 'qixi', 'mid-autumn', 'double-ninth', 'new-year', 'labour-day', 'national-day']),
    );
  });

  it.each([
    ['CN', '2025-12-01', '2026-03-10', [['new-year', '2026-01-01'], ['spring-festival', '2026-02-17'], ['lantern', '2026-03-03']]],
    ['INTL', '2025-12-01', '2026-02-28', [['christmas', '2025-12-25'], ['new-year', '2026-01-01'], ['valentines', '2026-02-14']]],
    ['HK', '2025-12-26', '2026-02-16', [['new-year', '2026-01-01']]],
    ['CN', '2026-01-01', '2026-01-01', [['new-year', '2026-01-01']]], // both ends included
    ['SG', '2026-01-02', '2026-02-16', []],
  ] as const)('%s from %s to %s, spanning New Year', (region, from, to, expected) => {
    expect(holidaysBetween(region, from, to)).toEqual(expected.map(([holiday, date]) => ({ holiday, date })));
  });

  it('finds every holiday of a region once a year, in date order', () => {
    const found = holidaysBetween('CN', '2027-01-01', '2028-12-31');
    expect(found).toHaveLength(2 * HOLIDAYS_BY_REGION.CN.length);
    expect(found.map((h) => h.date)).toEqual([...found.map((h) => h.date)].sort());
    expect(found).toContainEqual({ holiday: 'spring-festival', date: '2027-02-06' });
  });
});

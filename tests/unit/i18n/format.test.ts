import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatMonthDay } from '../../../lib/i18n/format';

const AT = Date.UTC(2026, 8, 15, 6, 30);

describe('dates and money in the reader’s language', () => {
  it.each([
    ['en', 'Sep 15, 2026', 'September 15', /CN¥1,235|CNY\s?1,235/],
    ['zh-CN', '2026年9月15日', '9月15日', /¥1,235/],
  ] as const)('in %s: %s, %s', (locale, date, monthDay, money) => {
    expect(formatDate(locale, AT)).toBe(date);
    expect(formatMonthDay(locale, 9, 15)).toBe(monthDay);
    expect(formatMoney(locale, 1234.6)).toMatch(money);
  });

  it('keeps one formatter per language and currency: switching back and forth never mixes them', () => {
    const english = formatDateTime('en', AT);
    const chinese = formatDateTime('zh-CN', AT);
    expect(chinese).not.toBe(english);
    expect(formatDateTime('en', AT)).toBe(english);
    expect(formatMoney('en', 10, 'USD')).toBe('$10');
    expect(formatMoney('en', 10, 'EUR')).toBe('€10');
  });
});

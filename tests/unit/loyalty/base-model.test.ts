import { describe, expect, it } from 'vitest';
import { fitBaseModel, MAX_FIT_CUSTOMERS } from '../../../lib/loyalty/base-model';
import { summarisePurchases } from '../../../lib/loyalty/summary';
import { readCdnowCalibrationHoldout } from './cdnow-data';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

describe('the base model', () => {
  it('is not fitted on too few repeat customers', () => {
    const summaries = Array.from({ length: 50 }, (_, i) => ({ x: i < 5 ? 2 : 0, tx: i < 5 ? 10 : 0, T: 40, mx: 100 }));
    expect(fitBaseModel(summaries, NOW)).toBeUndefined();
  });

  it('fits a large base on a spread sample, giving nearly the full-data estimates', () => {
    const cdnow = readCdnowCalibrationHoldout();
    const large = Array.from({ length: 6 }, () => cdnow).flat().map(({ x, tx, T, mx }) => ({ x, tx, T, mx }));
    expect(large.length).toBeGreaterThan(MAX_FIT_CUSTOMERS);
    const model = fitBaseModel(large, NOW)!;
    expect(model.customers).toBe(large.length);
    // Within 15 %: a sample of 10,000 of the 14,142 rows moves the dropout parameters a little.
    for (const [name, published] of [['r', 0.243], ['alpha', 4.414], ['a', 0.793], ['b', 2.426]] as const) {
      expect(Math.abs(model.bg[name] / published - 1)).toBeLessThan(0.15);
    }
    expect(model.gg?.p).toBeGreaterThan(0);
  });
});

describe('purchase summaries', () => {
  it('merge same-day purchases and count weeks as the published results do', () => {
    const purchases = [
      { at: NOW - 70 * DAY, amount: 100 },
      { at: NOW - 70 * DAY + 3_600_000, amount: 50 },
      { at: NOW - 35 * DAY, amount: 40 },
      { at: NOW - 14 * DAY, amount: 60 },
    ];
    expect(summarisePurchases(purchases, NOW)).toEqual({ x: 2, tx: 8, T: 10, mx: 50 });
    expect(summarisePurchases([], NOW)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { expectedPurchases, type BgNbdParams } from '../../../lib/loyalty/bgnbd';
import { customerLifetimeValue } from '../../../lib/loyalty/clv';
import { expectedSpend, type GammaGammaParams } from '../../../lib/loyalty/gammagamma';
import { readCdnowCalibrationHoldout } from './cdnow-data';

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const CUSTOMER_1 = { x: 2, tx: 30.428571, T: 38.857143, mx: 22.345 };

describe('customerLifetimeValue', () => {
  it('without discounting is expected purchases × expected spend', () => {
    const value = customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 52, annualDiscountRate: 0 });
    const expected = expectedPurchases(BG, 52, 2, 30.428571, 38.857143) * expectedSpend(GG, 2, 22.345);
    expect(value).toBeCloseTo(expected, 10);
  });

  it('sums discounted step increments, the last step cut at the horizon', () => {
    const spend = expectedSpend(GG, 2, 22.345);
    const cumulative = (t: number) => expectedPurchases(BG, t, 2, 30.428571, 38.857143);
    const discount = (t: number) => 1.2 ** (-t / (365.25 / 7));
    const expected = [4, 8, 10].reduce((sum, end, k) => sum + (cumulative(end) - cumulative([0, 4, 8][k]!)) * discount(end), 0) * spend;
    const value = customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 10, annualDiscountRate: 0.2, stepWeeks: 4 });
    expect(value).toBeCloseTo(expected, 10);
  });

  it.each([0.05, 0.1, 0.3])('is lowered by discounting at %d a year', (rate) => {
    const options = { horizonWeeks: 260 };
    const undiscounted = customerLifetimeValue(BG, GG, CUSTOMER_1, { ...options, annualDiscountRate: 0 });
    const discounted = customerLifetimeValue(BG, GG, CUSTOMER_1, { ...options, annualDiscountRate: rate });
    expect(discounted).toBeLessThan(undiscounted);
    expect(customerLifetimeValue(BG, GG, CUSTOMER_1, { ...options, annualDiscountRate: rate + 0.05 })).toBeLessThan(discounted);
  });

  it('barely depends on the step length', () => {
    const weekly = customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 104, annualDiscountRate: 0.1 });
    const daily = customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 104, annualDiscountRate: 0.1, stepWeeks: 1 / 7 });
    const monthly = customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 104, annualDiscountRate: 0.1, stepWeeks: 4 });
    expect(Math.abs(weekly / daily - 1)).toBeLessThan(0.002);
    expect(Math.abs(monthly / daily - 1)).toBeLessThan(0.01);
  });

  it.each([
    [{ x: 0, tx: 0, T: 38, mx: 0 }],
    [{ x: 7, tx: 29.43, T: 38.86, mx: 73.74 }],
    [{ x: 300, tx: 1000, T: 1000, mx: 1e4 }],
  ])('grows with the horizon and is 0 at horizon 0 (%o)', (customer) => {
    const values = [0, 1, 26, 52, 520].map((horizonWeeks) =>
      customerLifetimeValue(BG, GG, customer, { horizonWeeks, annualDiscountRate: 0.1 }),
    );
    expect(values[0]).toBe(0);
    values.slice(1).forEach((value, i) => expect(value).toBeGreaterThan(values[i]!));
  });

  it('values the CDNOW base', () => {
    const customers = readCdnowCalibrationHoldout();
    const started = performance.now();
    const total = customers.reduce(
      (sum, c) => sum + customerLifetimeValue(BG, GG, c, { horizonWeeks: 52, annualDiscountRate: 0.1 }),
      0,
    );
    const milliseconds = performance.now() - started;
    console.log(`52-week CLV of ${customers.length} CDNOW customers at 10 %/year: $${total.toFixed(0)} in ${milliseconds.toFixed(0)} ms`);
    expect(Number.isFinite(total) && total > 0).toBe(true);
  });

  it('rejects invalid options', () => {
    expect(() => customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: -1, annualDiscountRate: 0 })).toThrow(RangeError);
    expect(() => customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 5, annualDiscountRate: -1 })).toThrow(RangeError);
    expect(() => customerLifetimeValue(BG, GG, CUSTOMER_1, { horizonWeeks: 5, annualDiscountRate: 0, stepWeeks: 0 })).toThrow(RangeError);
  });
});

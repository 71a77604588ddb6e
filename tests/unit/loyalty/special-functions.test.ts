import { describe, expect, it } from 'vitest';
import { gammaSign, hyp2f1, hyp2f1SignedLog, logBeta, logGamma } from '../../../lib/loyalty/special-functions';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('logGamma', () => {
  // Reference values: exact closed forms, or C99 lgamma (correctly rounded to ~1 ulp).
  it.each([
    ['0.5 = log √π', 0.5, Math.log(Math.sqrt(Math.PI))],
    ['10 = log 9!', 10, Math.log(362880)],
    ['100 = log 99!', 100, 359.1342053695754],
    ['3.5', 3.5, 1.2009736023470738],
    ['0.25', 0.25, 1.2880225246980772],
    ['7.3', 7.3, 7.147892523022248],
    ['1e-8', 1e-8, 18.42068073818021],
    ['1e-300', 1e-300, 690.7755278982137],
    ['1e6', 1e6, 12815504.569147611],
    ['1e10', 1e10, 220258509288.81058],
    ['1e15', 1e15, 3.353877639491067e16],
    ['1e300', 1e300, 6.897755278982137e302],
    ['-0.5 = log 2√π (reflection)', -0.5, Math.log(2 * Math.sqrt(Math.PI))],
    ['-2.5 = log(8√π/15)', -2.5, Math.log((8 * Math.sqrt(Math.PI)) / 15)],
  ])('lgamma(%s)', (_, x, expected) => {
    expect(relativeError(logGamma(x), expected)).toBeLessThan(1e-13);
  });

  it.each([1, 2])('is 0 at %d to 1e-14 absolute', (x) => {
    expect(Math.abs(logGamma(x))).toBeLessThan(1e-14);
  });

  it('satisfies Γ(x+1) = xΓ(x) across the switch to Stirling', () => {
    for (const x of [0.001, 0.7, 3.3, 8.99, 9.5, 9.9999, 10, 42.5]) {
      expect(Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x))).toBeLessThan(1e-13 * Math.max(1, logGamma(x + 1)));
    }
  });

  it('has poles at the non-positive integers and alternating signs between them', () => {
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(-3)).toBe(Number.POSITIVE_INFINITY);
    expect([gammaSign(2.5), gammaSign(-0.5), gammaSign(-1.5), gammaSign(-2)]).toEqual([1, -1, 1, 0]);
  });
});

describe('logBeta', () => {
  it.each([
    [0.5, 0.5, Math.log(Math.PI)],
    [2, 3, Math.log(1 / 12)],
    [2, 1e8, -Math.log(1e8 * (1e8 + 1))],
    [1, 1e12, -Math.log(1e12)],
    [1e8, 2, -Math.log(1e8 * (1e8 + 1))],
    [15.5, 20.25, logGamma(15.5) + logGamma(20.25) - logGamma(35.75)],
  ])('log B(%d, %d)', (a, b, expected) => {
    expect(relativeError(logBeta(a, b), expected)).toBeLessThan(1e-13);
  });
});

describe('hyp2f1', () => {
  it.each([-1e6, -100, -5, -0.5, -1e-3, 1e-3, 0.3, 0.5, 0.76, 0.9, 0.99, 0.999, 0.999999, 1 - 1e-12])(
    'matches closed forms at z = %d',
    (z) => {
      // c − a − b = 0, −1, −a (integer, integer, non-integer): the hard cases near z = 1.
      expect(relativeError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-11);
      expect(relativeError(hyp2f1(1, 1, 1, z), 1 / (1 - z))).toBeLessThan(1e-11);
      expect(relativeError(hyp2f1(0.3, 2.5, 2.5, z), Math.pow(1 - z, -0.3))).toBeLessThan(1e-12);
      expect(relativeError(hyp2f1(7.3, 0.4, 0.4, z), Math.pow(1 - z, -7.3))).toBeLessThan(1e-12);
    },
  );

  it.each([0.1, 0.5, 0.9, 0.99, 0.9999999])('matches arcsin and arctan forms at %d', (s) => {
    expect(relativeError(hyp2f1(0.5, 0.5, 1.5, s * s), Math.asin(s) / s)).toBeLessThan(1e-12);
    expect(relativeError(hyp2f1(0.5, 1, 1.5, -1e4 * s * s), Math.atan(100 * s) / (100 * s))).toBeLessThan(1e-12);
  });

  it("matches Gauss's theorem at z = 1 and a terminating polynomial", () => {
    expect(relativeError(hyp2f1(0.5, 0.5, 2, 1), 4 / Math.PI)).toBeLessThan(1e-12);
    const [b, c, z] = [2.5, 4.1, -7];
    const polynomial = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
    expect(relativeError(hyp2f1(-2, b, c, z), polynomial)).toBeLessThan(1e-14);
  });

  // Reference values from mpmath.hyp2f1 at 40 digits. Rows 1–4 have c − a − b within 1e-4 of an
  // integer with z near 1 (the interpolated connection formula); the rest cover BG/NBD-like
  // large parameters, negative and huge negative z, negative c and a terminating series.
  it.each([
    [1.3, 0.7, 2.000001, 0.999, 6.136523949482986],
    [1.3, 0.7, 1.99999, 0.9995, 6.7292851901446173],
    [0.5, 0.25, 0.75003, 0.999, 2.2776829553119197],
    [2.5, 1.5, 3.0002, 0.9991, 1876.3967957439336],
    [2.5, 1.5, 3.0, 0.99999, 169751.75203168968],
    [0.25, 2.43, 2.22, 0.9999, 33.017305430580675],
    [30.25, 32.4, 32.2, 0.3, 51899.901266567715],
    [300.24, 302.4, 302.2, 0.9, 2.7510019291341001e300],
    [0.2, 0.3, 0.4, -1e6, 0.088346927634119662],
    [5.5, -2.5, 3.2, -50, 58815.648787477427],
    [0.7, 1.9, -0.5, 0.8, -671.71460478240448],
    [-3, 2.5, 4.1, -7, 181.20262483242001],
    [1000, 2.5, 1001.3, 0.99, 76616.516613282613],
  ])('2F1(%d, %d; %d; %d) = %d', (a, b, c, z, expected) => {
    expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-10);
  });

  it('stays in log space where the value overflows a double', () => {
    // 2F1(a, b; b; z) = (1 − z)^−a: here 10^(3000·10) — far beyond 1.8e308.
    const value = hyp2f1SignedLog(3000, 2.5, 2.5, 1 - 1e-10);
    expect(value.sign).toBe(1);
    expect(relativeError(value.log, 3000 * 10 * Math.LN10)).toBeLessThan(1e-6);
    expect(hyp2f1(3000, 2.5, 2.5, 1 - 1e-10)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects arguments where it is undefined', () => {
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, Number.NaN, 2, 0.5)).toThrow(RangeError);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  bgnbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesNew,
  fitBgNbd,
  pAlive,
  type BgNbdFit,
  type BgNbdParams,
} from '../../../lib/loyalty/bgnbd';
import { logBeta } from '../../../lib/loyalty/special-functions';
import { readCdnowCalibrationHoldout } from './cdnow-data';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
/** Fader, Hardie & Lee (2005), table 1: the published BG/NBD estimates on this data. */
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const customers = readCdnowCalibrationHoldout();

describe('BG/NBD on the CDNOW calibration data', () => {
  let fit: BgNbdFit;
  let fitMilliseconds: number;
  beforeAll(() => {
    const started = performance.now();
    fit = fitBgNbd(customers);
    fitMilliseconds = performance.now() - started;
  });

  it('reproduces the published estimates and log-likelihood, fast', () => {
    console.log(`BG/NBD fit on ${customers.length} customers: ${fitMilliseconds.toFixed(1)} ms`, fit);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(relativeError(fit[name], PUBLISHED[name])).toBeLessThan(0.005);
    expect(Math.abs(fit.logLik - -9582.4)).toBeLessThan(0.1);
    expect(fitMilliseconds).toBeLessThan(1000);
  });

  it('is deterministic and at a maximum', () => {
    expect(fitBgNbd(customers)).toEqual(fit);
    expect(bgnbdLogLikelihood(fit, customers)).toBeCloseTo(fit.logLik, 9);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.999, 1.001]) {
        expect(bgnbdLogLikelihood({ ...fit, [name]: fit[name] * factor }, customers)).toBeLessThan(fit.logLik);
      }
    }
  });

  it('gives the same log-likelihood with or without merging identical customers', () => {
    const sample = customers.slice(0, 300);
    const oneByOne = sample.reduce((sum, customer) => sum + bgnbdLogLikelihood(PUBLISHED, [customer]), 0);
    expect(bgnbdLogLikelihood(PUBLISHED, sample)).toBeCloseTo(oneByOne, 8);
  });

  it('predicts the 39-week hold-out total', () => {
    const predicted = customers.reduce((sum, c) => sum + expectedPurchases(fit, 39, c.x, c.tx, c.T), 0);
    const actual = customers.reduce((sum, c) => sum + c.xStar, 0);
    const byFrequency = [0, 1, 2, 3].map((x) => {
      const group = customers.filter((c) => c.x === x);
      const expected = group.reduce((sum, c) => sum + expectedPurchases(fit, 39, c.x, c.tx, c.T), 0);
      return `x=${x}: ${expected.toFixed(0)} vs ${group.reduce((sum, c) => sum + c.xStar, 0)}`;
    });
    console.log(
      `BG/NBD hold-out repeat purchases: predicted ${predicted.toFixed(1)}, actual ${actual}` +
        ` (${((predicted / actual - 1) * 100).toFixed(1)} %); by calibration x: ${byFrequency.join(', ')}`,
    );
    expect(actual).toBe(1882);
    // The model under-predicts this hold-out by ~12 %, mostly for customers with 1 or 2 repeat
    // purchases (per customer 0.52 vs 0.70 and 1.04 vs 1.39). The conditional expectation
    // itself is checked against mpmath and an independent quadrature below, so this bounds the
    // model's fit to CDNOW, not the code: a 5 % bound does not hold for the published estimates.
    expect(Math.abs(predicted / actual - 1)).toBeLessThan(0.15);
  });
});

/**
 * E[Y(t) | alive at T] computed without 2F1: for a live customer the posterior is
 * λ ~ Gamma(r+x, α+T) independent of p ~ Beta(a, b+x), and E[Y(t) | λ, p] = (1 − e^−λpt)/p;
 * integrating λ out leaves ∫ (1 − (1 + pt/(α+T))^−(r+x))/p Beta(p; a, b+x) dp, done here by
 * tanh-sinh quadrature (robust to the endpoint singularities of the Beta density).
 */
function expectedWhileAliveByQuadrature({ r, alpha, a, b }: BgNbdParams, t: number, x: number, T: number): number {
  const scale = t / (alpha + T);
  const log1pExp = (v: number) => (v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v)));
  const step = 1 / 256;
  let sum = 0;
  for (let u = -7; u <= 7; u += step) {
    const e = Math.PI * Math.sinh(u);
    const logP = -log1pExp(-e);
    const p = Math.exp(logP);
    const perUnitP = p === 0 ? (r + x) * scale : -Math.expm1(-(r + x) * Math.log1p(p * scale)) / p;
    sum += perUnitP * Math.exp(a * logP - (b + x) * log1pExp(e)) * Math.PI * Math.cosh(u);
  }
  return (sum * step) / Math.exp(logBeta(a, b + x));
}

const custom = (r: number, alpha: number, a: number, b: number): BgNbdParams => ({ r, alpha, a, b });

describe('BG/NBD expectations', () => {
  // [params, t, x, tx, T, mpmath value of FHL 2005 eq. 10 at 60 digits]
  it.each([
    [PUBLISHED, 39, 2, 30.428571, 38.857143, 1.2261157909771181],
    [PUBLISHED, 39, 0, 0, 38.857143, 0.19510966441240446],
    [PUBLISHED, 39, 7, 29.428571, 38.857143, 3.3374392043865561],
    [PUBLISHED, 520, 1, 1.714286, 38.857143, 1.3084475823576944],
    [PUBLISHED, 39, 300, 1000, 1000, 11.453577742696918],
    [PUBLISHED, 1e6, 5, 10, 20, 87.28200226299692],
    [custom(0.243, 4.414, 1, 2.426), 39, 2, 30, 38, 1.1265613233089506],
    [custom(0.243, 4.414, 1 + 1e-7, 2.426), 39, 2, 30, 38, 1.1265612675762086],
    [custom(0.5, 1, 0.3, 0.7), 100, 0, 0, 0.001, 14.205988626954742],
    [custom(0.5, 0.001, 0.5, 0.5), 1e4, 0, 0, 0.001, 1423.5238627781584],
    [custom(0.243, 4.414, 0.05, 2.426), 39, 5, 10, 20, 7.2795397978636627],
    [custom(2.5, 0.5, 3.5, 0.2), 1000, 40, 100, 120, 0.084718424806762263],
  ])('expectedPurchases(%o, t=%d, x=%d, tx=%d, T=%d) = %d', (params, t, x, tx, T, expected) => {
    const value = expectedPurchases(params, t, x, tx, T);
    expect(relativeError(value, expected)).toBeLessThan(1e-9);
    // a = 1 and a + b + x − 1 = 0 are removable singularities of eq. 10; the quadrature has none.
    const byQuadrature = pAlive(params, x, tx, T) * expectedWhileAliveByQuadrature(params, t, x, T);
    expect(relativeError(value, byQuadrature)).toBeLessThan(1e-8);
  });

  it('gives E[X(t)] for a new customer (eq. 9), the limit of eq. 10 as T → 0', () => {
    expect(relativeError(expectedPurchasesNew(PUBLISHED, 39), 1.1967231933208169)).toBeLessThan(1e-10);
    expect(relativeError(expectedPurchasesNew(PUBLISHED, 78), 1.8605190579427686)).toBeLessThan(1e-10);
    expect(relativeError(expectedPurchases(PUBLISHED, 39, 0, 0, 1e-9), expectedPurchasesNew(PUBLISHED, 39))).toBeLessThan(1e-9);
    // Early on everyone is alive, so purchases accrue at the mean rate r/α.
    expect(relativeError(expectedPurchasesNew(PUBLISHED, 1e-6) / 1e-6, PUBLISHED.r / PUBLISHED.alpha)).toBeLessThan(1e-5);
    expect(expectedPurchasesNew(PUBLISHED, 0)).toBe(0);
  });

  it('grows with the horizon', () => {
    const values = [1, 10, 39, 100, 1000].map((t) => expectedPurchases(PUBLISHED, t, 3, 20, 38));
    values.slice(1).forEach((value, i) => expect(value).toBeGreaterThan(values[i]!));
  });
});

describe('pAlive', () => {
  it.each([
    [PUBLISHED, 10],
    [PUBLISHED, 1000],
    [custom(1e-6, 1e-6, 1e-6, 1e-6), 5],
    [custom(1e6, 1e6, 1e6, 1e6), 5],
  ])('is 1 with no repeat purchase (%o, T=%d): dropout only follows a purchase', (params, T) => {
    expect(pAlive(params, 0, 0, T)).toBe(1);
  });

  it('matches the closed form for CDNOW customer 1', () => {
    expect(relativeError(pAlive(PUBLISHED, 2, 30.428571, 38.857143), 0.72658971488358195)).toBeLessThan(1e-12);
  });

  it.each([
    [1, 5],
    [2, 20],
    [10, 30],
    [50, 10],
  ])('falls as time passes without a purchase (x=%d, tx=%d)', (x, tx) => {
    const values = [tx, tx + 1, tx + 10, tx + 100, tx + 1000].map((T) => pAlive(PUBLISHED, x, tx, T));
    expect(values[0]).toBeLessThanOrEqual(1);
    values.slice(1).forEach((value, i) => expect(value).toBeLessThan(values[i]!));
  });
});

describe('BG/NBD at extreme inputs', () => {
  it.each([
    [PUBLISHED, 39, 300, 1000, 1000],
    [PUBLISHED, 39, 300, 1, 1000],
    [PUBLISHED, 1e9, 3, 10, 20],
    [PUBLISHED, 1e-9, 3, 10, 20],
    [custom(0.243, 4.414, 0.05, 2.426), 1e6, 300, 1000, 1000],
    [custom(1e-6, 1e-6, 1e-6, 1e-6), 39, 3, 10, 20],
    [custom(1e-6, 1e-6, 1e-6, 1e-6), 39, 0, 0, 20],
    [custom(1e6, 1e6, 1e6, 1e6), 39, 300, 1000, 1000],
    [custom(1e6, 1e-6, 1e6, 1e-6), 1e6, 3, 10, 20],
    [custom(1e-6, 1e6, 1e-6, 1e6), 1e6, 3, 10, 20],
    [custom(1e3, 1e-3, 1e3, 1e3), 1e4, 300, 1000, 1000],
    [custom(0.5, 1e-3, 0.5, 0.5), 1e9, 0, 0, 1e-3],
    [custom(0.5, 1, 1, 1e-5), 100, 0, 0, 1e-3],
  ])('stays finite: %o, t=%d, x=%d, tx=%d, T=%d', (params, t, x, tx, T) => {
    const alive = pAlive(params, x, tx, T);
    const expected = expectedPurchases(params, t, x, tx, T);
    expect(alive).toBeGreaterThanOrEqual(0);
    expect(alive).toBeLessThanOrEqual(1);
    expect(Number.isFinite(expected) && expected >= 0).toBe(true);
    expect(Number.isFinite(bgnbdLogLikelihood(params, [{ x, tx, T }]))).toBe(true);
  });

  it.each([
    [{ x: -1, tx: 0, T: 1 }],
    [{ x: 1.5, tx: 0, T: 1 }],
    [{ x: 1, tx: 2, T: 1 }],
    [{ x: 1, tx: 0, T: 0 }],
    [{ x: 1, tx: Number.NaN, T: 1 }],
  ])('rejects the invalid history %o', (row) => {
    expect(() => bgnbdLogLikelihood(PUBLISHED, [row])).toThrow(RangeError);
    expect(() => pAlive(PUBLISHED, row.x, row.tx, row.T)).toThrow(RangeError);
  });

  it('rejects non-positive parameters', () => {
    expect(() => pAlive({ ...PUBLISHED, a: 0 }, 1, 1, 2)).toThrow(RangeError);
    expect(() => expectedPurchasesNew({ ...PUBLISHED, r: -1 }, 1)).toThrow(RangeError);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaFit,
  type GammaGammaParams,
} from '../../../lib/loyalty/gammagamma';
import { readCdnowCalibrationHoldout } from './cdnow-data';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
/** Fader & Hardie's note 025: the published Gamma-Gamma estimates on this data. */
const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const customers = readCdnowCalibrationHoldout();

describe('Gamma-Gamma on the CDNOW repeat customers', () => {
  let fit: GammaGammaFit;
  let fitMilliseconds: number;
  beforeAll(() => {
    const started = performance.now();
    fit = fitGammaGamma(customers);
    fitMilliseconds = performance.now() - started;
  });

  it('reproduces the published estimates and log-likelihood', () => {
    console.log(`Gamma-Gamma fit on ${customers.filter((c) => c.x > 0).length} repeat customers: ${fitMilliseconds.toFixed(1)} ms`, fit);
    expect(customers.filter((c) => c.x > 0)).toHaveLength(946);
    for (const name of ['p', 'q', 'gamma'] as const) expect(relativeError(fit[name], PUBLISHED[name])).toBeLessThan(0.005);
    expect(Math.abs(fit.logLik - -4055.92)).toBeLessThan(0.01);
    expect(fitMilliseconds).toBeLessThan(1000);
  });

  it('ignores customers without repeat purchases', () => {
    expect(fitGammaGamma(customers.filter((c) => c.x > 0))).toEqual(fit);
    expect(gammaGammaLogLikelihood(fit, customers)).toBeCloseTo(fit.logLik, 9);
  });

  it('is at a maximum', () => {
    for (const name of ['p', 'q', 'gamma'] as const) {
      for (const factor of [0.999, 1.001]) {
        expect(gammaGammaLogLikelihood({ ...fit, [name]: fit[name] * factor }, customers)).toBeLessThan(fit.logLik);
      }
    }
  });
});

describe('expectedSpend', () => {
  it('matches the documented value for CDNOW customer 1 (x = 2, m_x = 22.345)', () => {
    expect(relativeError(expectedSpend(PUBLISHED, 2, 22.345), 24.6596)).toBeLessThan(1e-5);
  });

  it('is the population mean pγ/(q−1) without repeat purchases', () => {
    expect(expectedSpend(PUBLISHED, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(expectedSpend(PUBLISHED, 0, 999)).toBe(expectedSpend(PUBLISHED, 0, 0));
  });

  it.each([
    [1, 5],
    [3, 35.2],
    [10, 200],
    [50, 12],
  ])('shrinks m_x towards the population mean, less so as x grows (x=%d, m_x=%d)', (x, mx) => {
    const populationMean = expectedSpend(PUBLISHED, 0, 0);
    const value = expectedSpend(PUBLISHED, x, mx);
    expect(value).toBeGreaterThanOrEqual(Math.min(mx, populationMean));
    expect(value).toBeLessThanOrEqual(Math.max(mx, populationMean));
    expect(Math.abs(expectedSpend(PUBLISHED, x + 1, mx) - mx)).toBeLessThan(Math.abs(value - mx));
  });

  it('refuses an expectation that does not exist', () => {
    expect(() => expectedSpend({ p: 1, q: 0.8, gamma: 10 }, 0, 0)).toThrow(RangeError);
    expect(() => expectedSpend({ p: 0.1, q: 0.5, gamma: 10 }, 1, 20)).toThrow(RangeError);
    expect(expectedSpend({ p: 1, q: 0.8, gamma: 10 }, 2, 20)).toBeCloseTo((50 * 1) / 1.8, 12);
  });

  it.each([
    [{ p: 1e-6, q: 1e-6, gamma: 1e-6 }],
    [{ p: 1e6, q: 1e6, gamma: 1e6 }],
    [{ p: 1e-6, q: 1e6, gamma: 1e-6 }],
  ])('gives a finite log-likelihood at extreme parameters %o', (params) => {
    expect(Number.isFinite(gammaGammaLogLikelihood(params, [{ x: 300, mx: 1e6 }, { x: 1, mx: 1e-6 }]))).toBe(true);
  });

  it('rejects unusable data', () => {
    expect(() => fitGammaGamma([{ x: 0, mx: 0 }])).toThrow(RangeError);
    expect(() => fitGammaGamma([{ x: 2, mx: -5 }])).toThrow(RangeError);
  });
});

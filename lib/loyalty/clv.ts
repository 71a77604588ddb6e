/**
 * Customer lifetime value from the BG/NBD purchase model and the Gamma-Gamma spend model, the
 * combination of Fader, Hardie & Lee (2005) "RFM and CLV" (which assumes spend independent of
 * the purchase process, so the two expectations multiply). Time is in weeks, as in the fits.
 */
import { expectedPurchases, type BgNbdParams } from './bgnbd';
import { expectedSpend, type GammaGammaParams } from './gammagamma';

export interface ClvCustomer {
  x: number;
  tx: number;
  T: number;
  /** Mean value of the repeat transactions (ignored when x = 0). */
  mx: number;
}

export interface ClvOptions {
  horizonWeeks: number;
  /** e.g. 0.1 for 10 % a year; compounded over fractional years. */
  annualDiscountRate: number;
  /** Length of the discounting steps; the last step is shortened to end at the horizon. Default 1 week. */
  stepWeeks?: number;
}

const WEEKS_PER_YEAR = 365.25 / 7;

/**
 * Σ over steps (t_{k−1}, t_k] of [E(Y(t_k) | x, tx, T) − E(Y(t_{k−1}) | x, tx, T)] (FHL 2005
 * eq. 10 differences: the purchases expected within the step) × E(M | x, m_x) (note 025 eq. 5)
 * × (1 + annual rate)^−(t_k in years), each step's purchases discounted from its end.
 */
export function customerLifetimeValue(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  customer: ClvCustomer,
  options: ClvOptions,
): number {
  const { horizonWeeks, annualDiscountRate, stepWeeks = 1 } = options;
  if (!(horizonWeeks >= 0 && Number.isFinite(horizonWeeks))) throw new RangeError(`horizonWeeks must be ≥ 0, got ${horizonWeeks}`);
  if (!(annualDiscountRate > -1 && Number.isFinite(annualDiscountRate))) {
    throw new RangeError(`annualDiscountRate must be > −1, got ${annualDiscountRate}`);
  }
  if (!(stepWeeks > 0 && Number.isFinite(stepWeeks))) throw new RangeError(`stepWeeks must be > 0, got ${stepWeeks}`);
  const { x, tx, T, mx } = customer;
  const spend = expectedSpend(gg, x, mx);
  const logDiscountPerWeek = -Math.log1p(annualDiscountRate) / WEEKS_PER_YEAR;
  const steps = Math.ceil(horizonWeeks / stepWeeks - 1e-9);
  let value = 0;
  let purchasesSoFar = 0;
  for (let k = 1; k <= steps; k++) {
    const end = Math.min(k * stepWeeks, horizonWeeks);
    const purchasesByEnd = expectedPurchases(bg, end, x, tx, T);
    value += (purchasesByEnd - purchasesSoFar) * Math.exp(logDiscountPerWeek * end);
    purchasesSoFar = purchasesByEnd;
  }
  return value * spend;
}

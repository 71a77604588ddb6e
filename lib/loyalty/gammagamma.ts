/**
 * The Gamma-Gamma model of spend per transaction: Fader, Hardie & Lee (2005), "RFM and CLV:
 * using iso-value curves for customer base analysis", JMR 42(4), 415–430, and Fader & Hardie
 * (2013), "The Gamma-Gamma Model of Monetary Value" (brucehardie.com note 025).
 * Each transaction's value is Gamma(p, ν); across customers ν ~ Gamma(q, γ). Spend is assumed
 * independent of the purchase process, so the model is fitted on repeat customers alone.
 */
import { nelderMeadSteps } from './optimize';
import { runToEnd, type Steps } from '../steps';
import { logGamma } from './special-functions';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLik: number;
}

export interface SpendHistory {
  /** Repeat transactions. */
  x: number;
  /** Mean value of those repeat transactions. */
  mx: number;
}

function assertParams({ p, q, gamma }: GammaGammaParams): void {
  if (![p, q, gamma].every((value) => value > 0 && Number.isFinite(value))) {
    throw new RangeError(`Gamma-Gamma parameters must be positive and finite: p=${p}, q=${q}, gamma=${gamma}`);
  }
}

/** Customers grouped by x: the per-x terms and Σ ln m_x are computed once per group. */
interface SpendGroups {
  x: Float64Array;
  customers: Float64Array;
  sumLogMean: Float64Array;
  /** Index of each group's first customer in `mean`; groupStart[g+1] ends it. */
  groupStart: Int32Array;
  mean: Float64Array;
}

function groupByFrequency(rows: readonly SpendHistory[]): SpendGroups {
  const repeaters = rows.filter((row) => row.x > 0);
  for (const { x, mx } of repeaters) {
    if (!(Number.isInteger(x) && mx > 0 && Number.isFinite(mx))) {
      throw new RangeError(`invalid spend history x=${x}, mx=${mx}: need integer x and a positive mean spend`);
    }
  }
  const sorted = [...repeaters].sort((left, right) => left.x - right.x);
  const xs = [...new Set(sorted.map((row) => row.x))];
  const groupStart = new Int32Array(xs.length + 1);
  xs.forEach((x, g) => (groupStart[g + 1] = groupStart[g]! + sorted.filter((row) => row.x === x).length));
  return {
    x: Float64Array.from(xs),
    customers: Float64Array.from(xs, (_, g) => groupStart[g + 1]! - groupStart[g]!),
    sumLogMean: Float64Array.from(xs, (x) => sorted.reduce((sum, row) => (row.x === x ? sum + Math.log(row.mx) : sum), 0)),
    groupStart,
    mean: Float64Array.from(sorted, (row) => row.mx),
  };
}

/**
 * Σ log f(m_x | p, q, γ, x): the density of a customer's mean spend m_x over x transactions
 * (note 025, eq. 1a, after integrating out ν):
 * Γ(px+q)/(Γ(px)Γ(q)) · γ^q m_x^(px−1) x^(px) / (γ + x m_x)^(px+q).
 */
function logLikelihoodOf(groups: SpendGroups, p: number, q: number, gamma: number): number {
  const { x, customers, sumLogMean, groupStart, mean } = groups;
  const logGammaQ = logGamma(q);
  const logScale = Math.log(gamma);
  let total = 0;
  for (let g = 0; g < x.length; g++) {
    const xg = x[g]!;
    const shape = p * xg;
    const perCustomer = logGamma(shape + q) - logGamma(shape) - logGammaQ + q * logScale + shape * Math.log(xg);
    let sumLogPosteriorScale = 0;
    for (let i = groupStart[g]!; i < groupStart[g + 1]!; i++) sumLogPosteriorScale += Math.log(gamma + xg * mean[i]!);
    total += customers[g]! * perCustomer + (shape - 1) * sumLogMean[g]! - (shape + q) * sumLogPosteriorScale;
  }
  return total;
}

export function gammaGammaLogLikelihood(params: GammaGammaParams, rows: readonly SpendHistory[]): number {
  assertParams(params);
  return logLikelihoodOf(groupByFrequency(rows), params.p, params.q, params.gamma);
}

const LOG_BOUND = 40;

/**
 * Maximum-likelihood fit on the customers with x > 0 (others carry no spend information), by
 * Nelder–Mead on log-parameters. Starts at p = 1, q = 2 and γ = mean m_x, where the model's
 * population mean pγ/(q−1) equals the sample mean.
 */
export function fitGammaGamma(rows: readonly SpendHistory[]): GammaGammaFit {
  return runToEnd(fitGammaGammaSteps(rows));
}

/** The same fit, yielding between the search's iterations (see steps.ts). */
export function* fitGammaGammaSteps(rows: readonly SpendHistory[]): Steps<GammaGammaFit> {
  const groups = groupByFrequency(rows);
  if (groups.mean.length === 0) throw new RangeError('fitGammaGamma needs at least one customer with x > 0');
  const meanSpend = groups.mean.reduce((sum, value) => sum + value, 0) / groups.mean.length;
  const negativeLogLikelihood = (theta: Float64Array) => {
    if (theta.some((value) => Math.abs(value) > LOG_BOUND)) return Number.POSITIVE_INFINITY;
    return -logLikelihoodOf(groups, Math.exp(theta[0]!), Math.exp(theta[1]!), Math.exp(theta[2]!));
  };
  const minimum = yield* nelderMeadSteps(negativeLogLikelihood, [0, Math.log(2), Math.log(meanSpend)]);
  const [p, q, gamma] = minimum.point.map(Math.exp) as [number, number, number];
  return { p, q, gamma, logLik: -minimum.value };
}

/**
 * E(M | p, q, γ, m_x, x) = (γ + x m_x) p / (px + q − 1) (note 025, eq. 5): a weighted mean of
 * the population mean pγ/(q−1) and the customer's own m_x, weight px/(px+q−1) on m_x.
 * For x = 0 it is the population mean. The expectation exists only when px + q > 1 (for
 * x = 0: q > 1); otherwise the Gamma mixing makes it infinite, and a RangeError says so.
 */
export function expectedSpend(params: GammaGammaParams, x: number, mx: number): number {
  assertParams(params);
  if (!(Number.isInteger(x) && x >= 0) || (x > 0 && !(mx >= 0 && Number.isFinite(mx)))) {
    throw new RangeError(`invalid spend history x=${x}, mx=${mx}`);
  }
  const { p, q, gamma } = params;
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) {
    throw new RangeError(`expected spend is infinite when p·x + q ≤ 1 (p=${p}, q=${q}, x=${x})`);
  }
  return x === 0 ? (p * gamma) / denominator : ((gamma + x * mx) * p) / denominator;
}

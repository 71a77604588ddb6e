/**
 * The BG/NBD "buy till you die" model: Fader, Hardie & Lee (2005), "'Counting your customers'
 * the easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2), 275–284.
 * While alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase they drop
 * out with probability p ~ Beta(a, b). A customer's history is x repeat purchases, the last at
 * tx, observed over (0, T]; all times in one unit (weeks for CDNOW).
 */
import { nelderMeadSteps } from './optimize';
import { runToEnd, type Steps } from '../steps';
import { hyp2f1SignedLog, INTERPOLATION_OFFSETS, lagrangeWeights, logAddExp, logBeta, logGamma } from './special-functions';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit extends BgNbdParams {
  logLik: number;
}

export interface PurchaseHistory {
  x: number;
  tx: number;
  T: number;
}

function assertHistory({ x, tx, T }: PurchaseHistory): void {
  if (!(Number.isInteger(x) && x >= 0 && T > 0 && Number.isFinite(T) && tx >= 0 && tx <= T)) {
    throw new RangeError(`invalid purchase history x=${x}, tx=${tx}, T=${T}: need integer x ≥ 0 and 0 ≤ tx ≤ T, T > 0`);
  }
}

function assertParams({ r, alpha, a, b }: BgNbdParams): void {
  if (![r, alpha, a, b].every((value) => value > 0 && Number.isFinite(value))) {
    throw new RangeError(`BG/NBD parameters must be positive and finite: r=${r}, alpha=${alpha}, a=${a}, b=${b}`);
  }
}

/** Identical histories merged with a count, sorted by x so per-x terms are computed once per pass. */
interface DistinctHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  count: Float64Array;
}

function groupHistories(rows: readonly PurchaseHistory[]): DistinctHistories {
  const counts = new Map<string, { row: PurchaseHistory; count: number }>();
  for (const row of rows) {
    assertHistory(row);
    const tx = row.x === 0 ? 0 : row.tx; // tx carries no information when x = 0 (eq. 6)
    const key = `${row.x}|${tx}|${row.T}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { row: { x: row.x, tx, T: row.T }, count: 1 });
  }
  const entries = [...counts.values()].sort((p, q) => p.row.x - q.row.x);
  return {
    x: Float64Array.from(entries, (entry) => entry.row.x),
    tx: Float64Array.from(entries, (entry) => entry.row.tx),
    T: Float64Array.from(entries, (entry) => entry.row.T),
    count: Float64Array.from(entries, (entry) => entry.count),
  };
}

/**
 * Σ log L(r, α, a, b | x, tx, T), FHL 2005 eq. 6:
 * L = B(a, b+x)/B(a, b) · Γ(r+x)α^r / (Γ(r)(α+T)^(r+x))
 *   + δ(x>0) B(a+1, b+x−1)/B(a, b) · Γ(r+x)α^r / (Γ(r)(α+tx)^(r+x)),
 * with the two terms added in log space (they underflow for large x).
 */
function logLikelihoodOf(histories: DistinctHistories, r: number, alpha: number, a: number, b: number): number {
  const { x, tx, T, count } = histories;
  const logBetaAB = logBeta(a, b);
  const logGammaR = logGamma(r);
  const rLogAlpha = r * Math.log(alpha);
  let total = 0;
  let currentX = -1;
  let shared = 0;
  let stillAlive = 0;
  let droppedOut = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (xi !== currentX) {
      currentX = xi;
      shared = logGamma(r + xi) - logGammaR + rLogAlpha;
      stillAlive = logBeta(a, b + xi) - logBetaAB;
      droppedOut = xi > 0 ? logBeta(a + 1, b + xi - 1) - logBetaAB : Number.NEGATIVE_INFINITY;
    }
    const shape = r + xi;
    const aliveTerm = stillAlive - shape * Math.log(alpha + T[i]!);
    const individual = xi > 0 ? logAddExp(aliveTerm, droppedOut - shape * Math.log(alpha + tx[i]!)) : aliveTerm;
    total += count[i]! * (shared + individual);
  }
  return total;
}

export function bgnbdLogLikelihood(params: BgNbdParams, rows: readonly PurchaseHistory[]): number {
  assertParams(params);
  return logLikelihoodOf(groupHistories(rows), params.r, params.alpha, params.a, params.b);
}

/** Log-parameters beyond ±LOG_BOUND (factors of ~1e17) are treated as outside the model. */
const LOG_BOUND = 40;

/**
 * Maximum-likelihood fit by Nelder–Mead on log-parameters (so they stay positive). Starts at
 * r = a = b = 1 and α = r/(mean purchase rate), the gamma mean matching the data.
 */
export function fitBgNbd(rows: readonly PurchaseHistory[]): BgNbdFit {
  return runToEnd(fitBgNbdSteps(rows));
}

/** The same fit, yielding between the search's iterations (see steps.ts). */
export function* fitBgNbdSteps(rows: readonly PurchaseHistory[]): Steps<BgNbdFit> {
  if (rows.length === 0) throw new RangeError('fitBgNbd needs at least one customer');
  const histories = groupHistories(rows);
  const totalPurchases = rows.reduce((sum, row) => sum + row.x, 0);
  const totalTime = rows.reduce((sum, row) => sum + row.T, 0);
  const startAlpha = totalTime / Math.max(totalPurchases, 1);
  const negativeLogLikelihood = (theta: Float64Array) => {
    if (theta.some((value) => Math.abs(value) > LOG_BOUND)) return Number.POSITIVE_INFINITY;
    return -logLikelihoodOf(histories, Math.exp(theta[0]!), Math.exp(theta[1]!), Math.exp(theta[2]!), Math.exp(theta[3]!));
  };
  const minimum = yield* nelderMeadSteps(negativeLogLikelihood, [0, Math.log(startAlpha), 0, 0]);
  const [r, alpha, a, b] = minimum.point.map(Math.exp) as [number, number, number, number];
  return { r, alpha, a, b, logLik: -minimum.value };
}

/**
 * P(alive | x, tx, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)), from Fader, Hardie
 * & Lee (2008), "Computing P(alive) using the BG/NBD model" (note 021). Evaluated as a logistic
 * of the log-odds so huge x or T cannot overflow. A customer with no repeat purchase has had
 * no chance to drop out (dropout happens only right after a purchase), so P(alive) = 1.
 */
export function pAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  assertParams(params);
  assertHistory({ x, tx, T });
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/** Closer than this to a removable singularity (a = 1, or a + b + x − 1 = 0) we interpolate across it. */
const NEAR_SINGULAR = 1e-4;

/**
 * Expected purchases in (T, T+t] of a customer known to be alive at T: the numerator of FHL
 * 2005 eq. 10, (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))].
 * With x = 0 and T = 0 it is eq. 9, the unconditional E[X(t)]. The 2F1 argument is in (0, 1).
 */
function expectedWhileAliveDirect(r: number, alpha: number, a: number, b: number, x: number, T: number, t: number): number {
  const horizon = alpha + T;
  const hypergeometric = hyp2f1SignedLog(r + x, b + x, a + b + x - 1, t / (horizon + t), horizon / (horizon + t));
  const logProduct = -(r + x) * Math.log1p(t / horizon) + hypergeometric.log;
  // 1 − product; expm1 keeps the digits when the product is close to 1 (a close to 1, or small t).
  const bracket = hypergeometric.sign > 0 ? -Math.expm1(logProduct) : 1 + Math.exp(logProduct);
  return ((a + b + x - 1) / (a - 1)) * bracket;
}

/**
 * The same quantity for a short horizon, by Pfaff's transformation (A&S 15.3.4) of the 2F1 to
 * argument −k, k = t/(α+T): the bracket becomes 1 − 2F1(r+x, a−1; a+b+x−1; −k), whose series
 * has the factor (a−1) and, after multiplying by the prefactor, no 1/(a+b+x−1) left:
 * Σ_{n≥1} (−1)^(n+1) (r+x)_n (a)_(n−1) / ((a+b+x)_(n−1) n!) k^n.
 * Used when every term ratio is ≤ ½: then it has neither the cancellation of 1 − (≈1) for
 * small t nor the removable singularities, and converges in a few dozen terms.
 */
function expectedWhileAliveShortHorizon(r: number, a: number, b: number, x: number, k: number): number | undefined {
  const shape = r + x;
  const c = a + b + x - 1;
  if (k * Math.max(1, (shape + 1) / 2) * Math.max(1, a / (c + 1)) > 0.5) return undefined;
  let term = shape * k;
  let sum = term;
  for (let n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= (-(shape + n) * (a + n - 1) * k) / ((c + n) * (n + 1));
    sum += term;
  }
  return sum;
}

/**
 * The same, made safe at the formula's removable singularities: at a = 1 the factor 1/(a−1)
 * meets a zero bracket, and at a + b + x − 1 = 0 the 2F1 has a pole cancelled by the prefactor.
 * The expectation is smooth in a and b there, so it is interpolated from nodes ≥ 2e-4 away.
 */
function expectedWhileAlive(r: number, alpha: number, a: number, b: number, x: number, T: number, t: number): number {
  const shortHorizon = expectedWhileAliveShortHorizon(r, a, b, x, t / (alpha + T));
  if (shortHorizon !== undefined) return shortHorizon;
  const interpolate = (centre: number, target: number, at: (value: number) => number) => {
    const offsets = INTERPOLATION_OFFSETS.map((j) => j * 3 * NEAR_SINGULAR);
    const weights = lagrangeWeights(offsets, target - centre);
    return offsets.reduce((sum, offset, j) => sum + weights[j]! * at(centre + offset), 0);
  };
  if (Math.abs(a - 1) < NEAR_SINGULAR) {
    return interpolate(1, a, (nodeA) => expectedWhileAlive(r, alpha, nodeA, b, x, T, t));
  }
  const singularB = 1 - a - x;
  if (Math.abs(b - singularB) < NEAR_SINGULAR) {
    return interpolate(singularB, b, (nodeB) => expectedWhileAliveDirect(r, alpha, a, nodeB, x, T, t));
  }
  return expectedWhileAliveDirect(r, alpha, a, b, x, T, t);
}

function assertDuration(t: number): void {
  if (!(t >= 0 && Number.isFinite(t))) throw new RangeError(`the prediction period t must be ≥ 0 and finite, got ${t}`);
}

/** E[X(t)]: expected repeat purchases in (0, t] of a customer just acquired (FHL 2005 eq. 9). */
export function expectedPurchasesNew(params: BgNbdParams, t: number): number {
  assertParams(params);
  assertDuration(t);
  if (t === 0) return 0;
  return expectedWhileAlive(params.r, params.alpha, params.a, params.b, 0, 0, t);
}

/**
 * E[Y(t) | x, tx, T]: expected purchases in the next t time units of a customer with history
 * (x, tx, T) — FHL 2005 eq. 10, i.e. P(alive) × the expectation while alive.
 */
export function expectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const alive = pAlive(params, x, tx, T);
  assertDuration(t);
  if (t === 0) return 0;
  return alive * expectedWhileAlive(params.r, params.alpha, params.a, params.b, x, T, t);
}

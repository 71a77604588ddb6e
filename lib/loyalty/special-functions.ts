/**
 * Special functions for the loyalty models: log-gamma, log-beta and the Gauss
 * hypergeometric function 2F1. Pure arithmetic, so they run in a service worker.
 * Formula numbers "A&S" are Abramowitz & Stegun, Handbook of Mathematical Functions.
 */

/** A real number kept as log|value| and its sign, for values beyond a double's range. */
export interface SignedLog {
  log: number;
  sign: number;
}

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** The Stirling series is used from here up; below, the recurrence Γ(x+1) = xΓ(x) shifts x up. */
const STIRLING_FROM = 10;
/** Bernoulli coefficients B2k / (2k(2k-1)) of the Stirling series (A&S 6.1.40). */
const STIRLING_COEFFICIENTS = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/** lgamma(x) − [(x − ½)ln x − x + ln√(2π)] for x ≥ 10: the terms beyond x^-15 are below 1e-17. */
function stirlingCorrection(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (let k = STIRLING_COEFFICIENTS.length - 1; k >= 0; k--) sum = sum * inverseSquare + (STIRLING_COEFFICIENTS[k] ?? 0);
  return sum / x;
}

const isNonPositiveInteger = (x: number) => x <= 0 && Number.isInteger(x);

/** sin(πx) without the error of forming πx for large |x|. */
function sinPi(x: number): number {
  const reduced = x - 2 * Math.round(x / 2); // in [-1, 1], same sine
  const folded = reduced > 0.5 ? 1 - reduced : reduced < -0.5 ? -1 - reduced : reduced;
  return Math.sin(Math.PI * folded);
}

/**
 * log|Γ(x)|. For x > 0: Stirling's series (A&S 6.1.40) after shifting x to ≥ 10; about 1e-15
 * absolute error, so ~1e-14 relative except right at the zeros x = 1 and x = 2. For x < 0 the
 * reflection formula Γ(x)Γ(1−x) = π / sin(πx) (A&S 6.1.17). +Infinity at the poles.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (isNonPositiveInteger(x)) return Number.POSITIVE_INFINITY;
  if (x < 0) return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
  if (x === Number.POSITIVE_INFINITY) return x;
  let shifted = x;
  let product = 1;
  while (shifted < STIRLING_FROM) product *= shifted++;
  return (shifted - 0.5) * Math.log(shifted) - shifted + LN_SQRT_2PI + stirlingCorrection(shifted) - Math.log(product);
}

/** The sign of Γ(x): +1 for x > 0, alternating between the negative poles, 0 at a pole. */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (isNonPositiveInteger(x)) return 0;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/**
 * log B(a, b) for a, b > 0. When the larger argument is in Stirling's range, lgamma(large) −
 * lgamma(large + small) is formed from the series directly: subtracting two large lgammas would
 * lose ~log10(large) digits, which matters for the huge b the optimiser may try.
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < STIRLING_FROM) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = large + small;
  const logGammaRatio =
    -small * Math.log(sum) - (large - 0.5) * Math.log1p(small / large) + small + stirlingCorrection(large) - stirlingCorrection(sum);
  return logGamma(small) + logGammaRatio;
}

/** log(e^x + e^y) without overflow. */
export function logAddExp(x: number, y: number): number {
  const high = Math.max(x, y);
  if (high === Number.NEGATIVE_INFINITY) return high;
  return high + Math.log1p(Math.exp(Math.min(x, y) - high));
}

/** The sum of two signed logs. */
export function addSignedLogs(x: SignedLog, y: SignedLog): SignedLog {
  if (x.sign === 0) return y;
  if (y.sign === 0) return x;
  const high = Math.max(x.log, y.log);
  const sum = x.sign * Math.exp(x.log - high) + y.sign * Math.exp(y.log - high);
  return { log: high + Math.log(Math.abs(sum)), sign: Math.sign(sum) };
}

/** Weights w_j with Σ w_j f(nodes_j) = the Lagrange interpolant of f at target. */
export function lagrangeWeights(nodes: readonly number[], target: number): number[] {
  return nodes.map((node, j) =>
    nodes.reduce((weight, other, k) => (k === j ? weight : (weight * (target - other)) / (node - other)), 1),
  );
}

/**
 * Offsets ±h, ±2h, ±3h around a removable or parameter singularity at distance < h/3 from the
 * point wanted: every node is ≥ 2h/3 from the singularity, and a degree-5 interpolant has error
 * O(h^6), negligible for the h used here.
 */
export const INTERPOLATION_OFFSETS = [-3, -2, -1, 1, 2, 3];

/** Parameters within this of a singular value (c − a − b an integer) are interpolated across it. */
const NEAR_SINGULAR = 1e-4;
const SCALE_AT = 1e200;
const LOG_SCALE = Math.log(SCALE_AT);
const RELATIVE_EPSILON = 1e-16;
/** Terms of the plain series allowed above z = 0.75 before switching to the 1 − z transformation. */
const LONG_SERIES_BUDGET = 20_000;
const SERIES_BUDGET = 2_000_000;

/**
 * Gauss's series Σ (a)n(b)n / ((c)n n!) z^n (A&S 15.1.1), summed with a running power-of-ten
 * scale so huge terms cannot overflow. Stops only on a proven bound: once a + n, b + n and c + n
 * are positive, the later term ratios are at most z·max(1, (a+n)/(n+1))·max(1, (b+n)/(c+n))
 * (each factor is monotone in n towards 1), so the tail is bounded by a geometric series.
 * Returns undefined if the budget runs out first.
 */
function gaussSeries(a: number, b: number, c: number, z: number, budget: number): SignedLog | undefined {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  const positiveFrom = Math.max(-a, -b, -c, 0);
  for (let n = 0; n < budget; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (term === 0) break;
    const next = n + 1;
    if (next > positiveFrom && Math.abs(term) <= Math.abs(sum)) {
      const pairedOne = Math.max(1, (a + next) / (next + 1)) * Math.max(1, (b + next) / (c + next));
      const pairedTwo = Math.max(1, (b + next) / (next + 1)) * Math.max(1, (a + next) / (c + next));
      const bound = Math.abs(z) * Math.min(pairedOne, pairedTwo);
      if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= RELATIVE_EPSILON * Math.abs(sum)) break;
    }
    if (Math.abs(sum) > SCALE_AT || Math.abs(term) > SCALE_AT) {
      sum /= SCALE_AT;
      term /= SCALE_AT;
      logScale += LOG_SCALE;
    }
    if (n === budget - 1) return undefined;
  }
  return { log: logScale + Math.log(Math.abs(sum)), sign: Math.sign(sum) };
}

/** The series must converge for these calls (argument ≤ 0.75, or a terminating polynomial). */
function convergentSeries(a: number, b: number, c: number, z: number): SignedLog {
  return gaussSeries(a, b, c, z, SERIES_BUDGET) ?? { log: Number.NaN, sign: Number.NaN };
}

/** The gamma-function quotient Π Γ(top) / Π Γ(bottom) as a signed log (0 when a bottom one is at a pole). */
function gammaQuotient(top: number[], bottom: number[]): SignedLog {
  if (bottom.some(isNonPositiveInteger)) return { log: Number.NEGATIVE_INFINITY, sign: 0 };
  let log = 0;
  let sign = 1;
  for (const x of top) (log += logGamma(x)), (sign *= gammaSign(x));
  for (const x of bottom) (log -= logGamma(x)), (sign *= gammaSign(x));
  return { log, sign };
}

const multiply = (x: SignedLog, y: SignedLog): SignedLog => ({ log: x.log + y.log, sign: x.sign * y.sign });

/**
 * A&S 15.3.6, connecting z to 1 − z: F = Γ(c)Γ(m)/(Γ(c−a)Γ(c−b)) F(a,b;1−m;1−z)
 * + (1−z)^m Γ(c)Γ(−m)/(Γ(a)Γ(b)) F(c−a,c−b;1+m;1−z), m = c − a − b non-integer.
 */
function connectionToOneMinusZ(a: number, b: number, c: number, oneMinusZ: number): SignedLog {
  const m = c - a - b;
  const regular = multiply(gammaQuotient([c, m], [c - a, c - b]), convergentSeries(a, b, 1 - m, oneMinusZ));
  if (oneMinusZ === 0) return regular;
  const singular = multiply(gammaQuotient([c, -m], [a, b]), convergentSeries(c - a, c - b, 1 + m, oneMinusZ));
  return addSignedLogs(regular, { log: singular.log + m * Math.log(oneMinusZ), sign: singular.sign });
}

/**
 * For 0.75 < z ≤ 1. When m = c − a − b is an integer A&S 15.3.6 has cancelling poles (the
 * logarithmic case, A&S 15.3.10–12); near one it cancels catastrophically. F is an entire
 * function of a, so interpolate in a from nodes away from the singular value instead (not in
 * c: F has poles in c, and c is near 0 in BG/NBD's a + b + x − 1 for some parameters).
 */
function nearOne(a: number, b: number, c: number, z: number, oneMinusZ: number): SignedLog {
  if (z < 1 && -37 / Math.log(z) < LONG_SERIES_BUDGET) {
    const direct = gaussSeries(a, b, c, z, LONG_SERIES_BUDGET);
    if (direct) return direct;
  }
  const m = c - a - b;
  const nearestInteger = Math.round(m);
  if (Math.abs(m - nearestInteger) >= NEAR_SINGULAR) return connectionToOneMinusZ(a, b, c, oneMinusZ);
  const step = 3 * NEAR_SINGULAR;
  const singularA = c - b - nearestInteger;
  const values = INTERPOLATION_OFFSETS.map((j) => connectionToOneMinusZ(singularA + j * step, b, c, oneMinusZ));
  const weights = lagrangeWeights(
    INTERPOLATION_OFFSETS.map((j) => j * step),
    a - singularA,
  );
  const high = Math.max(...values.map((value) => value.log));
  const sum = values.reduce((total, value, j) => total + (weights[j] ?? 0) * value.sign * Math.exp(value.log - high), 0);
  return { log: high + Math.log(Math.abs(sum)), sign: Math.sign(sum) };
}

/**
 * 2F1(a, b; c; z) as a signed log, for real parameters, c not a non-positive integer, z ≤ 1
 * (z = 1 needs c − a − b > 0). oneMinusZ may pass 1 − z computed without cancellation.
 * z ≤ 0.75: Gauss's series; z < 0: Pfaff's transformation (A&S 15.3.4) to z/(z−1) in (0, 1);
 * z > 0.75: the series if it converges within a budget, else the 1 − z connection formula.
 */
export function hyp2f1SignedLog(a: number, b: number, c: number, z: number, oneMinusZ = 1 - z): SignedLog {
  if (![a, b, c, z, oneMinusZ].every(Number.isFinite) || z > 1 || isNonPositiveInteger(c)) {
    throw new RangeError(`2F1(${a}, ${b}; ${c}; ${z}) is not defined`);
  }
  if (z === 0 || a === 0 || b === 0) return { log: 0, sign: 1 };
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return convergentSeries(a, b, c, z);
  if (z === 1 && c - a - b <= 0) throw new RangeError(`2F1(${a}, ${b}; ${c}; 1) diverges`);
  if (z < 0) {
    // 2F1(a,b;c;z) = (1−z)^−a 2F1(a, c−b; c; z/(z−1)); by symmetry also with a and b swapped.
    // Prefer the variant whose series terminates, else the one with the smaller parameters.
    const swapWins =
      isNonPositiveInteger(c - a) || (!isNonPositiveInteger(c - b) && Math.abs(b * (c - a)) < Math.abs(a * (c - b)));
    const [kept, other] = swapWins ? [b, a] : [a, b];
    const inner = hyp2f1SignedLog(kept, c - other, c, z / (z - 1), 1 / oneMinusZ);
    return { log: inner.log - kept * Math.log(oneMinusZ), sign: inner.sign };
  }
  return z <= 0.75 ? convergentSeries(a, b, c, z) : nearOne(a, b, c, z, oneMinusZ);
}

/** 2F1(a, b; c; z); may overflow to ±Infinity where the value itself exceeds a double (use hyp2f1SignedLog). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const value = hyp2f1SignedLog(a, b, c, z);
  return value.sign * Math.exp(value.log);
}

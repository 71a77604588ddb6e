/**
 * Derivative-free minimisation for the loyalty models' maximum-likelihood fits.
 * Deterministic: no random numbers, so the same data always gives the same parameters.
 */
import { runToEnd, type Steps } from '../steps';

export interface NelderMeadOptions {
  /** Size of the first simplex's edges (in the objective's own coordinates). */
  initialStep?: number;
  /** Stop when the simplex's values differ by less than this… */
  valueTolerance?: number;
  /** …and its vertices by less than this in every coordinate. */
  pointTolerance?: number;
  maxEvaluations?: number;
  /** Fresh simplices built around the best point after convergence, to escape a collapsed simplex. */
  maxRestarts?: number;
}

export interface Minimum {
  point: number[];
  value: number;
  evaluations: number;
  converged: boolean;
}

const REFLECTION = 1;
const EXPANSION = 2;
const CONTRACTION = 0.5;
const SHRINK = 0.5;

/**
 * Nelder–Mead (Nelder & Mead 1965, with the Lagarias et al. 1998 inside/outside contraction
 * rules), restarted from the best point until a restart no longer improves the minimum: a
 * single run can stall on a degenerate simplex short of the optimum. Non-finite objective
 * values count as +Infinity, so the search simply avoids regions where the model is undefined.
 */
export function minimizeNelderMead(objective: (point: Float64Array) => number, start: readonly number[], options: NelderMeadOptions = {}): Minimum {
  return runToEnd(nelderMeadSteps(objective, start, options));
}

/** The same search, yielding once per iteration (see steps.ts). */
export function* nelderMeadSteps(
  objective: (point: Float64Array) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): Steps<Minimum> {
  const {
    initialStep = 0.5,
    valueTolerance = 1e-10,
    pointTolerance = 1e-8,
    maxEvaluations = 20_000,
    maxRestarts = 10,
  } = options;
  const size = start.length;
  let evaluations = 0;
  const evaluate = (point: Float64Array) => {
    evaluations++;
    const value = objective(point);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };

  const vertices = Array.from({ length: size + 1 }, () => new Float64Array(size));
  const values = new Float64Array(size + 1);
  const order = Array.from({ length: size + 1 }, (_, i) => i);
  const centroid = new Float64Array(size);
  const reflected = new Float64Array(size);
  const trial = new Float64Array(size);
  const along = (target: Float64Array, from: Float64Array, coefficient: number) => {
    // target = centroid + coefficient · (centroid − from)
    for (let k = 0; k < size; k++) target[k] = centroid[k]! + coefficient * (centroid[k]! - from[k]!);
  };

  let best = Float64Array.from(start);
  let bestValue = evaluate(best);
  let converged = false;
  for (let restart = 0; restart <= maxRestarts && evaluations < maxEvaluations; restart++) {
    const step = restart === 0 ? initialStep : initialStep / 2;
    for (let i = 0; i <= size; i++) {
      vertices[i]!.set(best);
      if (i > 0) vertices[i]![i - 1]! += step;
      values[i] = i === 0 ? bestValue : evaluate(vertices[i]!);
    }
    converged = false;
    while (evaluations < maxEvaluations) {
      yield;
      order.sort((i, j) => values[i]! - values[j]!);
      const lowest = order[0]!;
      const highest = order[size]!;
      const secondHighest = order[size - 1]!;
      if (hasConverged(vertices, values, lowest, valueTolerance, pointTolerance)) {
        converged = true;
        break;
      }
      centroid.fill(0);
      for (const i of order.slice(0, size)) for (let k = 0; k < size; k++) centroid[k]! += vertices[i]![k]! / size;
      along(reflected, vertices[highest]!, REFLECTION);
      const reflectedValue = evaluate(reflected);
      if (reflectedValue < values[lowest]!) {
        along(trial, vertices[highest]!, EXPANSION);
        const expandedValue = evaluate(trial);
        const useExpanded = expandedValue < reflectedValue;
        vertices[highest]!.set(useExpanded ? trial : reflected);
        values[highest] = useExpanded ? expandedValue : reflectedValue;
        continue;
      }
      if (reflectedValue < values[secondHighest]!) {
        vertices[highest]!.set(reflected);
        values[highest] = reflectedValue;
        continue;
      }
      const outside = reflectedValue < values[highest]!;
      along(trial, vertices[highest]!, outside ? CONTRACTION * REFLECTION : -CONTRACTION);
      const contractedValue = evaluate(trial);
      if (contractedValue < (outside ? reflectedValue : values[highest]!)) {
        vertices[highest]!.set(trial);
        values[highest] = contractedValue;
        continue;
      }
      for (const i of order.slice(1)) {
        for (let k = 0; k < size; k++) vertices[i]![k] = vertices[lowest]![k]! + SHRINK * (vertices[i]![k]! - vertices[lowest]![k]!);
        values[i] = evaluate(vertices[i]!);
      }
    }
    const runBest = order.reduce((b, i) => (values[i]! < values[b]! ? i : b), order[0]!);
    const improvement = bestValue - values[runBest]!;
    if (values[runBest]! <= bestValue) {
      best = Float64Array.from(vertices[runBest]!);
      bestValue = values[runBest]!;
    }
    if (restart > 0 && converged && improvement <= valueTolerance * (1 + Math.abs(bestValue))) break;
  }
  return { point: Array.from(best), value: bestValue, evaluations, converged };
}

function hasConverged(
  vertices: Float64Array[],
  values: Float64Array,
  lowest: number,
  valueTolerance: number,
  pointTolerance: number,
): boolean {
  const anchor = vertices[lowest]!;
  for (let i = 0; i < vertices.length; i++) {
    if (Math.abs(values[i]! - values[lowest]!) > valueTolerance * (1 + Math.abs(values[lowest]!))) return false;
    const vertex = vertices[i]!;
    for (let k = 0; k < anchor.length; k++) if (Math.abs(vertex[k]! - anchor[k]!) > pointTolerance) return false;
  }
  return true;
}

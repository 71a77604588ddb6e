import { describe, expect, it } from 'vitest';
import { minimizeNelderMead } from '../../../lib/loyalty/optimize';

const rosenbrock = (v: Float64Array) => 100 * (v[1]! - v[0]! ** 2) ** 2 + (1 - v[0]!) ** 2;

describe('minimizeNelderMead', () => {
  it.each([
    [[-1.2, 1]],
    [[3, -4]],
    [[0, 0]],
  ])('finds the Rosenbrock minimum from %o', (start) => {
    const minimum = minimizeNelderMead(rosenbrock, start);
    expect(minimum.converged).toBe(true);
    expect(minimum.point[0]).toBeCloseTo(1, 5);
    expect(minimum.point[1]).toBeCloseTo(1, 5);
  });

  it('minimises a badly scaled 5-dimensional quadratic', () => {
    const centre = [1, -2, 3, 0.5, 10];
    const quadratic = (v: Float64Array) => centre.reduce((sum, c, k) => sum + 10 ** k * (v[k]! - c) ** 2, 0);
    const minimum = minimizeNelderMead(quadratic, [0, 0, 0, 0, 0]);
    minimum.point.forEach((value, k) => expect(value).toBeCloseTo(centre[k]!, 4));
  });

  it('is deterministic', () => {
    expect(minimizeNelderMead(rosenbrock, [-1.2, 1])).toEqual(minimizeNelderMead(rosenbrock, [-1.2, 1]));
  });

  it('treats non-finite values as out of bounds', () => {
    // Undefined for v ≤ 0: the minimum of v − log v is at v = 1.
    const minimum = minimizeNelderMead((v) => v[0]! - Math.log(v[0]!), [5], { initialStep: 8 });
    expect(minimum.point[0]).toBeCloseTo(1, 5);
  });
});

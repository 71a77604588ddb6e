import { describe, expect, it } from 'vitest';
import { fitBaseModel, fitBaseModelSteps } from '../../../lib/loyalty/base-model';
import { runInSlices } from '../../../lib/steps';
import { readCdnowCalibrationHoldout } from './cdnow-data';

const NOW = Date.UTC(2026, 10, 23);

describe('the base model fitted in slices of the thread', () => {
  const summaries = readCdnowCalibrationHoldout().map(({ x, tx, T, mx }) => ({ x, tx, T, mx }));

  it('gives the very model of a fit at once, pausing between slices', async () => {
    let pauses = 0;
    const model = await runInSlices(fitBaseModelSteps(summaries, NOW), 0, async () => void pauses++);
    expect(model).toEqual(fitBaseModel(summaries, NOW));
    // A pause per iteration of both searches when every slice is over at once.
    expect(pauses).toBeGreaterThan(100);
  });

  it('lets other work run during its pauses', async () => {
    let ranMeanwhile = 0;
    const timer = setInterval(() => ranMeanwhile++, 0);
    await runInSlices(fitBaseModelSteps(summaries, NOW), 1, () => new Promise((resolve) => setTimeout(resolve, 0)));
    clearInterval(timer);
    expect(ranMeanwhile).toBeGreaterThan(0);
  });

  it('does not pause when its slice outlasts the work', async () => {
    let pauses = 0;
    await runInSlices(fitBaseModelSteps(summaries, NOW), 60_000, async () => void pauses++);
    expect(pauses).toBe(0);
  });
});

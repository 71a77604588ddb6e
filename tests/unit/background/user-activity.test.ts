import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserActivity } from '../../../lib/background/user-activity';

afterEach(() => {
  vi.useRealTimers();
});

describe('UserActivity.quiet', () => {
  it.each([
    ['no activity: the moment asked for', [], 250],
    ['a page change meanwhile: that long after it', [200], 450],
    ['the user busy throughout: the longest wait', Array.from({ length: 1_250 }, (_, index) => index * 100), 120_000],
  ])('%s', async (_case, touchesAt, expectedAt) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const activity = new UserActivity();
    let doneAt: number | undefined;
    void activity.quiet(250).then(() => (doneAt = performance.now()));
    for (let at = 0; at <= 121_000; at += 50) {
      if (touchesAt.includes(at)) activity.touch();
      await vi.advanceTimersByTimeAsync(50);
      if (doneAt !== undefined) break;
    }
    expect(doneAt).toBeGreaterThanOrEqual(expectedAt);
    expect(doneAt).toBeLessThanOrEqual(expectedAt + 50);
  });
});

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

describe('UserActivity.idle', () => {
  it.each([
    ['no activity yet: at once', [], 1_000, 1_000],
    ['quiet long enough before the call: at once', [0], 1_000, 1_000],
    ['a page change just before the call: a second after it', [800], 1_000, 1_800],
    ['page changes meanwhile: a second after the last', [800, 1_500], 1_000, 2_500],
  ])('%s', async (_case, touchesAt, askedAt, expectedAt) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const activity = new UserActivity();
    let doneAt: number | undefined;
    for (let at = 0; at <= 10_000; at += 50) {
      if (touchesAt.includes(at)) activity.touch();
      if (at === askedAt) void activity.idle(1_000).then(() => (doneAt = performance.now()));
      await vi.advanceTimersByTimeAsync(50);
      if (doneAt !== undefined) break;
    }
    expect(doneAt).toBeGreaterThanOrEqual(expectedAt);
    expect(doneAt).toBeLessThanOrEqual(expectedAt + 50);
  });
});

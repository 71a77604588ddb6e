import { afterEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { keepWorkerAlive } from '../../../lib/background/long-pass';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('makes an extension call at least every 30 s until it is stopped, so that the browser does not stop the worker', () => {
  vi.useFakeTimers();
  const call = vi.spyOn(browser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64' } as never);
  const stop = keepWorkerAlive();
  vi.advanceTimersByTime(29_000);
  expect(call).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(61_000);
  expect(call).toHaveBeenCalledTimes(4);
  stop();
  vi.advanceTimersByTime(120_000);
  expect(call).toHaveBeenCalledTimes(4);
});

import type { Frame, Worker } from 'playwright-core';

/**
 * The timing marks (lib/timing-mark.ts) in a frame or the service worker, by name (first of each, in epoch ms,
 * `prefix` before each name), cleared as they are read so that the next page change starts from none.
 */
export function takeMarks(target: Frame | Worker, prefix = ''): Promise<Record<string, number>> {
  return (target as Frame).evaluate((namePrefix) => {
    const out: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark')) out[namePrefix + mark.name] ??= performance.timeOrigin + mark.startTime;
    performance.clearMarks();
    return out;
  }, prefix);
}

import type { Frame, Worker } from 'playwright-core';

/**
 * The timing marks (lib/timing-mark.ts) in a frame or the service worker, by name (first of each at or after
 * `since`, in epoch ms, `prefix` before each name), cleared as they are read so that the next page change starts
 * from none. `since` leaves out the marks of what ran before the page change (a log's live-query runs, say).
 */
export function takeMarks(target: Frame | Worker, prefix = '', since = 0): Promise<Record<string, number>> {
  return (target as Frame).evaluate(
    ({ namePrefix, from }) => {
      const out: Record<string, number> = {};
      for (const mark of performance.getEntriesByType('mark')) {
        const at = performance.timeOrigin + mark.startTime;
        if (at >= from) out[namePrefix + mark.name] ??= at;
      }
      performance.clearMarks();
      return out;
    },
    { namePrefix: prefix, from: since },
  );
}

import type { Frame, Worker } from 'playwright-core';

/**
 * How many timing marks of this name (lib/timing-mark.ts) a frame or the service worker has made since the last
 * call, clearing them: which way a message came (a report on the worker's MessagePort, a view on the sidebar's).
 */
export function takeMarkCount(target: Frame | Worker, name: string): Promise<number> {
  return (target as Frame).evaluate((markName) => {
    const count = performance.getEntriesByName(markName, 'mark').length;
    performance.clearMarks(markName);
    return count;
  }, name);
}

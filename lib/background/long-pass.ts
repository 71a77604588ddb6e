import { browser } from 'wxt/browser';

/** Under the 30 s after which the browser stops an extension's worker that has had no event and made no extension call. */
const EVERY_MS = 20_000;

/**
 * Keeps the service worker running through long work of its own (a pass over the whole base: tens of seconds
 * at 100k customers on a slow machine), which the browser does not count as activity while it waits on
 * IndexedDB. Returns the function that stops it.
 */
export function keepWorkerAlive(): () => void {
  const timer = setInterval(() => {
    browser.runtime.getPlatformInfo().catch(() => {});
  }, EVERY_MS);
  return () => clearInterval(timer);
}

/** Lets the worker's other work (a sidebar's view, a page report) run between two slices of a long pass. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

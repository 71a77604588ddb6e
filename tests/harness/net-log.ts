import { readFile } from 'node:fs/promises';

/**
 * Reads Chromium's net-log (--log-net-log): every request the network service
 * started, whichever process asked for it — pages, extension pages, the service
 * worker and the browser itself. Playwright's request events miss the worker's.
 */
export interface LoggedRequest {
  url: string;
  /** Chromium's traffic-annotation hash: which part of the browser made the request. */
  annotation: number;
}

/**
 * Chromium's own services, which call home even with --disable-background-networking
 * (the extension update check of the component updater, Google sign-in's account
 * list, the spell-checker's dictionary, GCM's check-in). They are not made by our code or by a page; the catch-all resolver rule stops them.
 */
const BROWSER_SERVICE_ANNOTATIONS = new Map([
  [54845618, 'component/extension updater'],
  [35565745, 'Google sign-in account list'],
  [117649486, 'spell-check dictionary download, when a text field is focused'],
  // Seen 2026-12-05 with Debian's Chromium 150, in about half the runs: the browser's GCM driver
  // (push messaging) checks in a few seconds after start; our extension asks for no gcm or push.
  [65957842, 'GCM check-in (android.clients.google.com/checkin)'],
]);

/** The log is one event per line, so a log cut short by a crashed browser still reads up to the cut. */
export async function readNetLog(file: string): Promise<LoggedRequest[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const constants = JSON.parse(`${lines[0]!.replace(/,\s*$/, '')}}`).constants as { logEventTypes: Record<string, number> };
  const requestAlive = constants.logEventTypes.REQUEST_ALIVE;
  const requests: LoggedRequest[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('{')) continue;
    let event: { type?: number; params?: { url?: unknown; traffic_annotation?: unknown } };
    try {
      event = JSON.parse(line.replace(/,\s*$/, ''));
    } catch {
      continue; // the last line of a log cut short
    }
    if (event.type === requestAlive && typeof event.params?.url === 'string') {
      requests.push({ url: event.params.url, annotation: Number(event.params.traffic_annotation) });
    }
  }
  return requests;
}

/** Requests made by pages or by the extension to anything other than the given local hosts. */
export function foreignRequests(requests: LoggedRequest[], isLocalHost: (host: string) => boolean): string[] {
  return requests
    .filter((request) => !BROWSER_SERVICE_ANNOTATIONS.has(request.annotation))
    .map((request) => new URL(request.url))
    .filter((url) => !['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(url.protocol))
    .filter((url) => !isLocalHost(url.hostname))
    .map((url) => url.href);
}

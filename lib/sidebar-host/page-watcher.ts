import type { PageReader } from '../recognition/read';
import type { PageReport, Theme } from '../messaging/content-protocol';
import { trackHostTheme } from './theme-tracker';

/**
 * The page is read as soon as the task that changed it is over, then at most once
 * per this many ms while changes keep coming: the card follows a click at once,
 * and a page that mutates all the time still costs one read per window.
 */
export const MUTATION_SETTLE_MS = 40;

/** A read is queued and no window is open yet: a timer id no timer has (clearing it does nothing). */
const PENDING = -1;

export interface PageWatcher {
  /** Reads the page now and reports it even if nothing changed (the background asked). */
  refresh(): void;
}

/**
 * Follows a single-page mail or CRM app: reads the page after each burst of DOM
 * mutations or URL change, and reports only when what it read has changed.
 * It stops when `signal` aborts. `theme`: the host's theme if the caller has just computed it (for the sidebar
 * frame's URL).
 */
export function watchPage(doc: Document, win: Window, readPage: PageReader, report: (page: PageReport) => void, signal: AbortSignal, theme?: Theme): PageWatcher {
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | typeof PENDING | undefined;
  /** Changes seen after the last read, while the window after it is still open. */
  let changedSince = false;
  /** The timer of a read that waits for an event's task to end (see readAfter). */
  let eventRead: ReturnType<typeof setTimeout> | undefined;

  /** The URL the last read saw. */
  let readUrl = '';

  const read = (force: boolean) => {
    changedSince = false;
    const url = (readUrl = win.location.href);
    const page: PageReport = { type: 'page/report', url, theme: hostTheme.current(), context: readPage(doc, url) };
    const serialised = JSON.stringify(page);
    if (!force && serialised === lastSent) return;
    lastSent = serialised;
    report(page);
  };
  const closeWindow = () => {
    timer = undefined;
    if (changedSince) readAfter(false);
  };
  const openWindow = () => {
    eventRead = undefined;
    if (signal.aborted) return;
    read(false);
    timer = setTimeout(closeWindow, MUTATION_SETTLE_MS);
  };
  /** Reads now (in a microtask) or after a timer, and opens a window, unless a read or a window is already on its way. */
  const readAfter = (now: boolean) => {
    changedSince = true;
    // The nodes changed while a read waited for an event's timer: the host has rendered what the event asked
    // for, so the read need not wait behind its layout and paint as well (7 ms of a card's 58 on the bench,
    // where the Navigation API's navigatesuccess comes before the hash change's rendering).
    if (now && eventRead) {
      clearTimeout(eventRead);
      eventRead = timer = undefined;
    }
    if (timer !== undefined) return;
    timer = PENDING;
    if (now) queueMicrotask(openWindow);
    else eventRead = setTimeout(openWindow);
  };
  // Nodes: the observer is called once the script that changed them is over, so the page is read in the
  // microtask after it, not after the host's own layout and paint, which a timer waits behind (11 ms on
  // the bench's Gmail page). Events (a hash change, say): after a timer, so that the host's own listeners
  // of the same event, which may run after ours, have changed the page first.
  const schedule = () => readAfter(false);
  const scheduleNow = () => readAfter(true);
  // A navigation event for a URL that a read in the open window has seen already: the host's rendering of it was
  // read then (its nodes changed first). Marked as a change, it read the page again when the window closed and kept
  // a window open 80 ms after a page change, so that a second change soon after waited for it (14 to 32 ms on the bench).
  const navigated = () => {
    if (timer !== undefined && timer !== PENDING && win.location.href === readUrl) return;
    schedule();
  };

  const hostTheme = trackHostTheme(doc, win, schedule, signal, theme);
  const observer = new MutationObserver(scheduleNow);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  win.addEventListener('hashchange', navigated, { signal });
  win.addEventListener('popstate', navigated, { signal });
  // A single-page app that only flips classes on cached views (Lightning does) changes no nodes:
  // the Navigation API still tells of its pushState.
  (win as Window & { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', navigated, { signal });
  // Classic QQ Mail opens a message by loading its reading frame: load events do not bubble, but they can be captured.
  doc.addEventListener('load', schedule, { capture: true, signal });
  read(true);

  // A read already on its way finds the signal aborted.
  return { refresh: () => read(true) };
}

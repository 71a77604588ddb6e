import type { PageReader } from '../recognition/read';
import type { PageReport } from '../messaging/content-protocol';
import { trackHostTheme } from './theme-tracker';

/**
 * The page is read as soon as the task that changed it is over, then at most once
 * per this many ms while changes keep coming: the card follows a click at once,
 * and a page that mutates all the time still costs one read per window.
 */
export const MUTATION_SETTLE_MS = 40;

export interface PageWatcher {
  /** Reads the page now and reports it even if nothing changed (the background asked). */
  refresh(): void;
  stop(): void;
}

/**
 * Follows a single-page mail or CRM app: reads the page after each burst of DOM
 * mutations or URL change, and reports only when what it read has changed.
 */
export function watchPage(doc: Document, win: Window, readPage: PageReader, report: (page: PageReport) => void): PageWatcher {
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes seen after the last read, while the window after it is still open. */
  let changedSince = false;

  const read = (force: boolean) => {
    changedSince = false;
    const url = win.location.href;
    const page: PageReport = { type: 'page/report', url, theme: theme.current(), context: readPage(doc, url) };
    const serialised = JSON.stringify(page);
    if (!force && serialised === lastSent) return;
    lastSent = serialised;
    report(page);
  };
  const closeWindow = () => {
    timer = undefined;
    if (changedSince) schedule();
  };
  const schedule = () => {
    changedSince = true;
    timer ??= setTimeout(() => {
      read(false);
      timer = setTimeout(closeWindow, MUTATION_SETTLE_MS);
    }, 0);
  };

  const theme = trackHostTheme(doc, win, schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  // A single-page app that only flips classes on cached views (Lightning does) changes no nodes:
  // the Navigation API still tells of its pushState.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule);
  // Classic QQ Mail opens a message by loading its reading frame: load events do not bubble, but they can be captured.
  doc.addEventListener('load', schedule, true);
  read(true);

  return {
    refresh: () => read(true),
    stop() {
      observer.disconnect();
      theme.stop();
      win.removeEventListener('hashchange', schedule);
      win.removeEventListener('popstate', schedule);
      navigation?.removeEventListener('navigatesuccess', schedule);
      doc.removeEventListener('load', schedule, true);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

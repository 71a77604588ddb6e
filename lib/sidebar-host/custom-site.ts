import { browser } from 'wxt/browser';
import { parseToContent, type PageReport } from '../messaging/content-protocol';
import { readAnyPage } from '../recognition/adapters/any-page';
import { watchPage } from './page-watcher';

/**
 * On a CRM site the user granted (not built in): read the page with the any-page reader after each
 * change and report it, so that the side panel follows the user's navigation. No frame is put on
 * the page: the sidebar page may be framed by the built-in sites only, and the side panel is
 * browser UI that this page cannot cover, read or click.
 */
export function startCustomSiteReader(doc: Document, win: Window): void {
  // Injected into a tab that was open at the grant, then registered for the next loads: one reader per page.
  const scope = globalThis as { customCareReaderStarted?: boolean };
  if (scope.customCareReaderStarted) return;
  scope.customCareReaderStarted = true;
  const running = new AbortController();
  const stop = () => {
    // Cleared, so that a grant of the same site again can start a reader in this page.
    scope.customCareReaderStarted = false;
    running.abort();
    browser.runtime.onMessage.removeListener(onMessage);
  };
  // A failed send: the extension was reloaded or updated, and this script is orphaned.
  const send = (page: PageReport) => void browser.runtime.sendMessage(page).catch(stop);
  const watcher = watchPage(doc, win, (page) => readAnyPage(page), send, running.signal);

  function onMessage(raw: unknown) {
    // The background asks again after it restarted, and says stop when the user removed this site;
    // the toolbar's sidebar messages are for the built-in sites.
    const message = parseToContent(raw);
    if (message?.type === 'page/refresh') watcher.refresh();
    if (message?.type === 'reader/stop') stop();
  }
  browser.runtime.onMessage.addListener(onMessage);
}

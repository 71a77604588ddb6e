import { browser } from 'wxt/browser';
import { toContentSchema, type PageReport } from '../messaging/content-protocol';
import { readAnyPage } from '../recognition/adapters/any-page';
import { watchPage } from './page-watcher';

/**
 * On a CRM site the user granted (not built in): read the page with the any-page reader after each
 * change and report it, so that the side panel follows the user's navigation. No frame is put on
 * the page: the sidebar page may be framed by the built-in sites only, and the side panel is
 * browser UI that this page cannot cover, read or click.
 */
export function startCustomSiteReader(doc: Document, win: Window): void {
  const send = (page: PageReport) => {
    browser.runtime.sendMessage(page).catch(() => {
      // The extension was reloaded, updated or lost this site's permission: this script is orphaned.
      watcher.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  };
  const watcher = watchPage(doc, win, (page) => readAnyPage(page), send);

  function onMessage(raw: unknown) {
    // The background asks again after it restarted; the toolbar's sidebar messages are for the built-in sites.
    const message = toContentSchema.safeParse(raw);
    if (message.success && message.data.type === 'page/refresh') watcher.refresh();
  }
  browser.runtime.onMessage.addListener(onMessage);
}

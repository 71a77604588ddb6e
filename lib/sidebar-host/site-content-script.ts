import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteAdapter } from '../recognition/page-context';
import { readPageWith } from '../recognition/read';
import { startSidebarHost } from './start';

/**
 * One site's content script: the shared sidebar host with only that site's
 * adapter, so that a Gmail tab does not load the code of nine other sites.
 */
export function defineSiteContentScript(hosts: readonly string[], adapter: SiteAdapter) {
  return defineContentScript({
    matches: [...hosts],
    runAt: 'document_idle',
    // WXT would otherwise window.postMessage a "script started" note naming our extension id to
    // the page's scripts (tests/browser/hostile-page.test.ts saw it); the DOM event it also sends suffices.
    noScriptStartedPostMessage: true,
    // The built script's ctx is lib/sidebar-host/script-context.ts (see wxt.config.ts): its signal only.
    main(ctx) {
      const adapters = [adapter];
      void startSidebarHost(document, window, (doc, url) => readPageWith(adapters, doc, url), ctx.signal);
    },
  });
}

import { SUPPORTED_HOST_PATTERNS } from '../lib/sites/hosts';
import { startSidebarHost } from '../lib/sidebar-host/start';

export default defineContentScript({
  matches: [...SUPPORTED_HOST_PATTERNS],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage a "script started" note naming our extension id to
  // the page's scripts (tests/browser/hostile-page.test.ts saw it); the DOM event it also sends suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startSidebarHost(document, window, (cleanup) => ctx.onInvalidated(cleanup));
  },
});

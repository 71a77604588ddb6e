import { SUPPORTED_HOST_PATTERNS } from '../lib/sites/hosts';
import { startSidebarHost } from '../lib/sidebar-host/start';

export default defineContentScript({
  matches: [...SUPPORTED_HOST_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    void startSidebarHost(document, window, (cleanup) => ctx.onInvalidated(cleanup));
  },
});

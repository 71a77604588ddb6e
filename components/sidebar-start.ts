import { resolveLocale } from '../lib/i18n/locale';
import { loadSidebarCatalog } from '../lib/i18n/sidebar-catalogs';
import { openEarlyPort } from '../lib/sidebar/early-port';
import { timingMark } from '../lib/timing-mark';

/**
 * The sidebar's first script, kept small: it opens the port to the background
 * (which starts building the first view), then fetches the app and the text of
 * the browser's language side by side, not one after the other, and renders
 * once both are in.
 */
export async function startSidebar(surface: 'frame' | 'panel', into: HTMLElement): Promise<void> {
  // Marks for tests/bench/first-render-breakdown.ts: where the first paint's time goes.
  timingMark('sidebar:start');
  const early = openEarlyPort(surface);
  const [{ renderSidebar }] = await Promise.all([
    import('./SidebarApp'),
    loadSidebarCatalog(resolveLocale('auto', navigator.language)).catch(() => undefined),
  ]);
  timingMark('sidebar:loaded');
  renderSidebar(surface, into, early);
  timingMark('sidebar:rendered');
}

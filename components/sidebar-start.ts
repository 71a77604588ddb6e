import { resolveLocale } from '../lib/i18n/locale';
import { loadSidebarCatalog } from '../lib/i18n/sidebar-catalogs';
import { openEarlyPort } from '../lib/sidebar/early-port';
import { carryReportPorts } from '../lib/sidebar/report-courier';
import { themeHintOf } from '../lib/sidebar/theme-hint';
import { timingMark } from '../lib/timing-mark';
import { paintShell } from './sidebar-shell';

/**
 * The sidebar's first script, kept small: it opens the port to the background
 * (which starts building the first view) and paints the title bar in the host's
 * theme, then fetches the app and the text of the browser's language side by
 * side, not one after the other, and renders once both are in.
 *
 * The title bar is on screen about 20 ms sooner than the app's first render
 * (tests/bench/first-render-breakdown.ts, three interleaved rounds). Painting it
 * before the port is opened, with the port's code loaded after, gained a few ms
 * more on the paint but cost the first card 20 to 35 ms.
 */
export async function startSidebar(surface: 'frame' | 'panel', into: HTMLElement): Promise<void> {
  // Marks for tests/bench/first-render-breakdown.ts: where the first paint's time goes.
  timingMark('sidebar:start');
  const early = openEarlyPort(surface);
  // Before the frame's load event, at which the content script offers its port.
  if (surface === 'frame') carryReportPorts(window);
  timingMark('sidebar:port');
  const locale = resolveLocale('auto', navigator.language);
  paintShell(into, locale, themeHintOf(location.hash));
  timingMark('sidebar:shell');
  const [{ renderSidebar }] = await Promise.all([import('./SidebarApp'), loadSidebarCatalog(locale).catch(() => undefined)]);
  timingMark('sidebar:loaded');
  renderSidebar(surface, into, early);
  timingMark('sidebar:rendered');
}

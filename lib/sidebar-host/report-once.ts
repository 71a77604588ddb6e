import { browser } from 'wxt/browser';
import type { PageReport } from '../messaging/content-protocol';
import type { PageContext } from '../recognition';
import { detectHostTheme } from './theme';

/** Reports a page read on demand; the sidebar for it is the browser's side panel. */
export async function reportOnce(context: PageContext): Promise<void> {
  const report: PageReport = { type: 'page/report', url: location.href, theme: detectHostTheme(document, window), context };
  await browser.runtime.sendMessage(report);
}

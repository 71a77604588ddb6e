import { GmailDemoPage } from '../browser/pages/gmail-page';
import type { SidebarPanel } from '../browser/pages/sidebar-panel';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { loadDemoDataThroughOptions } from '../harness/extension-pages';
import { startFixtureServer } from '../harness/https-server';

/**
 * For the probes: a browser with the built extension and its demo data, the demo Gmail page on Wang Fang's
 * conversation and the sidebar showing her card; `run` gets them, and everything is closed after it.
 */
export async function withDemoSidebar(run: (opened: { browser: ExtensionBrowser; gmail: GmailDemoPage; sidebar: SidebarPanel }) => Promise<void>): Promise<void> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ serverPort: server.port });
  try {
    await loadDemoDataThroughOptions(browser);
    const gmail = await GmailDemoPage.open(browser.context, browser.extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    await run({ browser, gmail, sidebar });
  } finally {
    await browser.close();
    await server.close();
  }
}

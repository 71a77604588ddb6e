/**
 * A CPU profile of the sidebar frame over 20 page changes on the demo Gmail page (demo data): where the
 * frame's own time goes when a card replaces another. Run: npx wxt build && TOP=30 npx tsx tests/bench/sidebar-frame-profile.ts
 */
import type { Page } from 'playwright-core';
import { GmailDemoPage } from '../browser/pages/gmail-page';
import { launchWithExtension } from '../harness/browser';
import { loadDemoDataThroughOptions } from '../harness/extension-pages';
import { startFixtureServer } from '../harness/https-server';
import { profileWhile } from './cpu-profile';

const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port });
try {
  await loadDemoDataThroughOptions(browser);
  const gmail = await GmailDemoPage.open(browser.context, browser.extensionId, 'wangFang');
  const sidebar = await gmail.sidebar();
  await sidebar.customerName().waitFor();
  // playwright's CDP sessions accept a frame (an out-of-process iframe is its own target), though its type says Page.
  const [, summary] = await profileWhile(browser.context, sidebar.frame as unknown as Page, async () => {
    for (let i = 0; i < 20; i++) {
      const [thread, name] = i % 2 === 0 ? (['emilyCarter', 'Emily Carter'] as const) : (['wangFang', '王芳'] as const);
      await gmail.switchTo(thread);
      await sidebar.customerName().filter({ hasText: name }).waitFor();
      await gmail.page.waitForTimeout(300);
    }
  });
  console.log(JSON.stringify(summary, null, 1));
} finally {
  await browser.close();
  await server.close();
}

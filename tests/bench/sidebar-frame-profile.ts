/**
 * A CPU profile of the sidebar frame over 20 page changes on the demo Gmail page (demo data): where the
 * frame's own time goes when a card replaces another. Run: npx wxt build && TOP=30 npx tsx tests/bench/sidebar-frame-profile.ts
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../harness/browser';
import { DEMO_THREADS, gmailThreadUrl } from '../harness/demo-pages';
import { loadDemoDataThroughOptions, sidebarFrame } from '../harness/extension-pages';
import { startFixtureServer } from '../harness/https-server';
import { profileWhile } from './cpu-profile';
const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port });
try {
  await loadDemoDataThroughOptions(browser);
  const page = await browser.context.newPage();
  await page.goto(gmailThreadUrl(DEMO_THREADS.wangFang));
  const frame = await sidebarFrame(page, browser.extensionId);
  await frame.waitForSelector('[data-testid="customer-name"]');
  const changes = [DEMO_THREADS.emilyCarter, DEMO_THREADS.wangFang];
  // playwright's CDP sessions accept a frame (an out-of-process iframe is its own target), though its type says Page.
  const [, summary] = await profileWhile(browser.context, frame as unknown as Page, async () => {
    for (let i = 0; i < 20; i++) {
      const expected = i % 2 === 0 ? 'Emily Carter' : '王芳';
      await page.evaluate((id) => (location.hash = `#inbox/${id}`), changes[i % 2]!);
      await frame.waitForFunction((name) => document.querySelector('[data-testid="customer-name"]')?.textContent?.includes(name), expected);
      await page.waitForTimeout(300);
    }
  });
  console.log(JSON.stringify(summary, null, 1));
} finally {
  await browser.close();
  await server.close();
}

/**
 * A CPU profile of the sidebar frame over 20 page changes on the demo Gmail page (demo data): where the
 * frame's own time goes when a card replaces another. Run: npx wxt build && TOP=30 npx tsx tests/bench/sidebar-frame-profile.ts
 */
import type { Page } from 'playwright-core';
import { profileWhile } from './cpu-profile';
import { withDemoSidebar } from './demo-sidebar';

await withDemoSidebar(async ({ browser, gmail, sidebar }) => {
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
});

import { describe, expect, it } from 'vitest';
import { SidebarPanel } from './pages/sidebar-panel';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('the side panel (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it("shows and logs for the page of the tab it belongs to, and follows that page's navigation", async () => {
    const { context, extensionId, serviceWorker } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    await (await gmail.sidebar()).customerName().waitFor();
    await gmail.page.bringToFront();
    const tabId = await serviceWorker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });

    // The browser's side panel cannot be opened headless; the same page, pinned to the tab, is.
    const panelPage = await context.newPage();
    await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const panel = SidebarPanel.inPage(panelPage);
    await expect.poll(() => panel.customerName().textContent()).toBe('王芳');
    expect(await panelPage.getByRole('button', { name: 'Collapse sidebar' }).count()).toBe(0);

    await panel.log('note', `From the side panel (${mode})`);
    await expect.poll(() => panel.timelineItems().first().textContent()).toContain(`From the side panel (${mode})`);
    expect(await panel.timelineItems().first().textContent()).toContain('关于2027年春季珠宝订单的报价');

    await gmail.switchTo('emilyCarter');
    await expect.poll(() => panel.customerName().textContent()).toBe('Emily Carter');
    await panelPage.close();
    await gmail.page.close();
  });
});

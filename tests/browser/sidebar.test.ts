import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('the sidebar on the demo mail page (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);
  const open = (thread: Parameters<typeof GmailDemoPage.open>[2], theme?: 'dark') =>
    GmailDemoPage.open(session().browser.context, session().browser.extensionId, thread, theme);

  it('recognises the sender and shows their card', async () => {
    const gmail = await open('wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    expect(await sidebar.loyalty().textContent()).toContain('True loyal');
    expect(await sidebar.frame.locator('[data-section="preferences"]').textContent()).toContain('普洱茶');
    const dates = await sidebar.frame.locator('[data-section="dates"]').textContent();
    expect(dates).toMatch(/lunar 8\/15/);
    // Her birthday is kept in the lunar calendar: its Gregorian date this year is Mid-Autumn's.
    const today = new Date();
    const nextMidAutumn = today < new Date('2026-09-25') ? 'Sep 25, 2026' : today < new Date('2027-09-15') ? 'Sep 15, 2027' : 'Oct 3, 2028';
    expect(dates).toContain(`next: ${nextMidAutumn}`);
    expect(await sidebar.frame.locator('[data-section="care"] li').count()).toBeGreaterThan(0);
    await gmail.page.close();
  });

  it('follows a switch to another conversation without a reload', async () => {
    const gmail = await open('wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    expect(await sidebar.loyalty().textContent()).toContain('Spurious loyal');
    await gmail.page.close();
  });

  it('offers to add an unknown sender, and shows their card once added', async () => {
    const gmail = await open('unknownSender');
    const sidebar = await gmail.sidebar();
    await sidebar.unknownPerson().waitFor();
    expect(await sidebar.unknownPerson().textContent()).toContain('li.lei@example-prospect.cn');
    await sidebar.frame.getByLabel('Company (optional)').fill('新开连锁店');
    await sidebar.frame.getByRole('button', { name: 'Add as customer' }).click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('李雷');
    await gmail.page.close();
  });

  it('suggests the customer for a new address at their company, and recognises it once confirmed', async () => {
    const gmail = await open('wangFangNewAddress');
    const sidebar = await gmail.sidebar();
    await sidebar.unknownPerson().waitFor();
    const suggestions = sidebar.frame.getByTestId('match-suggestions');
    expect(await suggestions.textContent()).toContain('same company domain');
    await sidebar.frame.getByRole('button', { name: 'This is 王芳' }).click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    await gmail.page.reload();
    await expect.poll(async () => (await gmail.sidebar()).customerName().textContent()).toBe('王芳');
    await gmail.page.close();
  });

  it('leaves the host page its own controls, collapses to a tab and remembers that per site', async () => {
    const gmail = await open('wangFang');
    const sidebar = await gmail.sidebar();
    expect(await gmail.isHostControlClickable('#host-settings')).toBe(true);
    expect(await gmail.marginRight()).toBe('360px');
    await sidebar.collapseButton().click();
    await expect.poll(() => gmail.marginRight()).toBe('');
    await expect.poll(async () => (await gmail.collapsedTabPoint()).isOurs).toBe(true);
    expect(await gmail.isHostControlClickable('#host-settings')).toBe(true);

    await gmail.page.reload();
    await expect.poll(async () => (await gmail.collapsedTabPoint()).isOurs).toBe(true);
    expect(await gmail.marginRight()).toBe('');
    await gmail.clickCollapsedTab();
    await expect.poll(() => gmail.marginRight()).toBe('360px');
    await gmail.sidebar();
    await gmail.page.close();
  });

  it('is shown and hidden by the toolbar button and the shortcut', async () => {
    const gmail = await open('wangFang');
    await gmail.sidebar();
    // The action and the command both send this message to the tab; it is the path under test.
    await gmail.page.bringToFront();
    const toggle = () =>
      session().browser.serviceWorker.evaluate(async () => {
        const { tabs } = (globalThis as unknown as { chrome: typeof browser }).chrome;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        await tabs.sendMessage(tab!.id!, { type: 'sidebar/toggle' }, { frameId: 0 });
      });
    await toggle();
    await expect.poll(() => gmail.isHostControlClickable('#host-settings')).toBe(true);
    expect(await gmail.marginRight()).toBe('');
    await toggle();
    await expect.poll(() => gmail.marginRight()).toBe('360px');
    await gmail.page.close();
  });

  it('follows the host page into its dark theme', async () => {
    const gmail = await open('wangFang', 'dark');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.theme()).toBe('dark');
    await gmail.page.close();
  });

  it.each([
    ['light', undefined, 'rgb(255, 255, 255)'],
    ['dark', 'dark', 'rgb(32, 33, 36)'],
  ] as const)('is painted in the %s colours by the styles in its own page, which its policy lets apply', async (_name, theme, background) => {
    const gmail = await open('wangFang', theme);
    const sidebar = await gmail.sidebar();
    // The build puts the sheet into the page (no sheet to fetch before the first paint, nor before the app's chunks run),
    // and the policy names its hash: were the hash wrong, the browser would refuse the styles and the page would
    // be transparent.
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    await expect.poll(() => sidebar.painted()).toEqual({ background, linkedSheets: 0, inlineSheets: 1 });
    await gmail.page.close();
  });

  it('is dark from its first paint on a dark page, before the customer is looked up', async () => {
    const gmail = await GmailDemoPage.open(session().browser.context, session().browser.extensionId, 'wangFang', 'dark', { watchSidebarThemes: true });
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    // Never light, not even for the title bar painted while the app loads or for the app's render before the view.
    expect(await sidebar.themesTaken()).toEqual(['dark']);
    await gmail.page.close();
  });
});

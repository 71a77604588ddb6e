import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_THREADS, GMAIL_INBOX_URL } from '../harness/demo-pages';
import { SidebarPanel } from './pages/sidebar-panel';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

/** tests/fixtures/sites/mail.google.com/hostile.html: the demo inbox plus hostile.js, run by the page itself. */
const hostileUrl = (thread: keyof typeof DEMO_THREADS) => `${GMAIL_INBOX_URL}hostile.html#inbox/${DEMO_THREADS[thread]}`;

type Hostile = {
  read(): {
    hostFound: boolean;
    attachShadowCalls: number;
    stolenShadowRoots: number;
    stolenIframeWindows: number;
    messagesFromSidebar: string[];
    readings: Record<string, string | null>;
    frames: unknown[];
  };
  forgeMessages(email: string): string;
  syntheticEvents(): { width: number; marginRight: string };
  forgeSender(name: string, email: string): void;
  overlay(kind: 'see-through' | 'cover' | 'fade'): void;
  clearOverlay(): void;
};
const hostile = <T>(page: Page, run: (h: Hostile, arg: string) => T, arg = '') =>
  page.evaluate(({ source, arg }) => new Function('h', 'arg', `return (${source})(h, arg)`)((window as unknown as { hostile: Hostile }).hostile, arg), {
    source: run.toString(),
    arg,
  }) as Promise<Awaited<T>>;

async function openHostile(page: Page, extensionId: string, thread: keyof typeof DEMO_THREADS = 'wangFang') {
  await page.goto(hostileUrl(thread));
  const sidebar = await SidebarPanel.find(page, extensionId);
  return sidebar;
}

describe.each(STORAGE_MODES)('a hostile host page (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it("cannot read the sidebar: no shadow root, no frame, no window reference, nothing posted to it", async () => {
    const { context, extensionId } = session().browser;
    const page = await context.newPage();
    const sidebar = await openHostile(page, extensionId);
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');

    const seen = await hostile(page, (h) => h.read());
    expect(seen.hostFound).toBe(true);
    // The content script runs in its own world: the page's trapped prototypes never see its calls.
    expect(seen).toMatchObject({ attachShadowCalls: 0, stolenShadowRoots: 0, stolenIframeWindows: 0, messagesFromSidebar: [], frames: [] });
    expect(seen.readings).toEqual({
      shadowRoot: null,
      innerHTML: '',
      childNodes: null,
      iframesInDocument: null,
      iframesDeep: null,
      frameCount: null,
      pageTextHasSidebar: null,
      chromeRuntime: null,
    });
    await page.close();
  });

  it('cannot make it show or log a customer of its choosing by forged messages or synthetic events', async () => {
    const { context, extensionId } = session().browser;
    const page = await context.newPage();
    const sidebar = await openHostile(page, extensionId);
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const timelineBefore = await sidebar.timelineText().textContent();
    const marginBefore = await page.evaluate(() => document.documentElement.style.marginRight);

    const runtime = await hostile(page, (h, email) => h.forgeMessages(email), 'chen.zq@xihu-trading.com.cn');
    expect(runtime).toBe('undefined');
    const after = await hostile(page, (h) => h.syntheticEvents());
    expect(after.marginRight).toBe(marginBefore);

    await page.waitForTimeout(500);
    expect(await sidebar.customerName().textContent()).toBe('王芳');
    expect(await sidebar.timelineText().textContent()).toBe(timelineBefore);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe(marginBefore);
    await page.close();
  });

  it('a sender the page adds is named on the card; a summary typed for one customer is never logged to another', async () => {
    const { context, extensionId } = session().browser;
    const page = await context.newPage();
    const sidebar = await openHostile(page, extensionId);
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const summary = `typed for 王芳 ${mode}`;
    await sidebar.frame.locator('.log input').fill(summary);
    const button = await sidebar.frame.locator('[data-log="note"]').boundingBox();

    // The page swaps in another sender and a click lands at once where the button was.
    await hostile(page, (h) => h.forgeSender('陈志强', 'chen.zq@xihu-trading.com.cn'));
    await page.mouse.click(button!.x + button!.width / 2, button!.y + button!.height / 2);

    // The card follows what the page shows and says whom it is about...
    await expect.poll(() => sidebar.customerName().textContent()).toBe('陈志强');
    await page.waitForTimeout(300);
    // ...and the summary typed for 王芳 did not go to 陈志强.
    expect(await sidebar.timelineText().textContent()).not.toContain(summary);
    await page.close();
  });

  // A different contact type each, so that the second is not taken for a duplicate of the first.
  it.each([
    ['a see-through overlay (pointer-events: none)', 'see-through', 'call'],
    ['an invisible element on top', 'cover', 'meeting'],
    ['the sidebar faded to opacity 0', 'fade', 'email'],
  ] as const)('clickjacking with %s: a click does nothing until the sidebar is fully visible again', async (_, kind, type) => {
    const { context, extensionId } = session().browser;
    const page = await context.newPage();
    const sidebar = await openHostile(page, extensionId);
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const summary = `clickjacked ${kind} ${mode}`;
    await sidebar.frame.locator('.log input').fill(summary);
    const box = (await sidebar.frame.locator(`[data-log="${type}"]`).boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    await hostile(page, (h, k) => h.overlay(k as 'cover'), kind);
    await sidebar.frame.getByTestId('obscured').waitFor();
    await page.mouse.click(centre.x, centre.y);
    await page.waitForTimeout(500);
    expect(await sidebar.timelineText().textContent()).not.toContain(summary);
    expect(await sidebar.frame.locator(`[data-log="${type}"]`).isDisabled()).toBe(true);

    // The same click on the uncovered sidebar logs: the guard, not the click, made the difference.
    await hostile(page, (h) => h.clearOverlay());
    await sidebar.frame.getByTestId('obscured').waitFor({ state: 'detached' });
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => sidebar.timelineText().textContent()).toContain(summary);
    await page.close();
  });
});

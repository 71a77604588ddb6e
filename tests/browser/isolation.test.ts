import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, openGmailAt, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('what the host page can reach (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('the sidebar works whether or not its frame may open IndexedDB itself', async () => {
    const gmail = await GmailDemoPage.open(session().browser.context, session().browser.extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    // Proves the mode is real: in "blocked" the browser refuses IndexedDB to the sidebar frame.
    const frameMayOpenIndexedDb = await sidebar.frame.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const request = indexedDB.open('probe');
          request.onsuccess = () => resolve(true);
          request.onerror = () => resolve(false);
        }),
    );
    expect(frameMayOpenIndexedDb).toBe(mode === 'allowed');
    await gmail.page.close();
  });

  it("the page's scripts can neither read the sidebar nor make it show a customer of their choosing", async () => {
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');

    // page.evaluate runs in the page's own JavaScript world, as the host's scripts do.
    const attempts = await gmail.page.evaluate(async () => {
      const host = document.querySelector('[data-customer-care-sidebar]');
      const results: Record<string, unknown> = {
        shadowRoot: host?.shadowRoot ?? null,
        iframesInDocument: document.querySelectorAll('iframe').length,
        bodyTextHasCustomer: document.body.innerText.includes('True loyal'),
      };
      const frameDocuments: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frameDocuments.push(window.frames[i]!.document.body.innerText);
        } catch (error) {
          frameDocuments.push(`blocked: ${(error as Error).name}`);
        }
        // A forged page report and a forged view, posted straight to the frame.
        window.frames[i]!.postMessage(
          { type: 'view', view: { locale: 'en', theme: 'light', page: null, people: [], card: null } },
          '*',
        );
        window.frames[i]!.postMessage({ type: 'page/report', url: location.href, theme: 'light', context: null }, '*');
      }
      results.frameDocuments = frameDocuments;
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      results.canMessageExtension = typeof runtime?.sendMessage === 'function';
      return results;
    });
    expect(attempts).toMatchObject({ shadowRoot: null, iframesInDocument: 0, bodyTextHasCustomer: false, canMessageExtension: false });
    // The frame sits in a closed shadow root: the page does not even get a window reference to it.
    expect(attempts.frameDocuments).toEqual([]);

    // A forged sender on the page itself: the page may change its own DOM, which is what the
    // adapter reads, but it cannot reach the extension to name a customer any other way.
    await gmail.page.waitForTimeout(300);
    expect(await sidebar.customerName().textContent()).toBe('王芳');
    await gmail.page.close();
  });

  it('a page cannot frame its own copy of the sidebar at its static URL', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    await (await gmail.sidebar()).customerName().waitFor();
    await gmail.page.evaluate((id) => {
      const forged = document.createElement('iframe');
      forged.src = `chrome-extension://${id}/sidebar.html`;
      document.body.append(forged);
    }, extensionId);
    await gmail.page.waitForTimeout(1_000);
    const readySidebars = await Promise.all(
      gmail.page.frames().map((frame) => frame.locator('.sidebar').count().catch(() => 0)),
    );
    expect(readySidebars.reduce((sum, count) => sum + count, 0)).toBe(1);
    await gmail.page.close();
  });
});

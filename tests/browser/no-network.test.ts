import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMappedToFixtureServer, launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { startFixtureServer, type FixtureServer } from '../harness/https-server';
import { foreignRequests, readNetLog } from '../harness/net-log';
import { gmailThreadUrl, DEMO_THREADS } from '../harness/demo-pages';

/**
 * Every browser test file ends by asserting, from Chromium's net-log, that nothing asked for a host
 * other than the fixture server's (tests/browser/setup.ts). This file shows that the check sees a
 * request from each place one could come from, so that its silence elsewhere means something.
 */
describe('the no-network check of every browser test', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ serverPort: server.port });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees requests from a web page, an extension page and the service worker; the CSP stops the extension fetching', async () => {
    const { context, serviceWorker, extensionId } = browser;
    const gmail = await context.newPage();
    await gmail.goto(gmailThreadUrl(DEMO_THREADS.wangFang));
    await gmail.evaluate(() => fetch('https://leak-from-page.example/x').catch(() => undefined));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // connect-src 'self' in the extension pages' CSP: our own code cannot fetch elsewhere at all...
    const optionsFetch = await options.evaluate(() => fetch('https://leak-fetch.example/x').then(() => 'sent', (error: Error) => error.name));
    const workerFetch = await serviceWorker.evaluate(() => fetch('https://leak-worker-fetch.example/x').then(() => 'sent', (error: Error) => error.name));
    expect([optionsFetch, workerFetch]).toEqual(['TypeError', 'TypeError']);
    // ...and img-src 'self' stops an image beacon; a navigation it can still start is seen below.
    await options.evaluate(
      () =>
        new Promise((resolve) => {
          const image = new Image();
          image.onload = image.onerror = resolve;
          image.src = 'https://leak-image.example/pixel.png';
        }),
    );
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { create(o: { url: string }): Promise<unknown> } } }).chrome.tabs.create({
        url: 'https://leak-from-worker.example/',
      }),
    );
    await gmail.waitForTimeout(500);
    await browser.close();

    const leaks = foreignRequests(await readNetLog(browser.netLogPath), isMappedToFixtureServer);
    expect(leaks).toEqual(expect.arrayContaining(['https://leak-from-page.example/x', 'https://leak-from-worker.example/']));
    expect(leaks.filter((url) => /leak-(fetch|worker-fetch|image)/.test(url))).toEqual([]);
    // The fixture server's own traffic is not flagged, and it was there to be seen.
    expect(server.requests.some((request) => request.host === 'mail.google.com')).toBe(true);
    expect(leaks.some((url) => url.includes('mail.google.com'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { KEPT_KEY } from '../../lib/background/care-badge';
import { stopExtensionWorker } from '../harness/service-worker';
import { openGmailAt, useExtensionBrowser } from './setup';

describe('when the browser stops the extension service worker (as MV3 does after 30 s idle)', () => {
  const session = useExtensionBrowser('blocked');

  it('an open sidebar reconnects, still shows the customer, still logs and still follows the page', async () => {
    const { context, extensionId } = session().browser;
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');

    await stopExtensionWorker(context, gmail.page, extensionId);

    await sidebar.log('call', 'After the service worker restarted');
    await expect.poll(() => sidebar.timelineItems().first().textContent(), { timeout: 10_000 }).toContain(
      'After the service worker restarted',
    );
    expect(await sidebar.customerName().textContent()).toBe('王芳');

    // The content script's report port went with the old worker: the next page change opens a new one.
    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent(), { timeout: 10_000 }).toBe('Emily Carter');
    await gmail.page.close();
  });

  it('a worker started again shows the badge count the last one kept for today, without reading every care action', async () => {
    const { context, extensionId } = session().browser;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    type Chrome = { action: { getBadgeText(details: object): Promise<string> }; storage: { session: { set(items: object): Promise<void> } }; runtime: { sendMessage(message: object): Promise<unknown> } };
    const badge = () => options.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
    await expect.poll(badge, { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    const counted = await badge();
    // A count no recount would give: if the started worker shows it, it took the kept count.
    const kept = String(Number(counted) + 40);
    await options.evaluate(
      ({ key, total }) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.set({ [key]: { until: new Date().setHours(23, 59, 59, 999), total } }),
      { key: KEPT_KEY, total: Number(kept) },
    );

    await stopExtensionWorker(context, options, extensionId);
    // Any message starts it again, and it runs its start-up work.
    await options.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'settings/get' }));
    await expect.poll(badge, { timeout: 10_000 }).toBe(kept);
    await options.close();
  });
});

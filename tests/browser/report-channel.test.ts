import type { BrowserContext, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stopExtensionWorker } from '../harness/service-worker';
import { takeMarkCount } from './marks';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, openGmailAt, useExtensionBrowser } from './setup';

/** The extension's service worker as it runs now (a stopped one is replaced by a new Worker). */
const currentWorker = (context: BrowserContext, extensionId: string) =>
  context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));

/** How many reports came to the worker on a content script's MessagePort (lib/background/offered-ports.ts), clearing the count. */
const directReports = (worker: Worker) => takeMarkCount(worker, 'report:direct');

/** Switches conversations until a report reaches the worker on the MessagePort (the port is handed over once the frame has loaded). */
const reportsComeDirect = (gmail: GmailDemoPage, worker: Worker) =>
  expect
    .poll(
      async () => {
        await gmail.switchTo('emilyCarter');
        await gmail.switchTo('wangFang');
        return directReports(worker);
      },
      { timeout: 5_000 },
    )
    .toBeGreaterThan(0);

describe.each(STORAGE_MODES)('page reports on the MessagePort the sidebar frame hands the worker (third-party storage %s)', (storageMode) => {
  const session = useExtensionBrowser(storageMode);

  it('a page change reaches the worker on it, and the card follows', async () => {
    const { context, extensionId } = session().browser;
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');
    const worker = currentWorker(context, extensionId)!;
    // The frame has loaded: its port is handed over by now, or within moments.
    await reportsComeDirect(gmail, worker);

    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    expect(await directReports(worker)).toBeGreaterThan(0);
    await gmail.page.close();
  });
});

describe('page reports after the browser stopped the worker', () => {
  const session = useExtensionBrowser('blocked');

  it('reach the new worker on the runtime port, then on a new MessagePort', async () => {
    const { context, extensionId } = session().browser;
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');

    await stopExtensionWorker(context, gmail.page, extensionId);

    // The MessagePort went with the stopped worker: this change takes the runtime port, which starts a new one.
    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent(), { timeout: 10_000 }).toBe('Emily Carter');
    const worker = currentWorker(context, extensionId)!;
    await reportsComeDirect(gmail, worker);
    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    await gmail.page.close();
  });
});

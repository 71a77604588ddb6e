import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stopExtensionWorker } from '../harness/service-worker';
import { takeMarkCount } from './marks';
import type { GmailDemoPage } from './pages/gmail-page';
import { openGmailAt, useExtensionBrowser } from './setup';

/** How many views came to the sidebar frame on the MessagePort it offered the worker (lib/sidebar/connection.ts), clearing the count. */
const directViews = (frame: Frame) => takeMarkCount(frame, 'view:direct');

/** Switches conversations until a view reaches the frame on the MessagePort, the card following each switch. */
const viewsComeDirect = (gmail: GmailDemoPage, frame: Frame) =>
  expect
    .poll(
      async () => {
        await gmail.switchTo('emilyCarter');
        await expect.poll(() => frame.getByTestId('customer-name').textContent()).toBe('Emily Carter');
        await gmail.switchTo('wangFang');
        await expect.poll(() => frame.getByTestId('customer-name').textContent()).toBe('王芳');
        return directViews(frame);
      },
      { timeout: 5_000 },
    )
    .toBeGreaterThan(0);

describe('views on the MessagePort the sidebar offers the worker', () => {
  const session = useExtensionBrowser('blocked');

  it('come that way once offered, and again on a new one after the browser stopped the worker', async () => {
    const { context, extensionId } = session().browser;
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');
    const frame = sidebar.frame as Frame;
    await viewsComeDirect(gmail, frame);

    // The MessagePort went with the stopped worker: the sidebar reconnects, the new worker's views come on the
    // runtime port until the sidebar has offered it a new MessagePort, and no view is lost on the way.
    await stopExtensionWorker(context, gmail.page, extensionId);
    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent(), { timeout: 10_000 }).toBe('Emily Carter');
    await directViews(frame);
    await viewsComeDirect(gmail, frame);
    await gmail.page.close();
  });
});

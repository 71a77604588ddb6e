import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Stops the extension's service worker as Chromium stops an idle one: closes its DevTools target (through `page`'s
 * session, any page of the browser will do) and waits until it is gone. The next event starts a new worker.
 */
export async function stopExtensionWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  expect(worker, 'the extension has a running service worker').toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect
    .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker!.targetId), { timeout: 5_000 })
    .toBe(false);
  await cdp.detach();
}

import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { GmailDemoPage } from './pages/gmail-page';
import { useExtensionBrowser } from './setup';

describe('care actions across customers', () => {
  const session = useExtensionBrowser('blocked');
  const badge = () =>
    session().browser.serviceWorker.evaluate(async () => {
      const { action } = (globalThis as unknown as { chrome: typeof browser }).chrome;
      return action.getBadgeText({});
    });

  it('the toolbar badge counts what is due today and falls when one is done', async () => {
    await expect.poll(async () => Number(await badge()), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = Number(await badge());

    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'emilyCarter');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    const overdue = sidebar.frame.locator('[data-section="care"] li.overdue');
    await overdue.first().waitFor();
    // Her complaint has not been answered by a call: the rule raised it, in plain words.
    expect(await sidebar.frame.locator('[data-care-kind="complaint-response"]').count()).toBeGreaterThan(0);

    await overdue.first().getByRole('button', { name: /^Done: / }).click();
    await expect.poll(async () => Number(await badge())).toBeLessThan(before);
    await gmail.page.close();
  });
});

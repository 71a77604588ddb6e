import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('suggested care on the card (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('"Done" logs the contact and closes the suggestion; snooze puts one off', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const care = sidebar.frame.locator('[data-section="care"] li');
    const before = await care.count();
    expect(before).toBeGreaterThanOrEqual(2);
    const first = care.first();
    const kind = await first.getAttribute('data-care-kind');
    const reason = (await first.locator('div').first().textContent())!;

    await first.getByRole('button', { name: /^Done: / }).click();
    await expect.poll(() => care.count()).toBe(before - 1);
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(reason);
    expect(await sidebar.frame.locator(`[data-section="care"] li[data-care-kind="${kind}"]`).count()).toBe(0);

    await care.first().getByRole('button', { name: /^Snooze: / }).click();
    await sidebar.frame.getByRole('button', { name: 'Until next week' }).click();
    await expect.poll(() => care.count()).toBe(before - 2);
    await gmail.page.close();
  });
});

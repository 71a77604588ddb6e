import { describe, expect, it } from 'vitest';
import { STORAGE_MODES, openGmailAt, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('suggested care on the card (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('"Done" logs the contact and closes the suggestion; snooze puts one off', async () => {
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');
    const care = sidebar.frame.locator('[data-section="care"] li');
    expect(await care.count()).toBeGreaterThanOrEqual(2);
    const item = (id: string) => sidebar.frame.locator(`[data-section="care"] li[data-care-id="${id}"]`);

    // Logging a contact can also withdraw other suggestions whose cause it removes, so follow this one by id.
    const done = care.first();
    const doneId = (await done.getAttribute('data-care-id'))!;
    const reason = (await done.locator('div').first().textContent())!;
    await done.getByRole('button', { name: /^Done: / }).click();
    await expect.poll(() => item(doneId).count()).toBe(0);
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(reason);

    // Snooze one that no contact withdraws (greetings and thank-you calls keep their cause).
    const snoozed = sidebar.frame
      .locator('[data-section="care"] li:is([data-care-kind="thank-you-call"], [data-care-kind$="-greeting"])')
      .first();
    const snoozedId = (await snoozed.getAttribute('data-care-id'))!;
    await snoozed.getByRole('button', { name: /^Snooze: / }).click();
    await sidebar.frame.getByRole('button', { name: 'Until next week' }).click();
    await expect.poll(() => item(snoozedId).count()).toBe(0);
    await gmail.page.close();
  });

  it('a promise logged from the card comes back as a suggestion on its date', async () => {
    const { gmail, sidebar } = await openGmailAt(session(), 'wangFang', '王芳');
    await sidebar.frame.getByRole('button', { name: 'Promise…' }).click();
    const form = sidebar.frame.getByRole('form', { name: 'Log a promise we made to 王芳' });
    await form.getByLabel('What we promised').fill('Send the jade catalogue');
    await form.getByLabel('Due on').fill('2026-12-01');
    await form.getByRole('button', { name: 'Save promise' }).click();
    const promise = sidebar.frame.locator('[data-section="care"] li[data-care-kind="promise-due"]', { hasText: 'Send the jade catalogue' });
    // The care refresh after a log waits for a second without activity (CareService.refreshSoon): past poll's default 1 s.
    await expect.poll(() => promise.count(), { timeout: 5_000 }).toBe(1);
    expect(await promise.textContent()).toContain('2026-12-01');
    await gmail.page.close();
  });
});

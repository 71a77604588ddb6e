import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('one-click logging (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);
  const open = (thread: Parameters<typeof GmailDemoPage.open>[2]) =>
    GmailDemoPage.open(session().browser.context, session().browser.extensionId, thread);

  it('logs a call with the thread subject, shows it first, and offers undo', async () => {
    const gmail = await open('emilyCarter');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    const before = await sidebar.timelineItems().count();
    await sidebar.log('call', `Agreed new delivery date (${mode})`);
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(`Agreed new delivery date (${mode})`);
    const first = await sidebar.timelineItems().first().textContent();
    expect(first).toContain('Call');
    expect(first).toContain('Re: Room amenities order – delivery delay');
    expect(await sidebar.timelineItems().count()).toBe(Math.min(before + 1, 10));

    await sidebar.frame.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sidebar.timelineText().textContent()).not.toContain(`Agreed new delivery date (${mode})`);
    await gmail.page.close();
  });

  it('asks before logging the same thread twice, and logs again only when told to', async () => {
    const gmail = await open('emilyCarter');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    const summary = `Sent the quote again (${mode})`;
    const logged = () => sidebar.timelineItems().filter({ hasText: summary }).count();
    await sidebar.log('email', summary);
    await expect.poll(logged).toBe(1);
    await sidebar.log('email', summary);
    await expect.poll(() => sidebar.notice().textContent()).toContain('already logged');
    await sidebar.frame.getByRole('button', { name: 'Log again' }).click();
    await expect.poll(() => sidebar.notice().textContent()).toContain('E-mail logged');
    // Exactly two writes: the first log and the confirmed one, none for the question.
    await expect.poll(logged).toBe(2);
    await gmail.page.close();
  });

  it('keeps what was typed or logged for one customer off the next one when the page turns to them', async () => {
    const gmail = await open('wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const logged = `Samples sent (${mode} ${Date.now()})`;
    await sidebar.log('note', logged);
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(logged);
    await sidebar.frame.locator('.log input').fill('Half-typed for 王芳');

    await gmail.switchTo('emilyCarter');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    expect(await sidebar.frame.locator('.log input').inputValue()).toBe('');
    expect((await sidebar.notice().textContent())?.trim()).toBe('');
    expect(await sidebar.timelineText().textContent()).not.toContain(logged);
    expect(await sidebar.frame.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await gmail.page.close();
  });

  it("updates another tab's sidebar without a reload, and keeps the log across reload and browser restart", async () => {
    const first = await open('wangFang');
    const second = await open('wangFang');
    const firstSidebar = await first.sidebar();
    const secondSidebar = await second.sidebar();
    await secondSidebar.customerName().waitFor();
    const summary = `Confirmed spring order ${mode} ${Date.now()}`;
    await firstSidebar.log('meeting', summary);
    await expect.poll(() => secondSidebar.timelineItems().first().textContent(), { timeout: 2_000 }).toContain(summary);

    await second.page.reload();
    await expect.poll(async () => (await second.sidebar()).timelineItems().first().textContent()).toContain(summary);

    await session().restart();
    const afterRestart = await open('wangFang');
    const sidebar = await afterRestart.sidebar();
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(summary);
  });
});

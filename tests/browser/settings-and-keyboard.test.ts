import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('language and keyboard (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('switches an open sidebar to Chinese as soon as the setting changes', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.loyalty().textContent()).toContain('True loyal');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Language').selectOption('zh-CN');
    await expect.poll(() => options.getByTestId('options-status').textContent()).toBe('已保存。');

    await expect.poll(() => sidebar.loyalty().textContent()).toContain('真实忠诚');
    expect(await sidebar.frame.getByRole('button', { name: '记录电话' }).count()).toBe(1);
    await options.getByLabel('语言').selectOption('en');
    await expect.poll(() => sidebar.loyalty().textContent()).toContain('True loyal');
    await options.close();
    await gmail.page.close();
  });

  it('logs a contact from the keyboard alone', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    const summaryField = sidebar.frame.getByLabel('Summary (optional)');
    await summaryField.focus();
    await gmail.page.keyboard.type(`Keyboard only (${mode})`);
    await gmail.page.keyboard.press('Tab');
    await gmail.page.keyboard.press('Enter');
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(`Keyboard only (${mode})`);
    expect(await sidebar.timelineItems().first().textContent()).toContain('E-mail');
    await gmail.page.close();
  });
});

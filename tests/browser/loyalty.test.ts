import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, openGmailAt, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('loyalty on the card (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it("shows the computed type with its reason, and changes it after a purchase and a survey answer", async () => {
    const { gmail, sidebar } = await openGmailAt(session(), 'chenZhiqiang', '陈志强');
    const reason = sidebar.frame.getByTestId('loyalty-reason');
    await reason.waitFor();
    expect(await sidebar.frame.getByTestId('p-alive').textContent()).toMatch(/Still active: \d+%/);
    const why = sidebar.frame.locator('[data-section="loyalty"] details').first();

    // A second purchase doubles his repeat-purchase rate against his category buying: behaviourally loyal now.
    await sidebar.frame.getByRole('button', { name: 'Log purchase' }).click();
    await sidebar.frame.getByLabel('Amount').fill('88000');
    await sidebar.frame.getByRole('button', { name: 'Save purchase' }).click();
    await why.locator('summary').click();
    await expect.poll(() => why.textContent()).toMatch(/Repeat-purchase rate \d+(\.\d)?% \(high from 50%\)|Share of wallet \d+(\.\d)?% \(high from 50%\)/);

    // A poor survey answer then marks him as buying without liking us: spurious loyalty.
    await sidebar.frame.getByRole('button', { name: 'Log survey answer' }).click();
    await sidebar.frame.getByLabel('Would recommend us (1–5)').fill('1');
    await sidebar.frame.getByLabel('Would buy again (1–5)').fill('1');
    await sidebar.frame.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => reason.textContent()).toContain('Spurious loyal');
    expect(await why.textContent()).toContain('Attitude score 9.8 (high from 30)');
    // The badge shows the stored type: the answer and its rescoring commit together, so the badge agrees with
    // the reason in the very view that shows the reason.
    expect(await sidebar.loyalty().textContent()).toContain('Spurious loyal');
    await gmail.page.close();
  });

  it('rescores every customer when the company changes its thresholds, and refuses an invalid one', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.loyalty().textContent()).toContain('True loyal');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const threshold = options.getByLabel('Attitudinally loyal from (attitude score)');
    await threshold.fill('-5');
    await threshold.press('Tab');
    await expect.poll(() => options.getByTestId('options-status').textContent()).toContain('loyalty.attitudinalHighScore');
    // Her attitude score is in the forties; at 49 (the top of the default scale) she no longer counts as loyal in attitude.
    await threshold.fill('49');
    await threshold.press('Tab');
    await expect.poll(() => sidebar.loyalty().textContent()).toContain('Spurious loyal');
    await options.close();
    await gmail.page.close();
  });
});

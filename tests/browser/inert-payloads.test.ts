import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

/** Markup that would run script or add elements if anything inserted it as HTML. */
const PAYLOAD = {
  name: `<img src=x onerror="window.__pwned='name'">Mallory`,
  subject: `<script>window.__pwned='subject'</script><b>Quote</b>`,
  company: `<svg onload="window.__pwned='company'"></svg>Evil & Co`,
  summary: `<iframe srcdoc="<script>parent.__pwned='summary'</script>"></iframe>`,
};

/** A thread on the demo Gmail page whose sender and subject carry the payloads (gmail.js renders them as text). */
async function openPayloadThread(page: Page) {
  await page.evaluate(({ name, subject }) => {
    // gmail.js keeps its inbox in a top-level const: a global binding, not a property of window.
    const inbox = (0, eval)('threads') as unknown[];
    inbox.push({
      id: '18c2f0a1b2c3ffff',
      subject,
      messages: [{ from: [name, 'mallory@payload.example'], to: [['me', 'demo.sales@example.com']], body: subject }],
    });
    location.hash = '#inbox/18c2f0a1b2c3ffff';
  }, PAYLOAD);
}

/** Elements any of the payloads would have created, and whether any of their scripts ran. */
const injected = (frame: Frame | Page) =>
  frame.evaluate(() => ({
    elements: document.querySelectorAll('[onerror], [onload], img[src="x"], script:not([src]), iframe, b').length,
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
  }));

describe.each(STORAGE_MODES)('HTML and script in page text and customer fields (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('render as literal text in the sidebar: nothing injected, nothing run', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    await (await gmail.sidebar()).customerName().waitFor();
    await openPayloadThread(gmail.page);
    const sidebar = await gmail.sidebar();

    // The unknown sender, named by the page: added as a customer with a company that is a payload too.
    await sidebar.unknownPerson().waitFor();
    const form = sidebar.unknownPerson().locator('form');
    expect(await form.locator('input').first().inputValue()).toBe(PAYLOAD.name);
    await form.locator('input').nth(1).fill(PAYLOAD.company);
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe(PAYLOAD.name);

    await sidebar.log('note', PAYLOAD.summary);
    await expect.poll(() => sidebar.timelineText().textContent()).toContain(PAYLOAD.summary);
    const card = sidebar.frame.locator('article.card');
    for (const text of [PAYLOAD.name, PAYLOAD.subject, PAYLOAD.company, PAYLOAD.summary]) {
      expect(await card.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
    }
    expect(await injected(sidebar.frame)).toEqual({ elements: 0, pwned: null });
    // The content script adds nothing of the page's text to the page either.
    expect(await gmail.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    await gmail.page.close();
  });
});

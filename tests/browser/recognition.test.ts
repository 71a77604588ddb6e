import { describe, expect, it } from 'vitest';
import { DemoSitePage } from './pages/demo-site-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

describe.each(STORAGE_MODES)('recognition beyond Gmail (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);
  const open = (url: string) => DemoSitePage.open(session().browser.context, session().browser.extensionId, url);

  it('Outlook on the web: the sender of the open conversation, following the switch to another without a reload', async () => {
    const outlook = await open('https://outlook.office.com/mail/');
    await outlook.page.getByRole('option', { name: /Emily Carter/ }).click();
    const sidebar = await outlook.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    const sameDocument = await outlook.markDocument();
    await outlook.page.getByRole('option', { name: /陈志强/ }).click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('陈志强');
    expect(await sameDocument()).toBe(true);
    expect(outlook.page.url()).toContain('/mail/inbox/id/');
    await outlook.page.close();
  });

  it('Salesforce Lightning: the contact record, and the next record opened from its related list', async () => {
    const lightning = await open('https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAF/view');
    const sidebar = await lightning.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const sameDocument = await lightning.markDocument();
    await lightning.page.locator('a[data-contact-id="0035g00000Qm7RtAAJ"]:visible').first().click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    expect(await sameDocument()).toBe(true);
    await lightning.page.close();
  });
});

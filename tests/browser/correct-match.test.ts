import { describe, expect, it } from 'vitest';
import { GmailDemoPage } from './pages/gmail-page';
import { useExtensionBrowser } from './setup';

describe('correcting a recognition', () => {
  const session = useExtensionBrowser('blocked');

  it('links the sender to the customer the user names, and remembers it', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'unknownSender');
    const sidebar = await gmail.sidebar();
    await sidebar.unknownPerson().waitFor();

    // 李雷 writes from a new company; the user knows him as a contact of 陈志强's firm.
    await sidebar.frame.getByRole('button', { name: 'Link to an existing customer' }).click();
    await sidebar.frame.getByLabel('Search customers by name').fill('陈');
    await sidebar.frame.getByRole('button', { name: 'Link to 陈志强' }).click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('陈志强');

    // And the other way: the user says the card is wrong, and picks the right customer.
    await sidebar.frame.getByRole('button', { name: 'Not 陈志强? Link to another customer' }).click();
    await sidebar.frame.getByLabel('Search customers by name').fill('emily');
    await sidebar.frame.getByRole('button', { name: 'Link to Emily Carter' }).click();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');

    await gmail.page.reload();
    await expect.poll(async () => (await gmail.sidebar()).customerName().textContent()).toBe('Emily Carter');
    await gmail.page.close();
  });
});

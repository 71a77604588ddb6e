import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CustomerEditorPage } from './pages/customer-editor-page';
import { GmailDemoPage } from './pages/gmail-page';
import type { SidebarPanel } from './pages/sidebar-panel';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

const customerIdOf = async (sidebar: SidebarPanel) => (await sidebar.frame.locator('article.card').getAttribute('data-customer-id'))!;
/** The message tied to a field through aria-describedby, as a screen reader reads it; null while there is none. */
async function fieldError(sidebar: SidebarPanel, field: Locator): Promise<string | null> {
  const id = await field.getAttribute('aria-describedby');
  return id ? sidebar.frame.locator(`[id="${id}"]`).textContent({ timeout: 1_000 }) : null;
}
const cardHeader = (sidebar: SidebarPanel) => sidebar.frame.locator('.card-header');

describe.each(STORAGE_MODES)('editing customer files (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);
  const open = (thread: Parameters<typeof GmailDemoPage.open>[2]) =>
    GmailDemoPage.open(session().browser.context, session().browser.extensionId, thread);
  const editor = (customerId: string) => CustomerEditorPage.open(session().browser.context, session().browser.extensionId, customerId);

  it('quick edit on the card: Enter saves, Escape cancels, a bad field shows its error; "Open full file" opens the options page', async () => {
    const gmail = await open('emilyCarter');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    const edit = sidebar.frame.getByRole('button', { name: 'Edit profile of Emily Carter' });
    const quick = sidebar.frame.getByTestId('quick-edit');

    await edit.click();
    await quick.getByLabel('Job title').fill('Director of Purchasing');
    await quick.getByLabel('Job title').press('Escape');
    await expect.poll(() => quick.count()).toBe(0);
    expect(await cardHeader(sidebar).textContent()).not.toContain('Director of Purchasing');

    await edit.click();
    await quick.getByLabel('Name', { exact: true }).fill(' ');
    await quick.getByLabel('Job title').fill('Director of Purchasing');
    await quick.getByLabel('Job title').press('Enter');
    const name = quick.getByLabel('Name', { exact: true });
    await expect.poll(() => fieldError(sidebar, name)).toBe('Required.');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await sidebar.customerName().textContent()).toBe('Emily Carter');
    expect(await cardHeader(sidebar).textContent()).not.toContain('Director of Purchasing');

    await name.fill('Emily Carter');
    await quick.getByLabel('Tier').selectOption('A');
    await name.press('Enter');
    await expect.poll(() => cardHeader(sidebar).textContent()).toContain('Director of Purchasing');
    expect(await cardHeader(sidebar).textContent()).toContain('Tier A');
    expect(await quick.count()).toBe(0);

    // An address that leads to another customer is refused on its field, naming who has it.
    await edit.click();
    await quick.getByLabel('Add an e-mail address').fill('wang.fang@jinlong-jewellery.cn');
    await quick.getByLabel('Add an e-mail address').press('Enter');
    await expect
      .poll(() => fieldError(sidebar, quick.getByLabel('Add an e-mail address')))
      .toBe('Already belongs to 王芳. Merge the two files instead.');
    await quick.getByLabel('Add an e-mail address').fill('');
    await quick.getByLabel('Add a phone number').fill('+44 20 7946 0018');
    await quick.getByLabel('Add a phone number').press('Enter');
    await expect.poll(() => quick.count()).toBe(0);

    const opened = session().browser.context.waitForEvent('page');
    await sidebar.frame.getByRole('link', { name: 'Open full file' }).click();
    const file = CustomerEditorPage.of(await opened);
    await expect.poll(() => file.heading().textContent()).toBe('Emily Carter');
    expect(await file.field('Job title').inputValue()).toBe('Director of Purchasing');
    await expect.poll(() => file.identities().allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('+44 20 7946 0018')]));
    await file.page.close();
    await gmail.page.close();
  });

  it('a full-form edit in the options page shows at once in an open sidebar; an invalid field stores nothing', async () => {
    const gmail = await open('wangFang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    const form = await editor(await customerIdOf(sidebar));

    await form.field('Value to us (profit per year)').fill('lots');
    await form.field('Job title').fill('总经理');
    await form.save();
    await expect.poll(() => form.errorOf('Value to us (profit per year)')).toBe('Enter a number.');
    expect(await form.status().textContent()).toContain('Not saved');
    // Nothing was written: neither the bad field nor the good one beside it.
    await form.page.reload();
    await form.heading().waitFor();
    expect(await form.field('Job title').inputValue()).toBe('采购总监');
    expect(await cardHeader(sidebar).textContent()).toContain('采购总监');

    await form.field('Job title').fill('总经理');
    await form.field('Likes').fill(`翡翠\n普洱茶 ${mode}`);
    await form.save();
    await expect.poll(() => form.status().textContent()).toBe('Saved.');
    await expect.poll(() => cardHeader(sidebar).textContent(), { timeout: 2_000 }).toContain('总经理');
    expect(await sidebar.frame.locator('[data-section="preferences"]').textContent()).toContain(`普洱茶 ${mode}`);
    await form.page.close();
    await gmail.page.close();
  });

  it('two editors changing the same field: the second is told it changed elsewhere, and chooses', async () => {
    const gmail = await open('wangFang');
    const sidebar = await gmail.sidebar();
    const id = await customerIdOf(sidebar);
    const first = await editor(id);
    const second = await editor(id);

    await first.field('Location').fill('广州');
    await first.save();
    await expect.poll(() => first.status().textContent()).toBe('Saved.');

    // A different field merges without a word.
    await second.field('Sales channel').fill(`门店 ${mode}`);
    await second.save();
    await expect.poll(() => second.status().textContent()).toBe('Saved.');
    expect(await second.field('Location').inputValue()).toBe('广州');

    // The same field is refused with the conflict, and nothing is lost until the user chooses.
    await first.field('Location').fill('上海');
    await first.save();
    await expect.poll(() => first.status().textContent()).toBe('Saved.');
    await second.field('Location').fill('杭州');
    await second.save();
    await expect.poll(() => second.conflict().textContent()).toContain('Changed elsewhere while you were editing: Location');
    await expect.poll(() => sidebar.frame.locator('[data-section="profile"]').textContent()).toContain('上海');

    await second.page.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect.poll(() => second.status().textContent()).toBe('Saved.');
    await expect.poll(() => sidebar.frame.locator('[data-section="profile"]').textContent()).toContain('杭州');
    await Promise.all([first.page.close(), second.page.close(), gmail.page.close()]);
  });

  it('an edit in the options page while the card is being edited in the sidebar: the sidebar is told, not overwritten', async () => {
    const gmail = await open('chenZhiqiang');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('陈志强');
    await sidebar.frame.getByRole('button', { name: 'Edit profile of 陈志强' }).click();
    const quick = sidebar.frame.getByTestId('quick-edit');
    await quick.getByLabel('Job title').fill(`销售总监 ${mode}`);

    const form = await editor(await customerIdOf(sidebar));
    await form.field('Job title').fill(`总经理 ${mode}`);
    await form.save();
    await expect.poll(() => form.status().textContent()).toBe('Saved.');

    await quick.getByLabel('Job title').press('Enter');
    await expect.poll(() => quick.getByTestId('edit-conflict').textContent()).toContain('Job title');
    expect(await cardHeader(sidebar).textContent()).toContain(`总经理 ${mode}`);
    // Reload takes their title for the clashing field (edits of other fields would be kept).
    await quick.getByRole('button', { name: 'Reload their version' }).click();
    expect(await quick.getByLabel('Job title').inputValue()).toBe(`总经理 ${mode}`);
    await quick.getByLabel('Job title').press('Escape');
    await Promise.all([form.page.close(), gmail.page.close()]);
  });

  it('merging two customers gives one card with both addresses and both histories', async () => {
    // 李雷 writes from a new company address; the user adds him, logs a call, then sees he is 陈志强's contact file.
    const li = await open('unknownSender');
    const liSidebar = await li.sidebar();
    await liSidebar.unknownPerson().getByRole('button', { name: 'Add as customer' }).click();
    await expect.poll(() => liSidebar.customerName().textContent()).toBe('李雷');
    await liSidebar.log('call', `Asked for samples (${mode})`);
    await expect.poll(() => liSidebar.timelineItems().first().textContent()).toContain(`Asked for samples (${mode})`);

    const chen = await open('chenZhiqiang');
    const chenSidebar = await chen.sidebar();
    await expect.poll(() => chenSidebar.customerName().textContent()).toBe('陈志强');
    const form = await editor(await customerIdOf(chenSidebar));
    await form.mergeIn('li.lei@example-prospect.cn', '李雷');
    await expect.poll(() => form.status().textContent()).toBe('Merged.');
    await expect.poll(() => form.identities().allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('li.lei@example-prospect.cn'), expect.stringContaining('chen.zq@xihu-trading.com.cn')]),
    );

    // Both pages now show the one customer, with the call logged from 李雷's address.
    await expect.poll(() => liSidebar.customerName().textContent()).toBe('陈志强');
    await expect.poll(() => chenSidebar.timelineText().textContent()).toContain(`Asked for samples (${mode})`);
    await Promise.all([form.page.close(), li.page.close(), chen.page.close()]);
  });

  it('delete asks first, then the sender is no longer recognised; undo recognises them again', async () => {
    const gmail = await open('emilyCarter');
    const sidebar = await gmail.sidebar();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    const form = await editor(await customerIdOf(sidebar));

    await form.page.getByRole('button', { name: 'Delete Emily Carter…' }).click();
    await form.page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await sidebar.customerName().textContent()).toBe('Emily Carter');

    await form.deleteCustomer('Emily Carter');
    await sidebar.unknownPerson().waitFor();
    expect(await sidebar.unknownPerson().textContent()).toContain('emily.carter@harbourhotels.com');

    await form.undoDelete();
    await expect.poll(() => sidebar.customerName().textContent()).toBe('Emily Carter');
    expect(await form.status().textContent()).toBe('Restored.');
    await Promise.all([form.page.close(), gmail.page.close()]);
  });
});

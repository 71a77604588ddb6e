import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The options page opened on one customer's full file (#customer=<id>), as a user sees it. */
export class CustomerEditorPage {
  private constructor(readonly page: Page) {}

  static url(extensionId: string, customerId: string): string {
    return `chrome-extension://${extensionId}/options.html#customer=${customerId}`;
  }

  static async open(context: BrowserContext, extensionId: string, customerId: string): Promise<CustomerEditorPage> {
    const page = await context.newPage();
    await page.goto(CustomerEditorPage.url(extensionId, customerId));
    const editor = new CustomerEditorPage(page);
    await editor.heading().waitFor();
    return editor;
  }

  /** An editor page that something else (the sidebar's link) opened. */
  static of(page: Page): CustomerEditorPage {
    return new CustomerEditorPage(page);
  }

  private editor(): Locator {
    return this.page.locator('article.editor');
  }

  heading(): Locator {
    return this.page.getByTestId('editor-name');
  }

  /** A field of the file by its visible label, e.g. "Job title" or "Value to us (profit per year)". */
  field(label: string): Locator {
    return this.editor().locator('form').first().getByLabel(label, { exact: true });
  }

  /** The message shown under a field, found the way assistive technology finds it: through aria-describedby. */
  async errorOf(label: string): Promise<string | null> {
    const field = this.field(label);
    if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
    const describedBy = await field.getAttribute('aria-describedby');
    return describedBy ? this.page.locator(`[id="${describedBy}"]`).textContent() : null;
  }

  /** Clicks Save and waits until that save has been answered (saved, refused or in conflict). */
  async save(): Promise<void> {
    const attempts = async () => Number(await this.editor().getAttribute('data-save-attempts'));
    const before = await attempts();
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    for (let waited = 0; (await attempts()) === before; waited += 20) {
      if (waited > 5_000) throw new Error('the save was not answered');
      await this.page.waitForTimeout(20);
    }
  }

  status(): Locator {
    return this.page.getByTestId('editor-status');
  }

  conflict(): Locator {
    return this.page.getByTestId('edit-conflict');
  }

  identities(): Locator {
    return this.page.getByTestId('edit-identities').locator('li');
  }

  async mergeIn(search: string, otherName: string): Promise<void> {
    const merge = this.page.getByTestId('merge-customer');
    await merge.getByLabel('Find the other file by name, e-mail or phone').fill(search);
    await merge.getByRole('button', { name: `Merge ${otherName} into this file…` }).click();
    await merge.getByRole('button', { name: `Merge ${otherName}`, exact: true }).click();
  }

  async deleteCustomer(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}…` }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await this.page.getByTestId('deleted-notice').waitFor();
  }

  async undoDelete(): Promise<void> {
    await this.page.getByTestId('deleted-notice').getByRole('button', { name: 'Undo' }).click();
    await this.heading().waitFor();
  }
}

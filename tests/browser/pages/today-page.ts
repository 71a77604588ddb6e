import type { BrowserContext, Page } from 'playwright-core';

/** The Today page: due and overdue care actions across customers. */
export class TodayPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<TodayPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/today.html`);
    const today = new TodayPage(page);
    await today.count().filter({ hasNotText: /Loading/ }).waitFor();
    return today;
  }

  count() {
    return this.page.getByTestId('today-count');
  }

  items() {
    return this.page.locator('.agenda-item');
  }

  /** The items of one customer, by the name their file link shows. */
  itemsOf(name: string) {
    return this.items().filter({ has: this.page.getByRole('link', { name: `Open the file of ${name}` }) });
  }

  group(group: 'overdue' | 'today' | 'upcoming') {
    return this.page.locator(`section[data-group="${group}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search customer, company or reason').fill(text);
    await this.settled();
  }

  async filterTier(tier: 'A' | 'B' | 'C' | 'all'): Promise<void> {
    await this.page.getByLabel('Tier').selectOption(tier);
    await this.settled();
  }

  /** The answer to the filters just set is shown: the background filters, once typing has settled. */
  async settled(): Promise<void> {
    // Busy from the change until its answer; a very quick answer may come before this looks.
    await this.page.locator('main[aria-busy="true"]').waitFor({ timeout: 2_000 }).catch(() => undefined);
    await this.page.locator('main[aria-busy="false"]').waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.count().filter({ hasNotText: /Loading/ }).waitFor();
  }
}

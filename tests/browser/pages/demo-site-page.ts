import type { BrowserContext, Page } from 'playwright-core';
import { SidebarPanel } from './sidebar-panel';

/** Any demo site of tests/fixtures/sites (Outlook, Salesforce, …) with the extension's sidebar on it. */
export class DemoSitePage {
  private constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  static async open(context: BrowserContext, extensionId: string, url: string): Promise<DemoSitePage> {
    const page = await context.newPage();
    await page.goto(url);
    return new DemoSitePage(page, extensionId);
  }

  sidebar(): Promise<SidebarPanel> {
    return SidebarPanel.find(this.page, this.extensionId);
  }

  /** Whether the last navigation kept the same document (a single-page app's pushState), as the user would not notice a reload. */
  async markDocument(): Promise<() => Promise<boolean>> {
    await this.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    return () => this.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
  }
}

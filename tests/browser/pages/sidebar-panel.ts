import type { Frame, Page } from 'playwright-core';
import { sidebarFrame } from '../../harness/extension-pages';

/** The sidebar as a user sees it inside its frame. */
export class SidebarPanel {
  private constructor(readonly frame: Frame | Page) {}

  /** The sidebar frame beside a host page. */
  static async find(page: Page, extensionId: string): Promise<SidebarPanel> {
    return new SidebarPanel(await sidebarFrame(page, extensionId));
  }

  /** The side panel page (or any extension page showing the sidebar at top level). */
  static inPage(page: Page): SidebarPanel {
    return new SidebarPanel(page);
  }

  customerName() {
    return this.frame.getByTestId('customer-name');
  }

  loyalty() {
    return this.frame.getByTestId('loyalty');
  }

  timelineItems() {
    return this.frame.locator('[data-testid="timeline"] > li');
  }

  timelineText() {
    return this.frame.locator('[data-section="timeline"]');
  }

  async log(type: 'email' | 'call' | 'meeting' | 'note', summary?: string): Promise<void> {
    if (summary !== undefined) await this.frame.locator('.log input').fill(summary);
    await this.frame.locator(`[data-log="${type}"]`).click();
  }

  notice() {
    return this.frame.locator('.log [role="status"]');
  }

  unknownPerson() {
    return this.frame.getByTestId('unknown-person');
  }

  collapseButton() {
    return this.frame.locator('.topbar button');
  }

  /** Every theme the frame's page has taken since its first script, in order (GmailDemoPage.open with watchSidebarThemes). */
  themesTaken(): Promise<string[]> {
    return this.frame.evaluate(() => (window as unknown as { __themesTaken: string[] }).__themesTaken);
  }

  theme(): Promise<string | null> {
    return this.frame.evaluate(() => document.documentElement.dataset.theme ?? null);
  }

  /** The colour the sidebar's page is painted in, and whether its styles came with the page (no sheet linked). */
  painted(): Promise<{ background: string; linkedSheets: number; inlineSheets: number }> {
    return this.frame.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      linkedSheets: document.querySelectorAll('link[rel="stylesheet"]').length,
      inlineSheets: [...document.styleSheets].filter((sheet) => sheet.ownerNode instanceof HTMLStyleElement && sheet.cssRules.length > 0).length,
    }));
  }
}

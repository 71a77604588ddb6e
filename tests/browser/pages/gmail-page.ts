import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_THREADS, gmailThreadUrl } from '../../harness/demo-pages';
import { SidebarPanel } from './sidebar-panel';

type DemoThread = keyof typeof DEMO_THREADS;

/**
 * Run in every frame before its own scripts; in the sidebar's, it records each value the root's data-theme takes.
 * A string, not a function, so that no name the test runner's compiler adds to functions is needed in the frame.
 */
const SIDEBAR_THEME_WATCH = `
  if (location.protocol === 'chrome-extension:') {
    const taken = (window.__themesTaken = []);
    new MutationObserver(() => {
      const theme = document.documentElement.dataset.theme;
      if (theme !== taken.at(-1)) taken.push(theme);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] }); // the root may not exist yet
  }
`;

/** The demo Gmail page (tests/fixtures/sites/mail.google.com) with the extension's sidebar on it. */
export class GmailDemoPage {
  private constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  /** watchSidebarThemes: record every theme the sidebar frame's page takes, from its first script on (see SidebarPanel.themesTaken). */
  static async open(context: BrowserContext, extensionId: string, thread: DemoThread, theme?: 'dark', options: { watchSidebarThemes?: boolean } = {}) {
    const page = await context.newPage();
    if (options.watchSidebarThemes) await page.addInitScript(SIDEBAR_THEME_WATCH);
    await page.goto(gmailThreadUrl(DEMO_THREADS[thread], theme));
    return new GmailDemoPage(page, extensionId);
  }

  sidebar(): Promise<SidebarPanel> {
    return SidebarPanel.find(this.page, this.extensionId);
  }

  /** Opens another conversation the way a user does in Gmail: no reload, only the hash changes. */
  async switchTo(thread: DemoThread): Promise<void> {
    await this.page.locator(`a[href="#inbox/${DEMO_THREADS[thread]}"]`).click();
  }

  /**
   * The collapsed tab lives in a closed shadow root, out of reach of selectors (and of
   * the host page): find it where a user does, at the middle of the right edge.
   */
  async collapsedTabPoint(): Promise<{ x: number; y: number; isOurs: boolean }> {
    return this.page.evaluate(() => {
      const x = window.innerWidth - 10;
      const y = window.innerHeight / 2;
      const hit = document.elementFromPoint(x, y);
      return { x, y, isOurs: !!hit?.matches('[data-customer-care-sidebar]') };
    });
  }

  async clickCollapsedTab(): Promise<void> {
    const { x, y } = await this.collapsedTabPoint();
    await this.page.mouse.click(x, y);
  }

  marginRight(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.style.marginRight);
  }

  /** Whether a click at the centre of the host's own control reaches it (nothing of ours on top). */
  async isHostControlClickable(selector: string): Promise<boolean> {
    return this.page.evaluate((sel) => {
      const element = document.querySelector(sel)!;
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return box.right <= window.innerWidth && !!hit && (hit === element || element.contains(hit));
    }, selector);
  }
}

import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CUSTOM_CRM_TEST_HOST } from '../../harness/browser';

type Chrome = typeof import('wxt/browser').browser;

/** The options page's "Your own CRM sites", as a user works it (English labels). */
export class CustomSitesOptions {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<CustomSitesOptions> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('link', { name: 'Your own CRM sites' }).click();
    await page.getByRole('heading', { name: 'Your own CRM sites' }).waitFor();
    return new CustomSitesOptions(page);
  }

  field() {
    return this.page.getByLabel('Site address');
  }

  fieldError() {
    return this.page.locator('[data-field-error="custom-site"]');
  }

  status() {
    return this.page.getByTestId('custom-sites-status');
  }

  /** The hosts in the list of allowed sites, as shown. */
  async listedSites(): Promise<string[]> {
    if ((await this.page.getByTestId('custom-sites-empty').count()) > 0) return [];
    return this.page.locator('[data-testid="custom-sites"] li > span').allTextContents();
  }

  /** Types an address and presses Allow (a real click: the browser's request needs the user's gesture). */
  async allow(address: string): Promise<void> {
    await this.field().fill(address);
    await this.page.getByRole('button', { name: 'Allow', exact: true }).click();
  }

  async remove(host: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove access to ${host}` }).click();
  }
}

/**
 * Grants a host the way a user can without our prompt, which headless Chromium cannot show or click:
 * the extension's details page (chrome://extensions/?id=…) records it through its own
 * developerPrivate API (Site access → add a site). Chromium keeps it as a runtime grant, so the
 * extension's next permissions.request of that origin is answered yes without a prompt.
 */
export async function grantInSiteAccess(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const details = await context.newPage();
  await details.goto(`chrome://extensions/?id=${extensionId}`);
  await details.evaluate(
    ([id, origin]) =>
      (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, origin),
    [extensionId, pattern] as const,
  );
  await details.close();
}

/** What the service worker sees: the granted origins and our registered scripts. */
export const backgroundState = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => {
    const { permissions, scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const scripts = await scripting.getRegisteredContentScripts();
    return {
      origins: (await permissions.getAll()).origins ?? [],
      scripts: scripts.map(({ id, matches, js }) => ({ id, matches, js })),
    };
  });

/** The test's own CRM (tests/fixtures/sites/crm.example-custom.test): a single-page app of contacts. */
export class CustomCrmPage {
  private constructor(readonly page: Page) {}

  static readonly origin = `https://${CUSTOM_CRM_TEST_HOST}`;

  static async open(context: BrowserContext, slug: string): Promise<CustomCrmPage> {
    const page = await context.newPage();
    await page.goto(`${CustomCrmPage.origin}/contacts/${slug}`);
    return new CustomCrmPage(page);
  }

  /** Opens a contact the way the app does: pushState, no reload. */
  async openContact(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Contacts' }).getByRole('link', { name, exact: true }).click();
  }

  /**
   * The browser's id of this tab, as the side panel is bound to it: the active tab once this page is in
   * front (its URL is not ours to query until the site is granted).
   */
  async tabId(serviceWorker: Worker): Promise<number> {
    await this.page.bringToFront();
    return serviceWorker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    });
  }

  /** Anything of ours inside the page: the sidebar frame or its host element. */
  async ourElementsInPage(): Promise<number> {
    const frames = this.page.frames().filter((frame) => frame.url().startsWith('chrome-extension://')).length;
    return frames + (await this.page.locator('[data-customer-care-sidebar]').count());
  }
}

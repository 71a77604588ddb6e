import { describe, expect, it } from 'vitest';
import { CUSTOM_CRM_TEST_HOST } from '../harness/browser';
import { backgroundState, CustomCrmPage, CustomSitesOptions, grantInSiteAccess } from './pages/custom-sites-page';
import { SidebarPanel } from './pages/sidebar-panel';
import { useExtensionBrowser } from './setup';

const PATTERN = `https://${CUSTOM_CRM_TEST_HOST}/*`;
const customOrigins = (origins: string[]) => origins.filter((origin) => origin.includes('example'));

// The side panel is a top-level extension page, so third-party storage blocking does not matter here: one mode.
describe('your own CRM sites', () => {
  const session = useExtensionBrowser('blocked');

  it('refuses what is not one https site with the reason on the field, and asks the browser for nothing', async () => {
    const { context, extensionId, serviceWorker } = session().browser;
    const options = await CustomSitesOptions.open(context, extensionId);
    const refusals: [string, string][] = [
      [`http://${CUSTOM_CRM_TEST_HOST}`, 'Only https:// sites can be added.'],
      ['mail.google.com', 'This site is built in already: it needs no access from you.'],
      ['*', 'Too broad: name one site, or one company’s domain as *.example.com, not every site.'],
      [`${CUSTOM_CRM_TEST_HOST}:8443`, 'Leave out the port: access is given for the whole host name.'],
      ['crm', 'This is not a site address. Enter a host name such as crm.example.com.'],
    ];
    for (const [input, reason] of refusals) {
      await options.allow(input);
      await expect.poll(() => options.fieldError().textContent()).toBe(reason);
      expect(await options.field().getAttribute('aria-invalid')).toBe('true');
    }
    expect(await options.listedSites()).toEqual([]);
    expect(customOrigins((await backgroundState(serviceWorker)).origins)).toEqual([]);
    await options.page.close();
  });

  it('a granted site is listed and read, the side panel follows its navigation, and Remove takes it all back', async () => {
    const { context, extensionId, serviceWorker } = session().browser;
    expect((await backgroundState(serviceWorker)).scripts).toEqual([]);

    // The CRM is open before the user adds it: nothing reads it, so its side panel knows no page.
    const crm = await CustomCrmPage.open(context, 'wang-fang');
    const tabId = await crm.tabId(serviceWorker);
    // The browser's side panel cannot be opened headless; the same page, pinned to the tab, is.
    const panelPage = await context.newPage();
    await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const panel = SidebarPanel.inPage(panelPage);
    await expect.poll(() => panelPage.getByTestId('empty-state').textContent()).toBe('No customer recognised on this page.');

    // Headless Chromium cannot show our prompt: the user's yes is recorded on the extension's details page first.
    await grantInSiteAccess(context, extensionId, PATTERN);
    const options = await CustomSitesOptions.open(context, extensionId);
    await options.allow(`https://${CUSTOM_CRM_TEST_HOST}/contacts/wang-fang`);
    await expect.poll(() => options.status().textContent()).toContain(`Access to ${CUSTOM_CRM_TEST_HOST} allowed.`);
    expect(await options.fieldError().count()).toBe(0);
    await expect.poll(() => options.listedSites()).toEqual([CUSTOM_CRM_TEST_HOST]);
    await expect.poll(async () => (await backgroundState(serviceWorker)).scripts).toEqual([
      { id: 'custom-crm-sites', matches: [PATTERN], js: ['custom-site.js'] },
    ]);

    // The tab that was open is read at once, with nothing of ours inside the page (the frame is for built-in sites only).
    await expect.poll(() => panel.customerName().textContent()).toBe('王芳');
    expect(await crm.ourElementsInPage()).toBe(0);
    await crm.openContact('Emily Carter');
    await expect.poll(() => panel.customerName().textContent()).toBe('Emily Carter');
    await crm.page.goBack();
    await expect.poll(() => panel.customerName().textContent()).toBe('王芳');

    // A page loaded after the grant gets the registered script.
    const second = await CustomCrmPage.open(context, 'emily-carter');
    await panelPage.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${await second.tabId(serviceWorker)}`);
    await expect.poll(() => panel.customerName().textContent()).toBe('Emily Carter');
    expect(await second.ourElementsInPage()).toBe(0);

    await options.page.bringToFront();
    await options.remove(CUSTOM_CRM_TEST_HOST);
    await expect.poll(() => options.status().textContent()).toBe(`Access to ${CUSTOM_CRM_TEST_HOST} removed.`);
    await expect.poll(() => options.listedSites()).toEqual([]);
    await expect.poll(() => backgroundState(serviceWorker)).toMatchObject({ scripts: [] });
    expect(customOrigins((await backgroundState(serviceWorker)).origins)).toEqual([]);

    // The reader still in the open tab stops: a new contact there is no longer reported.
    await panelPage.reload();
    await expect.poll(() => panelPage.getByTestId('empty-state').count()).toBe(1);
    await second.openContact('王芳');
    await panelPage.waitForTimeout(500); // far longer than the reader's 40 ms settling: a report would have landed
    expect(await panel.customerName().count()).toBe(0);

    await panelPage.close();
    await second.page.close();
    await crm.page.close();
    await options.page.close();
  });
});

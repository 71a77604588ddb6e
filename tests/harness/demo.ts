/**
 * npm run demo [-- --headless --screenshot FILE.png] [--page today] [--theme dark] [--locale zh-CN]
 * Builds the extension, serves the demo mail pages under their real host names,
 * opens Chromium with the extension and the bundled demo data loaded.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './browser';
import { buildExtension } from './build';
import { DEMO_THREADS, gmailThreadUrl } from './demo-pages';
import { loadDemoDataThroughOptions, openPage, sidebarFrame } from './extension-pages';
import { startFixtureServer } from './https-server';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    theme: { type: 'string' },
    locale: { type: 'string', default: 'en-US' },
    /** Open the Today page (care due across customers) instead of the mail page. */
    page: { type: 'string', default: 'mail' },
  },
});

if (!values['skip-build']) buildExtension();
const server = await startFixtureServer();
const browser = await launchWithExtension({
  serverPort: server.port,
  headless: values.headless || !!values.screenshot,
  locale: values.locale,
});
await loadDemoDataThroughOptions(browser);
let page: Page;
if (values.page === 'today') {
  page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: values.theme === 'dark' ? 'dark' : 'light' });
  await page.goto(`chrome-extension://${browser.extensionId}/today.html`);
  await page.locator('.agenda-item').first().waitFor();
} else {
  page = await openPage(browser.context, gmailThreadUrl(DEMO_THREADS.wangFang, values.theme === 'dark' ? 'dark' : undefined));
  const sidebar = await sidebarFrame(page, browser.extensionId);
  await sidebar.getByTestId('customer-name').waitFor();
}

if (values.screenshot) {
  const file = path.resolve(values.screenshot);
  await page.screenshot({ path: file });
  console.log(`screenshot written to ${file}`);
  await browser.close();
  await server.close();
} else {
  console.log('Demo running: the mail page shows a known customer; switch threads in the inbox list.');
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}

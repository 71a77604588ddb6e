import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Loads the bundled demo data through the options page's own button, as a user would. */
export async function loadDemoDataThroughOptions(browser: ExtensionBrowser): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // The settings' sections appear above the demo button once the background answers: clicked before that, the
  // button can move under the click, and the click land on something else (two CI runs timed out so).
  await options.locator('#general-heading').waitFor();
  await options.locator('[data-action="load-demo"]').click();
  // Any answer, so that a refusal fails here with its text rather than as a bare timeout.
  const status = options.getByTestId('options-status');
  await status.filter({ hasText: /\S/ }).waitFor();
  const text = (await status.textContent()) ?? '';
  if (!/\d+/.test(text)) throw new Error(`loading the demo data answered: ${text}`);
  await options.close();
}

/** The sidebar's frame on a host page (it sits in a closed shadow root, so it is found by URL) once `isWanted` says so. */
async function pollSidebarFrame(page: Page, isWanted: (frame: Frame) => Promise<boolean>, timeout: number, failure: () => string): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`chrome-extension://`) && candidate.url().includes('/sidebar.html'));
    if (frame && (await isWanted(frame))) return frame;
    if (Date.now() > deadline) throw new Error(failure());
    await page.waitForTimeout(50);
  }
}

/** The sidebar's frame on a host page, once the sidebar is ready. */
export function sidebarFrame(page: Page, extensionId: string, timeout = 10_000): Promise<Frame> {
  const ready = async (frame: Frame) => (await frame.locator('.sidebar[data-ready="true"]').count()) > 0;
  return pollSidebarFrame(page, ready, timeout, () => `no ready sidebar on ${page.url()} for extension ${extensionId}`);
}

/** The sidebar's frame as soon as the page has it, whatever it shows (a probe's stand-in page is never ready). */
export function sidebarFrameAttached(page: Page, timeout = 10_000): Promise<Frame> {
  return pollSidebarFrame(page, async () => true, timeout, () => `no sidebar frame on ${page.url()}`);
}

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

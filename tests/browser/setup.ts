import { afterAll, beforeAll, expect } from 'vitest';
import { isMappedToFixtureServer, launchWithExtension, type ExtensionBrowser, type LaunchOptions, type StorageMode } from '../harness/browser';
import { loadDemoDataThroughOptions } from '../harness/extension-pages';
import { startFixtureServer, type FixtureServer } from '../harness/https-server';
import { foreignRequests, readNetLog } from '../harness/net-log';
import { GmailDemoPage } from './pages/gmail-page';

/** Both ways a user's browser may treat storage in our cross-site sidebar frame; every feature must work in both. */
export const STORAGE_MODES: StorageMode[] = ['blocked', 'allowed'];

export interface Session {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** Closes the browser and opens it again on the same profile. */
  restart(): Promise<void>;
}

/**
 * One fixture server and one Chromium with the built extension and the demo data, for a describe block.
 * When the block ends it asserts that nothing — page, extension page or service worker — asked for
 * any host but the local fixture server's, from Chromium's net-log of every launch.
 */
export function useExtensionBrowser(storageMode: StorageMode, options: Partial<LaunchOptions> = {}): () => Session {
  let session: Session | undefined;
  const netLogs: string[] = [];
  beforeAll(async () => {
    const server = await startFixtureServer();
    const launch = async (userDataDir?: string) => {
      const browser = await launchWithExtension({ serverPort: server.port, storageMode, userDataDir, ...options });
      netLogs.push(browser.netLogPath);
      return browser;
    };
    const browser = await launch();
    await loadDemoDataThroughOptions(browser);
    session = {
      server,
      browser,
      async restart() {
        await this.browser.close();
        this.browser = await launch(this.browser.userDataDir);
      },
    };
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
    for (const log of netLogs) {
      expect(foreignRequests(await readNetLog(log), isMappedToFixtureServer), `requests off the machine in ${log}`).toEqual([]);
    }
  });
  return () => {
    if (!session) throw new Error('the browser did not start');
    return session;
  };
}

/** A demo Gmail conversation in a new tab, once its sidebar shows `customer`: the opening most tests share. */
export async function openGmailAt(session: Session, thread: Parameters<typeof GmailDemoPage.open>[2], customer: string) {
  const gmail = await GmailDemoPage.open(session.browser.context, session.browser.extensionId, thread);
  const sidebar = await gmail.sidebar();
  await expect.poll(() => sidebar.customerName().textContent()).toBe(customer);
  return { gmail, sidebar };
}

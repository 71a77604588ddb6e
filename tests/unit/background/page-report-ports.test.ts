import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { acceptReportPort } from '../../../lib/background/page-reports';
import { SettingsCache } from '../../../lib/background/settings-cache';
import { TabPages } from '../../../lib/background/tab-pages';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/repository';

/** A port as the browser hands the background one: messages in through its listeners, posts and disconnects recorded. */
function fakePort(sender: Browser.runtime.MessageSender) {
  const listeners: ((raw: unknown) => void)[] = [];
  const posted: unknown[] = [];
  const port = {
    name: 'page-reports',
    sender,
    onMessage: { addListener: (listener: (raw: unknown) => void) => listeners.push(listener) },
    postMessage: (message: unknown) => posted.push(message),
    disconnect: vi.fn(),
  };
  return { port: port as unknown as Browser.runtime.Port, posted, disconnect: port.disconnect, receive: (raw: unknown) => listeners.forEach((l) => l(raw)) };
}

const contentScript = (frameId = 0): Browser.runtime.MessageSender => ({
  id: browser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/#inbox/18c2f0a1b2c3d4e5',
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId,
});
const report = (url: string) => ({ type: 'page/report', url, theme: 'dark', context: null });

let db: CustomerDatabase;
let pages: TabPages;
let settings: SettingsCache;
beforeEach(() => {
  db = openCustomerDatabase(`report-ports-${crypto.randomUUID()}`);
  pages = new TabPages();
  settings = new SettingsCache(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe("the content script's page-report port", () => {
  it('takes each report as the tab’s page and answers each on the same port with the user’s language', async () => {
    await updateSettings(db, { language: 'zh-CN' });
    const { port, posted, receive } = fakePort(contentScript());
    acceptReportPort(port, { pages, hints: new Map(), settings });
    receive(report('https://mail.google.com/mail/u/0/#inbox/1'));
    receive(report('https://mail.google.com/mail/u/0/#inbox/2'));
    await expect.poll(() => posted.length).toBe(2);
    expect(posted).toEqual([{ locale: 'zh-CN' }, { locale: 'zh-CN' }]);
    expect(pages.get(7)).toMatchObject({ url: 'https://mail.google.com/mail/u/0/#inbox/2', theme: 'dark' });
  });

  it('closes a port from a sub-frame without taking anything from it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { port, disconnect, receive } = fakePort(contentScript(3));
    acceptReportPort(port, { pages, hints: new Map(), settings });
    receive(report('https://mail.google.com/'));
    expect(disconnect).toHaveBeenCalled();
    expect(pages.get(7)).toBeUndefined();
    expect(warn.mock.calls.join(' ')).toMatch(/rejected page report port/);
  });

  it('refuses a malformed report with the reason logged, keeps the port and the page before it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { port, posted, disconnect, receive } = fakePort(contentScript());
    acceptReportPort(port, { pages, hints: new Map(), settings });
    receive(report('https://mail.google.com/mail/u/0/#inbox/1'));
    receive({ ...report('https://mail.google.com/x'), theme: 'blue' });
    await expect.poll(() => posted.length).toBe(1);
    expect(warn.mock.calls.join(' ')).toMatch(/rejected page report.*theme/);
    expect(disconnect).not.toHaveBeenCalled();
    expect(pages.get(7)?.url).toBe('https://mail.google.com/mail/u/0/#inbox/1');
  });
});

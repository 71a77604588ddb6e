import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { acceptReportPort } from '../../../lib/background/page-reports';
import { OfferedPorts } from '../../../lib/background/offered-ports';
import { SettingsCache } from '../../../lib/background/settings-cache';
import { TabPages } from '../../../lib/background/tab-pages';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/repository';

/** A port as the browser hands the background one: messages in through its listeners, posts and disconnects recorded. */
function fakePort(sender: Browser.runtime.MessageSender) {
  const listeners: ((raw: unknown) => void)[] = [];
  const dropListeners: (() => void)[] = [];
  const posted: unknown[] = [];
  const port = {
    name: 'page-reports',
    sender,
    onMessage: { addListener: (listener: (raw: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => dropListeners.push(listener) },
    postMessage: (message: unknown) => posted.push(message),
    disconnect: vi.fn(),
  };
  return {
    port: port as unknown as Browser.runtime.Port,
    posted,
    disconnect: port.disconnect,
    receive: (raw: unknown) => listeners.forEach((l) => l(raw)),
    drop: () => dropListeners.forEach((l) => l()),
  };
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
    acceptReportPort(port, { pages, hints: new Map(), settings, offeredPorts: new OfferedPorts() });
    receive(report('https://mail.google.com/mail/u/0/#inbox/1'));
    receive(report('https://mail.google.com/mail/u/0/#inbox/2'));
    await expect.poll(() => posted.length).toBe(2);
    expect(posted).toEqual([{ type: 'locale', locale: 'zh-CN', key: expect.any(Number) }, { type: 'locale', locale: 'zh-CN', key: expect.any(Number) }]);
    expect(pages.get(7)).toMatchObject({ url: 'https://mail.google.com/mail/u/0/#inbox/2', theme: 'dark' });
  });

  it('closes a port from a sub-frame without taking anything from it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { port, disconnect, receive } = fakePort(contentScript(3));
    acceptReportPort(port, { pages, hints: new Map(), settings, offeredPorts: new OfferedPorts() });
    receive(report('https://mail.google.com/'));
    expect(disconnect).toHaveBeenCalled();
    expect(pages.get(7)).toBeUndefined();
    expect(warn.mock.calls.join(' ')).toMatch(/rejected page report port/);
  });

  it('refuses a malformed report with the reason logged, keeps the port and the page before it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { port, posted, disconnect, receive } = fakePort(contentScript());
    acceptReportPort(port, { pages, hints: new Map(), settings, offeredPorts: new OfferedPorts() });
    receive(report('https://mail.google.com/mail/u/0/#inbox/1'));
    receive({ ...report('https://mail.google.com/x'), theme: 'blue' });
    await expect.poll(() => posted.length).toBe(1);
    expect(warn.mock.calls.join(' ')).toMatch(/rejected page report.*theme/);
    expect(disconnect).not.toHaveBeenCalled();
    expect(pages.get(7)?.url).toBe('https://mail.google.com/mail/u/0/#inbox/1');
  });
});

describe('the MessagePort a content script hands over through its sidebar frame', () => {
  const numbered = (url: string, seq: number) => ({ ...report(url), seq });
  /** A runtime port accepted, the key its first answer gave, and what each tab page change called. */
  async function acceptedWithKey() {
    const directPorts = new OfferedPorts();
    const runtime = fakePort(contentScript());
    acceptReportPort(runtime.port, { pages, hints: new Map(), settings, offeredPorts: directPorts });
    runtime.receive(numbered('https://mail.google.com/mail/u/0/#inbox/1', 1));
    await expect.poll(() => runtime.posted.length).toBe(1);
    const { key } = runtime.posted[0] as { key: number };
    const changes: string[] = [];
    pages.onChange((tabId) => changes.push(pages.get(tabId)!.url));
    return { directPorts, runtime, key, changes };
  }

  it('takes a report from the port given with the key as the tab’s page, and its copy on the runtime port not again', async () => {
    const { directPorts, runtime, key, changes } = await acceptedWithKey();
    const { port1, port2 } = new MessageChannel();
    expect(directPorts.adopt({ type: 'report-port', key }, [port2])).toBe(true);
    port1.postMessage(numbered('https://mail.google.com/mail/u/0/#inbox/2', 2));
    await expect.poll(() => changes).toEqual(['https://mail.google.com/mail/u/0/#inbox/2']);
    runtime.receive(numbered('https://mail.google.com/mail/u/0/#inbox/2', 2));
    // A copy that comes late after a newer report does not take the tab back either.
    port1.postMessage(numbered('https://mail.google.com/mail/u/0/#inbox/3', 3));
    await expect.poll(() => changes.length).toBe(2);
    runtime.receive(numbered('https://mail.google.com/mail/u/0/#inbox/2', 2));
    await expect.poll(() => runtime.posted.length).toBe(3);
    expect(changes).toEqual(['https://mail.google.com/mail/u/0/#inbox/2', 'https://mail.google.com/mail/u/0/#inbox/3']);
    expect(pages.get(7)?.url).toBe('https://mail.google.com/mail/u/0/#inbox/3');
    port1.close();
  });

  it('refuses a port offered without a key it gave (a host page posting to the frame), and one after its content script left', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { directPorts, runtime, key, changes } = await acceptedWithKey();
    const forged = new MessageChannel();
    expect(directPorts.adopt({ type: 'report-port', key: key + 1 }, [forged.port2])).toBe(false);
    expect(directPorts.adopt({ type: 'report-port' }, [forged.port2])).toBe(false);
    // The key is for a report port: offered as a port for a sidebar's views, it is refused.
    expect(directPorts.adopt({ type: 'view-port', key }, [forged.port2])).toBe(false);
    forged.port1.postMessage(numbered('https://mail.google.com/forged', 5));
    expect(warn.mock.calls.join(' ')).toMatch(/rejected an offered port/);

    const { port1, port2 } = new MessageChannel();
    expect(directPorts.adopt({ type: 'report-port', key }, [port2])).toBe(true);
    runtime.drop();
    port1.postMessage(numbered('https://mail.google.com/after-drop', 6));
    expect(directPorts.adopt({ type: 'report-port', key }, [new MessageChannel().port2])).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toEqual([]);
    expect(pages.get(7)?.url).toBe('https://mail.google.com/mail/u/0/#inbox/1');
    forged.port1.close();
    port1.close();
  });
});

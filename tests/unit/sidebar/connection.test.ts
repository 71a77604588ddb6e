import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { SidebarView } from '../../../lib/messaging/protocol';
import { connectSidebar } from '../../../lib/sidebar/connection';

const offered: { type: string; key: number; port: MessagePort }[] = [];
vi.mock('../../../lib/sidebar/offer-port', () => ({
  offerPortToWorker: (type: string, key: number, port: MessagePort) => offered.push({ type, key, port }),
}));

/** The sidebar's runtime port as the browser hands it: messages in through its listeners. */
function fakeRuntimePort() {
  const listeners: ((raw: unknown) => void)[] = [];
  const port = {
    name: 'sidebar',
    onMessage: { addListener: (listener: (raw: unknown) => void) => listeners.push(listener), removeListener: () => undefined },
    onDisconnect: { addListener: () => undefined, removeListener: () => undefined },
    postMessage: () => undefined,
    disconnect: () => undefined,
  };
  return { port, receive: (raw: unknown) => listeners.forEach((listener) => listener(raw)) };
}

const view = (subject: string): SidebarView => ({
  locale: 'en',
  theme: 'light',
  page: { site: 'gmail', kind: 'thread', subject, url: 'https://mail.google.com/mail/u/0/#inbox/1' },
  people: [],
  card: null,
});

let runtime: ReturnType<typeof fakeRuntimePort>;
beforeEach(() => {
  offered.length = 0;
  runtime = fakeRuntimePort();
  vi.spyOn(browser.runtime, 'connect').mockReturnValue(runtime.port as never);
});
afterEach(() => vi.restoreAllMocks());

describe("the sidebar's connection to the worker", () => {
  it('offers a MessagePort with the key the worker gave, shows the views that come on it, and none older than one shown', async () => {
    const shown: (string | undefined)[] = [];
    const connection = connectSidebar((next) => shown.push(next.page?.subject));
    runtime.receive({ type: 'view', view: view('first'), seq: 1 });
    runtime.receive({ type: 'view-port', key: 42 });
    expect(offered.map(({ type, key }) => [type, key])).toEqual([['view-port', 42]]);

    // The worker's end of the offered port.
    const worker = offered[0]!.port;
    worker.postMessage({ type: 'view', view: view('third'), seq: 3 });
    await expect.poll(() => shown).toEqual(['first', 'third']);
    // A view sent on the runtime port before the worker took the MessagePort, arriving after a newer one.
    runtime.receive({ type: 'view', view: view('second'), seq: 2 });
    worker.postMessage({ type: 'view', view: view('fourth'), seq: 4 });
    await expect.poll(() => shown).toEqual(['first', 'third', 'fourth']);
    connection.close();
  });

  it('refuses a message on the MessagePort that is no valid view, as on the runtime port', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const shown: (string | undefined)[] = [];
    const connection = connectSidebar((next) => shown.push(next.page?.subject));
    runtime.receive({ type: 'view-port', key: 7 });
    const worker = offered[0]!.port;
    worker.postMessage({ type: 'view', view: { ...view('forged'), locale: 'fr' }, seq: 1 });
    worker.postMessage({ type: 'view', view: view('real'), seq: 2 });
    await expect.poll(() => shown).toEqual(['real']);
    expect(warn.mock.calls.join(' ')).toMatch(/rejected background message/);
    connection.close();
  });
});

import { afterEach, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from '../../../lib/messaging/content-protocol';
import { openReportChannel } from '../../../lib/sidebar-host/report-channel';

/** Ports as the browser opens them for runtime.connect: what each carried, and a way to drop each from the far end. */
function fakeConnect() {
  const opened: { name: string; posted: unknown[]; drop(): void; reply(raw: unknown): void; disconnected: boolean }[] = [];
  vi.spyOn(browser.runtime, 'connect').mockImplementation(((info: { name: string }) => {
    const onMessage: ((raw: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const record = {
      name: info.name,
      posted: [] as unknown[],
      disconnected: false,
      drop: () => onDisconnect.forEach((listener) => listener()),
      reply: (raw: unknown) => onMessage.forEach((listener) => listener(raw)),
    };
    opened.push(record);
    return {
      name: info.name,
      postMessage: (message: unknown) => record.posted.push(message),
      disconnect: () => (record.disconnected = true),
      onMessage: { addListener: (listener: (raw: unknown) => void) => onMessage.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    } as unknown as Browser.runtime.Port;
  }) as never);
  return opened;
}

const report = (n: number): PageReport => ({ type: 'page/report', url: `https://mail.google.com/#inbox/${n}`, theme: 'light', context: null });

afterEach(() => vi.restoreAllMocks());

it('sends every report on one port, hands the background’s answers on, and opens a new port after the old one dropped', () => {
  const ports = fakeConnect();
  const replies: unknown[] = [];
  const channel = openReportChannel((raw) => replies.push(raw), () => false);
  channel.send(report(1));
  channel.send(report(2));
  expect(ports).toHaveLength(1);
  expect(ports[0]!.name).toBe('page-reports');
  expect(ports[0]!.posted).toEqual([{ ...report(1), seq: 1 }, { ...report(2), seq: 2 }]);
  ports[0]!.reply({ locale: 'zh-CN' });
  expect(replies).toEqual([{ locale: 'zh-CN' }]);

  // The service worker stopped: the browser closed the port from its end.
  ports[0]!.drop();
  channel.send(report(3));
  expect(ports).toHaveLength(2);
  expect(ports[1]!.posted).toEqual([{ ...report(3), seq: 3 }]);

  channel.close();
  expect(ports[1]!.disconnected).toBe(true);
});

it('stays quiet when the extension is gone (reloaded or updated) and connecting throws', () => {
  vi.spyOn(browser.runtime, 'connect').mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
  const channel = openReportChannel(() => undefined, () => false);
  expect(() => channel.send(report(1))).not.toThrow();
  expect(() => channel.close()).not.toThrow();
});

it('sends each report on the MessagePort the frame took as well, offers one per key, and drops it with the runtime port', async () => {
  const ports = fakeConnect();
  const offers: { key: number; port: MessagePort }[] = [];
  let frameReady = false;
  const offer = (key: number, port: MessagePort) => frameReady && offers.push({ key, port }) > 0;
  const channel = openReportChannel(() => undefined, offer);
  channel.send(report(1));
  channel.useKey(1);
  expect(offers).toHaveLength(0); // The frame was not loaded: offered again later.
  frameReady = true;
  channel.useKey(1);
  channel.useKey(1);
  expect(offers).toHaveLength(1);
  expect(offers[0]!.key).toBe(1);
  const received: unknown[] = [];
  offers[0]!.port.onmessage = (event) => received.push(event.data);
  channel.send(report(2));
  await expect.poll(() => received).toEqual([{ ...report(2), seq: 2 }]);
  expect(ports[0]!.posted.at(-1)).toEqual({ ...report(2), seq: 2 });

  // The worker stopped: its end of the MessagePort went with it, and a new worker gives a new key.
  ports[0]!.drop();
  channel.send(report(3));
  expect(ports[1]!.posted).toEqual([{ ...report(3), seq: 3 }]);
  channel.useKey(2);
  expect(offers).toHaveLength(2);
  channel.close();
  offers[1]!.port.close();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(received).toEqual([{ ...report(2), seq: 2 }]);
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryKeeper } from '../../../lib/background/history-keeper';
import { CareService } from '../../../lib/background/care-service';
import { AgendaCache } from '../../../lib/background/agenda-cache';
import { createMessageDispatcher } from '../../../lib/background/dispatch';
import { STORAGE_FULL_MESSAGE } from '../../../lib/background/errors';
import { LoyaltyService } from '../../../lib/background/loyalty-service';
import { SettingsCache } from '../../../lib/background/settings-cache';
import { TabPages } from '../../../lib/background/tab-pages';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer } from '../../../lib/db/repository';
import { startSidebarHost } from '../../../lib/sidebar-host/start';

type Sender = Browser.runtime.MessageSender;
const optionsPage = (): Sender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
const contentScript = (frameId = 0): Sender => ({
  id: browser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/#inbox/18c2f0a1b2c3d4e5',
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId,
});
const otherExtension = (): Sender => ({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' });
const goodReport = { type: 'page/report', url: 'https://mail.google.com/', theme: 'light', context: null };

let db: CustomerDatabase;
let pages: TabPages;
let agenda: AgendaCache;
let dispatch: ReturnType<typeof createMessageDispatcher>;
beforeEach(async () => {
  db = openCustomerDatabase(`dispatch-${crypto.randomUUID()}`);
  pages = new TabPages();
  agenda = new AgendaCache(db);
  dispatch = createMessageDispatcher({ db, agenda, pages, hints: new Map(), loyalty: new LoyaltyService(db), care: new CareService(db), settings: new SettingsCache(db), histories: new HistoryKeeper(db) });
  await createCustomer(db, { name: '王芳' } as Parameters<typeof createCustomer>[1], [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  agenda.close();
  await db.delete();
});

/** Every row of every table, to show that a refused message changed nothing at all. */
const snapshot = async () => JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));

/** Sends like the browser does and waits for the answer, if the listener gives one. */
async function send(raw: unknown, sender: Sender): Promise<{ answered: unknown; warned: string }> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  let answered: unknown;
  const done = new Promise<void>((resolve) => {
    const keptOpen = dispatch(raw, sender, (response) => {
      answered = response;
      resolve();
    });
    if (!keptOpen && answered === undefined) resolve();
  });
  await done;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const warned = warn.mock.calls.map((call) => call.join(' ')).join('\n');
  warn.mockRestore();
  return { answered, warned };
}

describe('the background refuses malformed and misdirected messages, with a logged reason and no effect', () => {
  it.each([
    ['an unknown type from the options page', { type: 'customer/delete-all' }, optionsPage, /type/],
    ['a bare string', 'demo/load', optionsPage, /value/],
    ['null', null, optionsPage, /value/],
    ['a log for a customer id that is not a UUID', { type: 'interaction/log', customerId: '1', interactionType: 'call' }, optionsPage, /customerId/],
    ['a customer with markup for an address', { type: 'customer/create', name: '<b>x</b>', email: '<img src=x>' }, optionsPage, /email/],
    ['a settings patch out of range', { type: 'settings/update', patch: { duplicateLogWindowMinutes: 99999 } }, optionsPage, /duplicateLogWindowMinutes/],
    ['a search of 10,000 characters', { type: 'customer/search', query: 'x'.repeat(10_000) }, optionsPage, /query/],
    ['a valid request from the content script (a page cannot make it ask)', { type: 'demo/load' }, () => contentScript(), /demo\/load/],
    ['a malformed page report from the content script', { ...goodReport, theme: 'blue' }, () => contentScript(), /theme/],
    ['a valid request from another extension', { type: 'demo/load' }, otherExtension, /may not send/],
    ['a valid request from a web page in a frame', { type: 'customer/create', name: 'Eve', email: 'eve@example.com' }, () => contentScript(3), /may not send/],
  ])('%s', async (_case, raw, sender, reason) => {
    const before = await snapshot();
    const { answered, warned } = await send(raw, sender());
    expect(answered).toMatchObject({ ok: false, error: expect.stringMatching(/.+/) });
    expect(warned).toMatch(/rejected/);
    expect(warned).toMatch(reason);
    expect(await snapshot()).toBe(before);
  });

  it('a page report from a sub-frame is ignored, logged, and not taken for the tab’s page', async () => {
    const { answered, warned } = await send(goodReport, contentScript(2));
    expect(answered).toBeUndefined();
    expect(warned).toMatch(/rejected page report/);
    expect(pages.get(7)).toBeUndefined();
  });

  it('the same requests, well-formed and from our own page, do take effect (so the checks above can fail)', async () => {
    const before = await snapshot();
    const { answered } = await send({ type: 'customer/create', name: 'Eve', email: 'eve@example.com' }, optionsPage());
    expect(answered).toMatchObject({ ok: true, value: { name: 'Eve' } });
    expect(await snapshot()).not.toBe(before);
    await send(goodReport, contentScript());
    expect(pages.get(7)?.url).toBe('https://mail.google.com/');
  });

  it('a page report whose context fails its schema is kept without the context, with a logged reason', async () => {
    const context = { site: 'gmail', kind: 'thread', people: [{ name: 'x'.repeat(5000), role: 'from' }], externalIds: [] };
    const { answered, warned } = await send({ ...goodReport, context }, contentScript());
    expect(answered).toMatchObject({ locale: expect.any(String) });
    expect(warned).toMatch(/without its invalid context.*name/);
    expect(pages.get(7)).toMatchObject({ url: 'https://mail.google.com/', context: null });
  });
});

describe("the content script's handler", () => {
  it('ignores a message of the wrong shape with a logged reason, and obeys a valid one', async () => {
    fakeBrowser.reset();
    const running = new AbortController();
    await startSidebarHost(document, window, () => null, running.signal);
    const margin = document.documentElement.style.marginRight;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const invalid = [
      { type: 'sidebar/destroy' },
      { type: 'sidebar/set-state', state: 'maximised' },
      'sidebar/toggle',
      null,
      { type: 'sidebar/set-state' },
      { type: 'locale' },
    ];
    for (const raw of invalid) {
      await fakeBrowser.runtime.onMessage.trigger(raw, {}, () => undefined);
    }
    expect(warn).toHaveBeenCalledTimes(invalid.length);
    expect(warn.mock.calls[1]!.join(' ')).toMatch(/state/);
    expect(warn.mock.calls[4]!.join(' ')).toMatch(/sidebar\/set-state without its field/);
    expect(document.documentElement.style.marginRight).toBe(margin);
    expect(document.querySelector('[data-customer-care-sidebar]')).not.toBeNull();

    await fakeBrowser.runtime.onMessage.trigger({ type: 'sidebar/set-state', state: 'hidden' }, {}, () => undefined);
    expect(document.documentElement.style.marginRight).not.toBe(margin);
    running.abort();
  });
});

describe('when the browser’s storage is full', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each([
    ['a contact log (one row)', () => vi.spyOn(db.interactions, 'add').mockImplementation(() => Promise.reject(quotaError()) as never), 'interaction/log'],
    // The purchase row is written first; the customer's update then fails: the purchase must not stay.
    ['a purchase (a row, then its customer)', () => vi.spyOn(db.customers, 'update').mockImplementation(() => Promise.reject(quotaError()) as never), 'purchase/log'],
  ] as const)('%s: the user is told plainly, and nothing is partly written', async (_case, fillUp, type) => {
    const customer = (await db.customers.toArray())[0]!;
    const before = await snapshot();
    fillUp();
    const raw =
      type === 'interaction/log'
        ? { type, customerId: customer.id, interactionType: 'call', summary: 'quota' }
        : { type, customerId: customer.id, amount: 120, currency: 'CNY', product: 'jade' };
    const { answered } = await send(raw, optionsPage());
    expect(answered).toEqual({ ok: false, error: STORAGE_FULL_MESSAGE });
    vi.restoreAllMocks();
    expect(await snapshot()).toBe(before);
  });
});

describe('page reports from the reader of the user’s own CRM sites', () => {
  const customSite = (frameId = 0): Sender => ({
    id: browser.runtime.id,
    url: 'https://crm.example-custom.test/contacts/wang-fang',
    tab: { id: 9 } as Browser.tabs.Tab,
    frameId,
  });
  const customReport = {
    type: 'page/report',
    url: 'https://crm.example-custom.test/contacts/wang-fang',
    theme: 'light',
    context: { site: 'any-page', kind: 'other', people: [{ email: 'wang.fang@jinlong-jewellery.cn', role: 'mentioned' }], externalIds: [] },
  };

  it('are taken as the tab’s page and answered with the locale, like a page read on demand', async () => {
    const { answered } = await send(customReport, customSite());
    expect(answered).toMatchObject({ locale: expect.stringMatching(/^(en|zh-CN)$/) });
    expect(pages.get(9)?.context?.people[0]?.email).toBe('wang.fang@jinlong-jewellery.cn');
  });

  it('are refused from a frame inside that site', async () => {
    const { warned } = await send(customReport, customSite(4));
    expect(warned).toMatch(/rejected page report/);
    expect(pages.get(9)).toBeUndefined();
  });
});

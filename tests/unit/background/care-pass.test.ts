import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CareService, PASS_KEY, REFRESHED_KEY } from '../../../lib/background/care-service';
import { DEFAULT_CARE_SETTINGS } from '../../../lib/care/settings';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logInteraction, updateSettings } from '../../../lib/db/repository';

const HOUR = 3_600_000;
let db: CustomerDatabase;
/** The customers' ids in the order a pass takes them. */
let ids: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(browser, 'action', 'get').mockReturnValue({ setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} } as never);
  db = openCustomerDatabase(`care-pass-${crypto.randomUUID()}`);
  ids = [];
  for (const name of ['Emily Carter', 'Wang Fang', 'Li Wei', 'Sarah Jones', 'Zhang Min']) {
    const { id } = await createCustomer(db, { name, tier: 'B' }, []);
    await logInteraction(db, { customerId: id, type: 'complaint', summary: `late delivery for ${name}` }, Date.now() - 2 * 24 * HOUR);
    ids.push(id);
  }
  ids.sort();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Live causes by customer, of one rule's kind ("complaint", "rhythm"…). */
async function causesOf(kind: string): Promise<Map<string, string[]>> {
  const byCustomer = new Map<string, string[]>();
  for (const row of await db.careActions.toArray()) {
    if (row.deletedAt !== undefined || !row.cause?.startsWith(`${kind}:`)) continue;
    byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), row.cause]);
  }
  return byCustomer;
}

const liveActions = async () => (await db.careActions.toArray()).filter((row) => row.deletedAt === undefined).map((row) => row.id).sort();

describe('a care pass over the whole base, page by page', () => {
  it('gives every customer of every page their suggestions, as one page would', async () => {
    await new CareService(db, 2).refreshAll();
    const complaints = await causesOf('complaint');
    expect([...complaints.keys()].sort()).toEqual(ids);
    expect([...(await causesOf('rhythm')).values()].map((causes) => causes.length)).toEqual([1, 1, 1, 1, 1]);
    const afterPages = await liveActions();
    // A pass in one page finds nothing to add or withdraw.
    await new CareService(db, 1000).refreshAll();
    expect(await liveActions()).toEqual(afterPages);
  });

  it('records how far it got after each page, and that it finished', async () => {
    const recorded: unknown[] = [];
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (PASS_KEY in items) recorded.push((items[PASS_KEY] as { afterId: string }).afterId);
      return set(items);
    });
    const now = Date.now();
    await new CareService(db, 2).refreshAll(now);
    expect(recorded).toEqual([ids[1], ids[3], ids[4]]);
    const stored = await browser.storage.local.get([PASS_KEY, REFRESHED_KEY]);
    expect(stored[PASS_KEY]).toBeUndefined();
    expect(stored[REFRESHED_KEY]).toBe(now);
  });

  it('goes on after the last page done when the worker stopped in the middle of a pass', async () => {
    const startedAt = Date.now() - HOUR;
    await browser.storage.local.set({ [PASS_KEY]: { startedAt, afterId: ids[1] } });
    await new CareService(db, 2).refreshIfStale();
    expect([...(await causesOf('complaint')).keys()].sort()).toEqual(ids.slice(2));
    // Fresh from when the pass began, not from when it ended.
    expect((await browser.storage.local.get(REFRESHED_KEY))[REFRESHED_KEY]).toBe(startedAt);
    expect((await browser.storage.local.get(PASS_KEY))[PASS_KEY]).toBeUndefined();
  });

  it('starts over when the unfinished pass is too old to count', async () => {
    await browser.storage.local.set({ [PASS_KEY]: { startedAt: Date.now() - 7 * HOUR, afterId: ids[3] } });
    await new CareService(db, 2).refreshIfStale();
    expect([...(await causesOf('complaint')).keys()].sort()).toEqual(ids);
  });

  it("lets a change's refresh in between two pages instead of after the whole pass", async () => {
    const care = new CareService(db, 1);
    let passDone = false;
    const pass = care.refreshAll().then(() => (passDone = true));
    await logInteraction(db, { customerId: ids[4]!, type: 'call', summary: 'called back' });
    await care.refresh([ids[4]!]);
    expect(passDone).toBe(false);
    await pass;
    // The call answered the complaint, and the pass's later page did not bring it back.
    expect((await causesOf('complaint')).has(ids[4]!)).toBe(false);
  });

  it('starts again from the first page when asked for a pass while one runs, so that no page keeps the old settings', async () => {
    // The pass is held after its first page, where it records its progress.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const firstPageDone = new Promise<void>((resolve) => {
      const set = browser.storage.local.set.bind(browser.storage.local);
      vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
        if (PASS_KEY in items) {
          resolve();
          await held;
        }
        return set(items);
      });
    });
    const care = new CareService(db, 1);
    const first = care.refreshAll();
    await firstPageDone;
    expect((await causesOf('complaint')).has(ids[0]!)).toBe(true);
    await updateSettings(db, { care: { ...DEFAULT_CARE_SETTINGS, disabled: ['open-complaints'] } });
    const second = care.refresh();
    release();
    await Promise.all([first, second]);
    expect((await causesOf('complaint')).size).toBe(0);
    expect((await causesOf('rhythm')).size).toBe(5);
  });
});

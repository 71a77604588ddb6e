import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CareService, REFRESHED_KEY } from '../../../lib/background/care-service';
import { dismissCareAction } from '../../../lib/db/care-actions';
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
    await new CareService(db, { pageSize: 2 }).refreshAll();
    const complaints = await causesOf('complaint');
    expect([...complaints.keys()].sort()).toEqual(ids);
    expect([...(await causesOf('rhythm')).values()].map((causes) => causes.length)).toEqual([1, 1, 1, 1, 1]);
    const afterPages = await liveActions();
    // A pass in one page finds nothing to add or withdraw.
    await new CareService(db, { pageSize: 1000 }).refreshAll();
    expect(await liveActions()).toEqual(afterPages);
  });

  it('leaves alone a customer whose own refresh ran after the pass read the base', async () => {
    const care = new CareService(db, { pageSize: 1 });
    let passDone = false;
    const pass = care.refreshAll().then(() => (passDone = true));
    // A call answers the complaint after the pass has read the base, and its refresh comes before that customer's page.
    await logInteraction(db, { customerId: ids[4]!, type: 'call', summary: 'called back' });
    await care.refresh([ids[4]!]);
    expect(passDone).toBe(false);
    await pass;
    expect((await causesOf('complaint')).has(ids[4]!)).toBe(false);
    expect((await causesOf('rhythm')).get(ids[4]!)).toHaveLength(1);
  });

  it('does not withdraw over an action the user closed after the pass read it', async () => {
    await new CareService(db).refreshAll();
    const complaint = (await db.careActions.toArray()).find((row) => row.customerId === ids[4] && row.cause?.startsWith('complaint:'))!;
    // A call answers the complaint, so the next pass withdraws its open action, as it read it.
    await db.interactions.add({ ...(await db.interactions.toArray())[0]!, id: crypto.randomUUID(), customerId: ids[4]!, type: 'call', at: Date.now() });
    const care = new CareService(db, { pageSize: 1 });
    const pass = care.refreshAll();
    await dismissCareAction(db, complaint.id, 'sorted out by phone');
    await pass;
    const after = await db.careActions.get(complaint.id);
    expect(after).toMatchObject({ status: 'dismissed', dismissedBecause: 'sorted out by phone' });
    expect(after?.deletedAt).toBeUndefined();
  });

  it('starts again from the first page when asked for a pass while one runs, so that no page keeps the old settings', async () => {
    // A change's refresh holds the queue, in the badge's update, so that the pass's pages wait behind it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(browser, 'action', 'get').mockReturnValue({ setBadgeText: () => held, setBadgeBackgroundColor: async () => {} } as never);
    const care = new CareService(db, { pageSize: 1 });
    const first = care.refreshAll();
    const change = care.refresh(['someone-else']);
    await updateSettings(db, { care: { ...DEFAULT_CARE_SETTINGS, disabled: ['open-complaints'] } });
    const second = care.refresh();
    release();
    await Promise.all([first, second, change]);
    expect((await causesOf('complaint')).size).toBe(0);
    expect((await causesOf('rhythm')).size).toBe(5);
  });
});

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgendaCache } from '../../../lib/background/agenda-cache';
import { completeCareAction } from '../../../lib/db/care-actions';
import { filterAgenda, NO_FILTER } from '../../../lib/care/agenda';
import { careAgenda, careAgendaOf } from '../../../lib/db/care-today';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logInteraction } from '../../../lib/db/repository';

const NOW = Date.now();
const DAY = 86_400_000;
let db: CustomerDatabase;
let cache: AgendaCache;
let reads: number;
/** Customers whose part of the agenda was read again, one list per patch. */
let patches: string[][];
const counted = { all: (...args: Parameters<typeof careAgenda>) => ((reads += 1), careAgenda(...args)), of: (...args: Parameters<typeof careAgendaOf>) => (patches.push([...args[1]].sort()), careAgendaOf(...args)) };
let customerId: string;
let actionIds: string[];

beforeEach(async () => {
  db = openCustomerDatabase(`agenda-cache-${crypto.randomUUID()}`);
  reads = 0;
  patches = [];
  cache = new AgendaCache(db, counted);
  customerId = (await createCustomer(db, { name: '王芳', tier: 'A', company: { name: '金龙珠宝' } }, [])).id;
  actionIds = [crypto.randomUUID(), crypto.randomUUID()];
  await db.careActions.bulkAdd(
    actionIds.map((id, i) => ({ id, createdAt: NOW, updatedAt: NOW, customerId, kind: 'follow-up' as const, due: NOW - (i + 1) * DAY, status: 'open' as const, reason: `follow up ${i}` })),
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  cache.close();
  await db.delete();
});

const reasons = async (aheadDays = 0) => (await cache.agenda(NOW, aheadDays)).map((item) => item.action.reason).sort();

describe("the Today page's agenda, kept between its questions", () => {
  it('is read once for any number of questions about the same days', async () => {
    expect(await reasons()).toEqual(['follow up 0', 'follow up 1']);
    await Promise.all([reasons(), reasons(), reasons()]);
    expect(reads).toBe(1);
    await reasons(7);
    expect(reads).toBe(2);
  });

  it("reads only that customer's part again after an action is done, and no longer lists it", async () => {
    await reasons();
    await completeCareAction(db, actionIds[0]!);
    expect(await reasons()).toEqual(['follow up 1']);
    expect([reads, patches]).toEqual([1, [[customerId]]]);
  });

  it("reads only that customer's part again after they change, with their new name", async () => {
    await reasons();
    await db.customers.update(customerId, { name: '王芳芳' });
    expect((await cache.agenda(NOW, 0)).map((item) => item.customer.name)).toEqual(['王芳芳', '王芳芳']);
    expect([reads, patches]).toEqual([1, [[customerId]]]);
  });

  it("puts another customer's new action in its place by due date", async () => {
    await reasons();
    const other = (await createCustomer(db, { name: 'Emily Carter', company: { name: 'Northwind' } }, [])).id;
    await db.careActions.add({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, customerId: other, kind: 'follow-up', due: NOW - 1.5 * DAY, status: 'open', reason: 'new one' });
    expect(await reasons()).toEqual(['follow up 0', 'follow up 1', 'new one']);
    expect((await cache.agenda(NOW, 0)).map((item) => item.action.reason)).toEqual(['follow up 1', 'new one', 'follow up 0']);
    expect([reads, patches]).toEqual([1, [[other]]]);
  });

  it('moves an action given to another customer from the one it left', async () => {
    await reasons();
    const other = (await createCustomer(db, { name: 'Emily Carter', company: { name: 'Northwind' } }, [])).id;
    // Written whole, as a row read earlier: the write names the customer it now has, not the one it had.
    const action = (await db.careActions.get(actionIds[0]!))!;
    await db.careActions.bulkPut([{ ...action, customerId: other }]);
    const items = await cache.agenda(NOW, 0);
    expect(items.map((item) => [item.action.reason, item.customer.name])).toEqual([['follow up 1', '王芳'], ['follow up 0', 'Emily Carter']]);
    expect(reads).toBe(1);
  });

  it.each([
    ['50 actions written at once (a pass, an import)', () => db.careActions.bulkPut(Array.from({ length: 50 }, (_, i) => ({ id: `bulk-${i}`, createdAt: NOW, updatedAt: NOW, customerId, kind: 'follow-up' as const, due: NOW + DAY, status: 'open' as const, reason: `bulk ${i}` })))],
    ['an action deleted by its key', () => db.careActions.delete(actionIds[0]!)],
    ['every action cleared', () => db.careActions.clear()],
  ])('is read again whole after %s, which does not say whose actions changed', async (_what, write) => {
    await reasons();
    await write();
    await reasons();
    expect([reads, patches]).toEqual([2, []]);
  });

  it('is kept through writes to what it is not read from (a logged call)', async () => {
    await reasons();
    await logInteraction(db, { customerId, type: 'call', summary: '询价' });
    await reasons();
    expect(reads).toBe(1);
  });

  it('is read again when asked fresh (the page opening), which sees a write that bypassed Dexie, and that read is kept', async () => {
    await reasons();
    // Straight through IndexedDB, as no code of the extension writes: Dexie does not hear it.
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open(db.name);
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const idb = opening.result;
        const transaction = idb.transaction('careActions', 'readwrite');
        transaction.objectStore('careActions').delete(actionIds[0]!);
        transaction.oncomplete = () => (idb.close(), resolve());
      };
    });
    expect(await reasons()).toEqual(['follow up 0', 'follow up 1']);
    expect((await cache.agenda(NOW, 0, true)).map((item) => item.action.reason)).toEqual(['follow up 1']);
    expect(await reasons()).toEqual(['follow up 1']);
    expect(reads).toBe(2);
  });

  it('is let go a while after the last question about it', async () => {
    const brief = new AgendaCache(db, { ...counted, keepMs: 50 });
    await brief.agenda(NOW, 0);
    await brief.agenda(NOW, 0);
    expect(reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await brief.agenda(NOW, 0);
    expect(reads).toBe(2);
    brief.close();
  });

  it('is not kept when its read fails', async () => {
    let fail = true;
    const flaky = new AgendaCache(db, { all: (...args) => (fail ? Promise.reject(new Error('read failed')) : careAgenda(...args)) });
    await expect(flaky.agenda(NOW, 0)).rejects.toThrow('read failed');
    fail = false;
    expect(await flaky.agenda(NOW, 0)).toHaveLength(2);
    flaky.close();
  });

  it('makes what it read searchable before the first search', async () => {
    const items = await cache.agenda(NOW, 0);
    for (let task = 0; task < 10; task++) await new Promise((resolve) => setTimeout(resolve, 0));
    const normalize = vi.spyOn(String.prototype, 'normalize');
    expect(filterAgenda(items, { ...NO_FILTER, text: 'FOLLOW UP 1' }).map((item) => item.action.reason)).toEqual(['follow up 1']);
    // The typed text only: each item's three texts were prepared after the read.
    expect(normalize).toHaveBeenCalledTimes(1);
  });

  it('stops listening for writes once closed, and lets its agenda go', async () => {
    // Dexie's global event lists its subscribers; the untyped overload names the event without subscribing.
    const subscribers = () => (Dexie.on as unknown as (event: string) => { subscribers: unknown[] })('storagemutated').subscribers.length;
    const listening = subscribers();
    const other = new AgendaCache(db, counted);
    expect(subscribers()).toBe(listening + 1);
    await other.agenda(NOW, 0);
    other.close();
    expect(subscribers()).toBe(listening);
    await other.agenda(NOW, 0);
    expect(reads).toBe(2);
    other.close();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryKeeper } from '../../../lib/background/history-keeper';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { customersWithoutHistory } from '../../../lib/db/history-build';
import { createCustomer, getCustomerCard, logInteraction } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = openCustomerDatabase(`keeper-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});
const newCustomer = (name: string) => createCustomer(db, { name } as Parameters<typeof createCustomer>[1], []);

describe('HistoryKeeper', () => {
  it('builds every missing row, a page at a time, and once more for customers added while it ran', async () => {
    const customers = await Promise.all(['Emily Carter', '王芳', 'Li Wei', 'Anna Schmidt', 'Tom Baker'].map(newCustomer));
    await logInteraction(db, { customerId: customers[0]!.id, type: 'call', summary: 'Quote' });
    const keeper = new HistoryKeeper(db, { pageSize: 2 });
    const first = keeper.buildMissing();
    await newCustomer('Late Arrival');
    await Promise.all([first, keeper.buildMissing()]);
    expect(await customersWithoutHistory(db)).toEqual([]);
    expect(await db.histories.count()).toBe(6);
    const card = await getCustomerCard(db, customers[0]!.id);
    expect(card?.fromHistoryRow).toBe(true);
    expect(card?.recentInteractions.map((row) => row.summary)).toEqual(['Quote']);
  });

  it('builds a card’s customer a moment after the card, customers of a burst of cards together', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const [emily, wang] = await Promise.all([newCustomer('Emily Carter'), newCustomer('王芳')]);
    const keeper = new HistoryKeeper(db);
    keeper.buildSoon(emily!.id);
    keeper.buildSoon(wang!.id);
    expect(await db.histories.count()).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await customersWithoutHistory(db)).toEqual([]));
  });

  it('at a worker start, lists the missing rows only if the last build over the base did not finish', async () => {
    await newCustomer('Emily Carter');
    await new HistoryKeeper(db).buildMissingIfUnfinished();
    expect(await db.histories.count()).toBe(1);
    // Finished: a customer added past the keeper (no card read yet, no import message) waits for its card.
    await newCustomer('王芳');
    await new HistoryKeeper(db).buildMissingIfUnfinished();
    expect(await customersWithoutHistory(db)).toHaveLength(1);
    // A build stopped half-way (the worker stopped) left the mark cleared: the next start finishes it.
    await fakeBrowser.storage.local.clear();
    await new HistoryKeeper(db).buildMissingIfUnfinished();
    expect(await customersWithoutHistory(db)).toEqual([]);
  });
});

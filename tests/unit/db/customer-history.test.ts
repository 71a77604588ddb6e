import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCareAction, dismissCareAction, snoozeCareAction } from '../../../lib/db/care-actions';
import { patchHistory, readHistory, RECENT_INTERACTIONS } from '../../../lib/db/customer-history';
import { deleteCustomer, undoDelete } from '../../../lib/db/customer-delete';
import { mergeCustomers } from '../../../lib/db/customer-merge';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { buildHistories, customersWithoutHistory } from '../../../lib/db/history-build';
import { createCustomer, getCustomerCard, logInteraction, logPurchase, logSurvey, tombstoneInteraction } from '../../../lib/db/repository';
import type { CareAction, CustomerHistory, Interaction } from '../../../lib/db/schema';

const NOW = Date.UTC(2026, 11, 7, 9);
const CUSTOMER = '6f1c1c9e-8d1b-4c55-9d43-2f7a3b1e0a01';
const contact = (minute: number, extra: Partial<Interaction> = {}): Interaction => ({
  id: `00000000-0000-4000-8000-${String(minute).padStart(12, '0')}`,
  createdAt: NOW,
  updatedAt: NOW,
  customerId: CUSTOMER,
  type: 'call',
  at: NOW + minute * 60_000,
  summary: `minute ${minute}`,
  ...extra,
});
const action = (status: CareAction['status'], id = 'a'): CareAction => ({
  id: `00000000-0000-4000-9000-00000000000${id === 'a' ? 1 : 2}`,
  createdAt: NOW,
  updatedAt: NOW,
  customerId: CUSTOMER,
  kind: 'follow-up',
  due: NOW,
  status,
  reason: 'Quote sent',
});
const history = (minutes: number[], careActions: CareAction[] = []): CustomerHistory => ({
  customerId: CUSTOMER,
  recentInteractions: minutes.map((minute) => contact(minute)),
  careActions,
  purchases: [],
  surveys: [],
});
const full = Array.from({ length: RECENT_INTERACTIONS }, (_, index) => 20 - index); // minutes 20 … 11, newest first
const minutesOf = (patched: CustomerHistory | undefined) => patched?.recentInteractions.map((row) => (row.at - NOW) / 60_000);

describe('patchHistory: one written row, and what the card row becomes', () => {
  it.each([
    ['a new contact goes first and the oldest of a full list leaves', history(full), contact(30), [30, ...full.slice(0, -1)]],
    ['a contact older than a full list changes nothing', history(full), contact(5), full],
    ['an undone contact leaves a list that holds them all', history([3, 2, 1]), contact(2, { deletedAt: NOW }), [3, 1]],
    ['an edited contact keeps its place', history([3, 2, 1]), contact(2, { summary: 'edited' }), [3, 2, 1]],
  ])('%s', (_case, before, row, expected) => {
    expect(minutesOf(patchHistory(before, 'interactions', row))).toEqual(expected);
  });

  it.each([
    ['undone', contact(15, { deletedAt: NOW })],
    ['moved earlier than the list', contact(15, { at: NOW })],
  ])('a contact %s in a full list gives up: the eleventh, which would move up, is not in the row', (_case, row) => {
    expect(patchHistory(history(full), 'interactions', row)).toBeUndefined();
  });

  it.each([
    ['an open action comes in', [], action('open'), ['open']],
    ['a snoozed one stays', [action('open')], action('snoozed'), ['snoozed']],
    ['a done one leaves', [action('open')], action('done'), []],
    ['a dismissed one leaves', [action('open')], action('dismissed'), []],
    ['a deleted one leaves', [action('open')], { ...action('open'), deletedAt: NOW }, []],
  ])('care actions: %s', (_case, before, row, expected) => {
    expect(patchHistory(history([], before), 'careActions', row)?.careActions.map((kept) => kept.status)).toEqual(expected);
  });
});

describe('history rows kept by every write (history-upkeep.ts)', () => {
  let db: CustomerDatabase;
  beforeEach(() => {
    db = openCustomerDatabase(`history-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  /** The customer's row is what a fresh read of the tables gives. */
  async function expectInStep(customerId: string) {
    const stored = await db.histories.get(customerId);
    expect(stored, 'the history row is there').toBeDefined();
    expect(stored).toEqual(await readHistory(db, customerId));
  }
  const newCustomer = (name: string) => createCustomer(db, { name } as Parameters<typeof createCustomer>[1], []);

  it('follows logs, undos, purchases, surveys and care actions, and gives way when a full list loses a contact', async () => {
    const emily = await newCustomer('Emily Carter');
    await buildHistories(db, [emily.id]);
    const logged: Interaction[] = [];
    for (let minute = 1; minute <= 12; minute++) {
      const outcome = await logInteraction(db, { customerId: emily.id, type: 'call', summary: `call ${minute}` }, NOW + minute * 60_000);
      if (outcome.status === 'logged') logged.push(outcome.interaction);
      await expectInStep(emily.id);
    }
    await logPurchase(db, { customerId: emily.id, amount: 800, currency: 'CNY', product: 'Tea set' }, NOW);
    await logSurvey(db, { customerId: emily.id, nps: 9 }, NOW);
    await expectInStep(emily.id);

    const [open, snoozed, dismissed] = ['follow-up', 'survey', 'regular-contact'].map((kind) => ({
      ...action('open'),
      id: crypto.randomUUID(),
      customerId: emily.id,
      kind: kind as CareAction['kind'],
    }));
    await db.careActions.bulkAdd([open!, snoozed!, dismissed!]);
    await expectInStep(emily.id);
    await completeCareAction(db, open!.id, NOW);
    await snoozeCareAction(db, snoozed!.id, NOW + 86_400_000, NOW);
    await dismissCareAction(db, dismissed!.id, 'not now', NOW);
    await expectInStep(emily.id);

    // The oldest contact is not in the list of ten: its undo changes nothing.
    await tombstoneInteraction(db, logged[0]!.id, NOW);
    await expectInStep(emily.id);
    // A listed one leaves a full list: the row gives way, the card reads the tables, and the row is built again.
    await tombstoneInteraction(db, logged[11]!.id, NOW);
    expect(await db.histories.get(emily.id)).toBeUndefined();
    const card = await getCustomerCard(db, emily.id);
    expect(card?.fromHistoryRow).toBe(false);
    expect(card?.recentInteractions.map((row) => row.summary)).toEqual(logged.slice(1, 11).reverse().map((row) => row.summary));
    await buildHistories(db, await customersWithoutHistory(db));
    await expectInStep(emily.id);
  });

  it('follows a merge, a deletion and its undo', async () => {
    const keep = await newCustomer('王芳');
    const other = await newCustomer('Wang Fang');
    await buildHistories(db, [keep.id, other.id]);
    await logInteraction(db, { customerId: keep.id, type: 'email', summary: 'company address' }, NOW);
    await logInteraction(db, { customerId: other.id, type: 'call', summary: 'private address' }, NOW + 1);
    await logPurchase(db, { customerId: other.id, amount: 1200, currency: 'CNY', product: '翡翠手镯' }, NOW + 2);
    await db.careActions.add({ ...action('open'), id: crypto.randomUUID(), customerId: other.id });

    await mergeCustomers(db, keep.id, other.id, NOW + 3);
    await expectInStep(keep.id);
    expect((await db.histories.get(keep.id))?.recentInteractions.map((row) => row.summary)).toEqual(['private address', 'company address']);
    expect(await db.histories.get(other.id)).toBeUndefined();

    await deleteCustomer(db, keep.id, NOW + 4);
    await expectInStep(keep.id);
    expect((await db.histories.get(keep.id))?.careActions).toEqual([]);
    await undoDelete(db, keep.id, NOW + 5);
    await expectInStep(keep.id);
    expect((await db.histories.get(keep.id))?.careActions).toHaveLength(1);
  });

  it('patches writes sent at once in one transaction, and nothing of a transaction that failed', async () => {
    const emily = await newCustomer('Emily Carter');
    await buildHistories(db, [emily.id]);
    const rows = { customerId: emily.id, createdAt: NOW, updatedAt: NOW, at: NOW };
    await db.transaction('rw', db.interactions, db.purchases, db.surveys, () =>
      Promise.all([
        db.interactions.bulkPut([{ ...rows, id: crypto.randomUUID(), type: 'visit', summary: 'Showroom' }]),
        db.purchases.bulkPut([{ ...rows, id: crypto.randomUUID(), amount: 50, currency: 'CNY', product: 'Tea', quantity: 1 }]),
        db.surveys.bulkPut([{ ...rows, id: crypto.randomUUID(), nps: 10 }]),
      ]),
    );
    await expectInStep(emily.id);
    const before = await db.histories.get(emily.id);
    expect([before?.recentInteractions.length, before?.purchases.length, before?.surveys.length]).toEqual([1, 1, 1]);

    await expect(
      db.transaction('rw', db.interactions, async () => {
        await db.interactions.add({ ...rows, id: crypto.randomUUID(), type: 'call', summary: 'never kept' });
        throw new Error('the import failed later in the transaction');
      }),
    ).rejects.toThrow('the import failed');
    expect(await db.histories.get(emily.id)).toEqual(before);
  });

  it('in a transaction that adds customers (an import), patches the rows of the customers it found', async () => {
    const emily = await newCustomer('Emily Carter');
    await buildHistories(db, [emily.id]);
    const imported = { ...emily, id: crypto.randomUUID(), name: 'Li Wei' };
    const contact = (customerId: string, summary: string) =>
      ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, customerId, type: 'email', at: NOW, summary }) as Interaction;
    await db.transaction('rw', db.customers, db.interactions, async () => {
      await db.customers.bulkAdd([imported]);
      await db.interactions.bulkAdd([contact(imported.id, 'imported'), contact(emily.id, 'matched by e-mail')]);
    });
    await expectInStep(emily.id);
    expect((await db.histories.get(emily.id))?.recentInteractions.map((row) => row.summary)).toEqual(['matched by e-mail']);
    expect(await db.histories.get(imported.id)).toBeUndefined();
  });

  it('a table cleared whole (a restore) clears the rows, which are built again', async () => {
    const emily = await newCustomer('Emily Carter');
    await logInteraction(db, { customerId: emily.id, type: 'call' }, NOW);
    await buildHistories(db, [emily.id]);
    await db.interactions.clear();
    expect(await db.histories.count()).toBe(0);
    expect(await customersWithoutHistory(db)).toEqual([emily.id]);
  });

  it('a customer without a row is not given one by a write (the keeper builds it)', async () => {
    const emily = await newCustomer('Emily Carter');
    await logInteraction(db, { customerId: emily.id, type: 'call' }, NOW);
    expect(await db.histories.count()).toBe(0);
  });
});

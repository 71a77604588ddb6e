import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../lib/db/customer-history';
import { openCustomerDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../lib/db/database';
import { buildHistories, customersWithoutHistory } from '../../../lib/db/history-build';
import { findCustomerIdsByKeys, getCustomerCard, searchCustomers } from '../../../lib/db/repository';
import type { CareAction, Customer, Identity, Interaction, Purchase, Survey } from '../../../lib/db/schema';

/**
 * Every schema version is tested by opening a database written by the version
 * before it and checking that every row is still there and every query the app
 * makes still answers. A later version adds a case here that writes a
 * database of the version before it the same way.
 */
const NOW = Date.UTC(2026, 10, 1);
const LATEST = 5;
const meta = () => ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW });

/** A customer with an e-mail, a phone as version 1 kept it, and a contact, written through the tables of `db` as it stands. */
async function writeVersion1Rows(db: Dexie) {
  const customer = { ...meta(), name: 'Emily Carter', company: {}, preferences: { likes: [], dislikes: [] }, importantDates: [], family: [], tags: [], loyalty: { type: 'not-enough-data', source: 'manual' } } as Customer;
  const identities: Identity[] = [
    { ...meta(), customerId: customer.id, kind: 'email', key: 'email:emily.carter@harbourhotels.com', display: 'emily.carter@harbourhotels.com' },
    // Version 1 kept a phone's digits as typed.
    { ...meta(), customerId: customer.id, kind: 'phone', key: 'phone:13800138000', display: '138-0013-8000' },
  ];
  const interaction: Interaction = { ...meta(), customerId: customer.id, type: 'call', at: NOW, summary: 'Delivery delay' };
  await db.table('customers').add(customer);
  await db.table('identities').bulkAdd(identities);
  await db.table('interactions').add(interaction);
  return { customer, identities, interaction };
}

async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const rows = await writeVersion1Rows(v1);
  v1.close();
  return rows;
}

describe('schema upgrades', () => {
  it('version 1 → 2 (and on to the latest) keeps every row, rewrites phone keys to E.164 and adds the derived identities', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const before = await writeVersion1(name);
    const db = openCustomerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);

    expect(await db.customers.toArray()).toEqual([before.customer]);
    expect(await db.interactions.toArray()).toEqual([before.interaction]);
    const identities = await db.identities.toArray();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(identities.filter((row) => !row.derived).map(({ key, ...row }) => row).sort(byId)).toEqual(
      before.identities.map(({ key, ...row }) => row).sort(byId),
    );
    expect(identities.map((row) => row.key).sort()).toEqual([
      'domain:harbourhotels.com',
      'email:emily.carter@harbourhotels.com',
      'name:carter emily',
      'phone:+8613800138000',
    ]);
    expect(await findCustomerIdsByKeys(db, ['phone:+8613800138000'])).toEqual(
      new Map([['phone:+8613800138000', before.customer.id]]),
    );
    await db.delete();
  });

  it('version 2 → 3 drops the unread indexes and keeps every row, and lookups by customer still answer', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const v1Rows = await writeVersion1Rows(v2);
    const purchase: Purchase = { ...meta(), customerId: v1Rows.customer.id, at: NOW, amount: 1200, currency: 'CNY', product: 'Suite', quantity: 1 };
    const survey: Survey = { ...meta(), customerId: v1Rows.customer.id, at: NOW, nps: 9 };
    const action: CareAction = { ...meta(), customerId: v1Rows.customer.id, kind: 'thank-you-call', due: NOW, status: 'open', reason: 'First stay' };
    await v2.table('purchases').add(purchase);
    await v2.table('surveys').add(survey);
    await v2.table('careActions').add(action);
    v2.close();

    const db = openCustomerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(db.customers.schema.indexes.map((index) => index.name)).toEqual(['name']);
    expect(db.purchases.schema.indexes.map((index) => index.name).sort()).toEqual(['[customerId+at]', 'at']);
    expect(await db.customers.toArray()).toEqual([v1Rows.customer]);
    expect(await db.identities.toArray()).toHaveLength(2);
    expect(await db.interactions.toArray()).toEqual([v1Rows.interaction]);
    expect(await db.careActions.toArray()).toEqual([action]);

    // What the sidebar and the options page ask: by name, by key, and a customer's history by customer id.
    expect((await searchCustomers(db, 'emily')).map((customer) => customer.id)).toEqual([v1Rows.customer.id]);
    expect(await findCustomerIdsByKeys(db, ['email:emily.carter@harbourhotels.com'])).toEqual(
      new Map([['email:emily.carter@harbourhotels.com', v1Rows.customer.id]]),
    );
    expect(await db.purchases.where('customerId').equals(v1Rows.customer.id).toArray()).toEqual([purchase]);
    expect(await db.surveys.where('customerId').equals(v1Rows.customer.id).toArray()).toEqual([survey]);
    const card = await getCustomerCard(db, v1Rows.customer.id, (_customer, purchases, surveys) => ({ purchases: purchases.length, surveys: surveys.length }));
    expect(card?.analysis).toEqual({ purchases: 1, surveys: 1 });
    await db.delete();
  });

  it('version 3 → 4 keeps every row and adds empty history rows; cards read the tables until the rows are built, then the rows', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    const { customer } = await writeVersion1Rows(v3);
    // Twelve contacts, the newest undone: the card lists the ten newest live ones.
    const contacts: Interaction[] = Array.from({ length: 12 }, (_, index) => ({
      ...meta(),
      customerId: customer.id,
      type: 'email',
      at: NOW + (index + 1) * 60_000,
      summary: `Contact ${index + 1}`,
      ...(index === 11 && { deletedAt: NOW }),
    }));
    const purchase: Purchase = { ...meta(), customerId: customer.id, at: NOW, amount: 1200, currency: 'CNY', product: 'Suite', quantity: 1 };
    const open: CareAction = { ...meta(), customerId: customer.id, kind: 'thank-you-call', due: NOW, status: 'open', reason: 'First stay' };
    const done: CareAction = { ...open, id: crypto.randomUUID(), status: 'done' };
    await v3.table('interactions').bulkAdd(contacts);
    await v3.table('purchases').add(purchase);
    await v3.table('careActions').bulkAdd([open, done]);
    v3.close();

    const db = openCustomerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.interactions.count()).toBe(13);
    expect(await db.histories.count()).toBe(0);
    const fromTables = await getCustomerCard(db, customer.id);
    expect(fromTables?.fromHistoryRow).toBe(false);
    expect(fromTables?.recentInteractions.map((row) => row.summary)).toEqual(
      ['Contact 11', 'Contact 10', 'Contact 9', 'Contact 8', 'Contact 7', 'Contact 6', 'Contact 5', 'Contact 4', 'Contact 3', 'Contact 2'],
    );
    expect(fromTables?.openCareActions).toEqual([open]);

    expect(await customersWithoutHistory(db)).toEqual([customer.id]);
    await buildHistories(db, [customer.id]);
    expect(await customersWithoutHistory(db)).toEqual([]);
    expect(await db.histories.get(customer.id)).toEqual(await readHistory(db, customer.id));
    const fromRow = await getCustomerCard(db, customer.id);
    expect(fromRow?.fromHistoryRow).toBe(true);
    expect({ ...fromRow, fromHistoryRow: false }).toEqual(fromTables);
    await db.delete();
  });

  it('version 4 → 5 keeps every row and adds empty change marks; a write to the identities, and only to them, sets a new mark', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    const before = await writeVersion1Rows(v4);
    v4.close();

    const db = openCustomerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.customers.toArray()).toEqual([before.customer]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(await db.identities.toArray()).toEqual([...before.identities].sort(byId));
    expect(await db.interactions.toArray()).toEqual([before.interaction]);
    expect(await db.changeMarks.count()).toBe(0);
    expect(await findCustomerIdsByKeys(db, ['email:emily.carter@harbourhotels.com'])).toEqual(
      new Map([['email:emily.carter@harbourhotels.com', before.customer.id]]),
    );

    const mark = async () => (await db.changeMarks.get('identities'))?.mark;
    await db.interactions.put({ ...before.interaction, summary: 'Delivery delay, solved' });
    expect(await mark()).toBeUndefined();
    await db.identities.put({ ...before.identities[0]!, display: 'Emily.Carter@harbourhotels.com' });
    const first = await mark();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await db.identities.delete(before.identities[1]!.id);
    expect(await mark()).not.toBe(first);
    await db.delete();
  });
});

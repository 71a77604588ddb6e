import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openCustomerDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/database';
import { findCustomerIdsByKeys, getCustomerCard, searchCustomers } from '../../../lib/db/repository';
import type { CareAction, Customer, Identity, Interaction, Purchase, Survey } from '../../../lib/db/schema';

/**
 * Every schema version is tested by opening a database written by the version
 * before it and checking that every row is still there and every query the app
 * makes still answers. A later version adds a case here that writes a
 * version-3 database the same way.
 */
const NOW = Date.UTC(2026, 10, 1);
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
  it('version 1 → 2 (and on to 3) keeps every row, rewrites phone keys to E.164 and adds the derived identities', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const before = await writeVersion1(name);
    const db = openCustomerDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);

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
    expect(db.verno).toBe(3);
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
});

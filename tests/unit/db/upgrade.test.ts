import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openCustomerDatabase, SCHEMA_V1 } from '../../../lib/db/database';
import { findCustomerIdsByKeys } from '../../../lib/db/repository';
import type { Customer, Identity, Interaction } from '../../../lib/db/schema';

/**
 * Every schema version is tested by opening a database written by the version
 * before it and checking that every row is still there. A later version adds a
 * case here that writes a version-2 database the same way.
 */
const NOW = Date.UTC(2026, 10, 1);
const meta = () => ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW });

async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const customer = { ...meta(), name: 'Emily Carter', company: {}, preferences: { likes: [], dislikes: [] }, importantDates: [], family: [], tags: [], loyalty: { type: 'not-enough-data', source: 'manual' } } as Customer;
  const identities: Identity[] = [
    { ...meta(), customerId: customer.id, kind: 'email', key: 'email:emily.carter@harbourhotels.com', display: 'emily.carter@harbourhotels.com' },
    // Version 1 kept a phone's digits as typed.
    { ...meta(), customerId: customer.id, kind: 'phone', key: 'phone:13800138000', display: '138-0013-8000' },
  ];
  const interaction: Interaction = { ...meta(), customerId: customer.id, type: 'call', at: NOW, summary: 'Delivery delay' };
  await v1.table('customers').add(customer);
  await v1.table('identities').bulkAdd(identities);
  await v1.table('interactions').add(interaction);
  v1.close();
  return { customer, identities, interaction };
}

describe('schema upgrades', () => {
  it('version 1 → 2 keeps every row, rewrites phone keys to E.164 and adds the derived identities', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const before = await writeVersion1(name);
    const db = openCustomerDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);

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
});

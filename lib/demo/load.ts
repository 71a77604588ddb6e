import type { CustomerDatabase } from '../db/database';
import { derivedIdentities } from '../db/derived-identities';
import { buildDemoDataset } from './dataset';

/**
 * Writes the demo data set in one transaction, so that a failed load leaves
 * nothing half-written. Rows are put by their fixed ids: loading again
 * refreshes the demo customers instead of adding a second copy of them.
 * Returns the number of demo customers.
 */
export async function loadDemoDataset(db: CustomerDatabase, now = Date.now()): Promise<number> {
  const demo = buildDemoDataset(now);
  const tables = [db.customers, db.identities, db.interactions, db.purchases, db.surveys, db.careActions];
  await db.transaction('rw', tables, async () => {
    // An address the user has already given to one of their own customers stays theirs:
    // one identity key must lead to one customer, or recognition would pick at random.
    const taken = await db.identities.where('key').anyOf(demo.identities.map((identity) => identity.key)).toArray();
    const ownerOf = new Map(taken.filter((row) => row.deletedAt === undefined).map((row) => [row.key, row.customerId]));
    const identities = demo.identities.filter((identity) => (ownerOf.get(identity.key) ?? identity.customerId) === identity.customerId);
    // Derived identities (company domain, name) are rebuilt rather than put, since they carry fresh ids.
    const demoIds = demo.customers.map((customer) => customer.id);
    await db.identities.where('customerId').anyOf(demoIds).filter((row) => !!row.derived).delete();
    const derived = demo.customers.flatMap((customer) =>
      derivedIdentities(customer, identities.filter((identity) => identity.customerId === customer.id), now),
    );
    await Promise.all([
      db.customers.bulkPut(demo.customers),
      db.identities.bulkPut([...identities, ...derived]),
      db.interactions.bulkPut(demo.interactions),
      db.purchases.bulkPut(demo.purchases),
      db.surveys.bulkPut(demo.surveys),
      db.careActions.bulkPut(demo.careActions),
    ]);
  });
  return demo.customers.length;
}

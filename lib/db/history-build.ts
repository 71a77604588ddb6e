import Dexie from 'dexie';
import { readHistory } from './customer-history';
import type { CustomerDatabase } from './database';

/**
 * Builds these customers' history rows from the four tables. The reads and the write are one transaction over the
 * tables, so no write to a customer's history can fall between them and be missed (history-upkeep.ts patches only
 * rows that exist).
 */
export function buildHistories(db: CustomerDatabase, customerIds: string[]): Promise<void> {
  return db.transaction('rw', [db.histories, db.interactions, db.purchases, db.surveys, db.careActions], async () => {
    const rows = await Dexie.Promise.all([...new Set(customerIds)].map((id) => readHistory(db, id)));
    await db.histories.bulkPut(rows);
  });
}

/** Customers without a history row, deleted ones too: only the keys are read, and an undeleted customer is then ready. */
export async function customersWithoutHistory(db: CustomerDatabase): Promise<string[]> {
  const [customers, built] = await Promise.all([db.customers.toCollection().primaryKeys(), db.histories.toCollection().primaryKeys()]);
  const have = new Set(built);
  return customers.filter((id) => !have.has(id));
}

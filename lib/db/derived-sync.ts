import { isAlive } from './alive';
import type { CustomerDatabase } from './database';
import { derivedIdentities } from './derived-identities';
import type { Customer, Identity } from './schema';

/**
 * Makes one customer's derived identities (company mail domains, name) follow
 * their file: the ones the current name and e-mails imply are added, the ones
 * they no longer imply are tombstoned, so that an old name or a removed
 * address's domain no longer suggests this customer. Call inside a 'rw'
 * transaction on identities.
 */
export async function syncDerivedIdentities(db: CustomerDatabase, customer: Customer, now: number): Promise<void> {
  const own = (await db.identities.where('customerId').equals(customer.id).toArray()).filter(isAlive);
  const wanted = customer.deletedAt === undefined ? derivedIdentities(customer, own.filter((row) => !row.derived), now) : [];
  const present = new Set(own.filter((row) => row.derived).map((row) => row.key));
  const wantedKeys = new Set(wanted.map((row) => row.key));
  const added = wanted.filter((row) => !present.has(row.key));
  const retired: Identity[] = own
    .filter((row) => row.derived && !wantedKeys.has(row.key))
    .map((row) => ({ ...row, deletedAt: now, updatedAt: now }));
  if (added.length + retired.length > 0) await db.identities.bulkPut([...added, ...retired]);
}

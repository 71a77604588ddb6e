import { isAlive } from './alive';
import { isToDo } from './care-due';
import type { CustomerDatabase } from './database';
import { syncDerivedIdentities } from './derived-sync';
import type { Customer } from './schema';

/**
 * Deletes a customer by tombstone: the file, its identifiers (so no page
 * recognises the person any more) and its open care suggestions (so they leave
 * the badge) all get the same deletedAt stamp. Contacts and purchases stay
 * attached to the tombstoned file, so that undo brings back the whole customer.
 */
export async function deleteCustomer(db: CustomerDatabase, customerId: string, now = Date.now()): Promise<Customer> {
  return db.transaction('rw', db.customers, db.identities, db.careActions, async () => {
    const customer = await db.customers.get(customerId);
    if (!isAlive(customer)) throw new Error(`no customer with id ${customerId} (deleted or merged)`);
    const deleted = { ...customer, deletedAt: now, updatedAt: Math.max(now, customer.updatedAt + 1) };
    await db.customers.put(deleted);
    const tombstone = { deletedAt: now, updatedAt: now };
    await db.identities.where('customerId').equals(customerId).filter(isAlive).modify(tombstone);
    await db.careActions
      .where('customerId')
      .equals(customerId)
      .filter(isToDo)
      .modify(tombstone);
    return deleted;
  });
}

export interface UndoResult {
  customer: Customer;
  /** Identifiers that another customer took in the meantime: they stay with that customer. */
  skipped: string[];
}

/**
 * Undoes deleteCustomer: restores exactly the rows that carry the deletion's
 * stamp. An identifier that meanwhile leads to another customer stays there
 * and is reported, because one identifier names one customer.
 */
export async function undoDelete(db: CustomerDatabase, customerId: string, now = Date.now()): Promise<UndoResult> {
  return db.transaction('rw', db.customers, db.identities, db.careActions, async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error(`no customer with id ${customerId}`);
    const stamp = customer.deletedAt;
    if (stamp === undefined) return { customer, skipped: [] };
    const restore = <T extends { deletedAt?: number; updatedAt: number }>(row: T) => {
      delete row.deletedAt;
      row.updatedAt = Math.max(now, row.updatedAt + 1);
    };
    const identities = (await db.identities.where('customerId').equals(customerId).toArray()).filter(
      (row) => row.deletedAt === stamp && !row.derived,
    );
    const skipped: string[] = [];
    for (const identity of identities) {
      const takenBy = (await db.identities.where('key').equals(identity.key).toArray()).some(
        (row) => isAlive(row) && !row.derived && row.customerId !== customerId,
      );
      if (takenBy) skipped.push(identity.display);
      else {
        restore(identity);
        await db.identities.put(identity);
      }
    }
    await db.careActions
      .where('customerId')
      .equals(customerId)
      .filter((action) => action.deletedAt === stamp)
      .modify(restore);
    const restored = { ...customer };
    restore(restored);
    await db.customers.put(restored);
    await syncDerivedIdentities(db, restored, now);
    return { customer: restored, skipped };
  });
}

import type { CountryCode } from 'libphonenumber-js/min';
import { isAlive } from './alive';
import type { CustomerDatabase } from './database';
import { tryIdentityKey } from './identity-key';
import { getSettings, searchCustomers } from './repository';
import { CONTACT_KINDS, type Customer } from './schema';

/**
 * Customers for what a salesperson types to find a file: a whole e-mail
 * address, phone number or CRM record id finds its owner through the identity
 * index (first), and the text is also taken as the start of a name.
 */
export async function findCustomers(db: CustomerDatabase, query: string): Promise<Customer[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const { phoneRegion } = await getSettings(db);
  const keys = CONTACT_KINDS.flatMap((kind) => {
    if (kind === 'email' && !trimmed.includes('@')) return [];
    if (kind === 'phone' && !/^[+\d][\d\s()-]{4,}$/.test(trimmed)) return [];
    return tryIdentityKey(kind, trimmed, phoneRegion as CountryCode) ?? [];
  });
  const owners = keys.length === 0 ? [] : (await db.identities.where('key').anyOf(keys).toArray()).filter((row) => isAlive(row) && !row.derived);
  const byIdentity = (await db.customers.bulkGet([...new Set(owners.map((row) => row.customerId))])).filter(isAlive);
  const byName = await searchCustomers(db, trimmed);
  const seen = new Set(byIdentity.map((customer) => customer.id));
  return [...byIdentity, ...byName.filter((customer) => !seen.has(customer.id))];
}

import type { Transaction } from 'dexie';
import type { CountryCode } from 'libphonenumber-js/min';
import { derivedIdentities } from '../derived-identities';
import { tryIdentityKey } from '../identity-key';
import type { Customer, Identity, Settings } from '../schema';

/**
 * Version 2: phone keys become E.164 (so that 138-0013-8000 and +86 138 0013 8000
 * meet), and every customer gets the derived domain and name identities that
 * matching by company and by name look up.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const settings = (await tx.table('settings').toCollection().first()) as Partial<Settings> | undefined;
  const region = (settings?.phoneRegion ?? 'CN') as CountryCode;
  const identities = tx.table<Identity, string>('identities');
  await identities
    .where('key')
    .startsWith('phone:')
    .modify((identity) => {
      identity.key = tryIdentityKey('phone', identity.display, region) ?? identity.key;
    });
  const all = await identities.toArray();
  const byCustomer = new Map<string, Identity[]>();
  for (const identity of all) byCustomer.set(identity.customerId, [...(byCustomer.get(identity.customerId) ?? []), identity]);
  const now = Date.now();
  const customers = await tx.table<Customer, string>('customers').toArray();
  const derived = customers
    .filter((customer) => customer.deletedAt === undefined)
    .flatMap((customer) => derivedIdentities(customer, byCustomer.get(customer.id) ?? [], now));
  await identities.bulkAdd(derived);
}

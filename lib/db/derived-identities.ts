import type { CountryCode } from 'libphonenumber-js/min';
import { tryIdentityKey } from './identity-key';
import { identitySchema, type Customer, type Identity, type IdentityKind } from './schema';

/** One identity row for a value, or none when the value identifies nothing (a free-mail domain, say). */
export function makeIdentity(
  customerId: string,
  kind: IdentityKind,
  value: string,
  options: { now: number; phoneRegion?: CountryCode; derived?: boolean; confirmed?: boolean },
): Identity | undefined {
  const key = tryIdentityKey(kind, value, options.phoneRegion);
  if (!key) return undefined;
  return identitySchema.parse({
    id: crypto.randomUUID(),
    createdAt: options.now,
    updatedAt: options.now,
    customerId,
    kind,
    key,
    display: value.trim(),
    derived: options.derived || undefined,
    confirmedAt: options.confirmed ? options.now : undefined,
  });
}

/**
 * The suggestive identities a customer's profile implies: their company's mail
 * domains and their name. They make "same company" and "same name" one indexed
 * lookup each, instead of a scan over every customer.
 */
export function derivedIdentities(customer: Customer, identities: Pick<Identity, 'kind' | 'display'>[], now: number): Identity[] {
  const values = new Map<string, [IdentityKind, string]>();
  for (const identity of identities) {
    if (identity.kind !== 'email') continue;
    const domain = tryIdentityKey('domain', identity.display);
    if (domain) values.set(domain, ['domain', identity.display.split('@')[1]!]);
  }
  const name = tryIdentityKey('name', customer.name);
  if (name) values.set(name, ['name', customer.name]);
  return [...values.values()].flatMap(([kind, value]) => makeIdentity(customer.id, kind, value, { now, derived: true }) ?? []);
}

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { isAlive } from './alive';
import {
  applyPatch,
  customerPatchSchema,
  identityInputSchema,
  patchPaths,
  sameValue,
  toFieldIssues,
  valueAt,
  type FieldIssue,
} from './customer-patch';
import type { CustomerDatabase } from './database';
import { makeIdentity } from './derived-identities';
import { syncDerivedIdentities } from './derived-sync';
import { getSettings } from './repository';
import { customerSchema, type Customer, type Identity } from './schema';

/**
 * The customer was changed elsewhere (another tab, the sidebar, the loyalty
 * engine) since the editor loaded it, in the same fields this edit changes.
 * Nothing was written; the editor offers to reload or to overwrite.
 */
export class EditConflictError extends Error {
  constructor(
    readonly fields: string[],
    readonly current: Customer,
  ) {
    super(`changed elsewhere since you opened it: ${fields.join(', ')}`);
    this.name = 'EditConflictError';
  }
}

/** The edit breaks the customer file's rules; each issue names its field. Nothing was written. */
export class CustomerValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; '));
    this.name = 'CustomerValidationError';
  }
}

export interface UpdateOptions {
  /** The customer as the editor loaded it: fields that differ from it were changed by someone else. */
  base?: Customer;
  /** The user chose to overwrite what was changed elsewhere. */
  force?: boolean;
  now?: number;
}

/**
 * Applies an editor's patch. When the stored row is newer than the one the editor
 * loaded (`expectedUpdatedAt`), the edit still goes through if nobody else
 * changed the fields it changes (compared with `base`, field by field, so two
 * edits of different fields merge); otherwise it is refused with an
 * EditConflictError naming the fields, and nothing is written.
 */
export async function updateCustomer(
  db: CustomerDatabase,
  customerId: string,
  patchInput: unknown,
  expectedUpdatedAt: number,
  options: UpdateOptions = {},
): Promise<Customer> {
  const parsed = customerPatchSchema.safeParse(patchInput);
  if (!parsed.success) throw new CustomerValidationError(toFieldIssues(parsed.error));
  const patch = parsed.data;
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.customers, db.identities, async () => {
    const stored = await db.customers.get(customerId);
    if (!isAlive(stored)) throw new Error(`no customer with id ${customerId} (deleted or merged)`);
    const applied = applyPatch(stored, patch) as Customer;
    if (stored.updatedAt !== expectedUpdatedAt && !options.force) {
      const { base } = options;
      const conflicts = patchPaths(patch).filter(
        (path) =>
          (!base || !sameValue(valueAt(stored, path), valueAt(base, path))) &&
          // Both set the same value: nothing is lost.
          !sameValue(valueAt(stored, path), valueAt(applied, path)),
      );
      if (conflicts.length > 0) throw new EditConflictError(conflicts, stored);
    }
    // Always later than the stored stamp, so that an editor that loaded the old row sees the change.
    const next = customerSchema.safeParse({ ...applied, updatedAt: Math.max(now, stored.updatedAt + 1) });
    if (!next.success) throw new CustomerValidationError(toFieldIssues(next.error));
    await db.customers.put(next.data);
    if (next.data.name !== stored.name) await syncDerivedIdentities(db, next.data, now);
    return next.data;
  });
}

/** A customer's file as the full editor needs it: the row and the identifiers the user manages. */
export async function getCustomerForEdit(db: CustomerDatabase, customerId: string) {
  const customer = await db.customers.get(customerId);
  if (!isAlive(customer)) throw new Error(`no customer with id ${customerId} (deleted or merged)`);
  const identities = (await db.identities.where('customerId').equals(customerId).toArray())
    .filter((identity) => isAlive(identity) && !identity.derived)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.createdAt - b.createdAt);
  return { customer, identities };
}

/**
 * Adds an e-mail, phone (stored in E.164 by the region setting) or CRM record id
 * to a customer, so the customer is recognised by it; refused, with the owner's
 * name, when it already leads to another customer.
 */
export async function addIdentity(db: CustomerDatabase, customerId: string, input: unknown, now = Date.now()): Promise<Identity> {
  const parsed = identityInputSchema.safeParse(input);
  if (!parsed.success) throw new CustomerValidationError(toFieldIssues(parsed.error));
  const { kind, value } = parsed.data;
  const region = (await getSettings(db)).phoneRegion as CountryCode;
  if (kind === 'phone' && !parsePhoneNumberFromString(value, region)?.isPossible()) {
    throw new CustomerValidationError([{ path: ['value'], code: 'phone', message: 'not a phone number', params: { region } }]);
  }
  const identity = makeIdentity(customerId, kind, value, { now, phoneRegion: region, confirmed: true });
  if (!identity) throw new CustomerValidationError([{ path: ['value'], code: 'invalid_format', message: `not a usable ${kind}` }]);
  return db.transaction('rw', db.customers, db.identities, async () => {
    const customer = await db.customers.get(customerId);
    if (!isAlive(customer)) throw new Error(`no customer with id ${customerId} (deleted or merged)`);
    const holders = (await db.identities.where('key').equals(identity.key).toArray()).filter(
      (row) => isAlive(row) && !row.derived,
    );
    const own = holders.find((row) => row.customerId === customerId);
    if (own) return own;
    if (holders.length > 0) {
      const owner = await db.customers.get(holders[0]!.customerId);
      throw new CustomerValidationError([
        { path: ['value'], code: 'taken', message: `already belongs to ${owner?.name ?? 'another customer'}`, params: { name: owner?.name ?? '?' } },
      ]);
    }
    await db.identities.add(identity);
    await syncDerivedIdentities(db, customer, now);
    return identity;
  });
}

/** Removes an identifier by tombstone: the customer is no longer recognised by it. */
export async function removeIdentity(db: CustomerDatabase, identityId: string, now = Date.now()): Promise<Identity> {
  return db.transaction('rw', db.customers, db.identities, async () => {
    const identity = await db.identities.get(identityId);
    if (!isAlive(identity) || identity.derived) throw new Error(`no identifier with id ${identityId}`);
    const removed = { ...identity, deletedAt: now, updatedAt: now };
    await db.identities.put(removed);
    const customer = await db.customers.get(identity.customerId);
    if (isAlive(customer)) await syncDerivedIdentities(db, customer, now);
    return removed;
  });
}

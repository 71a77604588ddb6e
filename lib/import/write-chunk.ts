import type { CountryCode } from 'libphonenumber-js/min';
import { byId, isAlive } from '../db/alive';
import type { CustomerDatabase } from '../db/database';
import { derivedIdentities } from '../db/derived-identities';
import { whereAnyOf } from '../db/raw-requests';
import { tryIdentityKey } from '../db/identity-key';
import {
  identitySchema,
  interactionSchema,
  purchaseSchema,
  type Customer,
  type Identity,
  type IdentityKind,
  type Interaction,
  type Purchase,
} from '../db/schema';
import type { ContactOwners } from './contact-owners';
import { mergeIntoCustomer, newCustomer } from './merge';
import { reason, type Reason } from './reasons';
import { timeOrderedId } from './time-ordered-id';
import type { ImportRecord, RowError } from './rows';

export interface ChunkOutcome {
  /** Rows that created a customer. */
  imported: number;
  /** Rows that went into a customer that already existed (or that an earlier row of the file created). */
  updated: number;
  rejected: RowError[];
}


/**
 * Writes one chunk of validated rows in one 'rw' transaction, so that a cancel
 * or a crash leaves whole chunks only. Reads are a fixed handful of batched
 * queries per chunk, never a row awaiting its own: the owners of every e-mail,
 * phone and record id in the chunk (contact-owners.ts), those customers, their identities, and,
 * when the chunk carries purchases or contacts, their history to skip rows
 * imported before.
 */
export async function writeChunk(
  db: CustomerDatabase,
  records: ImportRecord[],
  context: { phoneRegion: CountryCode; now: number; owners: ContactOwners },
): Promise<ChunkOutcome> {
  const { now, phoneRegion } = context;
  const keyed = records.map((record) => ({
    record,
    contacts: uniqueBy(
      record.contacts.flatMap((contact) => {
        const key = tryIdentityKey(contact.kind, contact.value, phoneRegion);
        return key ? [{ ...contact, key }] : [];
      }),
      (contact) => contact.key,
    ),
  }));

  return db.transaction('rw', [db.customers, db.identities, db.changeMarks, db.purchases, db.interactions], async () => {
    const outcome: ChunkOutcome = { imported: 0, updated: 0, rejected: [] };
    const owners = await context.owners.ownersOf([...new Set(keyed.flatMap(({ contacts }) => contacts.map((contact) => contact.key)))]);
    const wantedIds = [...new Set([...owners.values(), ...records.flatMap((record) => record.customerId ?? [])])];
    const stored = new Map<string, Customer>();
    (await db.customers.bulkGet(wantedIds)).forEach((customer) => customer && stored.set(customer.id, customer));

    const working = new Map<string, Customer>();
    /** Customers to write back: new ones and those whose profile the file changed. */
    const touched = new Set<string>();
    /** Customers this chunk creates: written with add, which IndexedDB does without looking for a row to replace. */
    const created = new Set<string>();
    /** Customers whose derived identities may need to follow (new profile or new e-mails). */
    const withNewIdentities = new Set<string>();
    const newIdentities: Identity[] = [];
    const purchases: Purchase[] = [];
    const interactions: Interaction[] = [];

    for (const { record, contacts } of keyed) {
      const reject = (field: string, why: Reason | string) =>
        outcome.rejected.push({ line: record.line, field, ...(typeof why === 'string' ? { reason: why } : why) });
      const claims = new Map<string, { column: string; value: string }>(); // customer id → what in the row names it
      if (record.customerId && (stored.has(record.customerId) || working.has(record.customerId))) {
        claims.set(record.customerId, { column: record.customerIdColumn ?? '', value: record.customerId });
      }
      for (const contact of contacts) {
        const owner = owners.get(contact.key);
        if (owner && !claims.has(owner)) claims.set(owner, contact);
      }
      const targets = [...claims.keys()];
      const deleted = targets.find((id) => !working.has(id) && !isAlive(stored.get(id)));
      if (deleted) {
        reject(claims.get(deleted)!.column, reason('deletedCustomer', { value: claims.get(deleted)!.value }));
        continue;
      }
      if (targets.length > 1) {
        const [first, second] = targets.map((id) => ({ ...claims.get(id)!, name: (working.get(id) ?? stored.get(id))!.name }));
        reject(second!.column, reason('twoCustomers', { value: second!.value, name: second!.name, column: first!.column, otherName: first!.name }));
        continue;
      }
      const existingId = targets[0];
      const before = existingId ? (working.get(existingId) ?? stored.get(existingId))! : undefined;
      const merged = before ? mergeIntoCustomer(before, record, now) : newCustomer(record, record.customerId ?? timeOrderedId(now), now);
      if (!merged.ok) {
        reject('', merged.reason);
        continue;
      }
      const customer = merged.customer;
      const purchase = record.purchase && purchaseSchema.safeParse({ ...meta(now), customerId: customer.id, ...record.purchase });
      const interaction = record.interaction && interactionSchema.safeParse({ ...meta(now), customerId: customer.id, ...record.interaction });
      const invalid = [purchase, interaction].find((result) => result && !result.success);
      if (invalid?.error) {
        reject('', invalid.error.issues[0]?.message ?? 'not a valid purchase or contact');
        continue;
      }

      if (before) outcome.updated++;
      else outcome.imported++;
      if (!before) created.add(customer.id);
      if (customer !== before) touched.add(customer.id);
      working.set(customer.id, customer);
      for (const contact of contacts) {
        if (owners.has(contact.key)) continue;
        owners.set(contact.key, customer.id);
        newIdentities.push(identityRow(customer.id, contact.kind, contact.key, contact.value, now));
        withNewIdentities.add(customer.id);
      }
      if (purchase?.data) purchases.push(purchase.data);
      if (interaction?.data) interactions.push(interaction.data);
    }

    const historyOf = [...working.keys()].filter((id) => stored.has(id));
    const newPurchases = await withoutKnown(purchases, purchaseSignature, () => whereAnyOf<Purchase>('purchases', CUSTOMER_HISTORY, historyOf.map(historyRange)));
    const newInteractions = await withoutKnown(interactions, interactionSignature, () =>
      whereAnyOf<Interaction>('interactions', CUSTOMER_HISTORY, historyOf.map(historyRange)),
    );
    // Only customers the file changed need their identities read: a re-import of unchanged rows reads none.
    const refreshed = [...new Set([...touched, ...withNewIdentities])].map((id) => working.get(id)!);
    const storedIdentities = await whereAnyOf<Identity>('identities', 'customerId', refreshed.flatMap((c) => (stored.has(c.id) ? [c.id] : [])));
    const { added, retired } = refreshDerived(refreshed, [...storedIdentities, ...newIdentities], now);

    const changed = [...touched].flatMap((id) => (created.has(id) ? [] : [working.get(id)!]));
    if (created.size > 0) await db.customers.bulkAdd([...created].sort().map((id) => working.get(id)!));
    if (changed.length > 0) await db.customers.bulkPut(changed);
    const identities = [...newIdentities, ...added].sort(byId);
    await db.identities.bulkAdd(identities);
    if (retired.length > 0) await db.identities.bulkPut(retired);
    await context.owners.wrote(identities, retired);
    if (newPurchases.length > 0) await db.purchases.bulkAdd(newPurchases);
    if (newInteractions.length > 0) await db.interactions.bulkAdd(newInteractions);
    return outcome;
  });
}

/** A customer's purchases and contacts, by the compound index (schema v3 has no plain customerId index there). */
const CUSTOMER_HISTORY = '[customerId+at]';
const historyRange = (customerId: string) => IDBKeyRange.bound([customerId, -Infinity], [customerId, Infinity]);

/**
 * An identity row for a contact the row reader validated and identityKey
 * normalised, built without identitySchema: everything it checks is known but
 * the lengths, checked here; an overlong value goes through the schema, which
 * refuses it as it always has.
 */
function identityRow(customerId: string, kind: IdentityKind, key: string, value: string, now: number): Identity {
  const row = { id: timeOrderedId(now), createdAt: now, updatedAt: now, customerId, kind, key, display: value.trim() };
  return key.length <= 400 && row.display.length <= 400 ? row : identitySchema.parse(row);
}

function meta(now: number) {
  return { id: timeOrderedId(now), createdAt: now, updatedAt: now };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

// To the second: a CSV (ours included, lib/data-io/export-csv.ts) holds times no finer, so a row logged in the app
// and exported keeps its signature when it comes back.
const second = (at: number) => Math.floor(at / 1000);
const purchaseSignature = (p: Purchase) => `${p.customerId}|${second(p.at)}|${p.amount}|${p.currency}|${p.product}|${p.quantity}`;
const interactionSignature = (i: Interaction) => `${i.customerId}|${second(i.at)}|${i.type}|${i.summary}`;

/**
 * Drops rows the database (or an earlier row of the chunk) already holds, so
 * that importing an order export twice does not double the purchases. Two
 * identical purchases on the same day are therefore stored once.
 */
async function withoutKnown<T extends { customerId: string; deletedAt?: number }>(
  rows: T[],
  signature: (row: T) => string,
  loadStored: () => Promise<T[]>,
): Promise<T[]> {
  if (rows.length === 0) return [];
  const known = new Set((await loadStored()).filter(isAlive).map(signature));
  return rows.filter((row) => !known.has(signature(row)) && !!known.add(signature(row)));
}

/**
 * The derived domain and name identities follow the profile: the ones its new
 * name or e-mails imply are added, the ones it no longer implies (an old name)
 * are tombstoned, so that matching by name does not find the old name.
 */
function refreshDerived(customers: Customer[], identities: Identity[], now: number): { added: Identity[]; retired: Identity[] } {
  const byCustomer = new Map<string, Identity[]>();
  for (const identity of identities.filter(isAlive)) {
    const list = byCustomer.get(identity.customerId);
    if (list) list.push(identity);
    else byCustomer.set(identity.customerId, [identity]);
  }
  const added: Identity[] = [];
  const retired: Identity[] = [];
  for (const customer of customers) {
    const own = byCustomer.get(customer.id) ?? [];
    const wanted = derivedIdentities(customer, own.filter((identity) => !identity.derived), now);
    const present = new Set(own.filter((identity) => identity.derived).map((identity) => identity.key));
    const wantedKeys = new Set(wanted.map((identity) => identity.key));
    for (const identity of wanted) if (!present.has(identity.key)) added.push({ ...identity, id: timeOrderedId(now) });
    for (const identity of own) {
      if (identity.derived && !wantedKeys.has(identity.key)) retired.push({ ...identity, deletedAt: now, updatedAt: now });
    }
  }
  return { added, retired };
}

import type { CustomerDatabase } from './database';
import type { CountryCode } from 'libphonenumber-js/min';
import { isAlive } from './alive';
import { isDue } from './care-due';
import { readHistory } from './customer-history';
import { derivedIdentities, makeIdentity } from './derived-identities';
import {
  customerSchema,
  interactionSchema,
  purchaseSchema,
  settingsSchema,
  surveySchema,
  type Customer,
  type CustomerInput,
  type Identity,
  type Interaction,
  type InteractionType,
  type Purchase,
  type Settings,
  type Survey,
} from './schema';

/** The singleton settings row; a fixed id so that every device's row is the same record. */
export const SETTINGS_ID = '00000000-0000-4000-8000-000000000001';

function newMeta(now = Date.now()) {
  return { id: crypto.randomUUID(), createdAt: now, updatedAt: now };
}


/** Customers for any of the given identity keys, in one indexed query. */
export async function findCustomerIdsByKeys(db: CustomerDatabase, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const identities = await db.identities.where('key').anyOf(keys).toArray();
  return new Map(identities.filter(isAlive).map((identity) => [identity.key, identity.customerId]));
}

const SEARCH_LIMIT = 8;

/** Customers whose name starts with the query (case-insensitive), through the name index. */
export async function searchCustomers(db: CustomerDatabase, query: string): Promise<Customer[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const rows = await db.customers.where('name').startsWithIgnoreCase(trimmed).limit(SEARCH_LIMIT * 2).toArray();
  return rows.filter(isAlive).slice(0, SEARCH_LIMIT);
}

export async function getCustomers(db: CustomerDatabase, ids: string[]): Promise<Map<string, Customer>> {
  const rows = await db.customers.bulkGet([...new Set(ids)]);
  return new Map(rows.filter(isAlive).map((customer) => [customer.id, customer]));
}

export async function createCustomer(
  db: CustomerDatabase,
  input: Omit<CustomerInput, 'id' | 'createdAt' | 'updatedAt'>,
  contacts: { kind: Identity['kind']; value: string }[],
): Promise<Customer> {
  const meta = newMeta();
  const customer = customerSchema.parse({ ...input, ...meta });
  const { phoneRegion } = await getSettings(db);
  const identities = contacts.map((contact) => {
    const identity = makeIdentity(customer.id, contact.kind, contact.value, { now: meta.createdAt, phoneRegion: phoneRegion as CountryCode });
    if (!identity) throw new Error(`not a usable ${contact.kind}: ${contact.value}`);
    return identity;
  });
  await db.transaction('rw', db.customers, db.identities, async () => {
    await assertUnclaimed(db, identities);
    await db.customers.add(customer);
    await db.identities.bulkAdd([...identities, ...derivedIdentities(customer, identities, meta.createdAt)]);
  });
  return customer;
}

/** An e-mail, phone or CRM id leads to one customer only; derived domain and name keys may be shared. */
async function assertUnclaimed(db: CustomerDatabase, identities: Identity[]) {
  const identifying = identities.filter((identity) => !identity.derived).map((identity) => identity.key);
  const taken = await findCustomerIdsByKeys(db, identifying);
  if (taken.size > 0) throw new Error(`already belongs to a customer: ${[...taken.keys()].join(', ')}`);
}

/**
 * The user confirmed on a page that this address (or phone, or CRM record) is
 * this customer: stored as an identity, so the match is certain from now on.
 */
export async function confirmIdentity(
  db: CustomerDatabase,
  customerId: string,
  contact: { kind: 'email' | 'phone' | 'external'; value: string },
  /** The identifier is on the wrong customer's file: move it (the old row becomes a tombstone). */
  reassign = false,
): Promise<Identity> {
  const { phoneRegion } = await getSettings(db);
  const identity = makeIdentity(customerId, contact.kind, contact.value, {
    now: Date.now(),
    phoneRegion: phoneRegion as CountryCode,
    confirmed: true,
  });
  if (!identity) throw new Error(`not a usable ${contact.kind}: ${contact.value}`);
  await db.transaction('rw', db.customers, db.identities, async () => {
    if (!isAlive(await db.customers.get(customerId))) throw new Error(`no customer with id ${customerId}`);
    if (reassign) {
      const now = Date.now();
      await db.identities
        .where('key')
        .equals(identity.key)
        .filter((row) => isAlive(row) && !row.derived && row.customerId !== customerId)
        .modify({ deletedAt: now, updatedAt: now });
    }
    await assertUnclaimed(db, [identity]);
    await db.identities.add(identity);
  });
  return identity;
}

/**
 * Everything the card shows about one customer. `analyse` adds the loyalty
 * analysis from the same purchase and survey rows, so they are read once.
 * Two rows, the customer and their history, asked for together; a customer whose history row is not built yet is read
 * from the tables (`fromHistoryRow` false), one round trip more.
 */
export async function getCustomerCard<A>(
  db: CustomerDatabase,
  customerId: string,
  analyse?: (customer: Customer, purchases: Purchase[], surveys: Survey[]) => A,
) {
  const [customer, stored] = await Promise.all([db.customers.get(customerId), db.histories.get(customerId)]);
  if (!isAlive(customer)) return null;
  const history = stored ?? (await readHistory(db, customerId));
  const { purchases: livePurchases, surveys: liveSurveys } = history;
  return {
    fromHistoryRow: stored !== undefined,
    analysis: analyse?.(customer, livePurchases, liveSurveys),
    purchaseHistory: livePurchases.map(({ at, amount }) => ({ at, amount })),
    customer,
    recentInteractions: history.recentInteractions,
    openCareActions: history.careActions.filter((action) => isDue(action, Date.now())).sort((a, b) => a.due - b.due),
    latestSurvey: liveSurveys.at(-1),
    purchases: {
      count: livePurchases.length,
      total: livePurchases.reduce((sum, purchase) => sum + purchase.amount, 0),
      currency: livePurchases[0]?.currency,
      lastAt: livePurchases.at(-1)?.at,
    },
  };
}

export interface LogRequest {
  customerId: string;
  type: InteractionType;
  summary?: string;
  pageUrl?: string;
  subject?: string;
  threadId?: string;
  /** For a promise: the day it is due. */
  dueDate?: string;
  force?: boolean;
  /**
   * The id the sidebar chose for this log. When the answer is lost (the service worker stopped after
   * the write), the sidebar sends the log again with the same id and gets the stored row back
   * instead of a second contact.
   */
  logId?: string;
}

export type LogOutcome = { status: 'logged'; interaction: Interaction } | { status: 'duplicate'; existing: Interaction };

/**
 * Writes one interaction. The same thread logged with the same type within the
 * settings' window is answered with the earlier row instead, unless forced, so
 * that a double click or a second tab does not write the contact twice.
 */
export async function logInteraction(db: CustomerDatabase, log: LogRequest, now = Date.now()): Promise<LogOutcome> {
  return db.transaction('rw', db.interactions, db.customers, db.settings, async () => {
    // Every read the decision needs is sent at once: one round trip before the write instead of four in a row
    // (a one-click log is timed by the bench against 30 ms).
    const [settings, customer, earlier, sameThread] = await Promise.all([
      getSettings(db),
      db.customers.get(log.customerId),
      log.logId ? db.interactions.get(log.logId) : undefined,
      !log.force && log.threadId ? db.interactions.where('threadId').equals(log.threadId).toArray() : [],
    ]);
    if (!isAlive(customer)) throw new Error(`no customer with id ${log.customerId}`);
    if (earlier && earlier.customerId !== log.customerId) throw new Error(`log id ${log.logId} belongs to another customer`);
    if (earlier) return { status: 'logged', interaction: earlier } as const;
    const since = now - settings.duplicateLogWindowMinutes * 60_000;
    const existing = sameThread.find(
      (row) => isAlive(row) && row.customerId === log.customerId && row.type === log.type && row.at >= since,
    );
    if (existing) return { status: 'duplicate', existing } as const;
    const interaction = interactionSchema.parse({
      ...newMeta(now),
      ...(log.logId && { id: log.logId }),
      customerId: log.customerId,
      type: log.type,
      at: now,
      summary: log.summary ?? '',
      pageUrl: log.pageUrl,
      subject: log.subject,
      threadId: log.threadId,
      dueDate: log.dueDate,
    });
    await db.interactions.add(interaction);
    return { status: 'logged', interaction } as const;
  });
}

export async function logPurchase(
  db: CustomerDatabase,
  input: Pick<Purchase, 'customerId' | 'amount' | 'currency' | 'product'> & { category?: string },
  now = Date.now(),
): Promise<Purchase> {
  const purchase = purchaseSchema.parse({ ...newMeta(now), at: now, ...input });
  await db.transaction('rw', db.purchases, db.customers, async () => {
    const customer = await db.customers.get(input.customerId);
    if (!isAlive(customer)) throw new Error(`no customer with id ${input.customerId}`);
    await db.purchases.add(purchase);
    await db.customers.update(customer.id, {
      lastDealAt: Math.max(customer.lastDealAt ?? 0, now),
      firstDealAt: customer.firstDealAt ?? now,
      updatedAt: now,
    });
  });
  return purchase;
}

export async function logSurvey(
  db: CustomerDatabase,
  input: Pick<Survey, 'customerId' | 'recommend' | 'repurchase' | 'nps'>,
  now = Date.now(),
): Promise<Survey> {
  const survey = surveySchema.parse({ ...newMeta(now), at: now, ...input });
  await db.transaction('rw', db.surveys, db.customers, async () => {
    if (!isAlive(await db.customers.get(input.customerId))) throw new Error(`no customer with id ${input.customerId}`);
    await db.surveys.add(survey);
  });
  return survey;
}

/** Deletes by tombstone, so that a merge with another database cannot bring the row back. */
export async function tombstoneInteraction(db: CustomerDatabase, interactionId: string, now = Date.now()): Promise<boolean> {
  const updated = await db.interactions
    .where('id')
    .equals(interactionId)
    .filter((row) => row.deletedAt === undefined)
    .modify({ deletedAt: now, updatedAt: now });
  return updated > 0;
}

export type EditableSetting = 'language' | 'duplicateLogWindowMinutes' | 'ownAddresses' | 'phoneRegion' | 'loyalty' | 'care';

export async function getSettings(db: CustomerDatabase): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  // Parsed on read, so that a row written before a setting existed gets that setting's default.
  return settingsSchema.parse(stored ?? { id: SETTINGS_ID, createdAt: 0, updatedAt: 0 });
}

export async function updateSettings(
  db: CustomerDatabase,
  patch: Partial<Pick<Settings, EditableSetting>>,
): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const now = Date.now();
    const current = await getSettings(db);
    const next = settingsSchema.parse({ ...current, ...patch, createdAt: current.createdAt || now, updatedAt: now });
    await db.settings.put(next);
    return next;
  });
}

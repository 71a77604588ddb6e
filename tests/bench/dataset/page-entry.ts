/**
 * Bundled by esbuild and run inside the extension's options page (same origin as
 * the service worker, so the same IndexedDB): writes the generated base through
 * the product's DB module, times the product's rescoring and import, and the
 * physical floor (raw IndexedDB) beside them.
 */
import './jitless';
import { openCustomerDatabase } from '../../../lib/db/database';
import { customerSchema, identitySchema, interactionSchema, purchaseSchema, surveySchema, type CareAction, type Customer } from '../../../lib/db/schema';
import { browser } from 'wxt/browser';
import { CareService, REFRESHED_KEY as CARE_REFRESHED_KEY } from '../../../lib/background/care-service';
import { KEPT_KEY as BADGE_KEPT_KEY } from '../../../lib/background/care-badge';
import { LoyaltyService, MODEL_KEY as LOYALTY_MODEL_KEY } from '../../../lib/background/loyalty-service';
import { CHUNK_CUSTOMERS, generateChunk } from './generate';
import { buildSidebarView } from '../../../lib/background/view';
import { getCustomerCard } from '../../../lib/db/repository';
import { HistoryKeeper } from '../../../lib/background/history-keeper';
import { readHistory } from '../../../lib/db/customer-history';
import { customersWithoutHistory } from '../../../lib/db/history-build';

export { timeImportAndFloor } from '../import/floor';

const db = openCustomerDatabase();

/** Customers are written with their chunk in one transaction, so whole chunks are what the count shows. */
export async function chunksWritten(): Promise<number> {
  return Math.floor((await db.customers.count()) / CHUNK_CUSTOMERS);
}

/** Generates and writes one chunk in one transaction; returns the seconds it took. */
export async function writeChunk(index: number, now: number, validate: boolean): Promise<number> {
  const started = performance.now();
  const chunk = generateChunk(index, now);
  if (validate) {
    // The generator must only make rows the app itself would accept.
    for (const [schema, rows] of [
      [customerSchema, chunk.customers],
      [identitySchema, chunk.identities],
      [interactionSchema, chunk.interactions],
      [purchaseSchema, chunk.purchases],
      [surveySchema, chunk.surveys],
    ] as const) {
      for (const row of rows.slice(0, 500)) schema.parse(row);
    }
  }
  await db.transaction('rw', [db.customers, db.identities, db.interactions, db.purchases, db.surveys], async () => {
    await Promise.all([
      db.customers.bulkAdd(chunk.customers),
      db.identities.bulkAdd(chunk.identities),
      db.interactions.bulkAdd(chunk.interactions),
      db.purchases.bulkAdd(chunk.purchases),
      db.surveys.bulkAdd(chunk.surveys),
    ]);
  });
  return (performance.now() - started) / 1000;
}

export async function counts() {
  const tables = { customers: db.customers, identities: db.identities, interactions: db.interactions, purchases: db.purchases, surveys: db.surveys, careActions: db.careActions };
  const counted = await Promise.all(Object.entries(tables).map(async ([name, table]) => [name, await table.count()] as const));
  return Object.fromEntries(counted) as Record<keyof typeof tables, number>;
}

async function spreadCustomerIds(count: number): Promise<string[]> {
  const ids = await db.customers.toCollection().primaryKeys();
  return Array.from({ length: count }, (_, i) => ids[Math.floor(((i + 0.5) * ids.length) / count)]!);
}

/** Customers spread over the base, with the e-mail a page would show for them. */
export async function sampleSenders(count: number): Promise<{ name: string; email: string }[]> {
  const senders: { name: string; email: string }[] = [];
  for (const customerId of await spreadCustomerIds(count)) {
    const customer = await db.customers.get(customerId);
    const email = await db.identities.where('customerId').equals(customer!.id).filter((row) => row.kind === 'email').first();
    senders.push({ name: customer!.name, email: email!.display });
  }
  return senders;
}

/**
 * The base changed under the background's start-up work (a model fitted, a care pass run, at the launch that
 * began generating it, on a base still empty): forget both, so that the next run redoes them first.
 */
export async function forgetBackgroundWork(): Promise<void> {
  await browser.storage.local.remove([LOYALTY_MODEL_KEY, CARE_REFRESHED_KEY]);
}

/**
 * Whether the background will find nothing to do at its start-up: a stored model under a day old and a care
 * pass within its few hours. Otherwise it refits and refreshes the whole base in the service worker (a minute
 * here), and anything timed meanwhile times that too.
 */
export async function backgroundWorkIsFresh(): Promise<boolean> {
  // An hour's margin, so that neither turns stale while the run is under way.
  const inAnHour = Date.now() + 3_600_000;
  return (await new LoyaltyService(db).isFresh(inAnHour)) && (await new CareService(db).isFresh(inAnHour));
}

/** Whether the started worker has made the badge's whole count and kept it (lib/background/care-badge.ts). */
export async function badgeCountKept(): Promise<boolean> {
  return (await browser.storage.session.get(BADGE_KEPT_KEY))[BADGE_KEPT_KEY] !== undefined;
}

/** The services the background runs, on the whole base, through their public methods. */
export async function timeLoyaltyRescoring(): Promise<number> {
  const service = new LoyaltyService(db);
  const started = performance.now();
  await service.refitAndRescoreAll();
  return performance.now() - started;
}

export async function timeCareRefresh(): Promise<number> {
  const service = new CareService(db);
  const started = performance.now();
  await service.refreshAll();
  return performance.now() - started;
}

/**
 * `run` (a pass over the whole base) with a card's read (getCustomerCard: the customer, their history and care
 * actions) every 100 ms meanwhile, as page changes would ask for cards: how long a card waits behind the pass.
 */
async function timeCardsDuring(run: () => Promise<unknown>): Promise<{ passMs: number; cardMs: number[] }> {
  const ids = await spreadCustomerIds(200);
  const started = performance.now();
  let done = false;
  const pass = run().then(() => (done = true));
  const cardMs: number[] = [];
  for (let i = 0; !done; i++) {
    const asked = performance.now();
    await getCustomerCard(db, ids[i % ids.length]!);
    cardMs.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await pass;
  return { passMs: performance.now() - started, cardMs };
}

export const timeCardsDuringCareRefresh = () => timeCardsDuring(() => new CareService(db).refreshAll());
export const timeCardsDuringLoyaltyRescoring = () => timeCardsDuring(() => new LoyaltyService(db).refitAndRescoreAll());

/**
 * Builds the card history rows that are missing, as the worker does at its start: all of them once, on the first run
 * after the upgrade to database version 4 (the worker builds them too meanwhile), a few (the bench's undone notes) later.
 */
export async function buildMissingHistories(): Promise<{ ms: number; built: number }> {
  const built = (await customersWithoutHistory(db)).length;
  const started = performance.now();
  await new HistoryKeeper(db).buildMissing();
  return { ms: performance.now() - started, built };
}

/**
 * A card's reads for customers spread over the base, in one read-only transaction each, alternating: the customer and
 * their history row, as the card reads them, and the customer and the four history tables, as it read them before
 * version 4 (and still does for a customer whose row is not built). Different customers for each, so neither reads
 * what the other has warmed.
 */
export async function timeCardReads(samples: number): Promise<{ row: number[]; tables: number[] }> {
  const ids = await spreadCustomerIds(2 * samples);
  const row: number[] = [];
  const tables: number[] = [];
  const scope = [db.customers, db.histories, db.interactions, db.purchases, db.surveys, db.careActions];
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    const fromRow = index % 2 === 0;
    const started = performance.now();
    await db.transaction('r', scope, () =>
      fromRow ? Promise.all([db.customers.get(id), db.histories.get(id)]) : Promise.all([db.customers.get(id), readHistory(db, id)]),
    );
    (fromRow ? row : tables).push(performance.now() - started);
  }
  return { row, tables };
}

/** One indexed get of a customer's identity by key: through Dexie as the product does, and raw. */
export async function timeIndexedGets(samples: number): Promise<{ dexie: number[]; raw: number[] }> {
  const keys: string[] = [];
  for (const customerId of await spreadCustomerIds(samples)) {
    keys.push((await db.identities.where('customerId').equals(customerId).first())!.key);
  }
  const dexie: number[] = [];
  for (const key of keys) {
    const started = performance.now();
    await db.identities.where('key').equals(key).toArray();
    dexie.push(performance.now() - started);
  }
  const idb = db.backendDB();
  const raw: number[] = [];
  for (const key of keys) {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const request = idb.transaction('identities', 'readonly').objectStore('identities').index('key').getAll(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    raw.push(performance.now() - started);
  }
  return { dexie, raw };
}

/**
 * One logged note's write (logInteraction, in the options page), alternating between customers with a history row,
 * which the write patches, and customers whose row was taken away first. Probes what the row's upkeep adds to a log.
 */
export async function timeLogWrites(samples: number): Promise<{ patched: number[]; without: number[] }> {
  const ids = await spreadCustomerIds(2 * samples);
  const { logInteraction } = await import('../../../lib/db/repository');
  const patched: number[] = [];
  const without: number[] = [];
  const since = Date.now();
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    const keep = index % 2 === 0;
    if (!keep) await db.histories.delete(id);
    await db.customers.get(id);
    const started = performance.now();
    await logInteraction(db, { customerId: id, type: 'note', summary: `bench note ${index}` });
    (keep ? patched : without).push(performance.now() - started);
  }
  await removeBenchNotes(since);
  await new HistoryKeeper(db).buildMissing();
  return { patched, without };
}

/** The notes the card benchmark logged, so the cached base stays as generated. */
export async function removeBenchNotes(since: number): Promise<number> {
  return db.interactions
    .where('at')
    .aboveOrEqual(since)
    .filter((row) => row.summary.startsWith('bench note '))
    .delete();
}

/**
 * The toolbar badge at a worker's start, in ms: a fresh CareService has no counts yet, as a worker the browser has
 * just started. `whole`: the recount of every care action (what each start did before the count was kept);
 * `atStart`: refreshIfStale() as the worker runs it, which takes the count kept in storage.session for today.
 */
export async function timeBadgeAtStart(runs: number): Promise<{ whole: number[]; atStart: number[] }> {
  const whole: number[] = [];
  const atStart: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await new CareService(db).updateBadge();
    whole.push(performance.now() - started);
    started = performance.now();
    await new CareService(db).refreshIfStale();
    atStart.push(performance.now() - started);
  }
  return { whole, atStart };
}

/** One customer's rows that marking a care action done changes (their row, care actions and contacts). */
export interface CustomerSnapshot {
  customer: Customer;
  careActions: CareAction[];
  interactionIds: string[];
}

/** The rows of the customer of this care action, so that the Today bench's "Done" can be taken back. */
export async function snapshotOfAction(actionId: string): Promise<CustomerSnapshot> {
  const { customerId } = (await db.careActions.get(actionId))!;
  const [customer, careActions, interactionIds] = await Promise.all([
    db.customers.get(customerId),
    db.careActions.where('customerId').equals(customerId).toArray(),
    db.interactions.where('customerId').equals(customerId).primaryKeys(),
  ]);
  return { customer: customer!, careActions, interactionIds };
}

/** Puts a customer's rows back as snapshotOfAction found them: the cached base stays as generated. */
export async function restoreSnapshot(snapshot: CustomerSnapshot): Promise<void> {
  const { customer, careActions } = snapshot;
  const known = new Set(snapshot.interactionIds);
  await db.transaction('rw', db.customers, db.careActions, db.interactions, async () => {
    const actionIds = new Set(careActions.map((action) => action.id));
    await db.careActions.where('customerId').equals(customer.id).filter((action) => !actionIds.has(action.id)).delete();
    await db.careActions.bulkPut(careActions);
    await db.interactions.where('customerId').equals(customer.id).filter((row) => !known.has(row.id)).delete();
    await db.customers.put(customer);
  });
}

/** What the care refresh's reads cost alone: by customer id (anyOf, as it reads now) and whole tables. */
export async function timeCareReads(): Promise<Record<string, number>> {
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return Math.round(performance.now() - started);
  };
  const ids = await db.customers.toCollection().primaryKeys();
  return {
    customersToArray: await time(() => db.customers.toArray()),
    interactionsAnyOfAllIds: await time(() => db.interactions.where('customerId').anyOf(ids).toArray()),
    interactionsToArray: await time(() => db.interactions.toArray()),
    careActionsAnyOfAllIds: await time(() => db.careActions.where('customerId').anyOf(ids).toArray()),
    careActionsToArray: await time(() => db.careActions.toArray()),
  };
}

/**
 * The background's part of a page change, alone: buildSidebarView() (lib/background/view.ts) for a Gmail
 * report naming each sender, on the extension's database, timed step by step. No messaging, no render.
 */
export async function timeSidebarViews(senders: { name: string; email: string }[]): Promise<{ total: number[]; card: number[]; model: boolean }> {
  const total: number[] = [];
  const card: number[] = [];
  // The model the background passes, as it stored it.
  const model = await new LoyaltyService(db).currentModel();
  for (const [i, sender] of senders.entries()) {
    const report = {
      type: 'page/report' as const,
      url: `https://mail.google.com/mail/u/0/#inbox/bench${i}`,
      theme: 'light' as const,
      context: { site: 'gmail', kind: 'thread' as const, subject: `bench ${i}`, threadId: `bench${i}`, externalIds: [], people: [{ email: sender.email, name: sender.name, role: 'sender' as const }] },
    };
    let started = performance.now();
    const view = await buildSidebarView(db, report as never, { browserLanguage: 'en', model });
    total.push(performance.now() - started);
    if (!view.card) throw new Error(`no card for ${sender.email}`);
    started = performance.now();
    await getCustomerCard(db, view.card.customer.id);
    card.push(performance.now() - started);
  }
  return { total, card, model: model !== undefined };
}


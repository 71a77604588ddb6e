/** Bundled into a Chromium page by run.ts: the CSV import against real IndexedDB, and its floor. */
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { importCustomers } from '../../../lib/import/import-customers';
import { guessMapping } from '../../../lib/import/mapping';
import { GENERATED_HEADERS, generateCustomerCsv } from '../import/generate-csv';

const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

let db: CustomerDatabase | undefined;
let file: Blob | undefined;

export async function setUp(rows: number) {
  db = openCustomerDatabase(`speed-${crypto.randomUUID()}`);
  await db.open();
  file = generateCustomerCsv(rows);
}

/** One import of the generated file into the database of setUp (first run: all new; later runs: all unchanged). */
export async function timeImport(chunkBytes?: number) {
  const started = performance.now();
  const report = await importCustomers(db!, file!, { mapping: guessMapping(GENERATED_HEADERS), encoding: 'utf-8', chunkBytes });
  const took = seconds(started);
  return { seconds: took, imported: report.imported, updated: report.updated, rejected: report.rejectedRows };
}

/**
 * The floor: the customers and identities the import stored, bulkAdded by Dexie
 * into an empty database with the same indexes, 5,000 customers (and their
 * identities) per transaction: no parsing, validation or matching.
 */
export async function timeFloor() {
  const customers = await db!.customers.toArray();
  const identities = await db!.identities.toArray();
  const target = openCustomerDatabase(`speed-floor-${crypto.randomUUID()}`);
  await target.open();
  const per = 5_000;
  const started = performance.now();
  for (let from = 0; from < customers.length; from += per) {
    const share = (n: number) => Math.floor((n / customers.length) * identities.length);
    await target.transaction('rw', [target.customers, target.identities], async () => {
      await target.customers.bulkAdd(customers.slice(from, from + per));
      await target.identities.bulkAdd(identities.slice(share(from), share(Math.min(customers.length, from + per))));
    });
  }
  const took = seconds(started);
  await target.delete();
  return { seconds: took, customers: customers.length, identities: identities.length };
}

/**
 * The least any import of these rows must write: one customer row per CSV row
 * and nothing else, with the customers' indexes and with none at all (raw
 * IndexedDB, 5,000 rows per transaction). If this alone is over a target, no
 * design of the other tables can meet it on this machine.
 */
export async function timeCustomersOnlyFloor() {
  const customers = await db!.customers.toArray();
  const write = async (indexed: boolean) => {
    const name = `speed-customers-${crypto.randomUUID()}`;
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('customers', { keyPath: 'id' });
        // The customers' indexes of the current schema, as Dexie read it.
        if (indexed) for (const index of db!.customers.schema.indexes) store.createIndex(index.name, index.keyPath!);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    for (let from = 0; from < customers.length; from += 5_000) {
      const transaction = idb.transaction('customers', 'readwrite');
      const store = transaction.objectStore('customers');
      for (const customer of customers.slice(from, from + 5_000)) store.add(customer);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = transaction.onabort = () => reject(transaction.error);
      });
    }
    const took = seconds(started);
    idb.close();
    indexedDB.deleteDatabase(name);
    return took;
  };
  return { customers: customers.length, indexedSeconds: await write(true), bareSeconds: await write(false) };
}

export async function counts() {
  return { customers: await db!.customers.count(), identities: await db!.identities.count() };
}

export async function tearDown() {
  await db?.delete();
}

/**
 * CSV import throughput beside its physical floor: the same rows the import
 * wrote, written again with the bare IndexedDB API (no parsing, validation,
 * matching or Dexie) into an empty database with the same indexes.
 */
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { importCustomers } from '../../../lib/import/import-customers';
import { guessMapping } from '../../../lib/import/mapping';
import { GENERATED_HEADERS, generateCustomerCsv } from './generate-csv';

const TABLES = ['customers', 'identities', 'interactions', 'purchases', 'surveys'] as const;
const ROWS_PER_TRANSACTION = 5_000;

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = request.onabort = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

async function rawBulkWrite(source: CustomerDatabase): Promise<{ seconds: number; records: number }> {
  const target = openCustomerDatabase(`bench-raw-${crypto.randomUUID()}`);
  await target.open();
  const rows = Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await source.table(table).toArray()] as const)));
  const idb = target.backendDB();
  const customers = rows.customers!.length;
  const started = performance.now();
  // Each transaction carries a slice of every table, as the import's chunks do.
  for (let from = 0; from < customers; from += ROWS_PER_TRANSACTION) {
    const transaction = idb.transaction([...TABLES], 'readwrite');
    for (const table of TABLES) {
      const all = rows[table]!;
      const start = Math.floor((from / customers) * all.length);
      const end = Math.floor((Math.min(customers, from + ROWS_PER_TRANSACTION) / customers) * all.length);
      const store = transaction.objectStore(table);
      for (let i = start; i < end; i++) store.add(all[i]);
    }
    await done(transaction);
  }
  const seconds = (performance.now() - started) / 1000;
  await target.delete();
  return { seconds, records: TABLES.reduce((sum, table) => sum + rows[table]!.length, 0) };
}

/**
 * The import and its floor in turns, `rounds` times, each into a fresh database: the machine's speed drifts
 * (a shared virtual machine), so one import and one raw write after it made a ratio that moved between 0.74 and 0.85
 * from run to run with the same code. Times are the means of the rounds; the re-import is timed in the first.
 */
export async function timeImportAndFloor(rows: number, rounds = 2) {
  const file = generateCustomerCsv(rows);
  const mapping = guessMapping(GENERATED_HEADERS);
  const imports: number[] = [];
  const raws: { seconds: number; records: number }[] = [];
  let reimportSeconds = 0;
  for (let round = 0; round < rounds; round++) {
    const db = openCustomerDatabase(`bench-import-${crypto.randomUUID()}`);
    let started = performance.now();
    const first = await importCustomers(db, file, { mapping, encoding: 'utf-8' });
    imports.push((performance.now() - started) / 1000);
    if (first.imported !== rows) throw new Error(`import wrote ${first.imported} of ${rows}`);
    if (round === 0) {
      started = performance.now();
      const again = await importCustomers(db, file, { mapping, encoding: 'utf-8' });
      reimportSeconds = (performance.now() - started) / 1000;
      if (again.updated !== rows) throw new Error(`re-import updated ${again.updated} of ${rows}`);
    }
    raws.push(await rawBulkWrite(db));
    await db.delete();
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    rows,
    rounds: { imports, raws: raws.map((raw) => raw.seconds) },
    firstSeconds: mean(imports),
    reimportSeconds,
    raw: { seconds: mean(raws.map((raw) => raw.seconds)), records: raws[0]!.records },
  };
}

/** Bundled into a Chromium page by standalone.ts: the import against real IndexedDB. */
import { openCustomerDatabase } from '../../../lib/db/database';
import { importCustomers } from '../../../lib/import/import-customers';
import { guessMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/parse';
import { createRowReader } from '../../../lib/import/rows';
import { GENERATED_HEADERS, generateCustomerCsv } from './generate-csv';

const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

/** Parsing and validation alone (no database): the main-thread CPU an import costs. */
export async function timeParseAndValidate(rows: number) {
  const file = generateCustomerCsv(rows);
  let started = performance.now();
  await parseCsv(file, { encoding: 'utf-8', onChunk() {} });
  const parse = seconds(started);
  const readRow = createRowReader(GENERATED_HEADERS, guessMapping(GENERATED_HEADERS), { defaultCurrency: 'CNY' });
  started = performance.now();
  await parseCsv(file, {
    encoding: 'utf-8',
    onChunk(chunk, _first, { lines }) {
      chunk.forEach((row, i) => lines[i]! > 1 && readRow(row, lines[i]!));
    },
  });
  return { parseSeconds: parse, parseAndValidateSeconds: seconds(started) };
}

/** A first import into an empty database, then the same file again (every row an unchanged update). */
export async function timeImport(rows: number, chunkBytes?: number) {
  const db = openCustomerDatabase(`bench-${crypto.randomUUID()}`);
  const file = generateCustomerCsv(rows);
  const runs = [];
  for (const run of ['first import', 're-import']) {
    const started = performance.now();
    const report = await importCustomers(db, file, { mapping: guessMapping(GENERATED_HEADERS), encoding: 'utf-8', chunkBytes });
    const took = seconds(started);
    runs.push({ run, seconds: took, rowsPerSecond: Math.round(rows / took), imported: report.imported, updated: report.updated });
  }
  const counts = { customers: await db.customers.count(), identities: await db.identities.count() };
  await db.delete();
  return { runs, counts };
}

/** One chunk's key lookup on a big identities table: Dexie's anyOf cursor against one get per key in parallel. */
export async function timeLookups(tableRows: number, keys: number) {
  const db = openCustomerDatabase(`lookup-${crypto.randomUUID()}`);
  const now = Date.now();
  const rows = Array.from({ length: tableRows }, (_, i) => ({
    id: crypto.randomUUID(),
    customerId: crypto.randomUUID(),
    kind: 'email' as const,
    key: `email:c${i}@x.cn`,
    display: 'x',
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < rows.length; i += 10_000) await db.identities.bulkAdd(rows.slice(i, i + 10_000));
  const wanted = Array.from({ length: keys }, (_, i) => rows[Math.floor((i * tableRows) / keys)]!.key);
  let started = performance.now();
  await Promise.all(wanted.map((key) => db.identities.where('key').equals(key).toArray()));
  const parallelGets = seconds(started);
  started = performance.now();
  await db.identities.where('key').anyOf(wanted).toArray();
  const anyOf = seconds(started);
  await db.delete();
  return { anyOfSeconds: anyOf, parallelGetsSeconds: parallelGets };
}

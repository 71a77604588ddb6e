/** Bundled into a Chromium page by run.ts: the CSV import against real IndexedDB, and its floor. */
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { importCustomers } from '../../../lib/import/import-customers';
import { guessMapping } from '../../../lib/import/mapping';

/** A Chinese customer list: every row valid, every e-mail and phone distinct, company domains shared by 20 rows. */
const HEADERS = ['客户名称', '邮箱', '手机', '公司', '城市', '级别', '生日', '备注'];

function generateCsv(rows: number): Blob {
  const lines = [HEADERS.join(',')];
  for (let i = 0; i < rows; i++) {
    const phone = `139${String(i).padStart(8, '0')}`;
    const birthday = `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`;
    lines.push(`客户${i},c${i}@company${i % 5000}.cn,${phone},公司${i % 5000},深圳,${'ABC'[i % 3]},${birthday},"备注 ${i}, 喜欢茶"`);
  }
  return new Blob([new TextEncoder().encode(lines.join('\r\n'))]);
}

const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

let db: CustomerDatabase | undefined;
let file: Blob | undefined;

export async function setUp(rows: number) {
  db = openCustomerDatabase(`speed-${crypto.randomUUID()}`);
  await db.open();
  file = generateCsv(rows);
}

/** One import of the generated file into the database of setUp (first run: all new; later runs: all unchanged). */
export async function timeImport(chunkBytes?: number) {
  const started = performance.now();
  const report = await importCustomers(db!, file!, { mapping: guessMapping(HEADERS), encoding: 'utf-8', chunkBytes });
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

export async function counts() {
  return { customers: await db!.customers.count(), identities: await db!.identities.count() };
}

export async function tearDown() {
  await db?.delete();
}

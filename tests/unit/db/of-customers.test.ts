import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { rowsOfCustomers } from '../../../lib/db/of-customers';
import type { Purchase } from '../../../lib/db/schema';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`of-customers-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const purchase = (customerId: string, at: number, deletedAt?: number): Purchase => ({
  id: crypto.randomUUID(),
  createdAt: at,
  updatedAt: at,
  customerId,
  at,
  amount: 10,
  currency: 'CNY',
  product: 'jade bangle',
  quantity: 1,
  ...(deletedAt === undefined ? {} : { deletedAt }),
});

describe("reading the rows of some customers (purchases: Dexie's virtual customerId index)", () => {
  it.each([
    ['a few customers, one getAll each', 3],
    ['many customers, one anyOf cursor', 120],
  ])('%s: every row of those customers, deleted ones too, and none of the others', async (_case, wanted) => {
    const ids = Array.from({ length: 150 }, (_, i) => `customer-${String(i).padStart(3, '0')}`);
    const rows = ids.flatMap((id, i) => [purchase(id, 1_000 + i), purchase(id, 2_000 + i, 3_000)]);
    await db.purchases.bulkAdd(rows);
    const asked = [...ids.slice(0, wanted), ids[0]!]; // a repeated id is read once
    const found = await rowsOfCustomers(db.purchases, asked);
    const expected = rows.filter((row) => asked.includes(row.customerId));
    expect(found.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
  });
});

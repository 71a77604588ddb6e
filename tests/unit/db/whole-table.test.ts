import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { forEachSlice, groupedWhole } from '../../../lib/db/whole-table';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`whole-table-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

async function addSurveys(count: number): Promise<void> {
  await db.surveys.bulkAdd(
    Array.from({ length: count }, (_, i) => ({
      id: `survey-${String(i).padStart(4, '0')}`,
      customerId: `customer-${i % 4}`,
      at: i,
      createdAt: 0,
      updatedAt: 0,
      ...(i === 5 ? { deletedAt: 1 } : {}),
    })),
  );
}

describe('reading a whole table a slice at a time', () => {
  it.each([
    ['a last slice part full', 10, 3, [3, 3, 3, 1]],
    ['a last slice exactly full, then an empty read', 9, 3, [3, 3, 3, 0]],
    ['fewer rows than a slice', 2, 3, [2]],
    ['an empty table', 0, 3, [0]],
  ])('hands over every row once, in key order, with %s', async (_case, count, size, sizes) => {
    await addSurveys(count);
    const slices: string[][] = [];
    await forEachSlice(db.surveys, (rows) => slices.push(rows.map((row) => row.id)), { rowsPerRead: size });
    expect(slices.map((slice) => slice.length)).toEqual(sizes);
    expect(slices.flat()).toEqual((await db.surveys.toArray()).map((row) => row.id));
  });

  it('groups the live rows by customer, leaving out tombstones', async () => {
    await addSurveys(2_500);
    const groups = await groupedWhole(db.surveys);
    expect([...groups.keys()].sort()).toEqual(['customer-0', 'customer-1', 'customer-2', 'customer-3']);
    expect([...groups.values()].reduce((sum, rows) => sum + rows.length, 0)).toBe(2_499);
    expect(groups.get('customer-1')!.some((row) => row.id === 'survey-0005')).toBe(false);
  });
});

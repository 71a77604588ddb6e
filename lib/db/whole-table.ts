import type { EntityTable } from 'dexie';
import { groupByCustomer } from './alive';

/**
 * Rows one request of a whole-table read asks for. IndexedDB answers a database's requests one at a time: a
 * single read of a million interactions kept every card waiting for about 10 s on the 100k base
 * (BENCHMARKS.md); with slices, a card waits for one slice at most.
 */
const ROWS_PER_READ = 10_000;

/**
 * Reads `table` in slices by primary key, handing each slice to `each` before asking for the next. In key
 * order, Chromium reads a table several times faster than through an index, which looks each row up apart:
 * 7.4 µs an interaction against 35 through [customerId+at], and all 200k care actions in 1.4 s against 2.3 s
 * for the 160k due ones through [status+due].
 */
export async function forEachSlice<T extends { id: string }>(table: EntityTable<T, 'id'>, each: (rows: T[]) => void): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const rows = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(ROWS_PER_READ).toArray();
    each(rows);
    if (rows.length < ROWS_PER_READ) return;
    last = rows.at(-1)!.id;
  }
}

/** A whole table's live rows by customer, read a slice at a time. */
export async function groupedWhole<T extends { id: string; customerId: string; deletedAt?: number }>(
  table: EntityTable<T, 'id'>,
): Promise<Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  await forEachSlice(table, (rows) => groupByCustomer(rows, groups));
  return groups;
}

import Dexie, { type EntityTable } from 'dexie';

/** Up to this many customers are read with one request each; more keep Dexie's single anyOf cursor. */
const FEW_CUSTOMERS = 50;

/**
 * The rows whose `index` equals each of `values` (repeats read once), up to `limit` rows per value: one
 * equality query per value, all sent at once. Each is a single getAll, where Table.where(index).anyOf walks
 * one cursor across the values, a round trip to IndexedDB per row. Dexie's own promises, so that it works
 * inside a transaction or a live query.
 */
export function whereEach<T extends { id: string }>(table: EntityTable<T, 'id'>, index: string, values: string[], limit?: number): Promise<T[]> {
  const equal = (value: string) => table.where(index).equals(value);
  return Dexie.Promise.all(
    [...new Set(values)].map((value) => (limit === undefined ? equal(value) : equal(value).limit(limit)).toArray()),
  ).then((lists) => lists.flat());
}

/**
 * The rows of these customers, by the table's customerId index (real or, on the history tables, Dexie's
 * virtual one over [customerId+at]): a few customers (a log, an edit: a log's care refresh walked about 50
 * rows by cursor) with whereEach; many (an import's) keep the one anyOf cursor rather than a transaction per
 * customer outside a transaction.
 */
export function rowsOfCustomers<T extends { id: string }>(table: EntityTable<T, 'id'>, customerIds: string[]): Promise<T[]> {
  if (new Set(customerIds).size > FEW_CUSTOMERS) return table.where('customerId').anyOf([...new Set(customerIds)]).toArray();
  return whereEach(table, 'customerId', customerIds);
}

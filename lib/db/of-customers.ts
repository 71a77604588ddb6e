import Dexie, { type EntityTable } from 'dexie';

/** Up to this many customers are read with one request each; more keep Dexie's single anyOf cursor. */
const FEW_CUSTOMERS = 50;

/**
 * The rows of these customers, by the table's customerId index (real or, on the history tables, Dexie's
 * virtual one over [customerId+at]). anyOf walks one cursor across the keys, a round trip to IndexedDB per
 * row: a log's care refresh walked about 50 rows that way. A few customers (a log, an edit) are read with one
 * getAll each, sent at once; many (an import's) keep the one cursor rather than thousands of requests in flight.
 * Dexie's own promises, so that it works inside a transaction or a live query.
 */
export function rowsOfCustomers<T extends { id: string }>(table: EntityTable<T, 'id'>, customerIds: string[]): Promise<T[]> {
  const ids = [...new Set(customerIds)];
  if (ids.length > FEW_CUSTOMERS) return table.where('customerId').anyOf(ids).toArray();
  return Dexie.Promise.all(ids.map((id) => table.where('customerId').equals(id).toArray())).then((lists) => lists.flat());
}

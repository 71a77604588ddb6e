/** A row that exists and is not a tombstone. */
export const isAlive = <T extends { deletedAt?: number }>(row: T | undefined): row is T =>
  !!row && row.deletedAt === undefined;

/** By id, in IndexedDB's order of string keys (UTF-16 code units, as `<` compares them). */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Live rows grouped by their customer (added to `groups` when given), for passes over the whole base. */
export function groupByCustomer<T extends { customerId: string; deletedAt?: number }>(rows: T[], groups = new Map<string, T[]>()): Map<string, T[]> {
  for (const row of rows) {
    if (!isAlive(row)) continue;
    const group = groups.get(row.customerId);
    if (group) group.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

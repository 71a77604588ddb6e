import { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';

/** What a committed write changed of what an agenda is read from, as far as it names it row by row. */
export interface AgendaChange {
  /** Customers whose row changed, or who have a care action that was written. */
  customers: string[];
  /** Care actions written or deleted: the customer of one the agenda lists is known from its item. */
  actions: string[];
}

/**
 * Reads Dexie's storagemutated parts (`idb://db/table/index` → the keys written; the format is Dexie's typed
 * ObservabilitySet): which customers' part of the agenda a write changed. `undefined` when it touched neither
 * care actions nor customers; 'unknown' when it does not say row by row: a write of 50 rows or more, a range
 * deleted or the table cleared (Dexie then marks the whole range), or a care-action write without the customers it
 * was for. The agenda is then read again whole.
 */
export function agendaChange(parts: ObservabilitySet, dbName: string): AgendaChange | 'unknown' | undefined {
  if ('all' in parts) return 'unknown';
  const part = (table: string, index: string) => parts[`idb://${dbName}/${table}/${index}`];
  const actionKeys = part('careActions', '');
  const customerKeys = part('customers', '');
  if (!actionKeys && !customerKeys) return undefined;
  const actions = actionKeys ? keysOf(actionKeys) : [];
  const actionCustomers = actionKeys ? keysOf(part('careActions', 'customerId')) : [];
  const customers = customerKeys ? keysOf(customerKeys) : [];
  if (!actions || !actionCustomers || !customers) return 'unknown';
  return { customers: [...actionCustomers, ...customers], actions };
}

/** The single keys a part names, or undefined if it has a range of keys (or is missing). */
function keysOf(tree: IntervalTree | undefined): string[] | undefined {
  if (!tree) return undefined;
  const keys: string[] = [];
  for (const range of RangeSet(tree)) {
    if (typeof range.from !== 'string' || range.from !== range.to) return undefined;
    keys.push(range.from);
  }
  return keys;
}

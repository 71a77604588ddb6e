import type { EntityTable } from 'dexie';
import type { CareInputs } from '../care/plan';
import { groupByCustomer, isAlive } from './alive';
import type { CustomerDatabase } from './database';
import { rowsOfCustomers } from './of-customers';
import type { CareAction, Customer } from './schema';

/**
 * The customers one care refresh covers: those named after a change (a log, an edit, an import), or one
 * page of the base, in id order, during a pass over everyone. A page's rows are one key range per table
 * (the customerId index, or on the history tables Dexie's virtual one over [customerId+at]), one read each.
 */
export type CareScope = { ids: string[] } | { first: string; last: string };

type OfCustomer = { id: string; customerId: string; deletedAt?: number };

function rowsInScope<T extends OfCustomer>(table: EntityTable<T, 'id'>, scope: CareScope): Promise<T[]> {
  if ('ids' in scope) return rowsOfCustomers(table, scope.ids);
  return table.where('customerId').between(scope.first, scope.last, true, true).toArray();
}

/** The next `size` customer rows after `afterId` in id order (tombstones too, so that the pages go on). */
export function nextCustomers(db: CustomerDatabase, afterId: string | undefined, size: number): Promise<Customer[]> {
  const after = afterId === undefined ? db.customers.orderBy(':id') : db.customers.where(':id').above(afterId);
  return after.limit(size).toArray();
}

/** Everything the care rules read for `customers`, except the stored actions. */
export async function careHistory(db: CustomerDatabase, scope: CareScope, customers: Customer[]): Promise<Omit<CareInputs, 'actionsOf'>> {
  const [interactions, purchases, surveys] = await Promise.all([
    rowsInScope(db.interactions, scope),
    rowsInScope(db.purchases, scope),
    rowsInScope(db.surveys, scope),
  ]);
  return {
    customers: customers.filter(isAlive),
    interactionsOf: groupByCustomer(interactions),
    purchasesOf: groupByCustomer(purchases),
    surveysOf: groupByCustomer(surveys),
  };
}

/** The scope's live care actions, open or closed, by customer: read inside the refresh's write transaction. */
export async function careActionsOf(db: CustomerDatabase, scope: CareScope): Promise<Map<string, CareAction[]>> {
  return groupByCustomer(await rowsInScope(db.careActions, scope));
}

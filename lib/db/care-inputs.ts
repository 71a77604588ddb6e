import type { CareInputs } from '../care/plan';
import { groupByCustomer, isAlive } from './alive';
import type { CustomerDatabase } from './database';
import { rowsOfCustomers } from './of-customers';
import type { Customer } from './schema';
import { forEachSlice, groupedWhole } from './whole-table';

export type CareHistory = Omit<CareInputs, 'actionsOf'>;

/** What the care rules read for these customers (after a change to them), but the stored actions. */
export async function historyOfCustomers(db: CustomerDatabase, customerIds: string[]): Promise<CareHistory> {
  const [customers, interactions, purchases, surveys] = await Promise.all([
    db.customers.bulkGet(customerIds),
    rowsOfCustomers(db.interactions, customerIds),
    rowsOfCustomers(db.purchases, customerIds),
    rowsOfCustomers(db.surveys, customerIds),
  ]);
  return {
    customers: customers.filter(isAlive),
    interactionsOf: groupByCustomer(interactions),
    purchasesOf: groupByCustomer(purchases),
    surveysOf: groupByCustomer(surveys),
  };
}

/**
 * The same for everyone, with the stored actions: each table read whole, a slice at a time, one table after
 * the other, so that a card's read meanwhile waits for one slice at most.
 */
export async function historyOfEveryone(db: CustomerDatabase): Promise<CareInputs> {
  const customers: Customer[] = [];
  await forEachSlice(db.customers, (rows) => customers.push(...rows.filter(isAlive)));
  const interactionsOf = await groupedWhole(db.interactions);
  const purchasesOf = await groupedWhole(db.purchases);
  const surveysOf = await groupedWhole(db.surveys);
  const actionsOf = await groupedWhole(db.careActions);
  return { customers, interactionsOf, purchasesOf, surveysOf, actionsOf };
}

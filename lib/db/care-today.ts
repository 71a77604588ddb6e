import { isAlive } from './alive';
import { isDueBy } from './care-due';
import type { CustomerDatabase } from './database';
import { AGENDA_GROUPS, agendaGroupRanges, type AgendaGroup, type AgendaItem, type AgendaPage } from '../care/agenda';
import type { CareAction, Customer } from './schema';
import { forEachSlice } from './whole-table';
import { endOfDay } from '../day';

/**
 * Live care actions, open or snoozed, whose due time is in [from, to] and that are on the agenda by `until`, soonest
 * first, through the [status+due] index; `perStatus`: read at most that many of each status.
 */
async function dueIn(db: CustomerDatabase, [from, to]: [number, number], until: number, perStatus?: number): Promise<CareAction[]> {
  const byStatus = (status: CareAction['status']) => {
    const range = db.careActions.where('[status+due]').between([status, from], [status, to], true, true);
    return (perStatus === undefined ? range : range.limit(perStatus)).toArray();
  };
  const [open, snoozed] = await Promise.all([byStatus('open'), byStatus('snoozed')]);
  return [...open, ...snoozed].filter((action) => isDueBy(action, until)).sort((a, b) => a.due - b.due);
}

/** Live care actions, open or snoozed, due by `until`, soonest first. */
export const dueActions = (db: CustomerDatabase, until: number): Promise<CareAction[]> => dueIn(db, [0, until], until);

/** The live customers among these rows, by id. */
const liveById = (customers: (Customer | undefined)[]) => new Map(customers.filter(isAlive).map((customer) => [customer.id, customer]));

const agendaItems = (actions: CareAction[], byId: Map<string, Customer>): AgendaItem[] =>
  actions.flatMap((action) => {
    const customer = byId.get(action.customerId);
    if (!customer) return [];
    return [{ action, customer: { id: customer.id, name: customer.name, tier: customer.tier, company: customer.company.name } }];
  });

/**
 * Care actions across all customers that are due by the end of the day `aheadDays`
 * from now (overdue ones included), soonest first, with whom each is for. The actions
 * are read through the [status+due] index, so their cost follows the number due; their
 * customers by key, or the whole table when they are a good share of the base.
 */
export async function careAgenda(db: CustomerDatabase, now: number, aheadDays = 0): Promise<AgendaItem[]> {
  const actions = await dueActions(db, endOfDay(now, aheadDays));
  return agendaItems(actions, await customersById(db, new Set(actions.map((action) => action.customerId))));
}

/**
 * The same agenda for a few customers only (those a write has just changed), by their customerId index: what
 * replaces their part of an agenda read before, instead of reading every due action again.
 */
export async function careAgendaOf(db: CustomerDatabase, customerIds: string[], now: number, aheadDays = 0): Promise<AgendaItem[]> {
  const until = endOfDay(now, aheadDays);
  const [actions, customers] = await Promise.all([
    db.careActions.where('customerId').anyOf(customerIds).toArray(),
    db.customers.bulkGet(customerIds),
  ]);
  const due = actions.filter((action) => isDueBy(action, until)).sort((a, b) => a.due - b.due);
  return agendaItems(due, liveById(customers));
}

/**
 * The Today page's first answer, from the [status+due] index alone: each group's first `show` actions, soonest first,
 * where the whole agenda (careAgenda) reads every due action and its customer (4.5 s at 100k customers, 158k due).
 * It cannot count: a withdrawn suggestion keeps its status in the index (plan.ts tombstones it), so a group's count
 * here is what it lists, and the page says it is still counting until the whole agenda's answer, which it asks for
 * next. The kinds are those listed.
 */
export async function firstOfAgenda(db: CustomerDatabase, now: number, aheadDays: number, show: Record<AgendaGroup, number>): Promise<AgendaPage> {
  const until = endOfDay(now, aheadDays);
  const ranges = agendaGroupRanges(now, until);
  // Twice as many as shown from each status, for the withdrawn ones and those of a deleted customer left out below.
  const dueOf = await Promise.all(
    AGENDA_GROUPS.map((group) => (ranges[group][0] > ranges[group][1] ? [] : dueIn(db, ranges[group], until, 2 * show[group]))),
  );
  const byId = liveById(await db.customers.bulkGet([...new Set(dueOf.flat().map((action) => action.customerId))]));
  const groups = Object.fromEntries(
    AGENDA_GROUPS.map((group, index) => {
      const items = agendaItems(dueOf[index]!, byId).slice(0, show[group]);
      return [group, { count: items.length, items }];
    }),
  ) as AgendaPage['groups'];
  const listed = AGENDA_GROUPS.flatMap((group) => groups[group].items);
  return { total: listed.length, matched: listed.length, kinds: [...new Set(listed.map((item) => item.action.kind))], groups };
}

/**
 * The live customers of these ids. For a good share of the base, the whole table read in key order: on the
 * 100k base, a bulkGet of the 92k customers with something due took 4.7 s, about 51 µs each, where key order
 * reads a customer in about 12 µs.
 */
async function customersById(db: CustomerDatabase, ids: Set<string>): Promise<Map<string, Customer>> {
  if (ids.size * 4 <= (await db.customers.count())) return liveById(await db.customers.bulkGet([...ids]));
  const byId = new Map<string, Customer>();
  await forEachSlice(db.customers, (rows) => {
    for (const row of rows) if (ids.has(row.id) && isAlive(row)) byId.set(row.id, row);
  });
  return byId;
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { careAgenda, careAgendaOf, dueActions, firstOfAgenda } from '../../../lib/db/care-today';
import { endOfDay } from '../../../lib/day';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer } from '../../../lib/db/repository';

const NOW = Date.now();
const DAY = 86_400_000;
let db: CustomerDatabase;
let ids: string[];

beforeEach(async () => {
  db = openCustomerDatabase(`care-today-${crypto.randomUUID()}`);
  ids = [];
  for (let i = 0; i < 10; i++) ids.push((await createCustomer(db, { name: `Customer ${i}`, tier: 'B', company: { name: `Firm ${i}` } }, [])).id);
});
afterEach(() => db.delete());

/** One overdue action for each of these customers; the first of them is then deleted. */
async function dueFor(customerIds: string[]): Promise<void> {
  await db.careActions.bulkAdd(
    customerIds.map((customerId, i) => ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, customerId, kind: 'follow-up' as const, due: NOW - (i + 1) * DAY, status: 'open' as const, reason: `follow up ${i}` })),
  );
  await db.customers.update(customerIds[0]!, { deletedAt: NOW });
}

describe("the care agenda's customers", () => {
  // Few customers due are read by key; many, with the whole table in key order. Either way, the same answer.
  it.each([
    ['a few of the base (read by key)', 2],
    ['most of the base (read whole)', 9],
  ])('names the live customer of each due action, for %s', async (_case, due) => {
    await dueFor(ids.slice(0, due));
    const items = await careAgenda(db, NOW);
    expect(items.map((item) => item.customer.name).sort()).toEqual(ids.slice(1, due).map((_, i) => `Customer ${i + 1}`).sort());
    expect(items[0]!.customer).toMatchObject({ tier: 'B', company: expect.stringMatching(/^Firm /) });
  });
});

describe('the actions due by tonight', () => {
  it.each([
    ['a few of all actions', 2, 20],
    ['most of them', 6, 1],
  ])('are the open and woken snoozed ones, soonest first, for %s', async (_case, due, later) => {
    const action = (i: number, due: number, status: 'open' | 'snoozed' | 'done') =>
      ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, customerId: ids[i % 10]!, kind: 'follow-up' as const, due, status, reason: `r${i}` });
    await db.careActions.bulkAdd([
      ...Array.from({ length: due }, (_, i) => action(i, NOW - (i + 1) * DAY, i === 0 ? 'snoozed' : 'open')),
      ...Array.from({ length: later }, (_, i) => action(i, NOW + (i + 2) * DAY, i % 2 ? 'snoozed' : 'open')),
      action(0, NOW - DAY, 'done'),
    ]);
    const found = await dueActions(db, endOfDay(NOW));
    expect(found.map((row) => row.reason)).toEqual(Array.from({ length: due }, (_, i) => `r${due - 1 - i}`));
  });
});

describe("a few customers' part of the agenda", () => {
  it("is what the whole agenda lists for them: open and woken snoozed actions due by then, live customers, soonest first", async () => {
    const action = (i: number, due: number, status: 'open' | 'snoozed' | 'done', deleted = false) =>
      ({ id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, customerId: ids[i % 4]!, kind: 'follow-up' as const, due, status, reason: `r${i}`, ...(deleted ? { deletedAt: NOW } : {}) });
    await db.careActions.bulkAdd([
      ...Array.from({ length: 12 }, (_, i) => action(i, NOW + (i - 6) * DAY, (['open', 'snoozed', 'done'] as const)[i % 3]!)),
      action(12, NOW - DAY, 'open', true),
    ]);
    await db.customers.update(ids[3]!, { deletedAt: NOW });
    for (const aheadDays of [0, 7]) {
      const whole = await careAgenda(db, NOW, aheadDays);
      const some = new Set(ids.slice(1, 4));
      const theirs = whole.filter((item) => some.has(item.customer.id));
      expect(theirs.length).toBeGreaterThan(aheadDays === 0 ? 1 : 3);
      expect(await careAgendaOf(db, [...some], NOW, aheadDays)).toEqual(theirs);
    }
  });
});

describe("the Today page's first answer, from the index alone", () => {
  const action = (i: number, due: number, status: 'open' | 'snoozed' | 'done', deleted = false) => ({
    id: crypto.randomUUID(),
    createdAt: NOW,
    updatedAt: NOW,
    customerId: ids[i % 10]!,
    kind: i % 3 ? ('follow-up' as const) : ('survey' as const),
    due,
    status,
    reason: `r${i}`,
    ...(deleted ? { deletedAt: NOW } : {}),
  });
  const show = { overdue: 4, today: 4, upcoming: 4 };

  it.each([
    ['tonight', 0],
    ['the week ahead', 7],
  ])('lists what the whole agenda lists first in each group, for %s', async (_case, aheadDays) => {
    const today = new Date(NOW).setHours(12, 0, 0, 0);
    await db.careActions.bulkAdd([
      ...Array.from({ length: 9 }, (_, i) => action(i, today - (i + 1) * DAY, i === 2 ? 'snoozed' : 'open', i === 0)),
      ...Array.from({ length: 6 }, (_, i) => action(i + 20, today + i * 60_000, i === 1 ? 'snoozed' : 'open')),
      ...Array.from({ length: 7 }, (_, i) => action(i + 40, today + (i + 1) * DAY, i % 2 ? 'snoozed' : 'open')),
      action(60, today - DAY, 'done'),
      action(61, today + 40 * DAY, 'open'),
    ]);
    await db.customers.update(ids[3]!, { deletedAt: NOW });
    const { agendaPage, NO_FILTER } = await import('../../../lib/care/agenda');
    const whole = agendaPage(await careAgenda(db, NOW, aheadDays), NO_FILTER, NOW, show);
    const first = await firstOfAgenda(db, NOW, aheadDays, show);
    for (const group of ['overdue', 'today', 'upcoming'] as const) {
      const listed = whole.groups[group].items.map((item) => item.action.reason);
      expect(first.groups[group].items.map((item) => item.action.reason)).toEqual(listed);
      // It counts only what it lists: the page shows no count until the whole agenda's answer.
      expect(first.groups[group].count).toBe(listed.length);
    }
    expect(first.groups.upcoming.items.length).toBe(aheadDays ? 4 : 0);
    // The withdrawn action (r0) and the deleted customer's (r3) are not listed.
    expect(first.groups.overdue.items.map((item) => item.action.reason)).not.toContain('r0');
    expect(first.groups.overdue.items.map((item) => item.action.reason)).not.toContain('r3');
    expect(new Set(first.kinds)).toEqual(new Set(first.groups.overdue.items.concat(first.groups.today.items, first.groups.upcoming.items).map((item) => item.action.kind)));
  });
});

import { describe, expect, it, vi } from 'vitest';
import { agendaPage, filterAgenda, NO_FILTER, searchTextSteps, type AgendaFilter, type AgendaItem } from '../../../lib/care/agenda';

const NOW = new Date(2026, 11, 7, 12).getTime();
const DAY = 86_400_000;

function item(i: number, due: number, extra: { tier?: 'A' | 'B'; kind?: AgendaItem['action']['kind']; name?: string } = {}): AgendaItem {
  return {
    action: { id: `a${i}`, createdAt: 0, updatedAt: 0, customerId: `c${i}`, kind: extra.kind ?? 'follow-up', due, status: 'open', reason: `reason ${i}` },
    customer: { id: `c${i}`, name: extra.name ?? `Customer ${i}`, tier: extra.tier },
  };
}

// Soonest first, as careAgenda returns them: 5 overdue, 3 today, 2 upcoming.
const items = [
  ...Array.from({ length: 5 }, (_, i) => item(i, NOW - (5 - i) * DAY, { tier: i % 2 ? 'A' : 'B' })),
  ...Array.from({ length: 3 }, (_, i) => item(10 + i, NOW + i * 1000, { kind: 'birthday-greeting', name: i === 0 ? '王芳' : undefined })),
  ...Array.from({ length: 2 }, (_, i) => item(20 + i, NOW + (i + 2) * DAY, { tier: 'A' })),
];
const show = (n: number) => ({ overdue: n, today: n, upcoming: n });

describe('the Today page a question gets', () => {
  it.each<[string, AgendaFilter, number, Record<string, number>]>([
    ['everything', NO_FILTER, 10, { overdue: 5, today: 3, upcoming: 2 }],
    ['one tier', { ...NO_FILTER, tier: 'A' }, 4, { overdue: 2, today: 0, upcoming: 2 }],
    ['one kind', { ...NO_FILTER, kind: 'birthday-greeting' }, 3, { overdue: 0, today: 3, upcoming: 0 }],
    ['a name in full-width-insensitive text', { ...NO_FILTER, text: ' 王芳 ' }, 1, { overdue: 0, today: 1, upcoming: 0 }],
  ])('counts each group of %s in full', (_case, filter, matched, counts) => {
    const page = agendaPage(items, filter, NOW, show(50));
    expect(page.total).toBe(10);
    expect(page.matched).toBe(matched);
    expect(Object.fromEntries(Object.entries(page.groups).map(([group, { count }]) => [group, count]))).toEqual(counts);
  });

  it("sends only each group's first actions, soonest first, however many match", () => {
    const page = agendaPage(items, NO_FILTER, NOW, { overdue: 2, today: 1, upcoming: 5 });
    expect(page.groups.overdue).toEqual({ count: 5, items: [items[0], items[1]] });
    expect(page.groups.today.items.map((shown) => shown.action.id)).toEqual(['a10']);
    expect(page.groups.upcoming.items).toHaveLength(2);
  });

  it('offers the kinds due at all, whatever the filter', () => {
    expect(agendaPage(items, { ...NO_FILTER, tier: 'A' }, NOW, show(1)).kinds.sort()).toEqual(['birthday-greeting', 'follow-up']);
  });
});

describe('preparing an agenda for search ahead of the first one', () => {
  it('stops as soon as the agenda is no longer wanted', () => {
    const agenda = items.map((item) => ({ ...item }));
    let prepared = 0;
    const steps = searchTextSteps(agenda, () => prepared < 1);
    for (const _ of steps) prepared += 1;
    expect(prepared).toBe(1);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    filterAgenda(agenda, { ...NO_FILTER, text: 'x' });
    // The typed text, and the three texts of each item the preparation did not reach.
    expect(normalize).toHaveBeenCalledTimes(1 + 3 * (agenda.length - 1));
    normalize.mockRestore();
  });
});

import type { CareAction, Customer } from '../db/schema';

/** One line of the Today page: a due care action and who it is for. */
export interface AgendaItem {
  action: CareAction;
  customer: { id: string; name: string; tier?: Customer['tier']; company?: string };
}

export interface AgendaFilter {
  text: string;
  kind: CareAction['kind'] | 'all';
  tier: NonNullable<Customer['tier']> | 'all';
}

export const NO_FILTER: AgendaFilter = { text: '', kind: 'all', tier: 'all' };

export const AGENDA_GROUPS = ['overdue', 'today', 'upcoming'] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

const startOfDay = (now: number) => new Date(now).setHours(0, 0, 0, 0);
const endOfDay = (now: number) => new Date(now).setHours(23, 59, 59, 999);

/** Overdue (due before today), today, or later; a snoozed action counts from the day it wakes. */
export function agendaGroup(action: CareAction, now: number): AgendaGroup {
  if (action.due < startOfDay(now)) return 'overdue';
  return action.due <= endOfDay(now) ? 'today' : 'upcoming';
}

/** Case- and width-insensitive match of customer, company and reason, then the kind and tier choices. */
export function filterAgenda(items: AgendaItem[], filter: AgendaFilter): AgendaItem[] {
  const needle = filter.text.normalize('NFKC').trim().toLowerCase();
  return items.filter(
    ({ action, customer }) =>
      (filter.kind === 'all' || action.kind === filter.kind) &&
      (filter.tier === 'all' || customer.tier === filter.tier) &&
      (!needle ||
        [customer.name, customer.company ?? '', action.reason].some((text) => text.normalize('NFKC').toLowerCase().includes(needle))),
  );
}

export function groupAgenda(items: AgendaItem[], now: number): Record<AgendaGroup, AgendaItem[]> {
  const groups: Record<AgendaGroup, AgendaItem[]> = { overdue: [], today: [], upcoming: [] };
  for (const item of items) groups[agendaGroup(item.action, now)].push(item);
  return groups;
}

import type { CareAction, Customer } from '../db/schema';
import type { Steps } from '../steps';
import { endOfDay, startOfDay } from '../day';

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

export const isEmptyFilter = (filter: AgendaFilter) => !filter.text.trim() && filter.kind === 'all' && filter.tier === 'all';

export const AGENDA_GROUPS = ['overdue', 'today', 'upcoming'] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];


/** Each group's due times in an agenda up to `until`, both ends included (due times are whole ms). */
export function agendaGroupRanges(now: number, until: number): Record<AgendaGroup, [from: number, to: number]> {
  return { overdue: [0, startOfDay(now) - 1], today: [startOfDay(now), endOfDay(now)], upcoming: [endOfDay(now) + 1, until] };
}

/** Overdue (due before today), today, or later; a snoozed action counts from the day it wakes. */
export function agendaGroup(action: CareAction, now: number): AgendaGroup {
  if (action.due < startOfDay(now)) return 'overdue';
  return action.due <= endOfDay(now) ? 'today' : 'upcoming';
}

const searchable = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The texts of an item a search looks in, made searchable once per item: the background keeps the agenda between
 * the Today page's questions (lib/background/agenda-cache.ts), and normalising 158k items' three texts took about
 * half a second of every search.
 */
const searchTexts = new WeakMap<AgendaItem, string[]>();
function searchTextsOf(item: AgendaItem): string[] {
  let texts = searchTexts.get(item);
  if (!texts) searchTexts.set(item, (texts = [item.customer.name, item.customer.company ?? '', item.action.reason].map(searchable)));
  return texts;
}

/**
 * Makes every item searchable ahead of the first search, a step per item, for as long as `wanted()` (the agenda is
 * still kept): the background runs it in slices after the read, so that the first search costs what later ones do.
 */
export function* searchTextSteps(items: AgendaItem[], wanted: () => boolean): Steps<void> {
  for (const item of items) {
    if (!wanted()) return;
    searchTextsOf(item);
    yield;
  }
}

/** Case- and width-insensitive match of customer, company and reason, then the kind and tier choices. */
export function filterAgenda(items: AgendaItem[], filter: AgendaFilter): AgendaItem[] {
  const needle = searchable(filter.text).trim();
  return items.filter(
    (item) =>
      (filter.kind === 'all' || item.action.kind === filter.kind) &&
      (filter.tier === 'all' || item.customer.tier === filter.tier) &&
      (!needle || searchTextsOf(item).some((text) => text.includes(needle))),
  );
}

/**
 * The agenda with these customers' items replaced by `theirs` (read again after a write), soonest first: the
 * others' are kept in their order and each of theirs goes in after the items due no later than it.
 */
export function replaceCustomersItems(items: AgendaItem[], customerIds: ReadonlySet<string>, theirs: AgendaItem[]): AgendaItem[] {
  const next = items.filter((item) => !customerIds.has(item.customer.id));
  for (const item of theirs) {
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (next[middle]!.action.due <= item.action.due) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, item);
  }
  return next;
}

export function groupAgenda(items: AgendaItem[], now: number): Record<AgendaGroup, AgendaItem[]> {
  const groups: Record<AgendaGroup, AgendaItem[]> = { overdue: [], today: [], upcoming: [] };
  for (const item of items) groups[agendaGroup(item.action, now)].push(item);
  return groups;
}

/** What the Today page shows at once: never the whole agenda, which at 100k customers held 158k actions. */
export interface AgendaPage {
  /** Due actions before filtering, and after. */
  total: number;
  matched: number;
  /** The kinds that occur in the whole agenda, for the kind filter. */
  kinds: CareAction['kind'][];
  /** Each group's matching actions: how many, and the first of them, soonest first. */
  groups: Record<AgendaGroup, { count: number; items: AgendaItem[] }>;
}

export function agendaPage(items: AgendaItem[], filter: AgendaFilter, now: number, show: Record<AgendaGroup, number>): AgendaPage {
  const matched = filterAgenda(items, filter);
  const grouped = groupAgenda(matched, now);
  const groups = Object.fromEntries(
    AGENDA_GROUPS.map((group) => [group, { count: grouped[group].length, items: grouped[group].slice(0, show[group]) }]),
  ) as AgendaPage['groups'];
  const kinds = [...new Set(items.map((item) => item.action.kind))];
  return { total: items.length, matched: matched.length, kinds, groups };
}

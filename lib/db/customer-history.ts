import { byId, isAlive } from './alive';
import { isToDo } from './care-due';
import type { CustomerDatabase } from './database';
import type { CareAction, CustomerHistory, Interaction, Purchase, Survey } from './schema';

/** How many contacts the card lists. */
export const RECENT_INTERACTIONS = 10;

/** The tables a customer's history row is made of, and the row type of each. */
export interface HistorySourceRows {
  interactions: Interaction;
  purchases: Purchase;
  surveys: Survey;
  careActions: CareAction;
}
export type HistorySource = keyof HistorySourceRows;
export const HISTORY_SOURCES: readonly HistorySource[] = ['interactions', 'purchases', 'surveys', 'careActions'];

type Timed = { id: string; at: number };
/** The [customerId+at] index's order (ties by id), which the rows read from the tables come in. */
const oldestFirst = (a: Timed, b: Timed) => a.at - b.at || byId(a, b);
const newestFirst = (a: Timed, b: Timed) => oldestFirst(b, a);

/**
 * The customer's latest live contacts, newest first. A plain newest-first read is one getAll; a filter
 * would make Dexie walk a cursor, one round trip per row. So twice the rows are read and the deleted
 * (undone) ones dropped here; only when that leaves too few, and more rows exist, does the cursor run.
 */
function recentInteractions(db: CustomerDatabase, customerId: string): Promise<Interaction[]> {
  const newest = () =>
    db.interactions.where('[customerId+at]').between([customerId, 0], [customerId, Number.MAX_SAFE_INTEGER]).reverse();
  return newest()
    .limit(2 * RECENT_INTERACTIONS)
    .toArray()
    .then((rows) => {
      const live = rows.filter(isAlive);
      if (live.length >= RECENT_INTERACTIONS || rows.length < 2 * RECENT_INTERACTIONS) return live.slice(0, RECENT_INTERACTIONS);
      return newest().filter(isAlive).limit(RECENT_INTERACTIONS).toArray();
    });
}

/** The customer's history read from the four tables: what the history row holds, built again. */
export async function readHistory(db: CustomerDatabase, customerId: string): Promise<CustomerHistory> {
  const [recent, careActions, purchases, surveys] = await Promise.all([
    recentInteractions(db, customerId),
    db.careActions.where('customerId').equals(customerId).toArray(),
    db.purchases.where('customerId').equals(customerId).toArray(),
    db.surveys.where('customerId').equals(customerId).toArray(),
  ]);
  return {
    customerId,
    recentInteractions: recent,
    careActions: careActions.filter(isToDo),
    purchases: purchases.filter(isAlive),
    surveys: surveys.filter(isAlive),
  };
}

/**
 * The history row after one of its customer's rows was written (`gone`: deleted outright), or undefined when the row
 * alone cannot tell: a contact left a full list of recent ones, and the one after it is not in the row. Purchases,
 * surveys and care actions are all there, so those always patch.
 */
export function patchHistory<S extends HistorySource>(
  history: CustomerHistory,
  source: S,
  row: HistorySourceRows[S],
  gone = false,
): CustomerHistory | undefined {
  const others = <T extends { id: string }>(rows: T[]) => rows.filter((other) => other.id !== row.id);
  switch (source) {
    case 'interactions': {
      const interaction = row as Interaction;
      const list = history.recentInteractions;
      const was = list.find((other) => other.id === row.id);
      const keep = !gone && isAlive(interaction);
      // A full list ends at the tenth contact; the eleventh, which would move up, is not in the row.
      if (was && list.length >= RECENT_INTERACTIONS && (!keep || interaction.at < was.at)) return undefined;
      if (!was && !keep) return history;
      const recent = [...others(list), ...(keep ? [interaction] : [])].sort(newestFirst).slice(0, RECENT_INTERACTIONS);
      return { ...history, recentInteractions: recent };
    }
    case 'careActions': {
      const action = row as CareAction;
      const careActions = [...others(history.careActions), ...(!gone && isToDo(action) ? [action] : [])];
      // In the order the customerId index gives them (by id), as a row built from the table has them.
      return { ...history, careActions: careActions.sort(byId) };
    }
    case 'purchases':
    case 'surveys': {
      const timed = row as Purchase | Survey;
      const rows = [...others<Purchase | Survey>(history[source as 'purchases' | 'surveys']), ...(!gone && isAlive(timed) ? [timed] : [])];
      return { ...history, [source]: rows.sort(oldestFirst) };
    }
  }
}

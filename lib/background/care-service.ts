import { browser } from 'wxt/browser';
import { groupByCustomer, isAlive } from '../db/alive';
import { isDue } from '../db/care-due';
import { dueActions, endOfDay } from '../db/care-today';
import type { CustomerDatabase } from '../db/database';
import { rowsOfCustomers } from '../db/of-customers';
import { getSettings } from '../db/repository';
import { resolveLocale, translator, type MessageId } from '../i18n';
import type { EntityTable } from 'dexie';
import { planCare } from '../care/plan';
import type { Suggestion } from '../care/types';
import type { CareAction } from '../db/schema';
import { toolbarButton } from './toolbar';

export const REFRESHED_KEY = 'care:refreshed-at';
const REFRESH_EVERY_MS = 6 * 3_600_000;

/**
 * Turns the care rules' suggestions into stored care actions. A suggestion is
 * added once per cause: a closed one does not come back unless its cause recurs
 * (next year's birthday, a new complaint). An open suggestion whose cause has
 * gone (a contact was logged, the complaint answered) is withdrawn.
 */
export class CareService {
  constructor(private readonly db: CustomerDatabase) {}

  /** A full pass at most every few hours (dates come due with time); changes refresh one customer at once. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    if (await this.isFresh(now)) await this.updateBadge(now);
    else await this.refreshAll(now);
  }

  /** Whether a full pass ran within the last few hours. */
  async isFresh(now = Date.now()): Promise<boolean> {
    const stored = (await browser.storage.local.get(REFRESHED_KEY))[REFRESHED_KEY];
    return typeof stored === 'number' && now - stored < REFRESH_EVERY_MS;
  }

  /** A pass over the whole base, remembered so that a start-up within the next few hours skips it. */
  async refreshAll(now = Date.now()): Promise<void> {
    await this.refresh(undefined, now);
    await browser.storage.local.set({ [REFRESHED_KEY]: now });
  }

  /** Refreshes are queued: two at once would each add the same new suggestions. */
  private queue: Promise<void> = Promise.resolve();

  refresh(customerIds?: string[], now = Date.now()): Promise<void> {
    const run = () => this.refreshNow(customerIds, now);
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  private async refreshNow(customerIds: string[] | undefined, now: number): Promise<void> {
    const { db } = this;
    const settings = await getSettings(db);
    const t = translator(resolveLocale(settings.language, navigator.language));
    const reasonText = (suggestion: Suggestion) => {
      const values = { ...suggestion.reason.values };
      if (typeof values.holiday === 'string') values.holiday = t(`holiday.${values.holiday}` as MessageId);
      if (typeof values.what === 'string' && ['birthday', 'company-anniversary', 'family', 'other'].includes(values.what)) {
        values.what = t(`date.${values.what}` as MessageId);
      }
      return t(suggestion.reason.id, values);
    };
    // A pass over everyone reads whole tables: one anyOf over 100k ids costs far more.
    const rowsOf = <T extends { id: string; customerId: string; deletedAt?: number }>(table: EntityTable<T, 'id'>) =>
      (customerIds ? rowsOfCustomers(table, customerIds) : table.toArray()).then(groupByCustomer);
    const [customers, interactionsOf, purchasesOf, surveysOf] = await Promise.all([
      customerIds ? db.customers.bulkGet(customerIds).then((rows) => rows.filter(isAlive)) : db.customers.toArray(),
      rowsOf(db.interactions),
      rowsOf(db.purchases),
      rowsOf(db.surveys),
    ]);
    // The stored actions are read and written in one transaction, so that nothing written meanwhile is missed.
    await db.transaction('rw', db.careActions, async () => {
      const actionsOf = await rowsOf(db.careActions);
      const { added, withdrawn } = planCare({ customers, interactionsOf, purchasesOf, surveysOf, actionsOf }, settings.care, now, reasonText);
      await db.careActions.bulkAdd(added);
      await db.careActions.bulkPut(withdrawn);
    });
    await this.updateBadge(now, customerIds);
  }

  /**
   * Due-by-tonight counts per customer, so that a change to one customer (a log, a done
   * suggestion) recounts that customer only: a full recount walks every due action, which
   * took seconds at 100k customers and held up the next card (BENCHMARKS.md).
   */
  private dueCounts?: DueCounts;

  /** The toolbar badge: how many care actions are due by the end of today, across all customers. */
  async updateBadge(now = Date.now(), customerIds?: string[]): Promise<number> {
    const until = endOfDay(now);
    if (!customerIds || this.dueCounts?.until !== until) {
      // Read before the counts are replaced, so that a recount of one customer meanwhile never lands in half-built counts.
      const due = await dueActions(this.db, until);
      this.dueCounts = { until, byCustomer: new Map(), total: 0 };
      addDue(this.dueCounts, due);
    } else {
      const counts = this.dueCounts;
      const rows = await rowsOfCustomers(this.db.careActions, customerIds);
      for (const id of customerIds) {
        counts.total -= counts.byCustomer.get(id) ?? 0;
        counts.byCustomer.delete(id);
      }
      addDue(counts, rows.filter((row) => isDue(row, until) && row.due <= until));
    }
    const count = this.dueCounts.total;
    const action = toolbarButton();
    await action.setBadgeText({ text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor?.({ color: '#d93025' });
    return count;
  }
}

/** Due actions by customer, with their total kept beside them rather than summed again at each recount. */
interface DueCounts {
  until: number;
  byCustomer: Map<string, number>;
  total: number;
}

function addDue(counts: DueCounts, actions: CareAction[]): void {
  for (const action of actions) counts.byCustomer.set(action.customerId, (counts.byCustomer.get(action.customerId) ?? 0) + 1);
  counts.total += actions.length;
}

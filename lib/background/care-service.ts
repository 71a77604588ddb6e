import { browser } from 'wxt/browser';
import { planCare, type CareInputs } from '../care/plan';
import type { Suggestion } from '../care/types';
import { groupByCustomer, isAlive } from '../db/alive';
import { historyOfCustomers, historyOfEveryone } from '../db/care-inputs';
import type { CustomerDatabase } from '../db/database';
import { rowsOfCustomers } from '../db/of-customers';
import { getSettings } from '../db/repository';
import type { CareAction, Customer, Settings } from '../db/schema';
import { resolveLocale, translator, type MessageId } from '../i18n';
import { DueBadge } from './care-badge';
import { keepWorkerAlive } from './long-pass';
import { QuietBatch, UserActivity, type BackgroundWriterOptions } from './user-activity';

export const REFRESHED_KEY = 'care:refreshed-at';
const REFRESH_EVERY_MS = 6 * 3_600_000;
/**
 * Customers per write of a pass over the whole base. Each page is written in a transaction of its own, so a
 * card (whose read includes the care actions) waits for one page at most, not for the whole pass, and a
 * change's refresh (a log) runs between two pages.
 */
const PAGE_SIZE = 2_000;
/**
 * The quiet moment the refresh after a contact logged from the sidebar waits for (refreshSoon): a second without a page
 * change or a request. A quarter of a second was shorter than the gaps between a bench's page change and its log, and
 * the refresh of every log made until then landed on the next log (15.0 / 50.4 ms in the run of 19:16).
 */
const AFTER_LOG_MS = 1_000;
/**
 * The quiet moment each slice of a whole badge count waits for when no pass is waiting for it: at a browser's start
 * (storage.session is empty), and for the first change after a worker's start. Read at once, the 200k care actions
 * of the 100k base held every card of the first seconds at 90 to 160 ms (tests/bench/card-only.ts).
 */
const BADGE_COUNT_QUIET_MS = 1_000;

/** A running pass over the whole base. */
interface Pass {
  done: Promise<void>;
  /** Another pass was asked for meanwhile (new settings, an import): start again from the reads. */
  restartAt?: number;
  /** Customers a change's refresh has written since the pass read the base: their page leaves them alone. */
  touched: Set<string>;
}

/**
 * Turns the care rules' suggestions into stored care actions. A suggestion is
 * added once per cause: a closed one does not come back unless its cause recurs
 * (next year's birthday, a new complaint). An open suggestion whose cause has
 * gone (a contact was logged, the complaint answered) is withdrawn.
 */
export class CareService {
  private readonly badge: DueBadge;
  private pass?: Pass;
  /** The customers of the change's refresh that is running, if one is. */
  private changing?: string[];
  /** Writes (a change's refresh, or one page of a pass) run one at a time: two at once would each add the same new suggestions. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The refresh after a log, which waits for a quiet moment (refreshSoon). */
  private readonly afterLog: QuietBatch;

  private readonly pageSize: number;

  constructor(
    private readonly db: CustomerDatabase,
    options: BackgroundWriterOptions = {},
  ) {
    this.pageSize = options.pageSize ?? PAGE_SIZE;
    const activity = options.activity ?? new UserActivity();
    this.afterLog = new QuietBatch(activity, AFTER_LOG_MS, (customerIds) => this.refresh(customerIds));
    this.badge = new DueBadge(db, () => activity.idle(BADGE_COUNT_QUIET_MS));
  }

  /** A full pass at most every few hours (dates come due with time); changes refresh their customers at once. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    if (!(await this.isFresh(now))) await this.refreshAll(now);
    else if ((await this.badge.restore(now)) === undefined) await this.badge.update(now, undefined, { paced: true });
  }

  /** Whether a full pass ran within the last few hours. */
  async isFresh(now = Date.now()): Promise<boolean> {
    const stored = (await browser.storage.local.get(REFRESHED_KEY))[REFRESHED_KEY];
    return typeof stored === 'number' && now - stored < REFRESH_EVERY_MS;
  }

  /** Refreshes these customers (after a change to them), or everyone. */
  async refresh(customerIds?: string[], now = Date.now()): Promise<void> {
    if (!customerIds) return this.refreshAll(now);
    await this.enqueue(async () => {
      for (const id of customerIds) this.pass?.touched.add(id);
      this.changing = customerIds;
      try {
        await this.refreshCustomers(customerIds, now);
      } finally {
        this.changing = undefined;
      }
    });
    // Recounted either way (the change itself may have been to an action: done, snoozed, deleted), outside the queue:
    // the first change after a worker's start waits for a whole count made in the user's quiet moments, which the next
    // change's refresh need not wait for (the badge orders its own recounts).
    await this.updateBadge(now, customerIds);
  }

  /**
   * Refreshes these customers at the next quiet moment (AFTER_LOG_MS without a page change or a request, at most two
   * minutes on: user-activity.ts), for a contact the user logged from the sidebar. Users log and then open the next
   * conversation at once, and the refresh's reads and writes (the customer's whole history, their care actions, the
   * badge) ran beside that card's: 31 / 47 ms against 27 / 40 ms for a card not after a log (tests/bench/card-only.ts).
   * The sidebar's live query shows what the refresh changes when it lands. Logs until then make one refresh.
   */
  refreshSoon(customerIds: string[]): Promise<void> {
    return this.afterLog.add(customerIds);
  }

  private async refreshCustomers(customerIds: string[], now: number): Promise<void> {
    const { db } = this;
    const [settings, history] = await Promise.all([getSettings(db), historyOfCustomers(db, customerIds)]);
    const plan = async () =>
      planCare({ ...history, actionsOf: groupByCustomer(await rowsOfCustomers(db.careActions, customerIds)) }, settings.care, now, reasonWriter(settings.language));
    // Most changes change no suggestion: then no read-write transaction holds the care actions (and the history rows) while
    // a card or a log waits. Another writer meanwhile refreshes its own customers.
    const first = await plan();
    if (first.added.length > 0 || first.withdrawn.length > 0) {
      // The stored actions are read and written in one transaction, so that nothing written meanwhile is missed.
      await db.transaction('rw', db.careActions, async () => {
        const { added, withdrawn } = await plan();
        await db.careActions.bulkAdd(added);
        await db.careActions.bulkPut(withdrawn);
      });
    }
  }

  /** A pass over the whole base, remembered so that a start-up within the next few hours skips it. */
  refreshAll(now = Date.now()): Promise<void> {
    if (this.pass) {
      // New settings or data: the pages already written may have read the old ones.
      this.pass.restartAt = now;
      return this.pass.done;
    }
    const pass: Pass = { done: Promise.resolve(), touched: new Set() };
    this.pass = pass;
    pass.done = this.runPass(pass, now);
    return pass.done;
  }

  private async runPass(pass: Pass, now: number): Promise<void> {
    const stopKeepingAlive = keepWorkerAlive();
    try {
      for (;;) {
        // A change's refresh under way now may write before or after the reads: its customers are its to write.
        pass.touched = new Set(this.changing);
        const [settings, everyone] = await Promise.all([getSettings(this.db), historyOfEveryone(this.db)]);
        for (let start = 0; start < everyone.customers.length && pass.restartAt === undefined; start += this.pageSize) {
          const page = everyone.customers.slice(start, start + this.pageSize);
          await this.enqueue(() => this.writePage(pass, everyone, page, settings, now));
        }
        if (pass.restartAt === undefined) break;
        now = pass.restartAt;
        pass.restartAt = undefined;
      }
    } finally {
      stopKeepingAlive();
      if (this.pass === pass) this.pass = undefined;
    }
    await this.updateBadge(now);
    await browser.storage.local.set({ [REFRESHED_KEY]: now });
  }

  private async writePage(pass: Pass, everyone: CareInputs, page: Customer[], settings: Settings, now: number): Promise<void> {
    const { db } = this;
    const customers = page.filter((customer) => !pass.touched.has(customer.id));
    const { added, withdrawn } = planCare({ ...everyone, customers }, settings.care, now, reasonWriter(settings.language));
    await db.transaction('rw', db.careActions, async () => {
      // The actions were read when the pass began. One the user has closed or snoozed since keeps that change:
      // its customer's own refresh, queued behind this page, decides about it.
      const current = await db.careActions.bulkGet(withdrawn.map((action) => action.id));
      const unchanged = (action: CareAction, index: number) => {
        const read = everyone.actionsOf.get(action.customerId)?.find((row) => row.id === action.id);
        const row = current[index];
        return !!read && isAlive(row) && row.updatedAt === read.updatedAt && row.status === read.status;
      };
      await db.careActions.bulkAdd(added);
      await db.careActions.bulkPut(withdrawn.filter(unchanged));
    });
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run, run);
    this.queue = result;
    return result;
  }

  /** The toolbar badge: how many care actions are due by the end of today, across all customers. */
  updateBadge(now = Date.now(), customerIds?: string[]): Promise<number> {
    return this.badge.update(now, customerIds);
  }
}

/** A suggestion's reason in the user's language, as it is stored on the action. */
function reasonWriter(language: Settings['language']): (suggestion: Suggestion) => string {
  const t = translator(resolveLocale(language, navigator.language));
  return (suggestion) => {
    const values = { ...suggestion.reason.values };
    if (typeof values.holiday === 'string') values.holiday = t(`holiday.${values.holiday}` as MessageId);
    if (typeof values.what === 'string' && ['birthday', 'company-anniversary', 'family', 'other'].includes(values.what)) {
      values.what = t(`date.${values.what}` as MessageId);
    }
    return t(suggestion.reason.id, values);
  };
}

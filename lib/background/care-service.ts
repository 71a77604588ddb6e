import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { planCare } from '../care/plan';
import type { Suggestion } from '../care/types';
import { isAlive } from '../db/alive';
import { careActionsOf, careHistory, nextCustomers, type CareScope } from '../db/care-inputs';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import type { Customer, Settings } from '../db/schema';
import { resolveLocale, translator, type MessageId } from '../i18n';
import { DueBadge } from './care-badge';

export const REFRESHED_KEY = 'care:refreshed-at';
/** How far an unfinished pass over the whole base got, so that the worker's next start goes on from there. */
export const PASS_KEY = 'care:pass';
const REFRESH_EVERY_MS = 6 * 3_600_000;
/**
 * Customers per page of a pass over the whole base. Each page is read and written on its own, so the worker
 * never holds the whole history at once, and a refresh for a change (a log) waits for one page, not the pass.
 */
const PAGE_SIZE = 2_000;

const passProgressSchema = z.object({ startedAt: z.number(), afterId: z.string() });
type PassProgress = z.infer<typeof passProgressSchema>;

/** A running pass over the whole base; a request for another meanwhile restarts it from the first page. */
interface Pass {
  done: Promise<void>;
  restartAt?: number;
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
  /** Refreshes (a change's, or one page of a pass) run one at a time: two at once would each add the same new suggestions. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: CustomerDatabase,
    private readonly pageSize = PAGE_SIZE,
  ) {
    this.badge = new DueBadge(db);
  }

  /** A full pass at most every few hours (dates come due with time), going on from where an unfinished one stopped. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    const stored = await browser.storage.local.get([REFRESHED_KEY, PASS_KEY]);
    if (isRecent(stored[REFRESHED_KEY], now)) {
      await this.updateBadge(now);
      return;
    }
    const unfinished = passProgressSchema.safeParse(stored[PASS_KEY]);
    await this.refreshAll(now, unfinished.success && isRecent(unfinished.data.startedAt, now) ? unfinished.data : undefined);
  }

  /** Whether a full pass ran within the last few hours. */
  async isFresh(now = Date.now()): Promise<boolean> {
    return isRecent((await browser.storage.local.get(REFRESHED_KEY))[REFRESHED_KEY], now);
  }

  /** Refreshes these customers (after a change to them), or everyone. */
  refresh(customerIds?: string[], now = Date.now()): Promise<void> {
    if (!customerIds) return this.refreshAll(now);
    return this.enqueue(async () => {
      const customers = (await this.db.customers.bulkGet(customerIds)).filter(isAlive);
      await this.refreshScope({ ids: customerIds }, customers, now);
      await this.updateBadge(now, customerIds);
    });
  }

  /** A pass over the whole base, page by page, remembered so that a start-up within the next few hours skips it. */
  refreshAll(now = Date.now(), resume?: PassProgress): Promise<void> {
    if (this.pass) {
      // New settings or data: the pages already done may have read the old ones.
      this.pass.restartAt = now;
      return this.pass.done;
    }
    const pass: Pass = { done: Promise.resolve() };
    this.pass = pass;
    pass.done = this.runPass(pass, now, resume?.afterId, resume?.startedAt ?? now);
    return pass.done;
  }

  private async runPass(pass: Pass, now: number, afterId: string | undefined, startedAt: number): Promise<void> {
    try {
      for (;;) {
        const lastId = await this.enqueue(() => this.refreshPage(afterId, now));
        if (pass.restartAt !== undefined) {
          now = startedAt = pass.restartAt;
          pass.restartAt = undefined;
          afterId = undefined;
          continue;
        }
        if (lastId === undefined) break;
        afterId = lastId;
        // Also an extension call: the browser stops a worker after 30 s without an event or one, and a pass over
        // 100k customers takes longer. Should it be stopped all the same, its next start goes on from here.
        await browser.storage.local.set({ [PASS_KEY]: { startedAt, afterId } satisfies PassProgress });
      }
    } finally {
      if (this.pass === pass) this.pass = undefined;
    }
    await browser.storage.local.remove(PASS_KEY);
    await browser.storage.local.set({ [REFRESHED_KEY]: startedAt });
    await this.updateBadge(now);
  }

  /** The page of customers after `afterId`; the last one's id, or undefined when there were none left. */
  private async refreshPage(afterId: string | undefined, now: number): Promise<string | undefined> {
    const customers = await nextCustomers(this.db, afterId, this.pageSize);
    const last = customers.at(-1);
    if (!last) return undefined;
    await this.refreshScope({ first: customers[0]!.id, last: last.id }, customers, now);
    return last.id;
  }

  private async refreshScope(scope: CareScope, customers: Customer[], now: number): Promise<void> {
    const { db } = this;
    const settings = await getSettings(db);
    const history = await careHistory(db, scope, customers);
    // The stored actions are read and written in one transaction, so that nothing written meanwhile is missed.
    await db.transaction('rw', db.careActions, async () => {
      const actionsOf = await careActionsOf(db, scope);
      const { added, withdrawn } = planCare({ ...history, actionsOf }, settings.care, now, reasonWriter(settings.language));
      await db.careActions.bulkAdd(added);
      await db.careActions.bulkPut(withdrawn);
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

const isRecent = (stamp: unknown, now: number) => typeof stamp === 'number' && now - stamp < REFRESH_EVERY_MS;

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

import { browser } from 'wxt/browser';
import { isDueBy } from '../db/care-due';
import { endOfDay } from '../day';
import type { CustomerDatabase } from '../db/database';
import { rowsOfCustomers } from '../db/of-customers';
import type { CareAction } from '../db/schema';
import { forEachSlice } from '../db/whole-table';
import { toolbarButton } from './toolbar';

/** Due actions by customer, with their total kept beside them rather than summed again at each recount. */
interface DueCounts {
  until: number;
  byCustomer: Map<string, number>;
  total: number;
}

/**
 * The badge's count as the worker last made it, in storage.session (it lasts as long as the browser). The browser stops
 * an idle worker after 30 s and an open sidebar's port starts it again at once; a whole recount at each start read
 * every care action (203k rows: 2.2 s at 100k customers). A started worker takes the kept count while it is for the same
 * day: every write of a care action is made by a worker, which then recounts, or by an extension page (an import, a
 * restored backup), which then asks the worker for a whole pass (data/changed), which recounts too.
 */
export const KEPT_KEY = 'careBadgeCount';
interface KeptCount {
  until: number;
  total: number;
}

function addDue(counts: DueCounts, actions: CareAction[]): void {
  for (const action of actions) counts.byCustomer.set(action.customerId, (counts.byCustomer.get(action.customerId) ?? 0) + 1);
  counts.total += actions.length;
}

/**
 * The toolbar badge: how many care actions are due by the end of today, across all customers. Counted per
 * customer, so that a change to one customer (a log, a done suggestion) recounts that customer only: a full
 * recount walks every due action, which took seconds at 100k customers and held up the next card (BENCHMARKS.md).
 */
export class DueBadge {
  private counts?: DueCounts;
  /** The whole count under way, if one is: a change's recount waits for it rather than patch counts it will replace. */
  private counting?: Promise<void>;
  /** Whole counts started: only the last one started puts its counts in place, having read the latest rows. */
  private started = 0;
  /** The recounts of changed customers, one after another: each reads its customers' rows and then replaces their counts. */
  private recounts: Promise<void> = Promise.resolve();
  /** What the badge shows, so that a recount that changes nothing costs no call to the browser. */
  private shown?: string;
  /** What this worker last kept in storage.session, so that an unchanged count costs no call to the browser. */
  private kept?: KeptCount;

  /**
   * pace: awaited between two slices of a whole count that no pass of the worker's own is waiting for (at start-up,
   * or for the first change after it): the worker's user-activity.ts quiet moment, so that such a count reads while
   * the user reads a mail, not while a card is on its way.
   */
  constructor(
    private readonly db: CustomerDatabase,
    private readonly pace?: () => Promise<void>,
  ) {}

  /**
   * At a worker's start: shows the count kept from before it stopped, if it is for today, and returns it. The counts by
   * customer are then made whole by the first change that needs them.
   */
  async restore(now: number): Promise<number | undefined> {
    const kept = (await browser.storage.session.get(KEPT_KEY))[KEPT_KEY] as KeptCount | undefined;
    if (kept?.until !== endOfDay(now)) return undefined;
    this.kept = kept;
    await this.show(kept.total, kept.until);
    return kept.total;
  }

  /**
   * Recounts every customer, or only `customerIds` (after a change to them) when the counts by customer are in hand.
   * paced: a whole count waits for the user's quiet moments between its slices (see the constructor).
   */
  async update(now: number, customerIds?: string[], { paced = false } = {}): Promise<number> {
    const until = endOfDay(now);
    if (!customerIds) {
      await this.countAll(until, paced);
    } else {
      const recount = this.recounts.then(async () => {
        await this.wholeCountDone();
        // A new day, or a worker that took its count from the last one: the change's customers are counted with the rest.
        if (this.counts?.until !== until) await this.countAll(until, true);
        else await this.countCustomers(this.counts, customerIds, until);
      });
      this.recounts = recount.catch(() => undefined);
      await recount;
    }
    // A whole count started meanwhile puts its counts in place when it ends.
    await this.wholeCountDone();
    const counts = this.counts!;
    await this.show(counts.total, counts.until);
    return counts.total;
  }

  /**
   * Counted aside and then put in place, so that a recount of one customer meanwhile never lands in half-built counts.
   * Read whole, in slices, rather than through [status+due]: faster at 100k, and a card waits for one slice at most.
   */
  private countAll(until: number, paced: boolean): Promise<void> {
    const run = ++this.started;
    const counts: DueCounts = { until, byCustomer: new Map(), total: 0 };
    const counting = forEachSlice(this.db.careActions, (rows) => addDue(counts, rows.filter((row) => isDueBy(row, until))), {
      pause: paced ? this.pace : undefined,
      // A whole count started since reads later rows: this one's would never be put in place.
      stopped: () => run !== this.started,
    }).then(() => {
      if (run === this.started) this.counts = counts;
    });
    const settled = counting.finally(() => {
      if (this.counting === settled) this.counting = undefined;
    });
    this.counting = settled;
    return settled;
  }

  /** Once no whole count is under way (one started while waiting for another is waited for too). */
  private async wholeCountDone(): Promise<void> {
    while (this.counting) await this.counting;
  }

  private async countCustomers(counts: DueCounts, customerIds: string[], until: number): Promise<void> {
    const rows = await rowsOfCustomers(this.db.careActions, customerIds);
    for (const id of customerIds) {
      counts.total -= counts.byCustomer.get(id) ?? 0;
      counts.byCustomer.delete(id);
    }
    addDue(counts, rows.filter((row) => isDueBy(row, until)));
  }

  private async show(count: number, until: number): Promise<void> {
    const text = count > 0 ? String(count) : '';
    // Every call is a round trip to the browser's process, which a log's aftermath shares with the next page change:
    // the text is set when it changes, the colour once per worker, and the count kept when it or its day changes,
    // without waiting.
    if (text !== this.shown) {
      const action = toolbarButton();
      if (this.shown === undefined) await action.setBadgeBackgroundColor?.({ color: '#d93025' });
      await action.setBadgeText({ text });
      this.shown = text;
    }
    if (count !== this.kept?.total || until !== this.kept.until) {
      this.kept = { until, total: count };
      void browser.storage.session.set({ [KEPT_KEY]: this.kept }).catch(() => undefined);
    }
  }
}

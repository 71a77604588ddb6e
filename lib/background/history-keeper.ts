import { browser } from 'wxt/browser';
import type { CustomerDatabase } from '../db/database';
import { buildHistories, customersWithoutHistory } from '../db/history-build';
import { keepWorkerAlive, nextTask } from './long-pass';
import { QuietBatch, UserActivity, type BackgroundWriterOptions } from './user-activity';
import { inBackground } from './errors';

/**
 * Customers per transaction of a build over the base. The transaction holds the history tables, so a card read meanwhile
 * waits for one page: about 30 ms for 10 customers on the 100k base, where the first build of every row took 308 s.
 */
const PAGE_SIZE = 10;
/** Set once a build over the base has finished, cleared when one starts: a worker start then skips reading every key. */
export const COMPLETE_KEY = 'histories:complete';
/** The quiet moment a card's customer waits for to have their row built (user-activity.ts). */
const AFTER_CARD_MS = 250;

/**
 * Builds the history rows that cards read (lib/db/customer-history.ts) for customers who have none: all of them once
 * after the upgrade that adds the table, imported or restored ones after each import, and a customer whose card was
 * read from the tables (new, or whose row a write could not patch) a moment after that card.
 */
export class HistoryKeeper {
  private running?: Promise<void>;
  private again = false;
  /** Rows cards found missing, built at the next quiet moment. */
  private readonly afterCard: QuietBatch;

  private readonly pageSize: number;

  constructor(
    private readonly db: CustomerDatabase,
    options: BackgroundWriterOptions = {},
  ) {
    this.pageSize = options.pageSize ?? PAGE_SIZE;
    this.afterCard = new QuietBatch(options.activity ?? new UserActivity(), AFTER_CARD_MS, (customerIds) => buildHistories(db, customerIds));
  }

  /**
   * At a worker's start: builds the missing rows unless the last build over the base finished. Listing them reads every
   * customer's key and every row's (about 100k each), and the browser starts the worker again after each idle 30 s.
   * Rows go missing afterwards only through paths that build them again (data/changed, a card read from the tables).
   */
  async buildMissingIfUnfinished(): Promise<void> {
    if ((await browser.storage.local.get(COMPLETE_KEY))[COMPLETE_KEY] !== true) await this.buildMissing();
  }

  /** Builds every missing row; asked again while it runs, it runs once more afterwards for customers added meanwhile. */
  buildMissing(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Builds this customer's row in a moment, off the path of the card that found it missing. */
  buildSoon(customerId: string): void {
    inBackground(this.afterCard.add([customerId]), 'building card histories');
  }

  private async run(): Promise<void> {
    const stopKeepingAlive = keepWorkerAlive();
    // Cleared first, so that a worker stopped half-way resumes at its next start.
    await browser.storage.local.remove(COMPLETE_KEY);
    try {
      do {
        this.again = false;
        const missing = await customersWithoutHistory(this.db);
        for (let start = 0; start < missing.length; start += this.pageSize) {
          await buildHistories(this.db, missing.slice(start, start + this.pageSize));
          await nextTask();
        }
      } while (this.again);
      await browser.storage.local.set({ [COMPLETE_KEY]: true });
    } finally {
      stopKeepingAlive();
    }
  }
}

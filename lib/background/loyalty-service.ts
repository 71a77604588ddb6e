import { browser } from 'wxt/browser';
import { isAlive } from '../db/alive';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import type { Customer, Purchase, Survey } from '../db/schema';
import { forEachSlice, groupedWhole } from '../db/whole-table';
import { analyseCustomer } from '../loyalty/analyse';
import { baseModelSchema, fitBaseModelSteps, type BaseModel } from '../loyalty/base-model';
import { runInSlices, type Steps } from '../steps';
import { DAY_MS } from '../loyalty/measure';
import { summarisePurchases, type PurchaseSummary } from '../loyalty/summary';
import { keepWorkerAlive, nextTask } from './long-pass';

export const MODEL_KEY = 'loyalty:base-model';
const REFIT_AFTER_MS = DAY_MS;
/** Customers scored, and written, at a time by a whole-base rescoring. */
const PAGE = 2_000;
/** How long the pass's own computing (summaries, the model's fit, the scores) holds the worker's thread before it lets other work in. */
const SLICE_MS = 10;

/** Each customer's purchase summary, the base model's input, a step per customer. */
function* summarySteps(purchaseGroups: Iterable<Purchase[]>, now: number): Steps<PurchaseSummary[]> {
  const summaries: PurchaseSummary[] = [];
  for (const rows of purchaseGroups) {
    const summary = summarisePurchases(rows, now);
    if (summary) summaries.push(summary);
    yield;
  }
  return summaries;
}


/**
 * Keeps every customer's loyalty type and stage computed: the base model (BG/NBD
 * and Gamma-Gamma over all customers) is refitted at most daily or after bulk
 * changes; one customer is rescored after each purchase or survey. The model's
 * aggregate parameters live in extension storage; the scores on the customer rows.
 */
export class LoyaltyService {
  private model: BaseModel | undefined;
  private loaded: Promise<void>;

  constructor(private readonly db: CustomerDatabase) {
    this.loaded = browser.storage.local.get(MODEL_KEY).then((stored) => {
      const parsed = baseModelSchema.safeParse(stored[MODEL_KEY]);
      this.model = parsed.success ? parsed.data : undefined;
    });
  }

  /** The model as loaded so far, without waiting (undefined until storage answers or a first fit). */
  get latestModel(): BaseModel | undefined {
    return this.model;
  }

  async currentModel(): Promise<BaseModel | undefined> {
    await this.loaded;
    return this.model;
  }

  /** Refits when the model is missing or a day old; cheap to call often. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    if (!(await this.isFresh(now))) await this.refitAndRescoreAll(now);
  }

  /** Whether a stored model is under a day old at `now`. */
  async isFresh(now = Date.now()): Promise<boolean> {
    const model = await this.currentModel();
    return model !== undefined && now - model.fittedAt <= REFIT_AFTER_MS;
  }

  async refitAndRescoreAll(now = Date.now()): Promise<{ customers: number; model?: BaseModel }> {
    const stopKeepingAlive = keepWorkerAlive();
    try {
      return await this.refitAndRescore(now);
    } finally {
      stopKeepingAlive();
    }
  }

  private async refitAndRescore(now: number): Promise<{ customers: number; model?: BaseModel }> {
    const { db } = this;
    // Read a slice at a time, table after table, so that a card asked for meanwhile waits for one slice at most.
    const settings = await getSettings(db);
    const live: Customer[] = [];
    await forEachSlice(db.customers, (rows) => live.push(...rows.filter(isAlive)));
    const purchasesOf = await groupedWhole(db.purchases);
    const surveysOf = await groupedWhole(db.surveys);
    // In slices of the thread, so that a card asked for meanwhile waits for one slice, not the whole fit: the
    // summaries of 100k customers alone held it for about 120 ms.
    const summaries = await runInSlices(summarySteps(purchasesOf.values(), now), SLICE_MS, nextTask);
    this.model = await runInSlices(fitBaseModelSteps(summaries, now), SLICE_MS, nextTask);
    if (this.model) await browser.storage.local.set({ [MODEL_KEY]: this.model });
    // Scored in slices of the thread and written a page at a time: a card asked for meanwhile waits for one
    // slice or one page's write, where scoring everyone at once kept the thread busy for seconds (and a page of
    // 2,000 for about 45 ms), and the first rescoring of a base changes everyone.
    for (let start = 0; start < live.length; start += PAGE) {
      const page = live.slice(start, start + PAGE);
      const changed = await runInSlices(this.changedScores(page, purchasesOf, surveysOf, settings.loyalty, now), SLICE_MS, nextTask);
      if (changed.length > 0) await this.writeScores(changed);
      else await nextTask();
    }
    return { customers: live.length, model: this.model };
  }

  /** The customers of `page` whose scores change, a step per customer. */
  private *changedScores(
    page: Customer[],
    purchasesOf: Map<string, Purchase[]>,
    surveysOf: Map<string, Survey[]>,
    settings: Parameters<typeof analyseCustomer>[4],
    now: number,
  ): Steps<Customer[]> {
    const changed: Customer[] = [];
    for (const customer of page) {
      const scored = this.scored(customer, purchasesOf.get(customer.id) ?? [], surveysOf.get(customer.id) ?? [], settings, now);
      if (scored !== customer) changed.push(scored);
      yield;
    }
    return changed;
  }

  /**
   * Only the scores are written: the rows were read before the (long) fit, and a user's edit saved meanwhile
   * must not be overwritten by the stale copy.
   */
  private async writeScores(scored: Customer[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.customers, async () => {
      const current = await db.customers.bulkGet(scored.map((customer) => customer.id));
      await db.customers.bulkPut(
        scored.flatMap((customer, index) => {
          const row = current[index];
          return row ? [{ ...row, loyalty: customer.loyalty, updatedAt: Math.max(customer.updatedAt, row.updatedAt + 1) }] : [];
        }),
      );
    });
  }

  /**
   * Runs `write` (a purchase, a survey answer, an edit of this customer's file) and the customer's rescoring
   * in one transaction, so that no reader, a sidebar's live view above all, ever sees the new row beside the
   * old loyalty type. `write` may open its own transaction on any table: Dexie runs it inside this one,
   * which spans them all for that reason (a write of one customer's rows: short).
   */
  async writeAndRescore<T>(customerId: string, write: () => Promise<T>): Promise<T> {
    // Read before the transaction: awaiting extension storage inside it would let it commit early.
    const model = await this.currentModel();
    return this.db.transaction('rw', this.db.tables, async () => {
      const written = await write();
      // Taken after the write, which stamps its row with its own clock: a row a millisecond "in the future" would not count.
      const now = Date.now();
      const customer = await this.db.customers.get(customerId);
      if (!customer || customer.deletedAt !== undefined) return written;
      const [purchases, surveys, settings] = await Promise.all([
        this.db.purchases.where('customerId').equals(customerId).toArray(),
        this.db.surveys.where('customerId').equals(customerId).toArray(),
        getSettings(this.db),
      ]);
      await this.db.customers.put(this.scored(customer, purchases, surveys, settings.loyalty, now, model));
      return written;
    });
  }

  private scored(
    customer: Customer,
    purchases: Purchase[],
    surveys: Survey[],
    settings: Parameters<typeof analyseCustomer>[4],
    now: number,
    model = this.model,
  ): Customer {
    const analysis = analyseCustomer(customer, purchases.filter(isAlive), surveys.filter(isAlive), model, settings, now);
    const { loyalty } = customer;
    if (loyalty.source === 'engine' && loyalty.type === analysis.type && loyalty.stage === analysis.stage) return customer;
    return { ...customer, updatedAt: now, loyalty: { type: analysis.type, stage: analysis.stage, source: 'engine', assessedAt: now } };
  }
}

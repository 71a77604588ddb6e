import { browser } from 'wxt/browser';
import { groupByCustomer, isAlive } from '../db/alive';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import type { Customer, Purchase, Survey } from '../db/schema';
import { analyseCustomer } from '../loyalty/analyse';
import { baseModelSchema, fitBaseModel, type BaseModel } from '../loyalty/base-model';
import { DAY_MS } from '../loyalty/measure';
import { summarisePurchases } from '../loyalty/summary';

export const MODEL_KEY = 'loyalty:base-model';
const REFIT_AFTER_MS = DAY_MS;


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
    const [customers, purchases, surveys, settings] = await Promise.all([
      this.db.customers.toArray(),
      this.db.purchases.toArray(),
      this.db.surveys.toArray(),
      getSettings(this.db),
    ]);
    const purchasesOf = groupByCustomer(purchases);
    const surveysOf = groupByCustomer(surveys);
    const summaries = [...purchasesOf.values()].flatMap((rows) => summarisePurchases(rows, now) ?? []);
    this.model = fitBaseModel(summaries, now);
    if (this.model) await browser.storage.local.set({ [MODEL_KEY]: this.model });
    const live = customers.filter((customer) => customer.deletedAt === undefined);
    const changed = live
      .map((customer) =>
        this.scored(customer, purchasesOf.get(customer.id) ?? [], surveysOf.get(customer.id) ?? [], settings.loyalty, now),
      )
      .filter((scored, index) => scored !== live[index]);
    // Only the scores are written: the rows were read before the (long) fit, and a user's edit
    // saved meanwhile must not be overwritten by the stale copy.
    await this.db.transaction('rw', this.db.customers, async () => {
      const current = await this.db.customers.bulkGet(changed.map((customer) => customer.id));
      await this.db.customers.bulkPut(
        changed.flatMap((scored, index) => {
          const row = current[index];
          return row ? [{ ...row, loyalty: scored.loyalty, updatedAt: Math.max(scored.updatedAt, row.updatedAt + 1) }] : [];
        }),
      );
    });
    return { customers: live.length, model: this.model };
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

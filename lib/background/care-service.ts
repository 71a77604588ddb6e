import { browser } from 'wxt/browser';
import { groupByCustomer, isAlive } from '../db/alive';
import { careAgenda } from '../db/care-today';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import { careActionSchema, type CareAction } from '../db/schema';
import { resolveLocale, translator, type MessageId } from '../i18n';
import { suggestCare } from '../care/rules';
import { isoDate, type Suggestion } from '../care/types';
import { toolbarButton } from './toolbar';

/**
 * Turns the care rules' suggestions into stored care actions. A suggestion is
 * added once per cause: a closed one does not come back unless its cause recurs
 * (next year's birthday, a new complaint). An open suggestion whose cause has
 * gone (a contact was logged, the complaint answered) is withdrawn.
 */
const REFRESHED_KEY = 'care:refreshed-at';
const REFRESH_EVERY_MS = 6 * 3_600_000;

export class CareService {
  constructor(private readonly db: CustomerDatabase) {}

  /** A full pass at most every few hours (dates come due with time); changes refresh one customer at once. */
  async refreshIfStale(now = Date.now()): Promise<void> {
    const stored = (await browser.storage.local.get(REFRESHED_KEY))[REFRESHED_KEY];
    if (typeof stored === 'number' && now - stored < REFRESH_EVERY_MS) {
      await this.updateBadge(now);
      return;
    }
    await this.refresh(undefined, now);
    await browser.storage.local.set({ [REFRESHED_KEY]: now });
  }

  async refresh(customerIds?: string[], now = Date.now()): Promise<void> {
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
    const customers = customerIds ? (await db.customers.bulkGet(customerIds)).filter((c) => !!c) : await db.customers.toArray();
    const ids = customers.map((customer) => customer.id);
    const [interactions, purchases, surveys, actions] = await Promise.all(
      [db.interactions, db.purchases, db.surveys, db.careActions].map((table) =>
        (table as typeof db.interactions).where('customerId').anyOf(ids).toArray(),
      ),
    );
    const [interactionsOf, purchasesOf, surveysOf, actionsOf] = [interactions, purchases, surveys, actions].map((rows) =>
      groupByCustomer(rows as { customerId: string; deletedAt?: number }[]),
    ) as [Map<string, never[]>, Map<string, never[]>, Map<string, never[]>, Map<string, CareAction[]>];

    const added: CareAction[] = [];
    const withdrawn: CareAction[] = [];
    for (const customer of customers) {
      if (customer.deletedAt !== undefined) continue;
      const suggestions = suggestCare({
        customer,
        interactions: interactionsOf.get(customer.id) ?? [],
        purchases: purchasesOf.get(customer.id) ?? [],
        surveys: surveysOf.get(customer.id) ?? [],
        today: isoDate(now),
        now,
        settings: settings.care,
      });
      const existing = actionsOf.get(customer.id) ?? [];
      const known = new Set(existing.map((action) => action.cause));
      const current = new Set(suggestions.map((suggestion) => suggestion.cause));
      for (const suggestion of suggestions) {
        if (known.has(suggestion.cause)) continue;
        added.push(
          careActionSchema.parse({
            id: crypto.randomUUID(),
            createdAt: now,
            updatedAt: now,
            customerId: customer.id,
            kind: suggestion.kind,
            due: suggestion.due,
            status: 'open',
            reason: reasonText(suggestion).slice(0, 2000),
            cause: suggestion.cause,
          }),
        );
      }
      for (const action of existing) {
        if (action.cause && action.status !== 'done' && action.status !== 'dismissed' && !current.has(action.cause)) {
          withdrawn.push({ ...action, deletedAt: now, updatedAt: now });
        }
      }
    }
    await db.transaction('rw', db.careActions, async () => {
      await db.careActions.bulkAdd(added);
      await db.careActions.bulkPut(withdrawn);
    });
    await this.updateBadge(now);
  }

  /** The toolbar badge: how many care actions are due by the end of today, across all customers. */
  async updateBadge(now = Date.now()): Promise<number> {
    const count = (await careAgenda(this.db, now)).length;
    const action = toolbarButton();
    await action.setBadgeText({ text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor?.({ color: '#d93025' });
    return count;
  }
}

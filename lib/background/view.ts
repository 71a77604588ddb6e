import type { CountryCode } from 'libphonenumber-js/min';
import type { CustomerDatabase } from '../db/database';
import { getCustomerCard, getCustomers, getSettings } from '../db/repository';
import { resolveLocale } from '../i18n';
import { analyseCustomer } from '../loyalty/analyse';
import type { BaseModel } from '../loyalty/base-model';
import type { Settings } from '../db/schema';
import type { LoyaltySettings } from '../loyalty/settings';
import { nextOccurrence } from '../care/calendar';
import type { PageReport } from '../messaging/content-protocol';
import type { SidebarView, ViewPerson } from '../messaging/protocol';
import { timingMark } from '../timing-mark';
import { matchPage, mostRelevantPerson, takenMatch } from '../recognition/match';

const MAX_SUGGESTIONS = 3;

async function cardWithDates(db: CustomerDatabase, customerId: string, options: ViewOptions, loyalty: LoyaltySettings) {
  const { model } = options;
  const now = Date.now();
  const read = await getCustomerCard(db, customerId, (customer, purchases, surveys) =>
    analyseCustomer(customer, purchases, surveys, model, loyalty, now),
  );
  if (!read) return null;
  const { fromHistoryRow, ...card } = read;
  if (!fromHistoryRow) options.onHistoryMissing?.(customerId);
  const today = new Date(now).toISOString().slice(0, 10);
  const nextImportantDates = card.customer.importantDates.map((date) => {
    try {
      return nextOccurrence(date, today);
    } catch {
      return null; // A date that exists in no year (30 February): shown as kept, without a next date.
    }
  });
  return { ...card, nextImportantDates };
}

export interface ViewOptions {
  /** The person the user picked on the page (their key), if any. */
  requestedKey?: string;
  browserLanguage: string;
  tabId?: number;
  model?: BaseModel;
  /**
   * The settings as the background holds them in memory (settings-cache.ts); read from the database when absent.
   * A value, not a promise: inside a live query, an await with no IndexedDB request behind it (even of an already
   * resolved Dexie promise) can resume outside the query's zone while other Dexie work runs, and the reads after it
   * would then go unwatched: the sidebar would stop following writes (logging.test.ts caught it).
   */
  settings?: Settings;
  /** The card's customer has no history row yet: it was read from the tables. */
  onHistoryMissing?: (customerId: string) => void;
}

/**
 * Everything one sidebar shows for the page its tab reported. Read in one transaction: one IndexedDB transaction
 * for the match and the card instead of one per read, and a view of one moment of the database.
 */
export function buildSidebarView(db: CustomerDatabase, report: PageReport | undefined, options: ViewOptions): Promise<SidebarView> {
  return db.transaction('r', [db.settings, db.identities, db.customers, db.histories, db.interactions, db.careActions, db.surveys, db.purchases], () =>
    readSidebarView(db, report, options),
  );
}

async function readSidebarView(db: CustomerDatabase, report: PageReport | undefined, options: ViewOptions): Promise<SidebarView> {
  const { requestedKey, tabId } = options;
  const settings = options.settings ?? (await getSettings(db));
  const locale = resolveLocale(settings.language, options.browserLanguage);
  const context = report?.context ?? null;
  const matched = context
    ? await matchPage(db, context, { ownAddresses: settings.ownAddresses, phoneRegion: settings.phoneRegion as CountryCode })
    : [];
  timingMark('view:matched');
  // Only the customers the sidebar names: each person's match, or the first suggestions for one without.
  const shownIds = matched.flatMap((person) => {
    const taken = takenMatch(person);
    return taken ? [taken.customerId] : person.candidates.slice(0, MAX_SUGGESTIONS).map((candidate) => candidate.customerId);
  });
  // The person shown first is known from the match alone, so their card is read beside the names.
  const selectedPerson = matched.find((person) => person.key === requestedKey) ?? mostRelevantPerson(matched);
  const selectedId = selectedPerson ? takenMatch(selectedPerson)?.customerId : undefined;
  const [customers, card] = await Promise.all([
    getCustomers(db, shownIds.filter((id) => id !== selectedId)),
    selectedId ? cardWithDates(db, selectedId, options, settings.loyalty) : null,
  ]);
  // The card has read the selected customer's row (and is null when that customer is gone).
  if (card) customers.set(card.customer.id, card.customer);
  const people: ViewPerson[] = matched.map((person) => {
    const taken = takenMatch(person);
    const customerId = taken?.customerId;
    return {
      key: person.key,
      email: person.email,
      name: person.name,
      phone: person.phone,
      role: person.role,
      customerId,
      customerName: customerId ? customers.get(customerId)?.name : undefined,
      confidence: taken?.confidence,
      suggestions: customerId
        ? []
        : person.candidates.slice(0, MAX_SUGGESTIONS).flatMap((candidate) => {
            const customer = customers.get(candidate.customerId);
            return customer
              ? [{ customerId: customer.id, customerName: customer.name, company: customer.company.name, reason: candidate.reason }]
              : [];
          }),
    };
  });
  return {
    tabId,
    locale,
    theme: report?.theme ?? 'light',
    page: context
      ? { site: context.site, kind: context.kind, subject: context.subject, threadId: context.threadId, url: report!.url }
      : null,
    people,
    selectedKey: selectedPerson?.key,
    card,
  };
}

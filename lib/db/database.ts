import Dexie, { type EntityTable } from 'dexie';
import { changeMarking } from './change-marks';
import { historyUpkeep } from './history-upkeep';
import { upgradeToV2 } from './upgrades/v2-derived-identities';
import type { CareAction, ChangeMark, Customer, CustomerHistory, Identity, Interaction, Purchase, Settings, Survey } from './schema';

export const DATABASE_NAME = 'customer-care';

/**
 * Index lists per schema version. A later version is added as a new entry (never
 * by editing an old one) together with its upgrade function and a test in
 * tests/unit/db-upgrade.test.ts that opens a database of the previous version.
 */
export const SCHEMA_V1 = {
  customers: 'id, updatedAt, name, tier, loyalty.type',
  identities: 'id, key, customerId, updatedAt',
  interactions: 'id, customerId, [customerId+at], threadId, at, updatedAt',
  purchases: 'id, customerId, [customerId+at], at, updatedAt',
  surveys: 'id, customerId, [customerId+at], updatedAt',
  careActions: 'id, customerId, [status+due], updatedAt',
  settings: 'id',
} as const;

/** Version 2 keeps the indexes and rewrites identity rows (see upgrades/v2-derived-identities.ts). */
export const SCHEMA_V2 = SCHEMA_V1;

/**
 * Version 3 drops the indexes no query reads: every updatedAt (kept for a sync
 * that does not exist), and the customers' tier and loyalty type (lists filter
 * in memory), and the plain customerId of the history tables, which Dexie
 * answers from the [customerId+at] index that begins with it. Each index is one more write per row, and in Chromium an index
 * entry costs about as much to write as the row itself: 20,000 customer rows
 * took 3.6 s with no index and 18.6 s with the four of version 1 on the CI
 * machine's disk (notes in BENCHMARKS.md). Rows are untouched, so no upgrade function.
 */
export const SCHEMA_V3 = {
  customers: 'id, name',
  identities: 'id, key, customerId',
  interactions: 'id, [customerId+at], threadId, at',
  purchases: 'id, [customerId+at], at',
  surveys: 'id, [customerId+at]',
  careActions: 'id, customerId, [status+due]',
  settings: 'id',
} as const;

/**
 * Version 4 adds each customer's history row (customer-history.ts), so that a card reads two rows instead of every
 * row of the customer's history, each a cold read at its own random id: on the 100k base the card's five reads took
 * 8.9 / 17.3 ms on the raw API (BENCHMARKS.md). The rows are derived: the upgrade leaves the table empty and the
 * background builds it (history-keeper.ts), cards reading the tables meanwhile.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, histories: 'customerId' } as const;

/**
 * Version 5 adds a change mark per table that others cache (change-marks.ts): a long import reads the contact keys
 * of a small base once, where it asked for each file row's keys one request at a time, and trusts what it read while
 * the identities' mark shows that nobody else wrote them.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, changeMarks: 'table' } as const;

export type CustomerDatabase = Dexie & {
  customers: EntityTable<Customer, 'id'>;
  identities: EntityTable<Identity, 'id'>;
  interactions: EntityTable<Interaction, 'id'>;
  purchases: EntityTable<Purchase, 'id'>;
  surveys: EntityTable<Survey, 'id'>;
  careActions: EntityTable<CareAction, 'id'>;
  settings: EntityTable<Settings, 'id'>;
  histories: EntityTable<CustomerHistory, 'customerId'>;
  changeMarks: EntityTable<ChangeMark, 'table'>;
};

/**
 * Only the background service worker and top-level extension pages (and the import Worker the options page starts) open this:
 * in the sidebar iframe the browser may refuse IndexedDB, and in a content script
 * it would be the host page's own storage.
 */
export function openCustomerDatabase(name = DATABASE_NAME): CustomerDatabase {
  const db = new Dexie(name) as CustomerDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5);
  db.use(historyUpkeep);
  db.use(changeMarking);
  return db;
}

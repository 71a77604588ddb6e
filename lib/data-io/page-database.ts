import { openCustomerDatabase, type CustomerDatabase } from '../db/database';

let db: CustomerDatabase | undefined;

/**
 * The options page's own handle on the extension's database, for the bulk
 * reads of an export or backup and the one-transaction write of a restore,
 * which would not fit through runtime messages. The page tells the background
 * afterwards (request 'data/changed') when it wrote.
 */
export function pageDatabase(): CustomerDatabase {
  db ??= openCustomerDatabase();
  return db;
}

import type { DBCore } from 'dexie';

/**
 * For a middleware that writes a derived table beside its sources (history-upkeep.ts, change-marks.ts): whether the
 * schema has the table (an upgrade from before it runs its steps with the schema of their version, which has not),
 * and a transaction() that adds it to every read-write transaction over a source, so that no caller has to name it.
 */
export function derivedTableScope(down: DBCore, derived: string, isSource: (store: string) => boolean) {
  const present = () => down.schema.tables.some((table) => table.name === derived);
  const transaction: DBCore['transaction'] = (stores, mode, options) =>
    down.transaction(
      mode === 'readwrite' && stores.some(isSource) && !stores.includes(derived) && present() ? [...stores, derived] : stores,
      mode,
      options,
    );
  return { present, transaction };
}

import Dexie from 'dexie';

/**
 * Requests on the bare IndexedDB API inside a Dexie transaction, where Dexie's own queries cost more than the reads.
 * Each answers with a Dexie.Promise, so that the transaction's zone carries on after the await.
 */

/** The result of one request. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Dexie.Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Rows of the current transaction's `store` whose `index` matches any of `keys` (a value, or a
 * range such as a compound index's rows that begin with a value), as one batch of IndexedDB index gets all in flight at once.
 * Not Table.where(index).anyOf(values): Dexie runs that as one cursor that
 * jumps to each value in turn, a round trip per jump, which measured 110 s
 * against 1 s for this in Chromium (7,500 keys in 300,000 identities), and is
 * quadratic in fake-indexeddb. Not one where().equals() per value either: Dexie's
 * promise and zone bookkeeping per query cost more than the gets themselves
 * (tests/bench/import-speed; the earlier figure from tests/bench/import/standalone.ts).
 */
export function whereAnyOf<T>(store: string, index: string, keys: (IDBValidKey | IDBKeyRange)[]): Promise<T[]> {
  const source = Dexie.currentTransaction.idbtrans.objectStore(store).index(index);
  return new Dexie.Promise<T[]>((resolve, reject) => {
    const found: T[] = [];
    let pending = keys.length;
    if (pending === 0) resolve(found);
    for (const key of keys) {
      const request = source.getAll(key);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        for (const row of request.result as T[]) found.push(row);
        if (--pending === 0) resolve(found);
      };
    }
  });
}

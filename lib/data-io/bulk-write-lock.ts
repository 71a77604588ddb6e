/**
 * An import and a restore both rewrite many rows from an extension page. Run together (two options
 * tabs, or a restore chosen while an import works) the restore would clear what the import is
 * writing, or the import would add to a base the user just replaced. A Web Lock is held per origin,
 * across every tab and worker of the extension, and is let go when its page closes.
 */
export const BULK_WRITE_LOCK = 'customer-care/bulk-write';

/** Another import or restore holds the lock: nothing was written. */
export class BulkWriteBusyError extends Error {
  constructor() {
    super('another import or restore is running');
    this.name = 'BulkWriteBusyError';
  }
}

/** Runs `write` while no other import or restore runs; refuses at once, touching nothing, when one does. */
export async function withBulkWriteLock<T>(write: () => Promise<T>, locks: LockManager = navigator.locks): Promise<T> {
  return locks.request(BULK_WRITE_LOCK, { ifAvailable: true }, async (lock) => {
    if (!lock) throw new BulkWriteBusyError();
    return write();
  });
}

import Dexie from 'dexie';
import { isAlive } from '../db/alive';
import { readChangeMark } from '../db/change-marks';
import type { CustomerDatabase } from '../db/database';
import { requestResult, whereAnyOf } from '../db/raw-requests';
import { CONTACT_KINDS, type Identity } from '../db/schema';

const PAGE_ROWS = 10_000;
/**
 * A copy is read when the base holds fewer contacts than this many times the keys the file is expected to ask for.
 * Measured in Chromium on 80,000 identities (2 × AMD EPYC, profile in memory): a key asked for on its own, absent,
 * 129 µs; a row read in one getAll, 26.5 µs: five rows for one key. Four leaves room for building the copy.
 */
export const ROWS_PER_LOOKUP = 4;

/**
 * Who owns each contact key (e-mail, phone, CRM record id) an import's rows name. A row's keys were asked for one
 * request each, inside the chunk's transaction: two or three requests per row, 4.0 s of a 32.8 s import of 20,000
 * rows into an empty base (BENCHMARKS.md). When the base is small beside the file, its contacts are read once
 * instead, and that copy, kept up to date with what the import itself writes, answers while the identities' change mark
 * (lib/db/change-marks.ts) shows that nobody else wrote identities: one read per chunk. Once someone has (a
 * salesperson adding a customer in the sidebar meanwhile), the copy is dropped and every key is asked for again.
 */
export class ContactOwners {
  private constructor(
    /** Key → its first live owner, as an index get would answer; undefined when keys are asked for. */
    private copy: Map<string, string> | undefined,
    /** The identities' mark when the copy was last known to hold. */
    private mark: string | undefined,
  ) {}

  /** Keys asked for chunk by chunk, as before copies: for a single chunk, and for tests. */
  static asking(): ContactOwners {
    return new ContactOwners(undefined, undefined);
  }

  /** Reads the base's contacts when that costs less than asking for the `expectedLookups` keys the file will name. */
  static async open(db: CustomerDatabase, expectedLookups: number, pageRows = PAGE_ROWS): Promise<ContactOwners> {
    return db.transaction('r', [db.identities, db.changeMarks], async () => {
      const trans = Dexie.currentTransaction.idbtrans;
      const index = trans.objectStore('identities').index('key');
      const ranges = CONTACT_KINDS.map((kind) => IDBKeyRange.bound(`${kind}:`, `${kind}:\uffff`));
      const counts = await Dexie.Promise.all(ranges.map((range) => requestResult(index.count(range))));
      if (counts.reduce((sum, count) => sum + count, 0) > expectedLookups * ROWS_PER_LOOKUP) return ContactOwners.asking();
      const copy = new Map<string, string>();
      // A copy of the kinds a file's rows are matched by (rows.ts).
      for (const range of ranges) addFirstLiveOwners(copy, await readRange(index, range, pageRows));
      return new ContactOwners(copy, await readChangeMark(trans, 'identities'));
    });
  }

  /** Whether the copy answers; for tests. */
  get copied(): boolean {
    return this.copy !== undefined;
  }

  /** The first live owner of each key that has one. Inside the chunk's read-write transaction. */
  async ownersOf(keys: string[]): Promise<Map<string, string>> {
    if (this.copy && (await readChangeMark(Dexie.currentTransaction.idbtrans, 'identities')) !== this.mark) this.copy = undefined;
    const owners = new Map<string, string>();
    if (this.copy) {
      for (const key of keys) {
        const owner = this.copy.get(key);
        if (owner) owners.set(key, owner);
      }
      return owners;
    }
    return addFirstLiveOwners(owners, await whereAnyOf<Identity>('identities', 'key', keys));
  }

  /**
   * Takes in the identities the chunk wrote, in its transaction after its writes, with the mark they left. The import
   * adds a contact only for a key no live identity holds, so the added row is its key's one live owner. It retires
   * only derived identities (a name or domain), which no row is matched by; were a contact retired, the copy could not
   * tell its key's next owner, and is dropped.
   */
  async wrote(added: Identity[], retired: Identity[]): Promise<void> {
    if (!this.copy) return;
    const kinds: readonly string[] = CONTACT_KINDS;
    if (retired.some((identity) => kinds.includes(identity.kind))) {
      this.copy = undefined;
      return;
    }
    addFirstLiveOwners(this.copy, added.filter((identity) => kinds.includes(identity.kind)));
    this.mark = await readChangeMark(Dexie.currentTransaction.idbtrans, 'identities');
  }
}

/** Each key's first live owner among `identities` (in the key index's order) not already in `owners`, added to it. */
function addFirstLiveOwners(owners: Map<string, string>, identities: Identity[]): Map<string, string> {
  for (const identity of identities) if (isAlive(identity) && !owners.has(identity.key)) owners.set(identity.key, identity.customerId);
  return owners;
}

/** Every identity in `range` of the key index, in its order, a page at a time: one answer of every row could be large. */
async function readRange(index: IDBIndex, range: IDBKeyRange, pageRows: number): Promise<Identity[]> {
  const rows: Identity[] = [];
  let after: IDBKeyRange = range;
  for (;;) {
    const page = (await requestResult(index.getAll(after, pageRows))) as Identity[];
    if (page.length < pageRows) return rows.concat(page);
    // The page's last key may go on into the next page: its rows are read whole, and the next page begins after it.
    const last = page.at(-1)!.key;
    rows.push(...page.filter((row) => row.key !== last), ...((await requestResult(index.getAll(last))) as Identity[]));
    after = IDBKeyRange.bound(last, range.upper, true, false);
  }
}

import { isAlive } from './alive';
import type { CustomerDatabase } from './database';
import { syncDerivedIdentities } from './derived-sync';
import { customerSchema, type Customer } from './schema';

const MAX_NOTES = 5000;

/**
 * Two files turned out to be one customer. Everything of `mergeId` moves to
 * `keepId` in one transaction: identities, contacts, purchases, surveys, care
 * actions; the kept file's empty fields are filled from the other, lists
 * (likes, dates, family, tags) are joined, notes appended, deal dates widened.
 * The merged file is tombstoned, so nothing recognises it any more.
 */
export async function mergeCustomers(db: CustomerDatabase, keepId: string, mergeId: string, now = Date.now()): Promise<Customer> {
  if (keepId === mergeId) throw new Error('cannot merge a customer with itself');
  const tables = [db.customers, db.identities, db.interactions, db.purchases, db.surveys, db.careActions, db.histories];
  return db.transaction('rw', tables, async () => {
    const [keep, merge] = await db.customers.bulkGet([keepId, mergeId]);
    if (!isAlive(keep)) throw new Error(`no customer with id ${keepId} (deleted or merged)`);
    if (!isAlive(merge)) throw new Error(`no customer with id ${mergeId} (deleted or merged)`);
    const stamp = { customerId: keepId, updatedAt: now };

    const keptKeys = new Set(
      (await db.identities.where('customerId').equals(keepId).toArray()).filter(isAlive).map((row) => row.key),
    );
    const moving = (await db.identities.where('customerId').equals(mergeId).toArray()).filter(isAlive);
    // An identifier both files hold stays once; derived ones are recomputed for the merged profile below.
    await db.identities.bulkPut(
      moving.map((row) =>
        row.derived || keptKeys.has(row.key) ? { ...row, deletedAt: now, updatedAt: now } : { ...row, ...stamp },
      ),
    );
    for (const table of [db.interactions, db.purchases, db.surveys] as const) {
      await (table as typeof db.interactions).where('customerId').equals(mergeId).modify(stamp);
    }
    // A suggestion the kept file already has for the same cause would be shown twice.
    const keptCauses = new Set(
      (await db.careActions.where('customerId').equals(keepId).toArray()).filter(isAlive).map((row) => row.cause),
    );
    await db.careActions
      .where('customerId')
      .equals(mergeId)
      .modify((action) => {
        Object.assign(action, stamp);
        if (action.cause && keptCauses.has(action.cause) && action.deletedAt === undefined) action.deletedAt = now;
      });

    const merged = customerSchema.parse({ ...mergedProfile(keep, merge), updatedAt: Math.max(now, keep.updatedAt + 1) });
    await db.customers.put(merged);
    await db.customers.put({ ...merge, deletedAt: now, updatedAt: Math.max(now, merge.updatedAt + 1) });
    // Its rows moved to the kept file, which the history upkeep patched; its own row would still list them.
    await db.histories.delete(mergeId);
    await syncDerivedIdentities(db, merged, now);
    return merged;
  });
}

const union = <T>(a: T[], b: T[], key: (item: T) => string = (item) => JSON.stringify(item)): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)))];
};

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

/** The kept file wins where it says something; the other fills what it leaves empty. */
export function mergedProfile(keep: Customer, other: Customer): Customer {
  const notes = [keep.lifestyleNotes, other.lifestyleNotes].filter((text): text is string => !!text);
  const dealDate = (pick: (a: number, b: number) => number, a?: number, b?: number) =>
    a === undefined ? b : b === undefined ? a : pick(a, b);
  return {
    ...keep,
    title: keep.title || other.title,
    company: { ...defined(other.company), ...defined(keep.company) },
    tier: keep.tier ?? other.tier,
    preferences: {
      likes: union(keep.preferences.likes, other.preferences.likes),
      dislikes: union(keep.preferences.dislikes, other.preferences.dislikes),
      contact: keep.preferences.contact || other.preferences.contact,
    },
    importantDates: union(keep.importantDates, other.importantDates, (date) =>
      JSON.stringify([date.kind, date.calendar, date.month, date.day, date.year ?? null, date.label ?? null]),
    ),
    family: union(keep.family, other.family, (member) => `${member.name}|${member.relation}`),
    lifestyleNotes: notes.length === 2 && notes[0] !== notes[1] ? `${notes[0]}\n\n${notes[1]}`.slice(0, MAX_NOTES) : notes[0],
    tags: union(keep.tags, other.tags),
    wallet: keep.wallet || other.wallet ? { ...defined(other.wallet ?? {}), ...defined(keep.wallet ?? {}) } : undefined,
    firstDealAt: dealDate(Math.min, keep.firstDealAt, other.firstDealAt),
    lastDealAt: dealDate(Math.max, keep.lastDealAt, other.lastDealAt),
  };
}

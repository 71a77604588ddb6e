import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer } from '../../../lib/db/repository';
import type { Identity } from '../../../lib/db/schema';
import { ContactOwners, ROWS_PER_LOOKUP } from '../../../lib/import/contact-owners';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const NOW = Date.UTC(2026, 10, 1);
const customerId = () => crypto.randomUUID();
const identity = (key: string, owner: string, extra: Partial<Identity> = {}): Identity => ({
  id: crypto.randomUUID(),
  createdAt: NOW,
  updatedAt: NOW,
  customerId: owner,
  kind: key.slice(0, key.indexOf(':')) as Identity['kind'],
  key,
  display: key.slice(key.indexOf(':') + 1),
  ...extra,
});
/** As the import asks: inside a read-write transaction that holds the identities and their mark. */
const ownersOf = (owners: ContactOwners, keys: string[]) => db.transaction('rw', [db.identities, db.changeMarks], () => owners.ownersOf(keys));
const wrote = (owners: ContactOwners, added: Identity[], retired: Identity[] = []) =>
  db.transaction('rw', [db.identities, db.changeMarks], async () => {
    await db.identities.bulkAdd(added);
    if (retired.length > 0) await db.identities.bulkPut(retired);
    await owners.wrote(added, retired);
  });

describe('ContactOwners', () => {
  it('answers from a copy what asking for each key answers, across pages and with a key shared by several rows', async () => {
    const [first, second, third] = [customerId(), customerId(), customerId()];
    const ids = Array.from({ length: 9 }, (_, index) => `00000000-0000-7000-8000-00000000000${index}`);
    await db.identities.bulkAdd([
      // One e-mail on three rows (ids in index order): a deleted one first, then the live owner an index get finds first.
      identity('email:shared@example.com', third, { id: ids[0]!, deletedAt: NOW }),
      identity('email:shared@example.com', first, { id: ids[1]! }),
      identity('email:shared@example.com', second, { id: ids[2]! }),
      identity('email:a@example.com', first, { id: ids[3]! }),
      identity('email:z@example.com', second, { id: ids[4]! }),
      identity('phone:+8613800138000', second, { id: ids[5]! }),
      identity('external:salesforce/contact/003A', third, { id: ids[6]! }),
      // A derived identity is never matched on: the copy leaves it out.
      identity('domain:example.com', first, { id: ids[7]!, derived: true }),
      identity('email:gone@example.com', third, { id: ids[8]!, deletedAt: NOW }),
    ]);
    const keys = ['email:shared@example.com', 'email:a@example.com', 'email:z@example.com', 'phone:+8613800138000', 'external:salesforce/contact/003A', 'email:gone@example.com', 'email:new@example.com'];
    const asked = await ownersOf(ContactOwners.asking(), keys);
    expect(asked.get('email:shared@example.com')).toBe(first);
    expect(asked.has('email:gone@example.com')).toBe(false);

    // Pages of two rows: the shared e-mail's rows fall across a page's end.
    const copied = await ContactOwners.open(db, 100, 2);
    expect(copied.copied).toBe(true);
    expect(await ownersOf(copied, keys)).toEqual(asked);
  });

  it('asks for each key when the base holds more contacts than the file is expected to ask for, times what a copied row costs', async () => {
    await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily@carter.co.uk' }, { kind: 'phone', value: '+44 20 7946 0000' }]);
    expect((await ContactOwners.open(db, 1 / ROWS_PER_LOOKUP)).copied).toBe(false);
    expect((await ContactOwners.open(db, 2 / ROWS_PER_LOOKUP)).copied).toBe(true);
  });

  it('keeps the copy up to date with what the import writes, and drops it once anyone else writes an identity', async () => {
    const owners = await ContactOwners.open(db, 10);
    const imported = customerId();
    await wrote(owners, [identity('email:new@example.com', imported)]);
    expect(await ownersOf(owners, ['email:new@example.com'])).toEqual(new Map([['email:new@example.com', imported]]));
    expect(owners.copied).toBe(true);

    // A salesperson adds a customer in the sidebar between two chunks.
    const added = await createCustomer(db, { name: 'Added meanwhile' }, [{ kind: 'email', value: 'late@example.com' }]);
    expect(await ownersOf(owners, ['email:late@example.com', 'email:new@example.com'])).toEqual(
      new Map([
        ['email:late@example.com', added.id],
        ['email:new@example.com', imported],
      ]),
    );
    expect(owners.copied).toBe(false);
  });

  it('drops the copy when the import retires a contact, whose next owner it could not tell', async () => {
    const [first, second] = [customerId(), customerId()];
    const older = identity('email:both@example.com', first);
    await db.identities.bulkAdd([older, identity('email:both@example.com', second)]);
    const owners = await ContactOwners.open(db, 10);
    await wrote(owners, [], [{ ...older, deletedAt: NOW }]);
    expect(owners.copied).toBe(false);
    expect(await ownersOf(owners, ['email:both@example.com'])).toEqual(new Map([['email:both@example.com', second]]));
  });
});

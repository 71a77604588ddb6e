import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIdentity, CustomerValidationError, EditConflictError, getCustomerForEdit, removeIdentity, updateCustomer } from '../../../lib/db/customer-edit';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { identityKey } from '../../../lib/db/identity-key';
import { createCustomer, findCustomerIdsByKeys } from '../../../lib/db/repository';
import type { Customer } from '../../../lib/db/schema';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const addWangFang = () =>
  createCustomer(db, { name: '王芳', title: '采购总监', company: { name: '深圳金龙珠宝', location: '深圳' } }, [
    { kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' },
  ]);

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(CustomerValidationError);
  return (error as CustomerValidationError).issues.map((issue) => [issue.path.join('.'), issue.code]);
};

describe('updateCustomer', () => {
  it('changes the fields of the patch, clears those set to null and keeps the rest', async () => {
    const wang = await addWangFang();
    const saved = await updateCustomer(
      db,
      wang.id,
      {
        title: null,
        tier: 'A',
        company: { channel: '批发', location: null },
        preferences: { likes: ['翡翠', '普洱茶'] },
        importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }],
        wallet: { spendPerYear: 200000 },
      },
      wang.updatedAt,
    );
    const stored = await db.customers.get(wang.id);
    expect(stored).toEqual(saved);
    expect(stored).toMatchObject({
      name: '王芳',
      tier: 'A',
      company: { name: '深圳金龙珠宝', channel: '批发' },
      preferences: { likes: ['翡翠', '普洱茶'], dislikes: [] },
      importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }],
      wallet: { spendPerYear: 200000 },
    });
    expect(stored?.title).toBeUndefined();
    expect(stored?.company.location).toBeUndefined();
    expect(stored!.updatedAt).toBeGreaterThan(wang.updatedAt);
  });

  it.each([
    ['an empty name', { name: '  ' }, [['name', 'too_small']]],
    ['a day 32', { importantDates: [{ kind: 'birthday', month: 2, day: 32 }] }, [['importantDates.0.day', 'too_big']]],
    ['a negative value to us', { company: { valueToUs: -5 } }, [['company.valueToUs', 'too_small']]],
    ['a tier D', { tier: 'D' }, [['tier', 'invalid_value']]],
    ['a wallet that is text', { wallet: { purchasesPerYear: 'many' } }, [['wallet.purchasesPerYear', 'invalid_type']]],
    ['a field that does not exist', { loyalty: { type: 'true-loyal' } }, [['', 'unrecognized_keys']]],
  ])('refuses %s, naming the field, and writes nothing', async (_case, patch, expected) => {
    const wang = await addWangFang();
    expect(await issuesOf(updateCustomer(db, wang.id, patch, wang.updatedAt))).toEqual(expected);
    expect(await db.customers.get(wang.id)).toEqual(wang);
  });

  describe('when the file was changed elsewhere since the editor loaded it', () => {
    const changedElsewhere = async (wang: Customer, patch: object) => updateCustomer(db, wang.id, patch, wang.updatedAt);

    it('merges edits of different fields, keeping both', async () => {
      const wang = await addWangFang();
      await changedElsewhere(wang, { company: { location: '广州' } });
      const saved = await updateCustomer(db, wang.id, { company: { channel: '门店' }, tier: 'B' }, wang.updatedAt, { base: wang });
      expect(saved.company).toMatchObject({ location: '广州', channel: '门店' });
      expect(saved.tier).toBe('B');
    });

    it.each([
      ['the same field', { title: '总经理' }, ['title']],
      ['the same company field', { company: { location: '上海' } }, ['company.location']],
      ['the same list', { preferences: { likes: ['白酒'] } }, ['preferences.likes']],
    ])('refuses an edit of %s with a conflict naming it, writing nothing', async (_case, patch, fields) => {
      const wang = await addWangFang();
      await changedElsewhere(wang, { title: '副总', company: { location: '广州' }, preferences: { likes: ['红酒'] } });
      const before = await db.customers.get(wang.id);
      const error = await updateCustomer(db, wang.id, patch, wang.updatedAt, { base: wang }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EditConflictError);
      expect((error as EditConflictError).fields).toEqual(fields);
      expect((error as EditConflictError).current).toEqual(before);
      expect(await db.customers.get(wang.id)).toEqual(before);
    });

    it('overwrites when the user chooses to', async () => {
      const wang = await addWangFang();
      await changedElsewhere(wang, { title: '副总' });
      const saved = await updateCustomer(db, wang.id, { title: '总经理' }, wang.updatedAt, { base: wang, force: true });
      expect(saved.title).toBe('总经理');
    });

    it('takes an edit to the value the other edit already set as no conflict', async () => {
      const wang = await addWangFang();
      await changedElsewhere(wang, { title: '副总' });
      await expect(updateCustomer(db, wang.id, { title: '副总' }, wang.updatedAt, { base: wang })).resolves.toMatchObject({ title: '副总' });
    });

    it('without the loaded file to compare with, takes every edited field as a conflict', async () => {
      const wang = await addWangFang();
      await changedElsewhere(wang, { company: { location: '广州' } });
      await expect(updateCustomer(db, wang.id, { tier: 'B' }, wang.updatedAt)).rejects.toBeInstanceOf(EditConflictError);
    });
  });

  it('moves the derived name identity with a new name, so the old name no longer suggests the customer', async () => {
    const wang = await addWangFang();
    await updateCustomer(db, wang.id, { name: 'Fang Wang' }, wang.updatedAt);
    const found = await findCustomerIdsByKeys(db, [identityKey('name', '王芳'), identityKey('name', 'Wang Fang')]);
    expect(found).toEqual(new Map([[identityKey('name', 'Wang Fang'), wang.id]]));
  });

  it('refuses to edit a deleted customer', async () => {
    const wang = await addWangFang();
    await db.customers.update(wang.id, { deletedAt: Date.now() });
    await expect(updateCustomer(db, wang.id, { tier: 'A' }, wang.updatedAt)).rejects.toThrow(/deleted or merged/);
  });
});

describe('identities', () => {
  it.each([
    ['an e-mail', { kind: 'email', value: 'Fang@Jinlong-Gold.com' }, 'email:fang@jinlong-gold.com'],
    ['a phone, stored in E.164', { kind: 'phone', value: '138 0013 8000' }, 'phone:+8613800138000'],
    ['a CRM record id', { kind: 'external', value: 'salesforce/contact/003A' }, 'external:salesforce/contact/003A'],
  ])('adds %s, by which the customer is then recognised', async (_case, input, key) => {
    const wang = await addWangFang();
    const identity = await addIdentity(db, wang.id, input);
    expect(identity.key).toBe(key);
    expect(await findCustomerIdsByKeys(db, [key])).toEqual(new Map([[key, wang.id]]));
    expect((await getCustomerForEdit(db, wang.id)).identities.map((row) => row.key)).toContain(key);
  });

  it('adds the company domain of a new e-mail as a derived identity, and retires it with the address', async () => {
    const wang = await addWangFang();
    const identity = await addIdentity(db, wang.id, { kind: 'email', value: 'fang@jinlong-gold.com' });
    const domain = identityKey('domain', 'jinlong-gold.com');
    expect(await findCustomerIdsByKeys(db, [domain])).toEqual(new Map([[domain, wang.id]]));
    await removeIdentity(db, identity.id);
    expect(await findCustomerIdsByKeys(db, [domain, identity.key])).toEqual(new Map());
    expect((await getCustomerForEdit(db, wang.id)).identities.map((row) => row.key)).not.toContain(identity.key);
  });

  it.each([
    ['not an e-mail', { kind: 'email', value: 'fang-at-jinlong' }, 'invalid_format'],
    ['not a phone number', { kind: 'phone', value: '12345' }, 'phone'],
    ['an empty CRM id', { kind: 'external', value: ' ' }, 'too_small'],
  ])('refuses %s on the value field', async (_case, input, code) => {
    const wang = await addWangFang();
    expect(await issuesOf(addIdentity(db, wang.id, input))).toEqual([['value', code]]);
  });

  it('refuses an address that already leads to another customer, naming them', async () => {
    const wang = await addWangFang();
    const emily = await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily@harbour.com' }]);
    const error = (await addIdentity(db, wang.id, { kind: 'email', value: 'EMILY@harbour.com' }).catch((e: unknown) => e)) as CustomerValidationError;
    expect(error.issues[0]).toMatchObject({ path: ['value'], code: 'taken', params: { name: 'Emily Carter' } });
    expect(await findCustomerIdsByKeys(db, [identityKey('email', 'emily@harbour.com')])).toEqual(
      new Map([[identityKey('email', 'emily@harbour.com'), emily.id]]),
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAlive } from '../../../lib/db/alive';
import { addIdentity } from '../../../lib/db/customer-edit';
import { deleteCustomer, undoDelete } from '../../../lib/db/customer-delete';
import { mergeCustomers } from '../../../lib/db/customer-merge';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { identityKey } from '../../../lib/db/identity-key';
import { createCustomer, findCustomerIdsByKeys, getCustomerCard, logInteraction, logPurchase, logSurvey } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const WANG_MAIL = 'wang.fang@jinlong-jewellery.cn';
const WANG_QQ = 'wangfang88@qq.com';
const keyOf = (email: string) => identityKey('email', email);

async function twoFilesOfWangFang() {
  const keep = await createCustomer(
    db,
    {
      name: '王芳',
      company: { name: '深圳金龙珠宝' },
      preferences: { likes: ['翡翠'], dislikes: [] },
      importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }],
      lifestyleNotes: '喜欢早上联系',
    },
    [{ kind: 'email', value: WANG_MAIL }],
  );
  const other = await createCustomer(
    db,
    {
      name: 'Wang Fang',
      title: '采购总监',
      tier: 'A',
      company: { name: 'Jinlong', location: '深圳', channel: '批发' },
      preferences: { likes: ['翡翠', '普洱茶'], dislikes: ['白酒'], contact: '微信' },
      importantDates: [
        { kind: 'birthday', calendar: 'lunar', month: 8, day: 15 },
        { kind: 'company-anniversary', calendar: 'gregorian', month: 3, day: 1 },
      ],
      family: [{ name: '小明', relation: '儿子' }],
      lifestyleNotes: '打高尔夫',
      wallet: { spendPerYear: 500000 },
    },
    [
      { kind: 'email', value: WANG_QQ },
      { kind: 'phone', value: '13800138000' },
    ],
  );
  await logInteraction(db, { customerId: keep.id, type: 'email', summary: 'from the company address' }, 1_000);
  await logInteraction(db, { customerId: other.id, type: 'call', summary: 'from the private address' }, 2_000);
  await logPurchase(db, { customerId: other.id, amount: 1200, currency: 'CNY', product: '翡翠手镯' }, 3_000);
  await logSurvey(db, { customerId: other.id, recommend: 5, repurchase: 4 }, 4_000);
  return { keep, other };
}

describe('mergeCustomers', () => {
  it('moves every identity and all history to the kept customer, and tombstones the other', async () => {
    const { keep, other } = await twoFilesOfWangFang();
    await mergeCustomers(db, keep.id, other.id);
    const keys = [keyOf(WANG_MAIL), keyOf(WANG_QQ), identityKey('phone', '13800138000')];
    expect([...(await findCustomerIdsByKeys(db, keys)).values()]).toEqual([keep.id, keep.id, keep.id]);
    const card = (await getCustomerCard(db, keep.id))!;
    expect(card.recentInteractions.map((row) => row.summary)).toEqual(['from the private address', 'from the company address']);
    expect(card.purchases.count).toBe(1);
    expect(card.latestSurvey?.recommend).toBe(5);
    expect(await getCustomerCard(db, other.id)).toBeNull();
    expect((await db.customers.get(other.id))?.deletedAt).toBeGreaterThan(0);
    // Nothing points at the merged file any more except its own tombstoned rows.
    for (const table of [db.interactions, db.purchases, db.surveys]) {
      expect((await (table as typeof db.interactions).where('customerId').equals(other.id).toArray()).filter(isAlive)).toEqual([]);
    }
  });

  it('fills the kept file\'s empty fields from the other and joins lists without duplicates', async () => {
    const { keep, other } = await twoFilesOfWangFang();
    const merged = await mergeCustomers(db, keep.id, other.id);
    expect(merged).toMatchObject({
      name: '王芳',
      title: '采购总监',
      tier: 'A',
      company: { name: '深圳金龙珠宝', location: '深圳', channel: '批发' },
      preferences: { likes: ['翡翠', '普洱茶'], dislikes: ['白酒'], contact: '微信' },
      family: [{ name: '小明', relation: '儿子' }],
      lifestyleNotes: '喜欢早上联系\n\n打高尔夫',
      wallet: { spendPerYear: 500000 },
      firstDealAt: 3_000,
    });
    expect(merged.importantDates.map((date) => date.kind)).toEqual(['birthday', 'company-anniversary']);
    expect(await db.customers.get(keep.id)).toEqual(merged);
  });

  it('keeps an identifier both files hold once, and matches the other\'s name no more', async () => {
    const { keep, other } = await twoFilesOfWangFang();
    await addIdentity(db, other.id, { kind: 'external', value: 'crm/1' });
    await mergeCustomers(db, keep.id, other.id);
    const live = (await db.identities.where('customerId').equals(keep.id).toArray()).filter(isAlive);
    const keys = live.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('external:crm/1');
    expect(await findCustomerIdsByKeys(db, [identityKey('name', 'Wang Fang')])).toEqual(new Map());
  });

  it.each([
    ['itself', 'same'],
    ['a deleted customer', 'deleted'],
  ])('refuses to merge a customer with %s, changing nothing', async (_case, which) => {
    const { keep, other } = await twoFilesOfWangFang();
    if (which === 'deleted') await deleteCustomer(db, other.id);
    const before = await db.identities.toArray();
    await expect(mergeCustomers(db, keep.id, which === 'same' ? keep.id : other.id)).rejects.toThrow();
    expect(await db.identities.toArray()).toEqual(before);
  });
});

describe('deleteCustomer and undoDelete', () => {
  it('makes the customer unrecognisable and takes their suggestions off; undo brings all of it back', async () => {
    const { other } = await twoFilesOfWangFang();
    await db.careActions.add({
      id: crypto.randomUUID(), createdAt: 1, updatedAt: 1, customerId: other.id, kind: 'follow-up', due: 1, status: 'open', reason: 'call',
    });
    const keys = [keyOf(WANG_QQ), identityKey('phone', '13800138000'), identityKey('name', 'Wang Fang')];
    await deleteCustomer(db, other.id);
    expect(await findCustomerIdsByKeys(db, keys)).toEqual(new Map());
    expect(await getCustomerCard(db, other.id)).toBeNull();
    expect((await db.careActions.where('customerId').equals(other.id).toArray()).filter(isAlive)).toEqual([]);

    const { skipped } = await undoDelete(db, other.id);
    expect(skipped).toEqual([]);
    expect([...(await findCustomerIdsByKeys(db, keys)).values()]).toEqual([other.id, other.id, other.id]);
    const card = (await getCustomerCard(db, other.id))!;
    expect(card.purchases.count).toBe(1);
    expect(card.openCareActions.map((action) => action.reason)).toEqual(['call']);
  });

  it('on undo leaves an address with the customer who took it in the meantime, and says so', async () => {
    const { other } = await twoFilesOfWangFang();
    await deleteCustomer(db, other.id);
    const newcomer = await createCustomer(db, { name: '王芳 (new)' }, [{ kind: 'email', value: WANG_QQ }]);
    const { skipped } = await undoDelete(db, other.id);
    expect(skipped).toEqual([WANG_QQ]);
    expect(await findCustomerIdsByKeys(db, [keyOf(WANG_QQ)])).toEqual(new Map([[keyOf(WANG_QQ), newcomer.id]]));
    expect(await findCustomerIdsByKeys(db, [identityKey('phone', '13800138000')])).toEqual(
      new Map([[identityKey('phone', '13800138000'), other.id]]),
    );
  });

  it('refuses to delete a customer twice', async () => {
    const { other } = await twoFilesOfWangFang();
    await deleteCustomer(db, other.id);
    await expect(deleteCustomer(db, other.id)).rejects.toThrow(/deleted or merged/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { identityKey } from '../../../lib/db/identity-key';
import {
  confirmIdentity,
  createCustomer,
  searchCustomers,
  findCustomerIdsByKeys,
  getCustomerCard,
  getSettings,
  logInteraction,
  tombstoneInteraction,
  updateSettings,
} from '../../../lib/db/repository';

let db: CustomerDatabase;

beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const addWangFang = () =>
  createCustomer(db, { name: '王芳', company: { name: '深圳金龙珠宝' } }, [
    { kind: 'email', value: 'Wang.Fang@Jinlong-Jewellery.cn' },
    { kind: 'phone', value: '+86 138-0013-8000' },
  ]);

describe('identities', () => {
  it.each([
    ['e-mail in another case', identityKey('email', ' wang.fang@jinlong-jewellery.CN ')],
    ['phone written differently', identityKey('phone', '+86 13800138000')],
    ['phone without the country code', identityKey('phone', '138 0013 8000')],
    ['phone with the 0086 prefix', identityKey('phone', '0086-13800138000')],
  ])('find the customer by %s', async (_case, key) => {
    const customer = await addWangFang();
    expect(await findCustomerIdsByKeys(db, [key])).toEqual(new Map([[key, customer.id]]));
  });

  it('refuses a second customer with an address that is already taken, writing nothing', async () => {
    await addWangFang();
    await expect(
      createCustomer(db, { name: 'Someone else' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]),
    ).rejects.toThrow(/already belongs to a customer/);
    expect(await db.customers.count()).toBe(1);
  });

  it('gives every record a UUID and timestamps', async () => {
    const customer = await addWangFang();
    expect(customer.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(customer.createdAt).toBeGreaterThan(0);
    const identities = await db.identities.toArray();
    expect(new Set(identities.map((identity) => identity.id)).size).toBe(identities.length);
    expect(identities.map((identity) => [identity.key, identity.derived ?? false]).sort()).toEqual([
      ['domain:jinlong-jewellery.cn', true],
      ['email:wang.fang@jinlong-jewellery.cn', false],
      ['name:王芳', true],
      ['phone:+8613800138000', false],
    ]);
  });
});

describe('correcting which customer an address belongs to', () => {
  it('moves the address to the customer the user names, leaving a tombstone on the old one', async () => {
    const wang = await addWangFang();
    const emily = await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily.carter@harbourhotels.com' }]);
    const key = identityKey('email', 'wang.fang@jinlong-jewellery.cn');
    await expect(confirmIdentity(db, emily.id, { kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' })).rejects.toThrow(/already belongs/);
    await confirmIdentity(db, emily.id, { kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }, true);
    expect(await findCustomerIdsByKeys(db, [key])).toEqual(new Map([[key, emily.id]]));
    const rows = await db.identities.where('key').equals(key).toArray();
    expect(rows.find((row) => row.customerId === wang.id)?.deletedAt).toBeGreaterThan(0);
  });

  it.each([
    ['emi', ['Emily Carter']],
    ['王', ['王芳']],
    ['  ', []],
    ['zzz', []],
  ])('finds customers whose name starts with %j', async (query, names) => {
    await addWangFang();
    await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily.carter@harbourhotels.com' }]);
    expect((await searchCustomers(db, query)).map((customer) => customer.name)).toEqual(names);
  });
});

describe('logging', () => {
  const page = { subject: 'Quote', threadId: 'thread-1', pageUrl: 'https://mail.google.com/mail/u/0/#inbox/thread-1' };

  it('writes the interaction with the page context and shows it first on the card', async () => {
    const customer = await addWangFang();
    await logInteraction(db, { customerId: customer.id, type: 'call', ...page }, 1_000);
    const result = await logInteraction(db, { customerId: customer.id, type: 'email', ...page }, 2_000);
    expect(result.status).toBe('logged');
    const card = await getCustomerCard(db, customer.id);
    expect(card?.recentInteractions.map((row) => [row.type, row.subject, row.threadId])).toEqual([
      ['email', 'Quote', 'thread-1'],
      ['call', 'Quote', 'thread-1'],
    ]);
  });

  it('answers a second log of the same thread within the window with the first, unless forced', async () => {
    const customer = await addWangFang();
    const first = await logInteraction(db, { customerId: customer.id, type: 'email', ...page }, 1_000_000);
    const again = await logInteraction(db, { customerId: customer.id, type: 'email', ...page }, 1_000_000 + 60_000);
    expect(again).toEqual({ status: 'duplicate', existing: first.status === 'logged' ? first.interaction : null });
    const forced = await logInteraction(db, { customerId: customer.id, type: 'email', force: true, ...page }, 1_000_000 + 60_000);
    expect(forced.status).toBe('logged');
    expect(await db.interactions.count()).toBe(2);
  });

  it('answers a log sent again with the same id with the stored row, writing nothing twice', async () => {
    const customer = await addWangFang();
    const logId = crypto.randomUUID();
    const log = { customerId: customer.id, type: 'note' as const, summary: 'sent twice', force: true, logId };
    const first = await logInteraction(db, log, 1_000);
    const again = await logInteraction(db, log, 5_000);
    expect(first.status === 'logged' && first.interaction.id).toBe(logId);
    expect(again).toEqual(first);
    expect(await db.interactions.count()).toBe(1);
  });

  it('refuses a log id that already belongs to another customer', async () => {
    const wang = await addWangFang();
    const emily = await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily.carter@harbourhotels.com' }]);
    const logId = crypto.randomUUID();
    await logInteraction(db, { customerId: wang.id, type: 'note', logId }, 1_000);
    await expect(logInteraction(db, { customerId: emily.id, type: 'note', logId }, 2_000)).rejects.toThrow(/another customer/);
    expect(await db.interactions.where('customerId').equals(emily.id).count()).toBe(0);
  });

  it('logs the same thread again once the window has passed', async () => {
    const customer = await addWangFang();
    await updateSettings(db, { duplicateLogWindowMinutes: 5 });
    await logInteraction(db, { customerId: customer.id, type: 'email', ...page }, 0);
    const later = await logInteraction(db, { customerId: customer.id, type: 'email', ...page }, 6 * 60_000);
    expect(later.status).toBe('logged');
  });

  it('undo leaves a tombstone that the card no longer shows', async () => {
    const customer = await addWangFang();
    const result = await logInteraction(db, { customerId: customer.id, type: 'note', ...page });
    if (result.status !== 'logged') throw new Error('expected a write');
    expect(await tombstoneInteraction(db, result.interaction.id)).toBe(true);
    expect(await tombstoneInteraction(db, result.interaction.id)).toBe(false);
    expect((await getCustomerCard(db, customer.id))?.recentInteractions).toEqual([]);
    expect((await db.interactions.get(result.interaction.id))?.deletedAt).toBeGreaterThan(0);
  });

  it.each([
    ['a few of the newest undone', 3],
    ['more of the newest undone than the card shows twice over', 25],
  ])('the card still shows the ten latest live contacts with %s', async (_case, undone) => {
    const customer = await addWangFang();
    const logged: string[] = [];
    for (let at = 1; at <= 40; at++) {
      const result = await logInteraction(db, { customerId: customer.id, type: 'note', summary: `note ${at}`, force: true }, at * 60_000);
      if (result.status !== 'logged') throw new Error('expected a write');
      logged.push(result.interaction.id);
    }
    for (const id of logged.slice(-undone)) await tombstoneInteraction(db, id);
    const shown = (await getCustomerCard(db, customer.id))!.recentInteractions.map((row) => row.summary);
    const latestLive = 40 - undone;
    expect(shown).toEqual(Array.from({ length: 10 }, (_, i) => `note ${latestLive - i}`));
  });

  it('refuses to log for a customer that does not exist', async () => {
    await expect(logInteraction(db, { customerId: crypto.randomUUID(), type: 'call' })).rejects.toThrow(/no customer/);
  });
});

describe('settings', () => {
  it('start from defaults and keep what was changed', async () => {
    expect((await getSettings(db)).language).toBe('auto');
    await updateSettings(db, { language: 'zh-CN' });
    expect(await getSettings(db)).toMatchObject({ language: 'zh-CN', duplicateLogWindowMinutes: 10 });
  });

  it('reject an out-of-range value without changing what is stored', async () => {
    await updateSettings(db, { duplicateLogWindowMinutes: 3 });
    await expect(updateSettings(db, { duplicateLogWindowMinutes: -1 })).rejects.toThrow();
    expect((await getSettings(db)).duplicateLogWindowMinutes).toBe(3);
  });
});

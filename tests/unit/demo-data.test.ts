import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZodMiniType } from 'zod/mini';
import { openCustomerDatabase, type CustomerDatabase } from '../../lib/db/database';
import { identityKey } from '../../lib/db/identity-key';
import {
  careActionSchema,
  customerSchema,
  identitySchema,
  interactionSchema,
  LIFECYCLE_STAGES,
  LOYALTY_TYPES,
  purchaseSchema,
  surveySchema,
} from '../../lib/db/schema';
import { buildDemoDataset, DEMO_CUSTOMER_EMAILS, type DemoDataset } from '../../lib/demo/dataset';
import { loadDemoDataset } from '../../lib/demo/load';

const NOW = Date.UTC(2026, 10, 23, 9, 30);
const DAY = 86_400_000;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const demo = buildDemoDataset(NOW);
type Table = keyof DemoDataset;

const SCHEMAS: [Table, ZodMiniType][] = [
  ['customers', customerSchema],
  ['identities', identitySchema],
  ['interactions', interactionSchema],
  ['purchases', purchaseSchema],
  ['surveys', surveySchema],
  ['careActions', careActionSchema],
];
const CHILD_TABLES = ['identities', 'interactions', 'purchases', 'surveys', 'careActions'] as const;

const customerByEmail = (address: string) => {
  const identity = demo.identities.find((row) => row.key === identityKey('email', address));
  return demo.customers.find((customer) => customer.id === identity?.customerId);
};
const rowsOf = <T extends Exclude<Table, 'customers'>>(table: T, customerId: string) =>
  (demo[table] as { customerId: string }[]).filter((row) => row.customerId === customerId) as DemoDataset[T];

describe('the demo data set', () => {
  it.each(SCHEMAS)('has %s that all parse with their schema, unchanged', (table, schema) => {
    expect(demo[table].length).toBeGreaterThan(0);
    for (const row of demo[table]) expect(schema.parse(row)).toEqual(row);
  });

  it('has unique version-4 UUIDs across all tables', () => {
    const ids = SCHEMAS.flatMap(([table]) => demo[table].map((row) => row.id));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CHILD_TABLES)('has %s that all belong to an existing customer', (table) => {
    const customerIds = new Set(demo.customers.map((customer) => customer.id));
    for (const row of demo[table]) expect(customerIds).toContain(row.customerId);
  });

  it('gives every identity key to exactly one customer', () => {
    const keys = demo.identities.map((identity) => identity.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every customer an e-mail identity and a plausible amount of history', () => {
    expect(demo.customers.length).toBeGreaterThanOrEqual(30);
    for (const { id } of demo.customers) {
      expect(rowsOf('identities', id).some((identity) => identity.kind === 'email')).toBe(true);
      expect(rowsOf('interactions', id).length).toBeGreaterThanOrEqual(2);
      expect(rowsOf('interactions', id).length).toBeLessThanOrEqual(15);
      expect(rowsOf('purchases', id).length).toBeLessThanOrEqual(25);
      expect(rowsOf('surveys', id).length).toBeLessThanOrEqual(3);
      expect(rowsOf('careActions', id).length).toBeLessThanOrEqual(3);
    }
  });

  it('uses every loyalty type and life-cycle stage', () => {
    expect(new Set(demo.customers.map((customer) => customer.loyalty.type))).toEqual(new Set(LOYALTY_TYPES));
    expect(new Set(demo.customers.map((customer) => customer.loyalty.stage))).toEqual(new Set(LIFECYCLE_STAGES));
  });

  it('keeps first and last deal consistent with the purchases, and switched-away customers silent for a year', () => {
    for (const customer of demo.customers) {
      const times = rowsOf('purchases', customer.id).map((purchase) => purchase.at);
      expect(customer.firstDealAt).toBe(times.length ? Math.min(...times) : undefined);
      expect(customer.lastDealAt).toBe(times.length ? Math.max(...times) : undefined);
      if (customer.loyalty.stage === 'switched-away') expect(Math.max(...times)).toBeLessThan(NOW - 365 * DAY);
    }
  });

  it('puts history in the past and care actions due from a week ago to a month ahead', () => {
    for (const row of [...demo.interactions, ...demo.purchases, ...demo.surveys]) {
      expect(row.at).toBeLessThan(NOW);
      expect(row.at).toBeGreaterThan(NOW - 3 * 365 * DAY);
    }
    for (const action of demo.careActions) {
      expect(action.due).toBeGreaterThanOrEqual(NOW - 7 * DAY);
      expect(action.due).toBeLessThanOrEqual(NOW + 31 * DAY);
    }
  });

  it('has 王芳 as the demo mail page shows her', () => {
    const wangFang = customerByEmail(DEMO_CUSTOMER_EMAILS.wangFang);
    expect(wangFang).toMatchObject({ name: '王芳', title: '采购总监', tier: 'A', loyalty: { type: 'true-loyal', stage: 'repeat-buying' } });
    expect(wangFang?.company.name).toBe('深圳金龙珠宝有限公司');
    expect(wangFang?.preferences.likes.join()).toContain('普洱茶');
    expect(wangFang?.importantDates).toContainEqual(expect.objectContaining({ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }));
    expect(rowsOf('interactions', wangFang!.id).length).toBeGreaterThanOrEqual(8);
    expect(rowsOf('purchases', wangFang!.id).length).toBeGreaterThanOrEqual(12);
    expect(rowsOf('careActions', wangFang!.id).filter((action) => action.status === 'open')).toHaveLength(2);
  });

  it('has Emily Carter with an open complaint', () => {
    const emily = customerByEmail(DEMO_CUSTOMER_EMAILS.emilyCarter);
    expect(emily).toMatchObject({ name: 'Emily Carter', tier: 'B', loyalty: { type: 'spurious-loyal', stage: 'latent-switching' } });
    expect(emily?.company.name).toBe('Harbour Hotels Group');
    const complaints = rowsOf('interactions', emily!.id).filter((row) => row.type === 'complaint' && row.outcome === undefined);
    expect(complaints.length).toBeGreaterThan(0);
  });

  it('has 陈志强 as a first-time buyer', () => {
    const chen = customerByEmail(DEMO_CUSTOMER_EMAILS.chenZhiqiang);
    expect(chen).toMatchObject({ name: '陈志强', title: '总经理', tier: 'C', loyalty: { type: 'potential-loyal', stage: 'first-deal' } });
    expect(chen?.company.name).toBe('杭州西湖贸易有限公司');
  });

  it('does not know the unknown sender of the demo page', () => {
    expect(customerByEmail(DEMO_CUSTOMER_EMAILS.unknown)).toBeUndefined();
    expect(JSON.stringify(demo)).not.toContain(DEMO_CUSTOMER_EMAILS.unknown);
  });

  it('is the same data set for the same time', () => {
    expect(buildDemoDataset(NOW)).toEqual(demo);
  });

  it('keeps its ids when built at another time, so that a later load overwrites an earlier one', () => {
    const later = buildDemoDataset(NOW + 40 * DAY);
    for (const [table] of SCHEMAS) expect(later[table].map((row) => row.id)).toEqual(demo[table].map((row) => row.id));
  });
});

describe('loading the demo data set', () => {
  let db: CustomerDatabase;
  beforeEach(() => {
    db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const counts = () => Promise.all(SCHEMAS.map(([table]) => db[table].count()));
  // Derived identities (company domain, name) are added by the loader on top of the data set's own.
  const entered = () => db.identities.filter((row) => !row.derived).count();

  it('writes every row and returns the number of customers', async () => {
    expect(await loadDemoDataset(db, NOW)).toBe(demo.customers.length);
    const expected = SCHEMAS.map(([table]) => demo[table].length);
    const actual = await counts();
    expect([...actual.slice(0, 1), ...actual.slice(2)]).toEqual([...expected.slice(0, 1), ...expected.slice(2)]);
    expect(await entered()).toBe(demo.identities.length);
  });

  it('adds the company domain and the name of every demo customer for matching', async () => {
    await loadDemoDataset(db, NOW);
    const wang = demo.identities.find((row) => row.key === identityKey('email', DEMO_CUSTOMER_EMAILS.wangFang))!;
    const derived = await db.identities.where('customerId').equals(wang.customerId).filter((row) => !!row.derived).toArray();
    expect(derived.map((row) => row.key).sort()).toEqual(['domain:jinlong-jewellery.cn', 'name:王芳']);
  });

  it('does not duplicate anything when loaded twice, even on another day', async () => {
    await loadDemoDataset(db, NOW);
    const once = await counts();
    await loadDemoDataset(db, NOW + 3 * DAY);
    expect(await counts()).toEqual(once);
  });

  it("leaves an address that already belongs to the user's own customer with that customer", async () => {
    const own = identitySchema.parse({
      id: crypto.randomUUID(),
      createdAt: NOW,
      updatedAt: NOW,
      customerId: crypto.randomUUID(),
      kind: 'email',
      key: identityKey('email', DEMO_CUSTOMER_EMAILS.emilyCarter),
      display: DEMO_CUSTOMER_EMAILS.emilyCarter,
    });
    await db.identities.add(own);
    await loadDemoDataset(db, NOW);
    expect(await db.identities.where('key').equals(own.key).toArray()).toEqual([own]);
  });
});

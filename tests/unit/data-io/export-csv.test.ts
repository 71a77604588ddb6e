import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logInteraction, logPurchase, tombstoneInteraction } from '../../../lib/db/repository';
import { exportCsv } from '../../../lib/data-io/export-csv';
import { importCustomers } from '../../../lib/import/import-customers';
import { prepareImport } from '../../../lib/import/prepare';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

async function sampleBase() {
  const wang = await createCustomer(
    db,
    {
      name: '王芳',
      title: '=HYPERLINK("http://x.example","点我")',
      company: { name: '深圳金龙珠宝, 有限公司', location: '深圳' },
      tier: 'A',
      tags: ['VIP', '华南'],
      lifestyleNotes: '喜欢翡翠\n说话"直接"',
      importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }],
    },
    [
      { kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' },
      { kind: 'phone', value: '+86 138 0013 8000' },
    ],
  );
  const gone = await createCustomer(db, { name: 'Deleted Person' }, [{ kind: 'email', value: 'gone@example.com' }]);
  await logPurchase(db, { customerId: wang.id, amount: 12800, currency: 'CNY', product: '翡翠手镯' });
  await logPurchase(db, { customerId: gone.id, amount: 1, currency: 'USD', product: 'never shown' });
  await db.customers.update(gone.id, { deletedAt: Date.now() });
  const kept = await logInteraction(db, { customerId: wang.id, type: 'call', summary: '确认春季订单，数量 120 件' });
  const undone = await logInteraction(db, { customerId: wang.id, type: 'note', summary: 'typo, undone' });
  if (undone.status === 'logged') await tombstoneInteraction(db, undone.interaction.id);
  return { wang, kept };
}

describe('CSV export', () => {
  it('writes customers with a BOM, Chinese intact, quoting right, formulas defused and deleted customers left out', async () => {
    const { wang } = await sampleBase();
    const { csv, rows } = await exportCsv(db, 'customers');
    expect(rows).toBe(1);
    expect(csv.startsWith('\uFEFFCustomer care ID,Name,Title,Company,City,')).toBe(true);
    expect(csv).toContain('"深圳金龙珠宝, 有限公司"');
    expect(csv).not.toContain('Deleted Person');
    const [row] = parse(csv);
    expect(row).toMatchObject({
      'Customer care ID': wang.id,
      Name: '王芳',
      Company: '深圳金龙珠宝, 有限公司',
      Email: 'wang.fang@jinlong-jewellery.cn',
      Phone: '+86 138 0013 8000',
      Tier: 'A',
      Birthday: '农历8月15日',
      Notes: '喜欢翡翠\n说话"直接"',
    });
    expect(row!.Tags).toBe('VIP, 华南');
    // Excel would run a cell starting with "=": it is written as text, behind an apostrophe.
    expect(row!.Title).toBe(`'=HYPERLINK("http://x.example","点我")`);
  });

  it('writes contacts and purchases of live customers only, without undone rows', async () => {
    await sampleBase();
    const interactions = parse((await exportCsv(db, 'interactions')).csv);
    expect(interactions.map((row) => [row['Customer name'], row['Contact type'], row.Summary])).toEqual([['王芳', 'call', '确认春季订单，数量 120 件']]);
    const purchases = parse((await exportCsv(db, 'purchases')).csv);
    expect(purchases.map((row) => [row['Customer name'], row.Amount, row.Currency, row.Product])).toEqual([['王芳', '12800', 'CNY', '翡翠手镯']]);
    expect(purchases[0]!['Order date']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it.each(['customers', 'interactions', 'purchases'] as const)('%s exported import back onto the same customers, adding nothing', async (kind) => {
    await sampleBase();
    const before = { customers: await db.customers.count(), interactions: await db.interactions.count(), purchases: await db.purchases.count() };
    const file = new Blob([(await exportCsv(db, kind)).csv]);
    const { mapping, encoding } = await prepareImport(file);
    const report = await importCustomers(db, file, { mapping, encoding });
    expect(report).toMatchObject({ imported: 0, updated: 1, rejectedRows: 0 });
    expect({ customers: await db.customers.count(), interactions: await db.interactions.count(), purchases: await db.purchases.count() }).toEqual(before);
  });
});

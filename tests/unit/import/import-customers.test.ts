import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { identityKey } from '../../../lib/db/identity-key';
import { createCustomer, findCustomerIdsByKeys, logInteraction } from '../../../lib/db/repository';
import { detectFileEncoding } from '../../../lib/import/encoding';
import { ImportAbortedError, importCustomers, reportToCsv, type ImportProgress } from '../../../lib/import/import-customers';
import { guessMapping } from '../../../lib/import/mapping';
import { readCsvPreview } from '../../../lib/import/parse';
import { formatRowError } from '../../../lib/import/rows';
import { fixturesDir } from '../../support/fixtures';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const fixture = (name: string) => new Blob([readFileSync(path.join(fixturesDir, 'csv', name))]);
const csv = (text: string) => new Blob([new TextEncoder().encode(text)]);

/** What the options page will do: detect the encoding, guess the mapping from the header, import. */
async function importFile(file: Blob, options: { chunkBytes?: number; onProgress?: (p: ImportProgress) => void; signal?: AbortSignal } = {}) {
  const { encoding } = await detectFileEncoding(file);
  const { headers } = await readCsvPreview(file, encoding);
  return importCustomers(db, file, { mapping: guessMapping(headers), encoding, ...options });
}

const customerByEmail = async (email: string) => {
  const id = (await findCustomerIdsByKeys(db, [identityKey('email', email)])).values().next().value;
  return id ? db.customers.get(id) : undefined;
};

describe('importCustomers', () => {
  it('imports a Chinese Excel export in GBK, reporting its bad rows by line and column', async () => {
    const report = await importFile(fixture('chinese-excel-gbk.csv'));
    expect({ ...report, rejected: report.rejected.map(formatRowError) }).toEqual({
      imported: 4,
      updated: 0,
      rows: 7,
      rejectedRows: 3,
      omittedErrors: 0,
      rejected: [
        'line 4, column 手机: "1.39123E+10" was shortened by Excel; format the column as text and export again',
        'line 5, column 邮箱: "sun.li@@qq.com" is not an e-mail address',
        'line 6, column 级别: "D" is not one of the tiers A, B, C',
        'line 6, column 生日: "1990-02-30" is not a day of the calendar',
      ],
    });
    const wangFang = await customerByEmail('wang.fang@jinlong-jewellery.cn');
    expect(wangFang).toMatchObject({
      name: '王芳',
      tier: 'A',
      company: { name: '深圳金龙珠宝', location: '深圳' },
      importantDates: [{ kind: 'birthday', calendar: 'gregorian', year: 1985, month: 3, day: 12 }],
      lifestyleNotes: '喜欢翡翠',
    });
    const keys = (await db.identities.where('customerId').equals(wangFang!.id).toArray()).map((identity) => identity.key).sort();
    expect(keys).toEqual(['domain:jinlong-jewellery.cn', 'email:wang.fang@jinlong-jewellery.cn', 'name:王芳', 'phone:+8613800138000']);
    const liuYang = await customerByEmail('liu.yang@yangfan.cn');
    expect(await db.identities.where('customerId').equals(liuYang!.id).filter((i) => i.kind === 'phone').count()).toBe(2);
    expect(await db.customers.count()).toBe(4);
  });

  it('imports a Salesforce export with its record ids, and a re-import updates instead of duplicating', async () => {
    const first = await importFile(fixture('salesforce-contacts.csv'));
    expect([first.imported, first.updated, first.rejected.map((e) => [e.line, e.field])]).toEqual([
      3,
      0,
      [
        [5, 'Email'],
        [6, 'Birthdate'],
      ],
    ]);
    const anna = await findCustomerIdsByKeys(db, [identityKey('external', 'salesforce/contact/0038d00000GhIjKAAV')]);
    expect(anna.size).toBe(1);
    expect((await customerByEmail('rahul@mehtatrading.ae'))?.lifestyleNotes).toBe('Met at the Hong Kong fair.\nAsked for the autumn catalogue.');
    const before = { customers: await db.customers.toArray(), identities: await db.identities.count() };

    const second = await importFile(fixture('salesforce-contacts.csv'));
    expect([second.imported, second.updated, second.rejectedRows]).toEqual([0, 3, 2]);
    expect(await db.customers.toArray()).toEqual(before.customers);
    expect(await db.identities.count()).toBe(before.identities);
  });

  it('imports a HubSpot export; a contact with only an e-mail is named by it', async () => {
    const report = await importFile(fixture('hubspot-contacts.csv'));
    expect([report.imported, report.rejected.map(formatRowError)]).toEqual([4, ['line 5, column Phone Number: "call me" is not a phone number']]);
    expect((await customerByEmail('mark.jones@example-retail.com'))?.name).toBe('mark.jones@example-retail.com');
    expect((await customerByEmail('grace@leepark.com'))?.company.name).toBe('Lee, Park & Co');
    expect(await findCustomerIdsByKeys(db, ['external:hubspot/contact/203'])).toEqual(
      new Map([['external:hubspot/contact/203', (await customerByEmail('wang.fang@jinlong-jewellery.cn'))!.id]]),
    );
  });

  it('updates an existing customer by e-mail, keeping their history and what the app knows', async () => {
    const wang = await createCustomer(
      db,
      { name: '王芳', tags: ['VIP'], importantDates: [{ kind: 'birthday', calendar: 'lunar', month: 8, day: 15 }] },
      [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }],
    );
    await logInteraction(db, { customerId: wang.id, type: 'call', summary: 'asked about jade' });
    const report = await importFile(csv('姓名,邮箱,手机,公司,标签,生日\n王芳,Wang.Fang@jinlong-jewellery.cn,13800138000,深圳金龙珠宝,华南,1985-03-12\n'));
    expect([report.imported, report.updated]).toEqual([0, 1]);
    const updated = await db.customers.get(wang.id);
    expect(updated).toMatchObject({ createdAt: wang.createdAt, company: { name: '深圳金龙珠宝' }, tags: ['VIP', '华南'] });
    expect(updated!.importantDates.map((date) => date.calendar).sort()).toEqual(['gregorian', 'lunar']);
    expect(await findCustomerIdsByKeys(db, [identityKey('phone', '13800138000')])).toEqual(new Map([['phone:+8613800138000', wang.id]]));
    expect(await db.interactions.where('customerId').equals(wang.id).count()).toBe(1);
    expect(await db.customers.count()).toBe(1);
  });

  it('leaves existing customers untouched by rejected rows, including rows that name two customers', async () => {
    const wang = await createCustomer(db, { name: '王芳' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
    const li = await createCustomer(db, { name: '李明' }, [{ kind: 'phone', value: '13912345678' }]);
    const before = { customers: await db.customers.toArray(), identities: await db.identities.toArray() };
    const report = await importFile(
      csv('姓名,邮箱,手机,级别\n王芳,wang.fang@jinlong-jewellery.cn,,Z\n王芳,wang.fang@jinlong-jewellery.cn,13912345678,A\n'),
    );
    expect(report.rejected.map(formatRowError)).toEqual([
      'line 2, column 级别: "Z" is not one of the tiers A, B, C',
      `line 3, column 手机: "13912345678" belongs to ${li.name}, but column 邮箱 names ${wang.name}`,
    ]);
    expect(await db.customers.toArray()).toEqual(before.customers);
    expect(await db.identities.toArray()).toEqual(before.identities);
  });

  it('makes two rows with the same e-mail one customer, within a chunk and across chunks', async () => {
    const rows = ['Name,Email,Tags', 'Emily Carter,emily@carter.co.uk,VIP', ...Array.from({ length: 30 }, (_, i) => `P${i},p${i}@example.com,`), 'Emily Carter,EMILY@carter.co.uk,UK'];
    for (const chunkBytes of [100_000, 64]) {
      await db.customers.clear();
      await db.identities.clear();
      const report = await importFile(csv(rows.join('\n')), { chunkBytes });
      expect([report.imported, report.updated]).toEqual([31, 1]);
      expect((await customerByEmail('emily@carter.co.uk'))?.tags).toEqual(['VIP', 'UK']);
      expect(await db.customers.count()).toBe(31);
    }
  });

  it('updates a customer someone added while the import ran, whose e-mail a later chunk names, rather than making a second', async () => {
    const rows = ['Name,Email,Tags', ...Array.from({ length: 40 }, (_, i) => `P${i},p${i}@example.com,`), 'Li Ming,li.ming@example.com,from the file'];
    let added: Promise<{ id: string }> | undefined;
    // The import of an empty base reads no key of it again (lib/import/contact-owners.ts): a write between its chunks must still count.
    const report = await importFile(csv(rows.join('\n')), {
      chunkBytes: 128,
      onProgress: () => (added ??= createCustomer(db, { name: 'Li Ming' }, [{ kind: 'email', value: 'li.ming@example.com' }])),
    });
    expect([report.imported, report.updated]).toEqual([40, 1]);
    expect(await customerByEmail('li.ming@example.com')).toMatchObject({ id: (await added)!.id, tags: ['from the file'] });
    expect(await db.customers.count()).toBe(41);
  });

  it('imports purchases once, however often the order export is imported', async () => {
    const orders = csv('客户名称,邮箱,订单日期,金额,产品\n王芳,wang@jl.cn,2024-01-05,¥1200,手镯\n王芳,wang@jl.cn,2024-03-08,800,耳环\n李明,li@hd.cn,2024/2/1,5000 元,项链\n');
    await importFile(orders);
    const report = await importFile(orders);
    expect([report.imported, report.updated]).toEqual([0, 3]);
    expect(await db.purchases.count()).toBe(3);
    expect(await customerByEmail('wang@jl.cn')).toMatchObject({
      firstDealAt: new Date(2024, 0, 5).getTime(),
      lastDealAt: new Date(2024, 2, 8).getTime(),
    });
  });

  it('reports progress per chunk', async () => {
    const progress: ImportProgress[] = [];
    const rows = ['Name,Email', ...Array.from({ length: 40 }, (_, i) => `P${i},p${i}@example.com`)];
    await importFile(csv(rows.join('\n')), { chunkBytes: 128, onProgress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toMatchObject({ rows: 40, imported: 40, updated: 0, rejected: 0 });
    expect(progress.at(-1)!.rowsPerSecond).toBeGreaterThan(0);
  });

  it('when cancelled, keeps the whole chunks written before and reports them', async () => {
    const controller = new AbortController();
    const rows = ['Name,Email,Phone', ...Array.from({ length: 200 }, (_, i) => `P${i},p${i}@example.com,1380013${String(i).padStart(4, '0')}`)];
    const importing = importFile(csv(rows.join('\n')), {
      chunkBytes: 1024,
      signal: controller.signal,
      onProgress: (p) => p.rows > 50 && controller.abort(),
    });
    const error = await importing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportAbortedError);
    const { report } = error as ImportAbortedError;
    expect(report.imported).toBeGreaterThan(50);
    expect(report.imported).toBeLessThan(200);
    expect(await db.customers.count()).toBe(report.imported);
    // Whole rows: every customer written has its e-mail and phone, and its derived name and company domain.
    expect(await db.identities.filter((identity) => !identity.derived).count()).toBe(2 * report.imported);
    expect(await db.identities.filter((identity) => identity.derived === true).count()).toBe(2 * report.imported);
  });

  it('when a chunk fails to write, rolls that chunk back whole and keeps the earlier ones', async () => {
    const rows = ['Name,Email', ...Array.from({ length: 100 }, (_, i) => `P${i},p${i}@example.com`)];
    const bulkAdd = db.identities.bulkAdd.bind(db.identities);
    let calls = 0;
    vi.spyOn(db.identities, 'bulkAdd').mockImplementation(((...args: Parameters<typeof bulkAdd>) => {
      if (++calls === 2) throw new Error('disk full');
      return bulkAdd(...args);
    }) as typeof bulkAdd);
    const progress: ImportProgress[] = [];
    await expect(importFile(csv(rows.join('\n')), { chunkBytes: 256, onProgress: (p) => progress.push(p) })).rejects.toThrow('disk full');
    expect(progress).toHaveLength(1);
    expect(await db.customers.count()).toBe(progress[0]!.imported);
    expect(await db.identities.filter((identity) => !identity.derived).count()).toBe(progress[0]!.imported);
  });

  it('refuses a row whose e-mail belongs to a deleted customer rather than bringing it back', async () => {
    const gone = await createCustomer(db, { name: 'Gone' }, [{ kind: 'email', value: 'gone@example.com' }]);
    await db.customers.update(gone.id, { deletedAt: Date.now() });
    const report = await importFile(csv('Name,Email\nGone,gone@example.com\n'));
    expect(report.rejected.map(formatRowError)).toEqual(['line 2, column Email: "gone@example.com" belongs to a customer who was deleted']);
  });
});

describe('reportToCsv', () => {
  it('writes a UTF-8 CSV with a BOM that Excel opens, quoting and defusing formulas', () => {
    const text = reportToCsv({
      rejected: [
        { line: 4, field: '手机', reason: '"1.39123E+10" was shortened by Excel' },
        { line: 9, field: '=HYPERLINK("x")', reason: 'bad, really' },
      ],
    });
    expect(text).toBe(
      '\uFEFFline,column,reason\r\n4,手机,"""1.39123E+10"" was shortened by Excel"\r\n9,"\'=HYPERLINK(""x"")","bad, really"\r\n',
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { backupDatabase, BackupRefusedError, checkBackup, restoreBackup } from '../../../lib/data-io/backup';
import { loadDemoDataset } from '../../../lib/demo/load';
import { updateSettings } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(async () => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
  await loadDemoDataset(db, Date.UTC(2026, 10, 1));
  await updateSettings(db, { language: 'zh-CN', phoneRegion: 'HK' });
});
afterEach(() => db.delete());

/** Every table's rows, ordered by id, for comparison; not the change marks, which every write of identities moves. */
async function snapshot() {
  const tables = db.tables.filter((table) => table.name !== 'changeMarks');
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await table.orderBy(':id').toArray()])));
}

const edited = async (edit: (json: { data: { databaseName: string; databaseVersion: number; data: { tableName: string; inbound?: boolean; rows: Record<string, unknown>[] }[] } }) => void) => {
  const json = JSON.parse(await (await backupDatabase(db)).text());
  edit(json);
  return new Blob([JSON.stringify(json)]);
};

describe('backup and restore', () => {
  it('restores identical rows in every table after the database was emptied', async () => {
    const before = await snapshot();
    expect(before.customers).toHaveLength(36);
    const file = await backupDatabase(db);
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
    expect(await db.customers.count()).toBe(0);

    const checked = await checkBackup(db, file);
    expect(checked.counts).toMatchObject({ customers: 36, settings: 1 });
    const mark = await db.changeMarks.get('identities');
    await restoreBackup(db, checked);
    expect(await snapshot()).toEqual(before);
    // An import's copy of the contacts (lib/import/contact-owners.ts) must not outlive a restore.
    expect(await db.changeMarks.get('identities')).not.toEqual(mark);
  });

  it('replaces what was there: rows added after the backup are gone', async () => {
    const file = await backupDatabase(db);
    const before = await snapshot();
    await db.customers.put({ ...before.customers[0], id: crypto.randomUUID(), name: 'Added later' });
    await restoreBackup(db, await checkBackup(db, file));
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['not JSON', async () => new Blob(['{"formatName": "dexie", ']), 'notJson'],
    ['JSON of something else', async () => new Blob([JSON.stringify({ customers: [] })]), 'notBackup'],
    ['another database', () => edited((json) => (json.data.databaseName = 'someone-elses-app')), 'otherDatabase'],
    ['a newer version of ours', () => edited((json) => (json.data.databaseVersion = 99)), 'newerVersion'],
    ['a table we do not have', () => edited((json) => json.data.data.push({ tableName: 'passwords', inbound: true, rows: [] })), 'unknownTable'],
    [
      'a customer without a name',
      () => edited((json) => (json.data.data.find((t) => t.tableName === 'customers')!.rows[3]!.name = '')),
      'badRows',
    ],
    [
      'a purchase in a made-up currency',
      () => edited((json) => (json.data.data.find((t) => t.tableName === 'purchases')!.rows[0]!.currency = 'yuan')),
      'badRows',
    ],
  ] as const)('refuses %s, touching nothing', async (_what, make, code) => {
    const before = await snapshot();
    const file = await make();
    const refusal = await checkBackup(db, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackupRefusedError);
    expect((refusal as BackupRefusedError).code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('names the first bad row: table, row number, field and reason', async () => {
    const file = await edited((json) => (json.data.data.find((t) => t.tableName === 'customers')!.rows[3]!.name = ''));
    const refusal = (await checkBackup(db, file).catch((error: unknown) => error)) as BackupRefusedError;
    expect(refusal.values).toEqual({ count: 1, table: 'customers', row: 4, field: 'name', message: expect.any(String) });
  });

  it('leaves everything as it was when the write itself fails half-way (two rows with one id)', async () => {
    const before = await snapshot();
    const file = await edited((json) => {
      const purchases = json.data.data.find((t) => t.tableName === 'purchases')!.rows;
      purchases.push({ ...purchases[0]! });
    });
    await expect(restoreBackup(db, await checkBackup(db, file))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures';
import { GmailDemoPage } from './pages/gmail-page';
import { OptionsPage } from './pages/options-page';
import { STORAGE_MODES, useExtensionBrowser } from './setup';

const saved = async (name: string, bytes: Buffer | string) => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'care-out-')), name);
  await writeFile(file, bytes);
  return file;
};

describe.each(STORAGE_MODES)('export and backup on the options page (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('exports customers, contacts and purchases as CSV files Excel reads: BOM, Chinese intact', async () => {
    const { context, extensionId } = session().browser;
    const options = await OptionsPage.open(context, extensionId);
    const customers = await options.download('Export customers (CSV)');
    expect(customers.name).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...customers.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = customers.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFCustomer care ID,Name,Title,Company,City,Business type,Tier,Email,Phone,CRM record,Birthday,Tags,Notes,Loyalty type,Life-cycle stage,First deal,Last deal,Created,Updated',
    );
    expect(text).toMatch(/,王芳,采购总监,深圳金龙珠宝有限公司,/);
    expect(await options.exportStatus().textContent()).toMatch(/^36 rows saved as customers-/);
    for (const [button, header] of [
      ['Export contacts (CSV)', 'Customer care ID,Customer name,Contact date,Contact type,Summary'],
      ['Export purchases (CSV)', 'Customer care ID,Customer name,Order date,Amount,Currency,Product'],
    ] as const) {
      const file = await options.download(button);
      expect(file.bytes.toString('utf8').slice(1)).toMatch(new RegExp(`^${header}`));
      expect(file.bytes.toString('utf8')).toContain('王芳');
    }
    await options.close();
  });

  it('backs up, then restores the backup over later changes; an open sidebar follows', async () => {
    const { context, extensionId } = session().browser;
    const options = await OptionsPage.open(context, extensionId);
    const started = Date.now();
    const backup = await options.download('Download backup');
    console.info(`[${mode}] backup of the demo data: ${backup.bytes.length} bytes in ${Date.now() - started} ms (click to file)`);
    expect(backup.name).toMatch(/^customer-care-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupFile = await saved(backup.name, backup.bytes);

    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    await sidebar.log('note', `Written after the backup (${mode})`);
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(`Written after the backup (${mode})`);

    await options.chooseBackup(backupFile);
    await expect.poll(() => options.restoreConfirmation().textContent()).toMatch(/^This backup holds 36 customers, \d+ contacts and \d+ purchases\./);
    const restoreStarted = Date.now();
    await options.confirmRestore();
    await expect.poll(() => options.backupStatus().textContent()).toMatch(/^Restored: 36 customers, /);
    console.info(`[${mode}] restore: ${Date.now() - restoreStarted} ms (click to status)`);
    await expect.poll(() => sidebar.timelineText().textContent(), { timeout: 10_000 }).not.toContain(`Written after the backup (${mode})`);
    expect(await sidebar.customerName().textContent()).toBe('王芳');
    await gmail.page.close();
    await options.close();
  });

  it('refuses a file that is not a valid backup before touching anything, saying why', async () => {
    const { context, extensionId } = session().browser;
    const options = await OptionsPage.open(context, extensionId);
    const backup = await options.download('Download backup');
    const json = JSON.parse(backup.bytes.toString('utf8'));
    // The card history rows are derived, built again after a restore: not in the file.
    expect(json.data.data.map((table: { tableName: string }) => table.tableName)).not.toContain('histories');
    const cases: [string, string, RegExp][] = [
      [path.join(fixturesDir, 'csv', 'import-ui-utf8.csv'), 'a CSV', /it is not a backup file \(not JSON: /],
      [await saved('other.json', JSON.stringify({ ...json, data: { ...json.data, databaseName: 'another-app' } })), 'another database', /another database \(“another-app”\)/],
      [await saved('newer.json', JSON.stringify({ ...json, data: { ...json.data, databaseVersion: 9 } })), 'a newer version', /data version 9; this one reads up to 5/],
    ];
    const broken = structuredClone(json);
    broken.data.data.find((table: { tableName: string }) => table.tableName === 'customers').rows[0].name = '';
    cases.push([await saved('broken.json', JSON.stringify(broken)), 'a customer without a name', /1 rows are not valid; the first is in customers, row 1, field name: /]);

    for (const [file, , message] of cases) {
      await options.chooseBackup(file);
      await expect.poll(() => options.backupStatus().textContent()).toMatch(message);
      expect(await options.backupStatus().textContent()).toMatch(/^This file was not restored and nothing was changed: /);
      expect(await options.restoreConfirmation().count()).toBe(0);
    }
    // Everything is still there: the export still lists every demo customer.
    await options.download('Export customers (CSV)');
    expect(await options.exportStatus().textContent()).toMatch(/^36 rows saved/);
    await options.close();
  });
});

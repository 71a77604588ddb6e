import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { writeBulkCustomerCsv } from '../support/bulk-csv';
import { OptionsPage } from './pages/options-page';
import { useExtensionBrowser } from './setup';

const ROWS = 6_000;

describe('one import or restore at a time, across tabs', () => {
  const session = useExtensionBrowser('blocked');

  it('refuses a restore while another tab imports, changing nothing, and restores once the import has finished', async () => {
    const { context, extensionId } = session().browser;
    const restoring = await OptionsPage.open(context, extensionId);
    const backup = await restoring.download('Download backup');
    const csv = await writeBulkCustomerCsv(ROWS, 'example-lock.cn', '锁客户');
    const backupFile = csv.replace(/[^/]+$/, backup.name);
    await writeFile(backupFile, backup.bytes);

    const importing = await OptionsPage.open(context, extensionId);
    await importing.chooseCsv(csv);
    await importing.startImport();
    await importing.counts().filter({ hasText: /^[1-9]\d* rows read/ }).waitFor();

    await restoring.chooseBackup(backupFile);
    await expect.poll(() => restoring.restoreConfirmation().textContent()).toMatch(/^This backup holds 36 customers/);
    await restoring.confirmRestore();
    await expect
      .poll(() => restoring.backupStatus().textContent())
      .toBe('Another import or restore is running, in this tab or another. Nothing was changed; try again when it has finished.');

    // The import went on undisturbed: every row arrived.
    await expect.poll(() => importing.report().textContent(), { timeout: 150_000 }).toMatch(/^Import finished/);
    expect(await importing.report().getByRole('status').textContent()).toMatch(new RegExp(`: ${ROWS} rows, ${ROWS} new customers, 0 updated`));

    // Asked again once the import is over, the restore runs: the base is the backup's 36 customers.
    await restoring.confirmRestore();
    await expect.poll(() => restoring.backupStatus().textContent(), { timeout: 30_000 }).toMatch(/^Restored: 36 customers, /);
    await restoring.download('Export customers (CSV)');
    expect(await restoring.exportStatus().textContent()).toMatch(/^36 rows saved/);
    await Promise.all([restoring.close(), importing.close()]);
  }, 180_000);
});

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExtensionStores } from '../harness/extension-db';
import { chromeBuildDir } from '../harness/paths';
import { fixturesDir } from '../support/fixtures';
import { GmailDemoPage } from './pages/gmail-page';
import { OptionsPage } from './pages/options-page';
import { STORAGE_MODES, openGmailAt, useExtensionBrowser } from './setup';

const csv = (name: string) => path.join(fixturesDir, 'csv', name);

describe.each(STORAGE_MODES)('CSV import on the options page (third-party storage %s)', (mode) => {
  const session = useExtensionBrowser(mode);

  it('imports UTF-8 with bad rows, reports them, and an open Gmail sidebar recognises the new customer', async () => {
    const { context, extensionId } = session().browser;
    // Open before the import: the sidebar must follow the worker's writes without a reload.
    const gmail = await GmailDemoPage.open(context, extensionId, 'unknownSender');
    const sidebar = await gmail.sidebar();
    await sidebar.unknownPerson().waitFor();

    const options = await OptionsPage.open(context, extensionId);
    await options.chooseCsv(csv('import-ui-utf8.csv'));
    expect(await options.encoding().inputValue()).toBe('utf-8');
    expect(await options.encodingNote().textContent()).toBe('Detected: Unicode (UTF-8).');
    expect(await options.columnSelect('Email').inputValue()).toBe('email');
    // Cells are text: markup in a customer's notes is shown, never run or rendered.
    const preview = options.preview();
    expect(await preview.textContent()).toContain('<b>VIP</b> <script>alert(1)</script>');
    expect(await preview.locator('tbody b, tbody script').count()).toBe(0);

    await options.startImport();
    await expect.poll(() => options.report().textContent()).toMatch(/^Import finished in [\d.]+ s: 4 rows, 2 new customers, 0 updated, 2 rejected\./);
    expect(await options.rejectedRows()).toEqual([
      ['3', 'Email', '"tom.baker@" is not an e-mail address'],
      ['3', 'Phone', '"555" is not a phone number'],
      ['4', 'Birthday', '"3/5/1990" could be day/month or month/day; write it as 1990-05-03, 1990/05/03 or 1990年5月3日'],
    ]);
    expect(await options.progressBar().getAttribute('aria-label')).toBe('Import progress');
    expect(await options.progressBar().evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);
    console.info(`[${mode}] UTF-8 import: ${await options.counts().textContent()}`);
    await expect.poll(() => options.rescoreStatus().textContent(), { timeout: 20_000 }).toMatch(/^Loyalty and care suggestions updated for \d+ customers\.$/);

    const report = await options.download('Download report');
    expect(report.name).toMatch(/^import-report-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...report.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(report.bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Line,Column,Reason',
      '3,Email,"""tom.baker@"" is not an e-mail address"',
      '3,Phone,"""555"" is not a phone number"',
      '4,Birthday,"""3/5/1990"" could be day/month or month/day; write it as 1990-05-03, 1990/05/03 or 1990年5月3日"',
      '',
    ]);

    await expect.poll(() => sidebar.customerName().textContent(), { timeout: 10_000 }).toBe('李雷');
    await options.close();
    await gmail.page.close();
  });

  it('lets the user correct an unsure encoding, the CRM preset and each column before importing', async () => {
    const { context, extensionId } = session().browser;
    const options = await OptionsPage.open(context, extensionId);
    const workbook = path.join(await mkdtemp(path.join(os.tmpdir(), 'care-xlsx-')), 'customers.xlsx');
    await writeFile(workbook, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    await options.chooseImportFile(workbook);
    await expect.poll(() => options.importProblem().textContent()).toBe(
      'This is an Excel workbook, not a CSV file. In Excel choose File → Save As → “CSV UTF-8”, then import the saved file.',
    );
    // Dropped rather than chosen. All ASCII: UTF-8 is only a guess, so the page says so.
    await options.dropImportFile('salesforce-contacts.csv', readFileSync(path.join(fixturesDir, 'csv', 'salesforce-contacts.csv')));
    expect(await options.page.getByTestId('import-file').textContent()).toMatch(/^salesforce-contacts\.csv: about \d+ rows$/);
    expect(await options.encodingNote().textContent()).toBe(
      'Probably Unicode (UTF-8), but not certain: check that the preview reads correctly, or choose another encoding.',
    );
    expect(await options.preset().locator('option:checked').textContent()).toBe('Guess from the headers (Salesforce)');
    expect(await options.previewHeaders()).toContain('Job title');
    await options.columnSelect('Title').selectOption('');
    expect(await options.previewHeaders()).not.toContain('Job title');
    await options.preset().selectOption('hubspot');
    expect(await options.preset().inputValue()).toBe('hubspot');

    // A GBK file read as UTF-8 is mojibake: no header is recognised, and the page says nothing would be imported.
    await options.chooseCsv(csv('import-ui-gbk.csv'));
    await options.encoding().selectOption('utf-8');
    await options.page.getByText('No column is imported: choose a field for at least one column.').waitFor();
    expect(await options.page.getByTestId('import-mapping').textContent()).not.toContain('客户名称');
    expect(await options.page.locator('[data-action="import"]').isDisabled()).toBe(true);
    await options.encoding().selectOption('gb18030');
    await expect.poll(() => options.preview().textContent()).toContain('韩梅梅');
    await options.close();
  });

  it('imports a Chinese Excel file in GBK, and the report and the card follow', async () => {
    const { context, extensionId } = session().browser;
    const options = await OptionsPage.open(context, extensionId);
    await options.chooseCsv(csv('import-ui-gbk.csv'));
    expect(await options.encoding().inputValue()).toBe('gb18030');
    expect(await options.encodingNote().textContent()).toBe('Detected: Chinese (GBK / GB18030).');
    expect(await options.preview().textContent()).toContain('韩梅梅');
    expect(await options.columnSelect('客户名称').inputValue()).toBe('name');

    await options.startImport();
    await expect.poll(() => options.report().textContent()).toMatch(/4 rows, 2 new customers, 0 updated, 2 rejected\./);
    expect(await options.rejectedRows()).toEqual([
      ['3', '邮箱', '"qian.wei@@example.cn" is not an e-mail address'],
      ['4', '手机', '"1.37E+10" was shortened by Excel; format the column as text and export again'],
      ['4', '级别', '"Z级" is not one of the tiers A, B, C'],
      ['4', '生日', '"1992-13-01" is not a day of the calendar'],
    ]);
    console.info(`[${mode}] GBK import: ${await options.counts().textContent()}`);
    await options.rescoreStatus().filter({ hasText: /updated for/ }).waitFor({ timeout: 20_000 });
    // The same report in Chinese once the user switches the language.
    await options.setLanguage('Language', 'zh-CN');
    await expect.poll(() => options.rejectedRows()).toEqual([
      ['3', '邮箱', '“qian.wei@@example.cn”不是邮箱地址'],
      ['4', '手机', '“1.37E+10”已被 Excel 截短：请把该列设为文本格式后重新导出'],
      ['4', '级别', '“Z级”不是 A、B、C 级中的一种'],
      ['4', '生日', '日历上没有“1992-13-01”这一天'],
    ]);
    expect(await options.report().getByRole('status').textContent()).toMatch(/^导入完成，用时 [\d.]+ 秒：共 4 行，新增客户 2 位/);
    await options.setLanguage('语言', 'en');

    const { gmail, sidebar } = await openGmailAt(session(), 'hanMeimei', '韩梅梅');
    await gmail.page.close();
    await options.close();
  });

  it('matches the rows of a file of several chunks to the customers stored before and to rows earlier in the file', async () => {
    const { context, extensionId } = session().browser;
    // 3,000 rows, about three of the page's 64 KB chunks: from the second on, the import answers from its copy of the
    // stored contacts and of what it wrote (lib/import/contact-owners.ts).
    const rows = Array.from({ length: 3_000 }, (_, i) => `客户${i},copy${i}@example-copy.cn,+86 136 ${String(i).padStart(4, '0')} 0000,`);
    rows.push('Emily Carter,EMILY.CARTER@harbourhotels.com,,from the big file', '客户7,copy7@example-copy.cn,,named twice');
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'care-csv-')), 'several-chunks.csv');
    await writeFile(file, ['Name,Email,Phone,Tags', ...rows].join('\r\n'));

    const options = await OptionsPage.open(context, extensionId);
    await options.chooseCsv(file);
    await options.startImport();
    await expect.poll(() => options.report().textContent(), { timeout: 30_000 }).toMatch(/3,?002 rows, 3,?000 new customers, 2 updated, 0 rejected\./);

    const { customers } = await readExtensionStores(context, extensionId, ['customers'] as const);
    const named = (name: string) => (customers as { name: string; tags: string[] }[]).filter((row) => row.name === name);
    expect(named('Emily Carter').map((row) => row.tags)).toEqual([expect.arrayContaining(['from the big file'])]);
    expect(named('客户7').map((row) => row.tags)).toEqual([['named twice']]);
    await options.close();
  });

  it('cancels a large import between chunks: what it reports kept is exactly what is stored', async () => {
    const { context, extensionId } = session().browser;
    const rows = Array.from({ length: 40_000 }, (_, i) => `客户${i},bulk${i}@example-bulk.cn,+86 137 ${String(i).padStart(4, '0')} ${String(i % 9999).padStart(4, '0')},批量公司${i % 50},上海,B`);
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'care-csv-')), 'bulk.csv');
    await writeFile(file, ['姓名,邮箱,手机,公司,城市,级别', ...rows].join('\r\n'));

    const options = await OptionsPage.open(context, extensionId);
    await options.download('Export customers (CSV)');
    const before = Number(/^(\d+) rows/.exec((await options.exportStatus().textContent())!)![1]);

    await options.chooseCsv(file);
    expect(await options.page.getByTestId('import-file').textContent()).toMatch(/about 4\d,\d{3}|about 4\d{4}/);
    await options.startImport();
    await options.counts().filter({ hasText: /^[1-9]\d* rows read/ }).waitFor();
    await options.cancelImport();
    await expect.poll(() => options.report().textContent(), { timeout: 30_000 }).toMatch(/^Import cancelled after/);
    const summary = (await options.report().getByRole('status').textContent())!;
    console.info(`[${mode}] cancelled: ${summary} · last progress: ${await options.counts().textContent()}`);
    const [, read, imported] = /Kept: (\d+) rows read, (\d+) new customers/.exec(summary)!.map(Number);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(40_000);
    expect(imported).toBe(read);
    await options.rescoreStatus().filter({ hasText: /updated for/ }).waitFor({ timeout: 30_000 });

    await options.download('Export customers (CSV)');
    expect(await options.exportStatus().textContent()).toMatch(new RegExp(`^${before + imported!} rows`));
    await options.close();
  });

  it("reaches an open sidebar by the worker's writes alone (Dexie's cross-context notification), before any rescoring", async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'songJia');
    const sidebar = await gmail.sidebar();
    await sidebar.unknownPerson().waitFor();
    const options = await OptionsPage.open(context, extensionId);
    const workerFile = readdirSync(path.join(chromeBuildDir, 'assets')).find((name) => name.startsWith('import-worker'))!;
    expect(await options.importThroughWorkerOnly(workerFile, 'Name,Email\n宋佳,song.jia@example-liveshop.cn\n', ['name', 'email'])).toBe('done');
    await expect.poll(() => sidebar.customerName().textContent(), { timeout: 5_000 }).toBe('宋佳');
    await options.close();
    await gmail.page.close();
  });
});

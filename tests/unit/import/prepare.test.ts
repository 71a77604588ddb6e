import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateRows, NotCsvError, prepareImport } from '../../../lib/import/prepare';
import { fixturesDir } from '../../support/fixtures';

const fixture = (name: string) => new Blob([readFileSync(path.join(fixturesDir, 'csv', name))]);

describe('prepareImport', () => {
  it.each([
    ['import-ui-utf8.csv', 'utf-8', true, 'Name', ['name', 'email', 'phone', 'company.name', 'company.location', 'tier', 'birthday', 'notes']],
    ['import-ui-gbk.csv', 'gb18030', true, '客户名称', ['name', 'phone', 'email', 'company.name', 'company.location', 'tier', 'birthday', 'notes']],
    ['chinese-excel-gbk.csv', 'gb18030', true, '客户名称', ['name', 'phone', 'email', 'company.name', 'company.location', 'tier', 'birthday', 'notes']],
  ])('reads %s as %s (sure: %s) and maps its columns from the header', async (name, encoding, confident, firstHeader, columns) => {
    const prepared = await prepareImport(fixture(name));
    expect(prepared.detected).toEqual({ encoding, confident });
    expect(prepared.headers[0]).toBe(firstHeader);
    expect(prepared.mapping.columns).toEqual(columns);
    expect(prepared.rows.length).toBeGreaterThan(2);
  });

  it('uses the encoding and the CRM preset the user chose over the guesses', async () => {
    const prepared = await prepareImport(fixture('import-ui-gbk.csv'), { encoding: 'utf-8', preset: 'hubspot' });
    expect(prepared.encoding).toBe('utf-8');
    expect(prepared.detected.encoding).toBe('gb18030');
    // Read as UTF-8, the GBK header is mojibake: nothing maps, which the preview shows the user.
    expect(prepared.headers[0]).not.toBe('客户名称');
    expect(prepared.mapping).toMatchObject({ preset: 'hubspot' });
  });

  it.each([
    ['an .xlsx workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['an .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]],
  ])('refuses %s, saying to save it as CSV', async (_what, bytes) => {
    await expect(prepareImport(new Blob([new Uint8Array(bytes)]))).rejects.toThrow(NotCsvError);
  });

  it('refuses an empty file with a reason', async () => {
    await expect(prepareImport(new Blob([]))).rejects.toThrow('the file is empty');
  });

  it.each([
    ['a,b\n1,2\n3,4\n', 2],
    ['a,b\r\n1,2\r\n3,4', 2],
    ['a,b\n', 0],
  ])('estimates the data rows of %j as %i', async (text, rows) => {
    expect(await estimateRows(new Blob([text]))).toBe(rows);
  });

  it('scales the estimate of a large file from its first slice', async () => {
    const line = 'Zhang Wei,zhang.wei@example.cn,13800138000\n';
    const estimate = await estimateRows(new Blob(['name,email,phone\n' + line.repeat(50_000)]));
    expect(Math.abs(estimate - 50_000) / 50_000).toBeLessThan(0.01);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { translator } from '../../../lib/i18n';
import { importCustomers } from '../../../lib/import/import-customers';
import { prepareImport } from '../../../lib/import/prepare';
import { localizedReportCsv, rowErrorText } from '../../../lib/import/reason-text';
import { fixturesDir } from '../../support/fixtures';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const fixture = (name: string) => new Blob([readFileSync(path.join(fixturesDir, 'csv', name))]);

async function rejected(name: string) {
  const file = fixture(name);
  const { mapping, encoding } = await prepareImport(file);
  return (await importCustomers(db, file, { mapping, encoding })).rejected;
}

describe('rejected rows in the UI language', () => {
  it('gives every reason of the Chinese Excel fixtures in Chinese, with the cell quoted', async () => {
    const errors = [...(await rejected('chinese-excel-gbk.csv')), ...(await rejected('import-ui-gbk.csv'))];
    const zh = translator('zh-CN');
    expect(errors.map((error) => [error.line, error.field, rowErrorText(zh, error)])).toEqual([
      [4, '手机', '“1.39123E+10”已被 Excel 截短：请把该列设为文本格式后重新导出'],
      [5, '邮箱', '“sun.li@@qq.com”不是邮箱地址'],
      [6, '级别', '“D”不是 A、B、C 级中的一种'],
      [6, '生日', '日历上没有“1990-02-30”这一天'],
      [3, '邮箱', '“qian.wei@@example.cn”不是邮箱地址'],
      [4, '手机', '“1.37E+10”已被 Excel 截短：请把该列设为文本格式后重新导出'],
      [4, '级别', '“Z级”不是 A、B、C 级中的一种'],
      [4, '生日', '日历上没有“1992-13-01”这一天'],
    ]);
  });

  it.each([
    ['Name,Email\nAnn,ann@example.com,extra\n', '有 3 个单元格，但只有 2 列；可能某个含逗号的值缺少引号'],
    ['Name,Order date\nAnn,3/5/2024\n', '“3/5/2024”无法确定是日/月还是月/日；请写成 1990-05-03、1990/05/03 或 1990年5月3日'],
    ['Name,Amount\nAnn,¥120\n', '购买记录需要同时有日期和金额'],
    ['Title,Tags\nBuyer,VIP\n', '没有姓名、邮箱、电话或记录 ID：无法确定是哪位客户'],
    [`Name,Notes\nAnn,${'x'.repeat(5001)}\n`, '超过 5000 个字符'],
  ])('%j is refused in Chinese', async (text, expected) => {
    const file = new Blob([text]);
    const { mapping, encoding } = await prepareImport(file);
    const [error] = (await importCustomers(db, file, { mapping, encoding })).rejected;
    expect(error && rowErrorText(translator('zh-CN'), error)).toBe(expected);
  });

  it('writes the downloadable report in the UI language, with a BOM for Excel', async () => {
    const csv = localizedReportCsv(translator('zh-CN'), { rejected: await rejected('import-ui-gbk.csv'), omittedErrors: 3 });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF行号,列,原因',
      '3,邮箱,“qian.wei@@example.cn”不是邮箱地址',
      '4,手机,“1.37E+10”已被 Excel 截短：请把该列设为文本格式后重新导出',
      '4,级别,“Z级”不是 A、B、C 级中的一种',
      '4,生日,日历上没有“1992-13-01”这一天',
      ',,另有 3 个问题未列出',
      '',
    ]);
  });
});

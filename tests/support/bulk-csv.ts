import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A Chinese-headed CSV of `rows` distinct customers, each with an e-mail at `emailDomain` and a phone:
 * big enough that its import runs for seconds in the options page. Returns the file's path.
 */
export async function writeBulkCustomerCsv(rows: number, emailDomain: string, namePrefix: string): Promise<string> {
  const lines = Array.from(
    { length: rows },
    (_, i) => `${namePrefix}${i},cut${i}@${emailDomain},+86 139 ${String(i).padStart(4, '0')} ${String(i % 9999).padStart(4, '0')},${namePrefix}公司${i % 40},B`,
  );
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'care-csv-')), `${emailDomain}.csv`);
  await writeFile(file, ['姓名,邮箱,手机,公司,级别', ...lines].join('\r\n'));
  return file;
}

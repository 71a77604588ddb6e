/** A Chinese customer list of any length, for timing imports; every row valid, every e-mail distinct. */
export const GENERATED_HEADERS = ['客户名称', '邮箱', '手机', '公司', '城市', '级别', '生日', '备注'];

export function generateCustomerCsv(rows: number): Blob {
  const lines = [GENERATED_HEADERS.join(',')];
  for (let i = 0; i < rows; i++) {
    const phone = `139${String(i).padStart(8, '0')}`;
    const birthday = `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`;
    lines.push(`客户${i},c${i}@company${i % 5000}.cn,${phone},公司${i % 5000},深圳,${'ABC'[i % 3]},${birthday},"备注 ${i}, 喜欢茶"`);
  }
  return new Blob([new TextEncoder().encode(lines.join('\r\n'))]);
}

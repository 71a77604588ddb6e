import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvPreview } from '../../../lib/import/parse';

async function collect(file: Blob, encoding: string, chunkBytes?: number) {
  const rows: { line: number; cells: string[] }[] = [];
  const chunks: number[] = [];
  await parseCsv(file, {
    encoding,
    chunkBytes,
    onChunk(chunk, firstLine, { lines }) {
      chunks.push(firstLine);
      chunk.forEach((cells, index) => rows.push({ line: lines[index]!, cells }));
    },
  });
  return { rows, chunks };
}

const utf8 = (text: string) => new Blob([new TextEncoder().encode(text)]);

describe('parseCsv', () => {
  it('numbers rows by their line in the file, across quoted line breaks and blank lines', async () => {
    const csv = 'name,notes\r\nA,"two\r\nlines"\r\n\r\nB,x\r\nC,"three\nline\nnote"\r\nD,y\r\n';
    const { rows } = await collect(utf8(csv), 'utf-8');
    expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [1, 'name'],
      [2, 'A'],
      [5, 'B'],
      [6, 'C'],
      [9, 'D'],
    ]);
    expect(rows[1]!.cells[1]).toBe('two\r\nlines');
  });

  it('keeps characters whole and rows intact when slices cut through them', async () => {
    const lines = ['客户名称,城市,备注', ...Array.from({ length: 50 }, (_, i) => `王芳${i},深圳,"喜欢翡翠,\n也喜欢珍珠"`)];
    const text = lines.join('\r\n') + '\r\n';
    for (const chunkBytes of [7, 13, 64]) {
      const { rows, chunks } = await collect(utf8(text), 'utf-8', chunkBytes);
      expect(rows).toHaveLength(51);
      expect(rows[50]).toEqual({ line: 100, cells: ['王芳49', '深圳', '喜欢翡翠,\n也喜欢珍珠'] });
      expect(chunks.length).toBeGreaterThan(10);
    }
  });

  it('decodes GB18030 across slice boundaries', async () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0d, 0x0a]); // 姓名 / 张三
    const { rows } = await collect(new Blob([gbk]), 'gb18030', 3);
    expect(rows).toEqual([
      { line: 1, cells: ['姓名'] },
      { line: 2, cells: ['张三'] },
    ]);
  });

  it.each([
    ['semicolons', 'a;b\n1;2\n', ['1', '2']],
    ['tabs', 'a\tb\n1\t2\n', ['1', '2']],
    ['no final line break', 'a,b\n1,2', ['1', '2']],
    ['a byte order mark', '\uFEFFa,b\n1,2\n', ['1', '2']],
  ])('reads files with %s', async (_case, csv, secondRow) => {
    const { rows } = await collect(utf8(csv), 'utf-8');
    expect(rows.map((row) => row.cells)).toEqual([['a', 'b'], secondRow]);
  });

  it('stops between slices when aborted, and says so', async () => {
    const controller = new AbortController();
    const text = 'n\n' + Array.from({ length: 100 }, (_, i) => `row${i}`).join('\n');
    let chunks = 0;
    const parsing = parseCsv(utf8(text), {
      encoding: 'utf-8',
      chunkBytes: 50,
      signal: controller.signal,
      onChunk() {
        if (++chunks === 2) controller.abort();
      },
    });
    await expect(parsing).rejects.toThrow(/abort/i);
    expect(chunks).toBe(2);
  });

  it('waits for an asynchronous consumer before reading on', async () => {
    const order: string[] = [];
    await parseCsv(utf8('a\n1\n2\n3\n4\n'), {
      encoding: 'utf-8',
      chunkBytes: 4,
      async onChunk(rows) {
        order.push(`start ${rows[0]![0]}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(`end ${rows[0]![0]}`);
      },
    });
    expect(order).toEqual(order.map((_, i) => (i % 2 === 0 ? expect.stringMatching(/^start/) : expect.stringMatching(/^end/))));
  });

  it('previews the header and first rows without reading the whole file', async () => {
    const text = 'name,email\n' + Array.from({ length: 1000 }, (_, i) => `p${i},p${i}@example.com`).join('\n');
    expect(await readCsvPreview(utf8(text), 'utf-8', 2)).toEqual({
      headers: ['name', 'email'],
      rows: [
        ['p0', 'p0@example.com'],
        ['p1', 'p1@example.com'],
      ],
    });
  });
});

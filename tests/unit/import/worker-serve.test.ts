import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { prepareImport } from '../../../lib/import/prepare';
import { startImport, type WorkerLike } from '../../../lib/import/worker-client';
import type { FromWorker, ToWorker } from '../../../lib/import/worker-protocol';
import { serveImports } from '../../../lib/import/worker-serve';
import { fixturesDir } from '../../support/fixtures';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/** The page's client and the worker's server wired together in one thread, as structured clone would deliver. */
function inProcessWorker(): WorkerLike & { terminated: boolean } {
  const toPage: ((event: { data: unknown }) => void)[] = [];
  const toWorker: ((event: { data: unknown }) => void)[] = [];
  serveImports(
    {
      postMessage: (message: FromWorker) => queueMicrotask(() => toPage.forEach((listener) => listener({ data: message }))),
      addEventListener: (_type, listener) => toWorker.push(listener),
    },
    () => db,
  );
  return {
    terminated: false,
    postMessage: (message: ToWorker) => queueMicrotask(() => toWorker.forEach((listener) => listener({ data: message }))),
    addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
      if (type === 'message') toPage.push(listener as (event: { data: unknown }) => void);
    },
    terminate() {
      this.terminated = true;
    },
  };
}

const fixture = (name: string) => new Blob([readFileSync(path.join(fixturesDir, 'csv', name))]);

describe('the import worker', () => {
  it('imports a GBK file, reports progress and the rejected rows by line and column, and ends', async () => {
    const file = fixture('import-ui-gbk.csv');
    const { mapping, encoding } = await prepareImport(file);
    const progress: number[] = [];
    const worker = inProcessWorker();
    const outcome = await startImport({ file, mapping, encoding }, (p) => progress.push(p.rows), () => worker).outcome;
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.report).toMatchObject({ rows: 4, imported: 2, rejectedRows: 2 });
    expect(outcome.report.rejected.map((error) => [error.line, error.field])).toEqual([
      [3, '邮箱'],
      [4, '手机'],
      [4, '级别'],
      [4, '生日'],
    ]);
    expect(progress.at(-1)).toBe(4);
    expect((await db.customers.toArray()).map((customer) => customer.name).sort()).toEqual(['赵雪', '韩梅梅']);
    await Promise.resolve();
    expect(worker.terminated).toBe(true);
  });

  it('on cancel stops between chunks, keeping only the whole chunks it reports', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Customer ${i},customer${i}@example.cn`);
    const file = new Blob([['Name,Email', ...lines].join('\n')]);
    const worker = inProcessWorker();
    // Small chunks (the page leaves the default), so that the cancel after the first one lands mid-file.
    const running: ReturnType<typeof startImport> = startImport(
      { file, mapping: { columns: ['name', 'email'] }, encoding: 'utf-8', chunkBytes: 1024 },
      () => running.cancel(),
      () => worker,
    );
    const outcome = await running.outcome;
    expect(outcome.type).toBe('cancelled');
    if (outcome.type !== 'cancelled') return;
    expect(outcome.report.imported).toBeGreaterThan(0);
    expect(outcome.report.imported).toBeLessThan(400);
    expect(await db.customers.count()).toBe(outcome.report.imported);
  });

  it('answers a malformed message with a failure, not an import', async () => {
    const messages: FromWorker[] = [];
    let send: (event: { data: unknown }) => void = () => {};
    serveImports({ postMessage: (m) => messages.push(m), addEventListener: (_t, listener) => (send = listener) }, () => db);
    send({ data: { type: 'start', file: 'not a file', mapping: { columns: [] }, encoding: 'utf-8' } });
    expect(messages).toEqual([{ type: 'failed', message: expect.stringContaining('invalid message') }]);
    expect(await db.customers.count()).toBe(0);
  });

  it('names a quote that never closes by its line, keeping the chunks before it', async () => {
    const good = Array.from({ length: 300 }, (_, i) => `Customer ${i},c${i}@example.cn`);
    const file = new Blob([['Name,Email', ...good, `Broken,"never closed${' x'.repeat(3 * 1024 * 1024)}`].join('\n')]);
    const outcome = await startImport(
      { file, mapping: { columns: ['name', 'email'] }, encoding: 'utf-8', chunkBytes: 256 * 1024 },
      () => {},
      inProcessWorker,
    ).outcome;
    expect(outcome).toMatchObject({ type: 'failed', failure: { code: 'unclosedQuote', line: 302 } });
    expect(await db.customers.count()).toBe(300);
  });
});

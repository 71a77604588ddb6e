/**
 * Counts the IndexedDB calls the service worker makes over the card bench on the cached 100k base (page
 * changes, then page changes each with a one-click log), by call and store or index: which reads a page change
 * and a log cost, and which of them walk a cursor (one round trip per row) instead of one getAll.
 * Run: npx wxt build && npx tsx tests/bench/worker-idb-calls.ts [runs=20]
 */
import { startFixtureServer } from '../harness/https-server';
import { cardAndLogBenchmark } from './card-bench';
import { openBenchBase } from './dataset/extension-base';

const runs = Number(process.argv[2] ?? 20);
const server = await startFixtureServer();
const base = await openBenchBase(server.port, (line) => console.log(line));
try {
  const worker = base.browser.serviceWorker;
  // tsx names the functions it compiles with a helper the worker does not have.
  await worker.evaluate('globalThis.__name = (fn) => fn');
  await worker.evaluate(() => {
    const counts: Record<string, number> = ((globalThis as unknown as { idbCalls: Record<string, number> }).idbCalls = {});
    const count = (proto: object, method: string, label: (self: any) => string) => {
      const original = (proto as Record<string, (...args: unknown[]) => unknown>)[method]!;
      (proto as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        const key = `${method} ${label(this)}`.trim();
        counts[key] = (counts[key] ?? 0) + 1;
        return original.apply(this, args);
      };
    };
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete']) {
      if (method in IDBIndex.prototype) count(IDBIndex.prototype, method, (index) => `${index.objectStore.name}.${index.name}`);
      count(IDBObjectStore.prototype, method, (store) => store.name);
    }
    count(IDBCursor.prototype, 'continue', (cursor) => `(cursor on ${cursor.source.name})`);
  });
  const result = await cardAndLogBenchmark(base, runs);
  const calls = await worker.evaluate(() => (globalThis as unknown as { idbCalls: Record<string, number> }).idbCalls);
  const pageChanges = 2 * result.senders;
  console.log(`${pageChanges} page changes and ${result.senders} logs; IndexedDB calls in the service worker:`);
  for (const [call, n] of Object.entries(calls).sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${call}`);
} finally {
  await base.browser.close();
  await server.close();
}

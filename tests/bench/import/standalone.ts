/**
 * The CSV import timed in Chromium against real IndexedDB (fake-indexeddb's
 * timings say nothing about it). Run: npx tsx tests/bench/import/standalone.ts [rows] [--lookups]
 * (--lookups adds the anyOf comparison quoted in lib/import/write-chunk.ts; it takes minutes).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot } from '../../harness/paths';

type Bench = typeof import('./import-entry');

const rows = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const bundle = await build({
  entryPoints: [path.join(repoRoot, 'tests/bench/import/import-entry.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'ImportBench',
  write: false,
  platform: 'browser',
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// IndexedDB needs a real origin; the page is served from memory.
await page.route('http://import-bench.localhost/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
await page.goto('http://import-bench.localhost/');
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });

const run = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> =>
  page.evaluate(
    ({ name, args }) => (window as unknown as { ImportBench: Record<string, (...a: unknown[]) => unknown> }).ImportBench[name]!(...args),
    { name, args },
  ) as Promise<Awaited<ReturnType<Bench[K]>>>;

console.log(`parse and validate ${rows} rows:`, await run('timeParseAndValidate', rows));
console.log(`import ${rows} rows:`, JSON.stringify(await run('timeImport', rows), null, 1));
if (process.argv.includes('--lookups')) {
  console.log('key lookups, 7,500 keys in 300,000 identities:', await run('timeLookups', 300_000, 7_500));
}
await browser.close();

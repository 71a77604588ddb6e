/**
 * The CSV import's throughput in Chromium against real IndexedDB, beside its
 * floor (a bare Dexie bulkAdd of the rows it stored). Not a test: a figure to
 * report. Run: npx tsx tests/bench/import-speed/run.ts [rows] [--chunk=65536] [--profile]
 * --profile writes tests/.tmp/import-<run>.cpuprofile (open in DevTools) and prints the top self times.
 * --ram keeps Chromium's profile (and so IndexedDB) on /dev/shm: the product's cost without the disk's,
 * which on a slow virtual disk is most of the time and varies from run to run.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { chromiumPath, repoRoot, tmpDir } from '../../harness/paths';

type Bench = typeof import('./entry');

const args = process.argv.slice(2);
const rows = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const chunkBytes = Number(args.find((arg) => arg.startsWith('--chunk='))?.slice(8) ?? 64 * 1024);
const profile = args.includes('--profile');
const ram = args.includes('--ram');

const bundle = await build({
  entryPoints: [path.join(repoRoot, 'tests/bench/import-speed/entry.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'ImportSpeed',
  write: false,
  platform: 'browser',
});
const launch = { executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] };
const ramDir = ram ? mkdtempSync('/dev/shm/import-speed-') : undefined;
const browser = ramDir ? await chromium.launchPersistentContext(ramDir, launch) : await chromium.launch(launch);
const page = await browser.newPage();
// IndexedDB needs a real origin; the page is served from memory.
await page.route('http://import-speed.localhost/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>import speed</title>' }));
await page.goto('http://import-speed.localhost/');
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
const cdp = profile ? await page.context().newCDPSession(page) : undefined;

const run = <K extends keyof Bench>(name: K, ...params: unknown[]): Promise<Awaited<ReturnType<Bench[K]>>> =>
  page.evaluate(
    ({ name, params }) => (window as unknown as { ImportSpeed: Record<string, (...a: unknown[]) => unknown> }).ImportSpeed[name]!(...params),
    { name, params },
  ) as Promise<Awaited<ReturnType<Bench[K]>>>;

async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (!cdp) return work();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile: cpu } = await cdp.send('Profiler.stop');
  mkdirSync(tmpDir, { recursive: true });
  writeFileSync(path.join(tmpDir, `import-${label}.cpuprofile`), JSON.stringify(cpu));
  printTop(cpu, label);
  return result;
}

type CpuProfile = Awaited<ReturnType<CDPSession['send']>> & {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
};

function printTop(cpu: unknown, label: string) {
  const { nodes, samples, timeDeltas } = cpu as CpuProfile;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`top self time, ${label} (ms):`);
  for (const [name, ms] of top) console.log(`  ${Math.round(ms).toString().padStart(7)}  ${name}`);
}

await run('setUp', rows);
const first = await profiled('first', () => run('timeImport', chunkBytes));
const again = await profiled('reimport', () => run('timeImport', chunkBytes));
const stored = await run('counts');
const floor = await run('timeFloor');
const customersOnly = await run('timeCustomersOnlyFloor');
await run('tearDown');
await browser.close();
if (ramDir) rmSync(ramDir, { recursive: true, force: true });

if (first.imported !== rows || again.updated !== rows) throw new Error(`imported ${first.imported}, then updated ${again.updated}, of ${rows}`);
const rate = (s: number) => Math.round(rows / s);
console.log(JSON.stringify({ rows, chunkBytes, ram, stored, first, again, floor, customersOnly }));
console.log(`first import: ${first.seconds} s, ${rate(first.seconds)} rows/s`);
console.log(`re-import:    ${again.seconds} s, ${rate(again.seconds)} rows/s`);
console.log(`floor (Dexie bulkAdd of ${floor.customers} customers + ${floor.identities} identities): ${floor.seconds} s, ${rate(floor.seconds)} rows/s`);
console.log(`customers alone, raw IndexedDB add: ${customersOnly.indexedSeconds} s with the customers' indexes, ${customersOnly.bareSeconds} s with none`);
console.log(`first import / floor speed: ${(floor.seconds / first.seconds).toFixed(2)}`);

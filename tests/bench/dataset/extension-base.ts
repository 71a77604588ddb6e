/**
 * Chromium with the built extension and the 100k-customer base in its own
 * IndexedDB. The profile is kept under tests/.tmp, keyed by the generator's,
 * the extension's and the database's versions, so a second run skips
 * generation; an interrupted generation resumes at the first missing chunk.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openCustomerDatabase } from '../../../lib/db/database';
import { launchWithExtension, type ExtensionBrowser } from '../../harness/browser';
import { chromeBuildDir, repoRoot, tmpDir } from '../../harness/paths';
import { CHUNKS, GENERATOR_VERSION } from './generate';

export type BenchApi = typeof import('./page-entry');

export interface BenchBase {
  browser: ExtensionBrowser;
  /** The options page with the bench's functions loaded. */
  page: Page;
  call<K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>>;
  generatedSeconds?: number;
  profileDir: string;
}

export function profileDirName(): string {
  const manifest = JSON.parse(readFileSync(path.join(chromeBuildDir, 'manifest.json'), 'utf8')) as { version: string };
  return `bench-profile-g${GENERATOR_VERSION}-e${manifest.version}-db${openCustomerDatabase('bench-probe').verno}`;
}

/** extraArgs: more Chromium switches, for probes (a remote-debugging port, say). */
export async function openBenchBase(serverPort: number, log: (line: string) => void, extraArgs: string[] = []): Promise<BenchBase> {
  const profileDir = path.join(tmpDir, profileDirName());
  mkdirSync(profileDir, { recursive: true });
  // Chromium keeps the extension's service worker script in the profile and, for an unpacked extension of
  // the same version, runs that copy again: without this, the base would run the background code of the
  // day it was generated, not the build under test. Its registration is made again from the build at launch.
  rmSync(path.join(profileDir, 'Default', 'Service Worker'), { recursive: true, force: true });
  // Each launch writes a net-log into the profile (tests/harness/browser.ts): the cached base kept every one of them.
  for (const file of readdirSync(profileDir)) if (/^net-log-.*\.json$/.test(file)) rmSync(path.join(profileDir, file), { force: true });
  const browser = await launchWithExtension({ serverPort, userDataDir: profileDir, extraArgs });
  const bundle = await build({
    entryPoints: [path.join(repoRoot, 'tests/bench/dataset/page-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'CareBench',
    write: false,
    platform: 'browser',
    // Unminified, so that the care refresh's CPU profile names the functions.
    minify: false,
  });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // The extension's CSP refuses inline scripts; evaluation through the debugger protocol is not one.
  await page.evaluate(`${bundle.outputFiles[0]!.text};globalThis.CareBench = CareBench;`);
  const call: BenchBase['call'] = (name, ...args) =>
    page.evaluate(
      ({ name, args }) => (window as unknown as { CareBench: Record<string, (...a: unknown[]) => unknown> }).CareBench[name]!(...args),
      { name, args },
    ) as never;

  const written = await call('chunksWritten');
  let generatedSeconds: number | undefined;
  if (written < CHUNKS) {
    log(`generating the base in ${profileDir} (chunk ${written + 1} of ${CHUNKS} onwards)…`);
    const now = Date.now();
    generatedSeconds = 0;
    for (let index = written; index < CHUNKS; index++) {
      generatedSeconds += await call('writeChunk', index, now, index === written);
      if ((index + 1) % 4 === 0) log(`  ${index + 1} of ${CHUNKS} chunks, ${generatedSeconds.toFixed(0)} s`);
    }
    await call('forgetBackgroundWork');
  }
  return { browser, page, call, generatedSeconds, profileDir };
}

/**
 * Waits until the started worker has made the badge's whole count (lib/background/care-badge.ts), which it makes
 * at a browser's start in the user's quiet moments: the floors and the cards are then timed in the steady state they
 * describe, not beside that count's reads (tests/bench/card-at-start.ts times a start). Returns how long it took.
 */
export async function waitForStartupCount(base: BenchBase, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while (!(await base.call('badgeCountKept'))) {
    if (Date.now() - started > timeoutMs) throw new Error(`the worker made no badge count within ${timeoutMs / 1000} s of its start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

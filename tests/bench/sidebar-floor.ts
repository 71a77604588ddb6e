/**
 * The floor under the sidebar's first render: the same built extension, opened beside the same demo Gmail page,
 * once as built and once with sidebar.html swapped for a static page of one line of text and no script or
 * stylesheet. What the static page takes to paint is the browser's own cost of an extension frame (process,
 * navigation commit, script contexts, first frame) on this machine; the difference is ours.
 * Loads alternate between the two so that both see the same machine. More pages, given as files, are
 * measured the same way beside them (changes to the built page, tried before they go into the build).
 * Run: npx wxt build && npx tsx tests/bench/sidebar-floor.ts [loads=15] [another-sidebar.html ...]
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { GmailDemoPage } from '../browser/pages/gmail-page';
import { launchWithExtension } from '../harness/browser';
import { loadDemoDataThroughOptions, sidebarFrameAttached } from '../harness/extension-pages';
import { startFixtureServer } from '../harness/https-server';
import { chromeBuildDir } from '../harness/paths';
import { STATIC_SIDEBAR_PAGE } from './host-cost-bench';
import { stats } from './report';

const loads = Number(process.argv[2] ?? 15);
const otherPages = process.argv.slice(3);

const builtDir = await mkdtemp(path.join(os.tmpdir(), 'sidebar-floor-'));
await cp(chromeBuildDir, builtDir, { recursive: true });
const builtPage = await readFile(path.join(builtDir, 'sidebar.html'), 'utf8');
const variants: [name: string, html: string][] = [
  ['as built', builtPage],
  ['static one-line page', STATIC_SIDEBAR_PAGE],
  ...(await Promise.all(otherPages.map(async (file): Promise<[string, string]> => [path.basename(file), await readFile(file, 'utf8')]))),
];
const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port, extensionDir: builtDir });
const rows: Record<string, number[]> = {};
try {
  await loadDemoDataThroughOptions(browser);
  for (let i = 0; i < variants.length * (loads + 1); i++) {
    const [variant, html] = variants[i % variants.length]!;
    // The extension's files are read from disk on each load, so the swap takes effect without a reload.
    await writeFile(path.join(builtDir, 'sidebar.html'), html);
    const gmail = await GmailDemoPage.open(browser.context, browser.extensionId, 'wangFang');
    const timings = await paintTimings(gmail.page);
    await gmail.page.close();
    if (i < variants.length) continue; // warm-up
    for (const [name, value] of Object.entries(timings)) (rows[`${variant}: ${name}`] ??= []).push(value);
  }
} finally {
  await writeFile(path.join(builtDir, 'sidebar.html'), builtPage);
  await browser.close();
  await server.close();
}
for (const [name, values] of Object.entries(rows)) {
  const s = stats(values);
  console.log(`${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}  ${name}`);
}

/** The sidebar frame's navigation timings and first contentful paint, from its own navigation start. */
async function paintTimings(page: Page): Promise<Record<string, number>> {
  return (await sidebarFrameAttached(page)).evaluate(readTimings);
}

async function readTimings(): Promise<Record<string, number>> {
  {
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    while (!performance.getEntriesByName('first-contentful-paint').length) await new Promise((resolve) => setTimeout(resolve, 10));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { 'html received': navigation.responseEnd, 'dom interactive': navigation.domInteractive, 'first contentful paint': performance.getEntriesByName('first-contentful-paint')[0]!.startTime };
  }
}

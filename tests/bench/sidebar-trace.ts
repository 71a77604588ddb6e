/**
 * A Chromium trace of fresh sidebars on the demo Gmail page: for each load, what the sidebar frame's renderer
 * main thread did from the frame's navigation start to its first contentful paint (top-level tasks of 1 ms or
 * more, and the time it sat idle), so that the first render's time can be put on named work.
 * Run: npx wxt build && npx tsx tests/bench/sidebar-trace.ts [loads=3]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { GmailDemoPage } from '../browser/pages/gmail-page';
import { launchWithExtension } from '../harness/browser';
import { loadDemoDataThroughOptions } from '../harness/extension-pages';
import { startFixtureServer } from '../harness/https-server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading',
  'navigation', 'toplevel', 'blink.user_timing', 'extensions', 'renderer.scheduler', 'ipc',
];

const loads = Number(process.argv[2] ?? 3);
const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port, extraArgs: ['--remote-debugging-port=0'] });
try {
  await loadDemoDataThroughOptions(browser);
  const port = (await readFile(path.join(browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const session = await cdpBrowser.newBrowserCDPSession();
  const openOnce = async () => {
    const gmail = await GmailDemoPage.open(browser.context, browser.extensionId, 'wangFang');
    await (await gmail.sidebar()).customerName().waitFor();
    await gmail.page.waitForTimeout(300);
    await gmail.page.close();
  };
  await openOnce(); // warm-up
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
  for (let i = 0; i < loads; i++) await openOnce();
  const complete = new Promise<{ stream?: string }>((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream!, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  const events: TraceEvent[] = (JSON.parse(text).traceEvents ?? JSON.parse(text)) as TraceEvent[];
  if (process.env.DUMP) await (await import("node:fs/promises")).writeFile(process.env.DUMP, text);
  summarise(events);
  await cdpBrowser.close();
} finally {
  await browser.close();
  await server.close();
}

function summarise(events: TraceEvent[]) {
  const starts = events.filter((e) => e.name === 'navigationStart' && /^chrome-extension:.*\/sidebar\.html/.test(String(e.args?.data?.documentLoaderURL ?? '')));
  const paints = events.filter((e) => e.name === 'firstContentfulPaint');
  const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  for (const start of starts) {
    const paint = paints.find((e) => e.pid === start.pid && e.ts > start.ts);
    const end = paint?.ts ?? start.ts + 500_000;
    console.log(`\nsidebar load: pid ${start.pid} thread ${threadNames.get(`${start.pid}:${start.tid}`)}; first contentful paint at ${((end - start.ts) / 1000).toFixed(1)} ms`);
    const onThread = events
      .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts - 50_000 && e.ts < end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let coveredUntil = start.ts;
    let busy = 0;
    for (const event of onThread) {
      const eventEnd = event.ts + (event.dur ?? 0);
      if (eventEnd <= coveredUntil) continue; // nested in the task already printed
      busy += Math.min(eventEnd, end) - Math.max(event.ts, coveredUntil);
      const inner = onThread
        .filter((e) => e !== event && e.ts >= event.ts && e.ts + (e.dur ?? 0) <= eventEnd && (e.dur ?? 0) >= 1000)
        .map((e) => `${e.name}${detail(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`)
        .slice(0, 8)
        .join(' | ');
      if ((event.dur ?? 0) >= 1000) {
        console.log(`${((event.ts - start.ts) / 1000).toFixed(1).padStart(7)} +${((event.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${event.name}${detail(event)}  ${inner}`);
      }
      coveredUntil = eventEnd;
    }
    console.log(`main thread busy ${(busy / 1000).toFixed(1)} ms of ${((end - start.ts) / 1000).toFixed(1)} ms`);
  }
}

function detail(event: TraceEvent): string {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const label = data.url ?? data.fileName ?? data.functionName ?? event.args?.src_func ?? '';
  return label ? `(${String(label).split('/').pop()})` : '';
}

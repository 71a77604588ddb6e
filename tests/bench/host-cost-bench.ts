/**
 * What the extension costs the host page: the content script's main-thread time
 * per burst of DOM mutations on the demo Gmail page, read from a Chromium trace
 * (every JavaScript call into the page's content script, whatever woke it: the
 * MutationObserver, the settle timer, a message), and the sidebar frame's first
 * render on a fresh page load.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { sidebarFrame, sidebarFrameAttached } from '../harness/extension-pages';
import { DEMO_THREADS, gmailThreadUrl } from '../harness/demo-pages';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

async function trace(page: Page, context: BrowserContext, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/** Main-thread milliseconds spent in the content script during each burst (from its mark to the next). */
export async function mutationBurstBenchmark(context: BrowserContext, extensionId: string, bursts: number) {
  const page = await context.newPage();
  await page.goto(gmailThreadUrl(DEMO_THREADS.wangFang));
  await sidebarFrame(page, extensionId);
  const events = await trace(page, context, async () => {
    for (let i = 0; i < bursts; i++) {
      await page.evaluate((n) => {
        performance.mark(`bench-burst-${n}`);
        // What Gmail does when new mail arrives or a list refreshes: many nodes in one task.
        const list = document.getElementById('thread-list')!;
        const rows = Array.from({ length: 200 }, (_, k) => {
          const row = document.createElement('li');
          row.textContent = `新邮件 ${n}-${k}`;
          return row;
        });
        list.append(...rows);
        for (const row of rows.slice(0, 150)) row.remove();
        document.querySelector('.a3s')?.append(document.createTextNode(' '));
      }, i);
      // Longer than the settle delay, so each burst's read lands in its own window.
      await page.waitForTimeout(250);
    }
  });
  await page.close();
  const marks = events
    .filter((event) => event.name.startsWith('bench-burst-') && (event.ph === 'R' || event.ph === 'I' || event.ph === 'n' || event.ph === 'b'))
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const mainThread = events.find((event) => event.name.startsWith('bench-burst-'))?.tid;
  const calls = events
    .filter((event) => event.ph === 'X' && event.tid === mainThread && event.name === 'FunctionCall')
    .filter((event) => (event.args?.data?.url ?? event.args?.data?.scriptName ?? '').includes('/content-scripts/'))
    .sort((a, b) => a.ts - b.ts);
  // Nested calls into the same script are counted once, by their outermost call.
  const outer: TraceEvent[] = [];
  for (const call of calls) {
    const last = outer.at(-1);
    if (!last || call.ts >= last.ts + (last.dur ?? 0)) outer.push(call);
  }
  const perBurst = marks.map((start, i) => {
    const end = marks[i + 1] ?? Infinity;
    return outer.filter((call) => call.ts >= start && call.ts < end).reduce((sum, call) => sum + (call.dur ?? 0), 0) / 1000;
  });
  return { perBurst, calls: outer.length, marks: marks.length };
}

/** One line of text and nothing else: put in place of sidebar.html, it paints at the browser's own cost of an extension frame. */
export const STATIC_SIDEBAR_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Customer care</title></head><body><p>Customer care</p></body></html>';

/**
 * The sidebar page's first contentful paint, from its own navigation start, on fresh loads of the Gmail page;
 * its floor, the same frame with STATIC_SIDEBAR_PAGE in place of sidebar.html, in loads taken in turns with
 * them so that both see the same machine; and the extension files the first load fetched for the frame (its
 * HTML with its styles, scripts and one language's text, the app's chunks included, which sidebar.html names
 * only through a dynamic import). The browser reads an unpacked extension's files from disk on each load, so the swap needs
 * no reload; the built page is put back whatever happens.
 */
export async function sidebarFirstRenderBenchmark(context: BrowserContext, extensionId: string, extensionDir: string, loads: number) {
  const sidebarPath = path.join(extensionDir, 'sidebar.html');
  const builtPage = await readFile(sidebarPath, 'utf8');
  const paints: number[] = [];
  const floorPaints: number[] = [];
  const files = new Set<string>();
  const collect = (request: Request) => {
    const url = new URL(request.url());
    // The page itself comes from the frame's own per-session host (use_dynamic_url), and holds the styles.
    if (url.host === extensionId || url.pathname === '/sidebar.html') files.add(url.pathname.slice(1));
  };
  try {
    for (let i = 0; i < loads * 2; i++) {
      const isFloor = i % 2 === 1;
      await writeFile(sidebarPath, isFloor ? STATIC_SIDEBAR_PAGE : builtPage);
      const page = await context.newPage();
      if (i === 0) context.on('request', collect);
      await page.goto(gmailThreadUrl(DEMO_THREADS.wangFang));
      const frame = isFloor ? await sidebarFrameAttached(page) : await sidebarFrame(page, extensionId);
      // The frame can be ready a moment before its first paint is recorded.
      const paint = await frame.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
      (isFloor ? floorPaints : paints).push((await paint.jsonValue()) as number);
      if (i === 0) context.off('request', collect);
      await page.close();
    }
  } finally {
    await writeFile(sidebarPath, builtPage);
  }
  return { paints, floorPaints, files: [...files].sort() };
}

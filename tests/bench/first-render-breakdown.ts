/**
 * Where the sidebar's first render goes: for fresh tabs on the demo Gmail page, the frame's
 * navigation timings, the marks of its start (components/sidebar-start.ts), its first contentful
 * paint, and when the first view (the card) was in the DOM, all from the frame's navigation start
 * (extension files get no resource timings); then page changes in an
 * open sidebar, from the hash change to each mark on the way (background, frame) and the next frame painted.
 * Run: npx wxt build && npx tsx tests/bench/first-render-breakdown.ts [loads=10]
 */
import { launchWithExtension } from '../harness/browser';
import { DEMO_THREADS } from '../harness/demo-pages';
import { loadDemoDataThroughOptions } from '../harness/extension-pages';
import { startFixtureServer } from '../harness/https-server';
import { GmailDemoPage } from '../browser/pages/gmail-page';
import { stats } from './report';
import { takeMarks } from './timing-marks';

const loads = Number(process.argv[2] ?? 10);
const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port });
try {
  await loadDemoDataThroughOptions(browser);
  const rows: Record<string, number[]> = {};
  for (let i = 0; i < loads + 2; i++) {
    const gmail = await GmailDemoPage.open(browser.context, browser.extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    const cardSeen = await sidebar.frame.evaluate(() => performance.now());
    // The paint's timing entry is recorded once the frame is presented, which can be after the card is in the DOM.
    await sidebar.frame.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const entries = await sidebar.frame.evaluate(() => {
      const out: Record<string, number> = {};
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (navigation) {
        out['html received'] = navigation.responseEnd;
        out['dom interactive'] = navigation.domInteractive;
        out['dom content loaded'] = navigation.domContentLoadedEventEnd;
      }
      for (const mark of performance.getEntriesByType('mark')) out[mark.name] = mark.startTime;
      out['first contentful paint'] = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return out;
    });
    entries['card in the DOM (seen by the probe)'] = cardSeen;
    await gmail.page.close();
    if (i < 2) continue; // warm-up
    for (const [name, value] of Object.entries(entries)) (rows[name] ??= []).push(value);
  }
  // A page change in an open sidebar: the hash change in the page, then the view's marks in the frame (epoch ms).
  const gmail = await GmailDemoPage.open(browser.context, browser.extensionId, 'wangFang');
  const { page } = gmail;
  const { frame } = await gmail.sidebar();
  await frame.getByTestId('customer-name').waitFor();
  const changes = [DEMO_THREADS.emilyCarter, DEMO_THREADS.wangFang];
  for (let i = 0; i < loads + 2; i++) {
    await takeMarks(frame);
    await takeMarks(browser.serviceWorker);
    const expected = i % 2 === 0 ? 'Emily Carter' : '王芳';
    const started = await page.evaluate((id) => ((location.hash = `#inbox/${id}`), Date.now()), changes[i % 2]!);
    await frame.waitForFunction((name) => document.querySelector('[data-testid="customer-name"]')?.textContent?.includes(name), expected);
    const painted = await frame.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()))));
    const marks = { ...(await takeMarks(frame)), painted };
    const workerMarks = await takeMarks(browser.serviceWorker, 'background ');
    if (i < 2) continue;
    for (const [name, at] of Object.entries({ ...workerMarks, ...marks })) (rows[`page change → ${name}`] ??= []).push(at - started);
  }
  await page.close();
  for (const [name, values] of Object.entries(rows).sort((a, b) => stats(a[1]).median - stats(b[1]).median)) {
    const s = stats(values);
    console.log(`${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}  ${name}`);
  }
} finally {
  await browser.close();
  await server.close();
}

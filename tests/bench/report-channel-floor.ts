/**
 * Which channel a page report should take into the background: a one-off runtime.sendMessage (a new message
 * channel opened and closed each time) or a message on a long-lived port the content script keeps open.
 * A minimal extension of its own (no product code: a worker that answers at once) on the fixture Gmail page;
 * its content script times both round trips, interleaved, at random phases, with a report of the real size,
 * and the port's again when sent from the hashchange of a URL change, as a page change's report is.
 * Run: npx tsx tests/bench/report-channel-floor.ts [runs=80]
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../harness/browser';
import { startFixtureServer } from '../harness/https-server';
import { stats } from './report';

const runs = Number(process.argv[2] ?? 80);
const dir = await mkdtemp(path.join(os.tmpdir(), 'report-channel-'));
await writeFile(
  path.join(dir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'report channel floor',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content.js'], run_at: 'document_idle' }],
  }),
);
await writeFile(
  path.join(dir, 'worker.js'),
  `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ locale: 'en' }); });
chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener(() => port.postMessage({ locale: 'en' })));`,
);
await writeFile(
  path.join(dir, 'content.js'),
  `(async () => {
  const report = { type: 'page/report', url: location.href, theme: 'light', context: { site: 'gmail', kind: 'thread', subject: '订单 12: 报价与交期',
    threadId: 'thread-f:1789', people: [{ role: 'from', name: 'Wang Fang', email: 'wang.fang@example.cn' }, { role: 'to', name: 'me', email: 'demo.sales@example.com' }], externalIds: [] } };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  const port = chrome.runtime.connect({ name: 'reports' });
  const viaPort = () => new Promise((resolve) => {
    const answered = () => { port.onMessage.removeListener(answered); resolve(); };
    port.onMessage.addListener(answered);
    port.postMessage(report);
  });
  const viaMessage = () => chrome.runtime.sendMessage(report);
  // The same port message sent as a mail app's page change is read: in the hashchange the URL change caused.
  let hashes = 0;
  const afterHashChange = () => new Promise((resolve) => {
    addEventListener('hashchange', () => resolve(viaPort()), { once: true });
    location.hash = '#inbox/floor' + hashes++;
  });
  const out = { message: [], port: [], portAfterHashChange: [] };
  for (let i = 0; i < ${runs} + 10; i++) {
    const sends = [['message', viaMessage], ['port', viaPort], ['portAfterHashChange', afterHashChange]];
    for (const [name, send] of i % 2 ? sends : sends.reverse()) {
      await pause();
      const started = performance.now();
      await send();
      if (i >= 10) out[name].push(performance.now() - started);
    }
  }
  document.documentElement.dataset.reportChannels = JSON.stringify(out);
})();`,
);
const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port, extensionDir: dir });
try {
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  const handle = await page.waitForFunction(() => document.documentElement.dataset.reportChannels, undefined, { timeout: 120_000 });
  const out = JSON.parse((await handle.jsonValue()) as string) as Record<string, number[]>;
  for (const [name, values] of Object.entries(out)) {
    const s = stats(values);
    const label = { message: 'runtime.sendMessage', port: 'a long-lived port', portAfterHashChange: 'the port, sent in the hashchange of a location.hash change' }[name];
    console.log(`${s.median.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)}  ${label} (round trip, ms, ${values.length} runs)`);
  }
} finally {
  await browser.close();
  await server.close();
}

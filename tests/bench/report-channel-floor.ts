/**
 * Which channel a page report should take into the background: a one-off runtime.sendMessage (a new message
 * channel opened and closed each time) or a message on a long-lived port the content script keeps open.
 * A minimal extension of its own (no product code: a worker that answers at once) on the fixture Gmail page;
 * its content script times the round trips, interleaved, at random phases, with a report of the real size,
 * and the port's again when sent from the hashchange of a URL change, as a page change's report is.
 * More ways for that report, sent in the hashchange too: relayed through an extension frame (content script
 * → MessagePort → the frame → the frame's own runtime port → worker and back); the MessagePort hop to the frame
 * and back alone; relayed by the frame on a MessagePort of its own to the worker (navigator.serviceWorker); and a
 * MessagePort straight from the content script to the worker, which the frame handed over, as the product's
 * report channel does (lib/sidebar-host/report-channel.ts). Any runtime message waits behind the browser's
 * handling of the URL change; a MessagePort does not.
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
    web_accessible_resources: [{ resources: ['frame.html'], matches: ['https://mail.google.com/*'] }],
  }),
);
await writeFile(
  path.join(dir, 'worker.js'),
  `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ echo: message.n }); });
chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener((message) => port.postMessage({ echo: message.n })));
self.addEventListener('message', (event) => { const p = event.ports[0]; if (p) p.onmessage = ({ data }) => p.postMessage({ echo: data.n }); });`,
);
await writeFile(path.join(dir, 'frame.html'), '<!DOCTYPE html><script src="frame.js"></script>');
// The frame relays what comes on the content script's MessagePort to the worker on its own port, and back.
await writeFile(
  path.join(dir, 'frame.js'),
  `const port = chrome.runtime.connect({ name: 'frame' });
let toWorker;
navigator.serviceWorker.ready.then((registration) => {
  const c = new MessageChannel();
  registration.active.postMessage('relay', [c.port2]);
  toWorker = c.port1;
});
addEventListener('message', (event) => {
  if (event.data === 'direct') { navigator.serviceWorker.ready.then((r) => r.active.postMessage('direct', [event.ports[0]])); return; }
  if (event.data === 'swrelay') { const channel = event.ports[0]; channel.onmessage = ({ data }) => toWorker.postMessage(data); toWorker.onmessage = ({ data }) => channel.postMessage(data); return; }
  const channel = event.ports[0];
  if (!channel) return;
  channel.onmessage = ({ data }) => (data.hopOnly ? channel.postMessage({ echo: data.n }) : port.postMessage(data));
  port.onMessage.addListener((answer) => channel.postMessage(answer));
});`,
);
await writeFile(
  path.join(dir, 'content.js'),
  `(async () => {
  const report = { type: 'page/report', url: location.href, theme: 'light', context: { site: 'gmail', kind: 'thread', subject: '订单 12: 报价与交期',
    threadId: 'thread-f:1789', people: [{ role: 'from', name: 'Wang Fang', email: 'wang.fang@example.cn' }, { role: 'to', name: 'me', email: 'demo.sales@example.com' }], externalIds: [] } };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('frame.html');
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const channel = new MessageChannel();
  frame.contentWindow.postMessage('channel', '*', [channel.port2]);
  const direct = new MessageChannel();
  frame.contentWindow.postMessage('direct', '*', [direct.port2]);
  const swrelay = new MessageChannel();
  frame.contentWindow.postMessage('swrelay', '*', [swrelay.port2]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const viaChannel = (c) => () => new Promise((resolve) => {
    const n = sent++;
    c.port1.onmessage = ({ data }) => data.echo === n && resolve();
    c.port1.postMessage({ ...report, n });
  });
  const port = chrome.runtime.connect({ name: 'reports' });
  let sent = 0;
  const viaPort = () => new Promise((resolve) => {
    const n = sent++;
    const answered = (answer) => { if (answer.echo !== n) return; port.onMessage.removeListener(answered); resolve(); };
    port.onMessage.addListener(answered);
    port.postMessage({ ...report, n });
  });
  const viaMessage = () => chrome.runtime.sendMessage({ ...report, n: sent++ });
  const viaFrame = (hopOnly) => () => new Promise((resolve) => {
    const n = sent++;
    channel.port1.onmessage = ({ data }) => data.echo === n && resolve();
    channel.port1.postMessage({ ...report, n, hopOnly });
  });
  // The same report sent as a mail app's page change is read: in the hashchange the URL change caused.
  let hashes = 0;
  const afterHashChange = (send) => () => new Promise((resolve) => {
    addEventListener('hashchange', () => resolve(send()), { once: true });
    location.hash = '#inbox/floor' + hashes++;
  });
  const ways = {
    message: viaMessage,
    port: viaPort,
    portAfterHashChange: afterHashChange(viaPort),
    frameRelayAfterHashChange: afterHashChange(viaFrame(false)),
    frameHopAfterHashChange: afterHashChange(viaFrame(true)),
    directToWorkerAfterHashChange: afterHashChange(viaChannel(direct)),
    frameSwRelayAfterHashChange: afterHashChange(viaChannel(swrelay)),
  };
  const out = Object.fromEntries(Object.keys(ways).map((name) => [name, []]));
  for (let i = 0; i < ${runs} + 10; i++) {
    const sends = Object.entries(ways);
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
const labels: Record<string, string> = {
  message: 'runtime.sendMessage',
  port: 'a long-lived port',
  portAfterHashChange: 'the port, sent in the hashchange of a location.hash change',
  frameRelayAfterHashChange: 'relayed through an extension frame (MessagePort, then its runtime port), in the hashchange',
  frameHopAfterHashChange: 'the MessagePort hop to the frame and back alone, in the hashchange',
  directToWorkerAfterHashChange: 'a MessagePort straight to the worker (handed over by the frame), in the hashchange',
  frameSwRelayAfterHashChange: 'relayed by the frame on its own MessagePort to the worker, in the hashchange',
};
const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port, extensionDir: dir });
try {
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  const handle = await page.waitForFunction(() => document.documentElement.dataset.reportChannels, undefined, { timeout: 300_000 });
  const out = JSON.parse((await handle.jsonValue()) as string) as Record<string, number[]>;
  for (const [name, values] of Object.entries(out)) {
    const s = stats(values);
    console.log(`${s.median.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)}  ${labels[name]} (round trip, ms, ${values.length} runs)`);
  }
} finally {
  await browser.close();
  await server.close();
}

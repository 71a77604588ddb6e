/**
 * A CPU profile of the extension's service worker over the card bench's page changes on the cached 100k base:
 * where the background's time goes between a page report and the view it posts. Playwright opens no
 * debugger session on a service worker, so this one talks to it over Chromium's remote-debugging socket.
 * Also prints the worker's garbage collections over 3 ms. Run (Node 20 needs the flag for its WebSocket):
 *   npx wxt build && NODE_OPTIONS=--experimental-websocket TOP=30 npx tsx tests/bench/worker-profile.ts [runs=20]
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startFixtureServer } from '../harness/https-server';
import { cardAndLogBenchmark } from './card-bench';
import { selfTimeByFunction } from './cpu-profile';
import { openBenchBase, waitForStartupCount } from './dataset/extension-base';
import { chromeBuildDir } from '../harness/paths';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const runs = Number(process.argv[2] ?? 20);
const backgroundLines = readFileSync(path.join(chromeBuildDir, 'background.js'), 'utf8').split('\n');
/** The minified background's names say little: show where in the source a function starts. */
const snippet = (frame: ProfileNode['callFrame']) =>
  frame.url.endsWith('/background.js') ? `  «${backgroundLines[frame.lineNumber]?.slice(frame.columnNumber, frame.columnNumber + 70) ?? ''}»` : '';
const server = await startFixtureServer();
const base = await openBenchBase(server.port, (line) => console.log(line), ['--remote-debugging-port=0']);
try {
  const port = (await readFile(path.join(base.browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const worker = targets.find((target) => target.type === 'service_worker' && target.url.includes(base.browser.extensionId));
  if (!worker) throw new Error(`no service worker target among ${targets.map((target) => target.url).join(', ')}`);
  const socket = new WebSocket(worker.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ((socket.onopen = resolve), (socket.onerror = reject)));
  let nextId = 0;
  const pending = new Map<number, (result: any) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  };
  const send = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  // As the bench does: after the worker's start-up badge count, whose garbage (FORCE_GC=1: collected first) is not the cards'.
  await waitForStartupCount(base);
  if (process.env.FORCE_GC) await send('HeapProfiler.collectGarbage');
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  const started = Date.now();
  const result = await cardAndLogBenchmark(base, runs);
  const wallMs = Date.now() - started;
  const { profile } = (await send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  socket.close();
  // The worker's garbage collections, each as long as its run of consecutive samples: a card or a log waits for one.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const gcRuns: number[] = [];
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const fn = byId.get(id)!.callFrame.functionName;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (fn === '(garbage collector)') gc += dt;
    else {
      if (gc > 3) gcRuns.push(gc);
      gc = 0;
    }
  });
  console.log('GC runs over 3 ms:', gcRuns.sort((a, b) => b - a).map((ms) => ms.toFixed(1)).join(' '));
  const self = selfTimeByFunction(
    profile,
    (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber + 1}${snippet(frame)}`,
  );
  console.log(`${result.card.length} page changes and ${result.log.length} logs in ${wallMs} ms; the worker's self time by function:`);
  for (const [fn, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))) {
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${fn}`);
  }
} finally {
  await base.browser.close();
  await server.close();
}

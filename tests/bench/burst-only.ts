/**
 * The content script's main-thread time per burst of DOM mutations alone (the part of `npm run bench`
 * that needs no generated base): Run: npx wxt build && npx tsx tests/bench/burst-only.ts [bursts=40]
 */
import { launchWithExtension } from '../harness/browser';
import { startFixtureServer } from '../harness/https-server';
import { mutationBurstBenchmark } from './host-cost-bench';
import { stats } from './report';

const server = await startFixtureServer();
const browser = await launchWithExtension({ serverPort: server.port });
try {
  const bursts = await mutationBurstBenchmark(browser.context, browser.extensionId, Number(process.argv[2] ?? 40));
  const s = stats(bursts.perBurst);
  console.log(`per burst: median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms (${bursts.calls} calls over ${bursts.marks} bursts)`);
} finally {
  await browser.close();
  await server.close();
}

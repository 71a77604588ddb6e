/**
 * What the history row's upkeep adds to a one-click log's write, on the cached 100k base: logInteraction timed in the
 * options page for customers with a history row (patched in the log's transaction) and without one, two rounds.
 * Run: npx tsx tests/bench/log-write-probe.ts (after npm run bench has built the base).
 */
import { startFixtureServer } from '../harness/https-server';
import { openBenchBase } from './dataset/extension-base';
import { stats } from './report';

const server = await startFixtureServer();
const base = await openBenchBase(server.port, (line) => console.log(line));
try {
  for (let round = 1; round <= 2; round++) {
    const times = await base.call('timeLogWrites', 40);
    for (const kind of ['patched', 'without'] as const) {
      const { median, p95 } = stats(times[kind]);
      console.log(`round ${round}, ${kind === 'patched' ? 'with a row to patch' : 'without a row'}: ${median.toFixed(1)} / ${p95.toFixed(1)} ms`);
    }
  }
} finally {
  await base.browser.close();
  await server.close();
}

/**
 * npx tsx tests/bench/profile-loyalty-cards.ts: the loyalty refit and rescoring of the whole cached base with
 * a card read every 100 ms meanwhile (the bench's base must exist: run npm run bench once).
 */
import { startFixtureServer } from '../harness/https-server';
import { openBenchBase } from './dataset/extension-base';
import { stats } from './report';

const server = await startFixtureServer();
const base = await openBenchBase(server.port, console.log);
try {
  const during = await base.call('timeCardsDuringLoyaltyRescoring');
  const { median, p95 } = stats(during.cardMs);
  console.log('card reads in order:', during.cardMs.map((ms) => ms.toFixed(0)).join(' '));
  console.log(
    `loyalty rescoring with a card read every 100 ms: ${during.passMs.toFixed(0)} ms; card reads ${during.cardMs.length}, median ${median.toFixed(1)}, p95 ${p95.toFixed(1)}, longest ${Math.max(...during.cardMs).toFixed(1)} ms`,
  );
} finally {
  await base.browser.close();
  await server.close();
}

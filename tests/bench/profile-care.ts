/**
 * npx tsx tests/bench/profile-care.ts: the care refresh of the whole cached base
 * under a CPU profile, with the time its reads take on their own (the bench's base
 * must exist: run npm run bench once), then another with a card read every 100 ms meanwhile.
 * --no-reads skips the reads alone.
 */
import { startFixtureServer } from '../harness/https-server';
import { profileWhile } from './cpu-profile';
import { openBenchBase } from './dataset/extension-base';

const server = await startFixtureServer();
const base = await openBenchBase(server.port, console.log);
try {
  const [ms, profile] = await profileWhile(base.browser.context, base.page, () => base.call('timeCareRefresh'));
  console.log(`care refresh ${ms.toFixed(0)} ms`, JSON.stringify(profile, null, 1));
  const during = await base.call('timeCardsDuringCareRefresh');
  const sorted = [...during.cardMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(1);
  console.log("card reads in order:", during.cardMs.map((ms) => ms.toFixed(0)).join(" "));
  console.log(`care refresh with a card read every 100 ms: ${during.passMs.toFixed(0)} ms; card reads ${sorted.length}, median ${at(0.5)}, p95 ${at(0.95)}, longest ${at(1)} ms`);
  if (!process.argv.includes('--no-reads')) console.log('reads alone:', JSON.stringify(await base.call('timeCareReads')));
} finally {
  await base.browser.close();
  await server.close();
}

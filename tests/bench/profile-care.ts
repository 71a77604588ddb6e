/**
 * npx tsx tests/bench/profile-care.ts: the care refresh of the whole cached base
 * under a CPU profile, with the time its reads take on their own (the bench's base
 * must exist: run npm run bench once).
 */
import { startFixtureServer } from '../harness/https-server';
import { profileWhile } from './cpu-profile';
import { openBenchBase } from './dataset/extension-base';

const server = await startFixtureServer();
const base = await openBenchBase(server.port, console.log);
try {
  const [ms, profile] = await profileWhile(base.browser.context, base.page, () => base.call('timeCareRefresh'));
  console.log(`care refresh ${ms.toFixed(0)} ms`, JSON.stringify(profile, null, 1));
  console.log('reads alone:', JSON.stringify(await base.call('timeCareReads')));
} finally {
  await base.browser.close();
  await server.close();
}

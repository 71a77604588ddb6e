/**
 * npx tsx tests/bench/card-at-start.ts: the cards of a salesperson who opens mail as the browser starts on a
 * day when the background's start-up passes are due (the loyalty refit and the whole-base care refresh), on
 * the cached 100k base: a page change every 300 ms until both passes are done. Needs a build and the base.
 */
import { startFixtureServer } from '../harness/https-server';
import { cardsWhileBackgroundWorks } from './card-bench';
import { openBenchBase } from './dataset/extension-base';
import { stats } from './report';

const server = await startFixtureServer();
let base = await openBenchBase(server.port, console.log);
try {
  await base.call('forgetBackgroundWork');
  await base.browser.close();
  // The worker starts with the browser and finds both passes due.
  base = await openBenchBase(server.port, console.log);
  const { card, at, workMs, marks } = await cardsWhileBackgroundWorks(base, 300, { marks: !!process.env.MARKS });
  const { median, p95 } = stats(card);
  console.log('cards (ms after launch: ms):', card.map((ms, i) => `${(at[i]! / 1000).toFixed(1)}s:${ms}`).join(' '));
  // Where each page change's time went (MARKS=1), median and p95 from the hash change.
  for (const name of [...new Set(marks.flatMap((row) => Object.keys(row)))]) {
    const s = stats(marks.flatMap((row) => (name in row ? [row[name]!] : [])));
    console.log(`mark ${s.median.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)}  ${name}`);
  }
  console.log(`${card.length} cards while the start-up passes ran (${(workMs / 1000).toFixed(1)} s): median ${median}, p95 ${p95}, longest ${Math.max(...card)} ms`);
} finally {
  await base.browser.close();
  await server.close();
}

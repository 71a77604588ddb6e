/**
 * npm run bench: performance measured the way a user lives it, in Chromium,
 * with the built extension and a 100k-customer base in its own IndexedDB.
 * Writes tests/.tmp/bench-results.json and BENCHMARKS.md.
 * Flags: --skip-build (use .output/chrome-mv3 as it is), --quick (fewer runs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildExtension } from '../harness/build';
import { startFixtureServer } from '../harness/https-server';
import { chromeBuildDir, chromiumPath, repoRoot, tmpDir } from '../harness/paths';
import { cardAndLogBenchmark, cardsWhileBackgroundWorks } from './card-bench';
import { todayPageBenchmark } from './today-bench';
import { openBenchBase, waitForStartupCount } from './dataset/extension-base';
import { careComputeBenchmark, extractionBenchmark, loyaltyFitBenchmarks } from './compute-bench';
import { mutationBurstBenchmark, sidebarFirstRenderBenchmark } from './host-cost-bench';
import { gzipKB, peerSizes } from './peers';
import { environment, stats, writeResults, type Measure } from './report';
import { profileWhile, type ProfileSummary } from './cpu-profile';

const benchStarted = Date.now();
const quick = process.argv.includes('--quick');
// Full mode stays near the 10-minute budget on a 2-core machine while the care refresh takes minutes.
const runs = quick ? 20 : 40;
const log = (line: string) => console.log(`[bench] ${line}`);
const measures: Measure[] = [];
const within = (value: number, limit: number) => value <= limit;

if (!process.argv.includes('--skip-build')) buildExtension();
const manifest = JSON.parse(readFileSync(path.join(chromeBuildDir, 'manifest.json'), 'utf8')) as { version: string };

// Sizes: what the browser loads, gzipped at level 9.
const builtKB = (file: string) => gzipKB(readFileSync(path.join(chromeBuildDir, file)));
const contentScripts = readdirSync(path.join(chromeBuildDir, 'content-scripts')).filter((file) => file.endsWith('.js'));
const contentSizes = contentScripts.map((file) => ({ file, kb: builtKB(`content-scripts/${file}`) })).sort((a, b) => b.kb - a.kb);
const gmailScript = contentSizes.find((entry) => entry.file === 'gmail.js') ?? contentSizes.find((entry) => entry.file === 'content.js')!;
measures.push(
  {
    area: 'content script',
    name: `content script on Gmail (${gmailScript.file}), gzipped`,
    unit: 'KB',
    value: gmailScript.kb,
    target: '≤ 10 KB',
    pass: within(gmailScript.kb, 10),
    how: 'gzip -9 of the built .output/chrome-mv3/content-scripts file that Gmail pages load.',
  },
  {
    area: 'content script',
    name: `largest content script (${contentSizes[0]!.file}, of ${contentSizes.length}), gzipped`,
    unit: 'KB',
    value: contentSizes[0]!.kb,
    target: '≤ 10 KB',
    pass: within(contentSizes[0]!.kb, 10),
    how: `gzip -9 of each built content script; each site loads only its own: ${contentSizes.map((entry) => `${entry.file} ${entry.kb.toFixed(1)}`).join(', ')} KB.`,
  },
);
const peers = await peerSizes();
measures.push(
  {
    area: 'peers',
    name: `@inboxsdk/core ${peers.inboxsdk.version}, minified + gzipped`,
    unit: 'KB',
    value: peers.inboxsdk.totalKB,
    how: `npm pack, esbuild --minify, gzip -9 of inboxsdk.js (${peers.inboxsdk.contentKB.toFixed(1)} KB) + pageWorld.js it injects (${peers.inboxsdk.pageWorldKB.toFixed(1)} KB).`,
  },
  {
    area: 'peers',
    name: `gmail-js ${peers.gmailJs.version} + jQuery ${peers.gmailJs.jqueryVersion}, minified + gzipped`,
    unit: 'KB',
    value: peers.gmailJs.totalKB,
    how: `npm pack, esbuild --minify, gzip -9 of src/gmail.js (${peers.gmailJs.gmailKB.toFixed(1)} KB) + dist/jquery.js (${peers.gmailJs.jqueryKB.toFixed(1)} KB).`,
  },
);

log('extraction on Gmail-sized pages, the care pass and the loyalty model fits…');
measures.push(...(await extractionBenchmark()));
measures.push(...(await careComputeBenchmark()));
const notes: string[] = [];
try {
  measures.push(...(await loyaltyFitBenchmarks()));
} catch (error) {
  // The CDNOW reference data lives beside the repository (../shared/data/cdnow), not in it.
  notes.push(`Model fits on CDNOW skipped: ${(error as Error).message.split('\n')[0]}`);
  log(notes.at(-1)!);
}

const server = await startFixtureServer();
let base = await openBenchBase(server.port, log);
try {
  const sizes = await base.call('counts');
  log(`base: ${JSON.stringify(sizes)}`);

  const fullRescoring = async () => {
    log('full rescoring: loyalty and care for the whole base…');
    const loyalty: number[] = [];
    const care: number[] = [];
    const cardsDuringCare: number[] = [];
    const cardsDuringLoyalty: number[] = [];
    let careProfile: ProfileSummary | undefined;
    // One run: each is a pass over the whole base that takes about a minute here, and a second one would
    // put the bench over its 10-minute budget without telling more (the compute-only pass above repeats).
    const rescoringRuns = process.argv.includes('--skip-rescoring') ? 0 : 1;
    for (let i = 0; i < rescoringRuns; i++) {
      loyalty.push(await base.call('timeLoyaltyRescoring'));
      const [ms, profile] = await profileWhile(base.browser.context, base.page, () => base.call('timeCareRefresh'));
      care.push(ms);
      careProfile ??= profile;
      log(`  loyalty ${loyalty.at(-1)!.toFixed(0)} ms, care ${ms.toFixed(0)} ms`);
      for (const [pass, cards] of [['Loyalty', cardsDuringLoyalty], ['Care', cardsDuringCare]] as const) {
        const during = await base.call(pass === 'Loyalty' ? 'timeCardsDuringLoyaltyRescoring' : 'timeCardsDuringCareRefresh');
        cards.push(...during.cardMs);
        log(`  ${pass.toLowerCase()} again with a card read every 100 ms: ${during.passMs.toFixed(0)} ms; longest card read ${Math.max(...during.cardMs).toFixed(0)} ms`);
      }
    }
    if (careProfile) {
      log(`care refresh profile: ${JSON.stringify(careProfile)}`);
      notes.push(
        `Care refresh profile (this run's refresh, CPU sampling in the page): ${careProfile.wallMs.toLocaleString('en')} ms wall, of which ${careProfile.idleMs.toLocaleString('en')} ms the main thread was idle (waiting on IndexedDB); top self time: ${careProfile.top
          .filter((entry) => !entry.fn.startsWith('('))
          .slice(0, 6)
          .map((entry) => `${entry.fn} ${entry.selfMs} ms`)
          .join(', ')}.`,
      );
    }
    if (loyalty.length) measures.push(
      { area: 'rescoring', name: `loyalty: refit and rescore all ${sizes.customers.toLocaleString('en')} customers`, unit: 'ms', ...stats(loyalty), how: 'LoyaltyService.refitAndRescoreAll() (lib/background/loyalty-service.ts) in the options page on the extension\'s database: reads every customer, purchase and survey, fits the base model on a sample, scores everyone and writes the changed rows.' },
      { area: 'rescoring', name: `care: refresh all ${sizes.customers.toLocaleString('en')} customers`, unit: 'ms', ...stats(care), target: '≤ 2000 ms', pass: within(stats(care).p95, 2000), how: 'CareService.refreshAll() (lib/background/care-service.ts, the pass the worker runs at start-up and daily) in the options page: reads customers, interactions, purchases, surveys and care actions whole, 1,000 rows a request, runs every rule and writes new and withdrawn actions 2,000 customers a transaction, then recounts the badge. The first run adds the actions; later runs find them.' },
      ...([['loyalty is rescored', cardsDuringLoyalty, 'rescoring'], ['care is refreshed', cardsDuringCare, 'care refresh']] as const).map(([what, cards, pass]) => ({
        area: 'rescoring',
        name: `a card's read while ${what} for the whole base`,
        unit: 'ms',
        ...stats([...cards]),
        how: `getCustomerCard() (the customer, their history and care actions) every 100 ms in the same page during a second whole-base ${pass}, as page changes would ask for cards meanwhile: the wait includes the pass's reads and writes and its work on the same thread. Longest: ${Math.max(...cards).toFixed(0)} ms.`,
      })),
    );
  };

  // The card, the log and the sidebar's first render are timed before the full rescoring, so that they are not
  // timed while the database compacts after its rewrite of the whole base (the card still drifts from run to run:
  // BENCHMARKS.md). On the 100k base the first render's p95 right after the passes was 176 and 156 ms 30 s later,
  // against 148 to 160 ms before them. The cards at the end are timed beside the passes on purpose.
  // Unless the background has work at start-up (a model a day old, a care pass hours old): it then refits and
  // refreshes the whole base in the service worker, which a page change would be timed beside (or, on a new
  // base, time out behind). The rescoring then goes first, and the browser is started again so that its
  // worker starts with nothing to do.
  const rescoreFirst = !(await base.call('backgroundWorkIsFresh'));
  if (rescoreFirst) {
    await fullRescoring();
    await base.browser.close();
    base = await openBenchBase(server.port, log);
    if (!(await base.call('backgroundWorkIsFresh'))) throw new Error('the background still has start-up work after the rescoring');
  }

  log(`the worker's start-up badge count: done after ${((await waitForStartupCount(base)) / 1000).toFixed(1)} s`);
  log('card history rows: building the missing ones…');
  const histories = await base.call('buildMissingHistories');
  log(`  ${histories.built.toLocaleString('en')} built in ${(histories.ms / 1000).toFixed(1)} s`);
  if (histories.built > 1_000) {
    measures.push({
      area: 'rescoring',
      name: `card history rows built for ${histories.built.toLocaleString('en')} customers (once, after the upgrade to database version 4)`,
      unit: 'ms',
      ...stats([histories.ms]),
      how: 'HistoryKeeper.buildMissing() (lib/background/history-keeper.ts) in the options page, as the worker runs it at its start: each customer\'s history read from the four tables and written as one row, 10 customers a transaction. Only the first run after the upgrade has this much to build; later runs build the few rows the bench\'s removed notes dropped.',
    });
  }
  const cardReads = await base.call('timeCardReads', runs);
  measures.push(
    { area: 'floor', name: "a card's reads: the customer and their history row (as the card reads them)", unit: 'ms', ...stats(cardReads.row), how: 'db.customers.get and db.histories.get in one read-only transaction, in the options page, for customers spread over the base, alternating with the line below on other customers.' },
    { area: 'floor', name: "a card's reads from the tables (before database version 4, and for a customer whose row is not built)", unit: 'ms', ...stats(cardReads.tables), how: 'db.customers.get and readHistory() (lib/db/customer-history.ts): the ten newest contacts, the care actions, purchases and surveys, each through its customer index, in one read-only transaction.' },
  );

  log('indexed gets: product (Dexie) and raw IndexedDB…');
  const gets = await base.call('timeIndexedGets', runs * 2);
  const raw = stats(gets.raw);
  const dexie = stats(gets.dexie);
  measures.push(
    { area: 'floor', name: 'one indexed IndexedDB get (raw API), identity by key', unit: 'ms', ...raw, how: 'IDBIndex.getAll(key) on identities.key in the options page, one read-only transaction each, sequential; keys spread over the base. performance.now() is coarsened to 0.1 ms in extension pages.' },
    { area: 'floor', name: 'the same get through Dexie (as the product does)', unit: 'ms', ...dexie, how: `db.identities.where('key').equals(key).toArray(), same keys; overhead ratio (median) ${(dexie.median / raw.median).toFixed(2)}×.` },
  );

  log(`card and one-click log, ${runs} page changes…`);
  const card = await cardAndLogBenchmark(base, runs);
  const cardStats = stats(card.card);
  const logStats = stats(card.log);
  measures.push(
    { area: 'card', name: 'page change on Gmail → customer card painted in the sidebar', unit: 'ms', ...cardStats, target: '≤ 50 ms p95', pass: within(cardStats.p95, 50), how: 'location.hash set to a conversation whose sender is a customer spread over the 100k base (Date.now() in the page) → the card\'s name changed in the sidebar frame and the next animation frame (Date.now() there); recognition (the page read once the host’s change is over), the report on the content script’s port, indexed lookup, live query and render. The first 5 changes are warm-up.' },
    { area: 'card', name: 'the next page change right after a one-click log', unit: 'ms', ...stats(card.cardAfterLog), target: '≤ 50 ms p95', pass: within(stats(card.cardAfterLog).p95, 50), how: 'As above, but each page change follows a logged note on the previous conversation (open, log, open the next), which is how the sidebar is used.' },
    { area: 'card', name: 'one-click log → committed and shown in the timeline', unit: 'ms', ...logStats, target: '≤ 30 ms p95', pass: within(logStats.p95, 30), how: 'Inside the sidebar frame: click on "Log note" with a typed summary → the note\'s text in the timeline and the next animation frame (performance.now()); the write is committed before the live query can show it. The bench\'s notes are deleted afterwards.' },
  );

  log('the Today page on the whole base…');
  const today = await todayPageBenchmark(base, 3);
  measures.push(
    { area: 'today', name: 'Today page opened → its first actions listed (from the index)', unit: 'ms', ...stats(today.open), how: `today.html in a new tab until the first action is in the DOM: the opening's first answer (firstOfAgenda in lib/db/care-today.ts) reads each group's first actions through the [status+due] index and their customers, without counting; the page says it is still counting.` },
    { area: 'today', name: 'Today page opened → the whole agenda shown, with its counts (the agenda read)', unit: 'ms', ...stats(today.whole), how: `From the same start until the page is no longer aria-busy: the page asks at once for the whole agenda, for which the background reads every action due by tonight and their customers, keeps them (lib/background/agenda-cache.ts), filters, and sends each group's first 50 (${today.shown}).` },
    { area: 'today', name: 'a search typed on the Today page → its answer shown (the agenda kept)', unit: 'ms', ...stats(today.search), how: 'Timed in the page: the search field given its text at once, until the page is no longer aria-busy and the next frame: 250 ms for typing to settle, then the question, which filters the agenda the background keeps until a write.' },
    { area: 'today', name: 'the search refined → its answer shown (the agenda kept)', unit: 'ms', ...stats(today.refined), how: 'More text put into the same search, timed as above; the texts searched in were made searchable by the first search (lib/care/agenda.ts).' },
    { area: 'today', name: '"Show more" on the Today page → 50 more listed (the agenda kept)', unit: 'ms', ...stats(today.more), how: 'Timed in the page: the first group\'s "Show more" clicked, until the page is no longer aria-busy and the next frame; asked at once, with no typing delay.' },
    { area: 'today', name: '"Done" on the Today page → the list without it (the agenda patched)', unit: 'ms', ...stats(today.done), how: 'Timed in the page: "Done" on the first action listed (with the refined search still shown), until the page is no longer aria-busy and the next frame: the action done and the contact logged, then the question again, for which the background reads that one customer\'s actions again (lib/background/agenda-changes.ts) instead of every due action. The customer\'s rows are put back afterwards.' },
  );

  log('the toolbar badge at a worker start…');
  const badge = await base.call('timeBadgeAtStart', 3);
  measures.push(
    {
      area: 'rescoring',
      name: 'the toolbar badge at a worker start (the count kept for today)',
      unit: 'ms',
      ...stats(badge.atStart),
      how: `CareService.refreshIfStale() of a fresh service in the options page, as a started worker runs it (lib/background/care-badge.ts): the count the last worker kept in storage.session, shown without reading the care actions. The browser stops an idle worker after 30 s and an open sidebar's port starts it again at once, so with a sidebar left open this happens about every 30 s.`,
    },
    {
      area: 'rescoring',
      name: 'the toolbar badge\'s whole count (a browser\'s start, a new day, the first change after a worker\'s start)',
      unit: 'ms',
      ...stats(badge.whole),
      how: 'DueBadge.update() of a fresh service, read at once: every care action read, 1,000 rows a request, to count those due by tonight. In the worker, a count that nothing waits for (at a browser\'s start, and for the first change after a worker\'s start) reads each slice only after a second without a page change or a request, so that it takes the user\'s quiet moments; the bench waits for the start-up one before its floors and cards.',
    },
  );

  log('content script main-thread time per mutation burst (trace)…');
  const bursts = await mutationBurstBenchmark(base.browser.context, base.browser.extensionId, quick ? 15 : 40);
  const burstStats = stats(bursts.perBurst);
  measures.push({ area: 'content script', name: 'main-thread time per burst of DOM mutations', unit: 'ms', ...burstStats, target: '≤ 2 ms', pass: within(burstStats.p95, 2), how: `Chromium trace (devtools.timeline) of the demo Gmail page while 200 list rows are added and 150 removed per burst, 250 ms apart; sum of the outermost FunctionCall events into content-scripts/*.js between two bursts' marks (the MutationObserver callbacks, the settle timer's page read, any report). ${bursts.calls} calls over ${bursts.marks} bursts.` });

  log('sidebar first render…');
  const firstRenders = await sidebarFirstRenderBenchmark(base.browser.context, base.browser.extensionId, chromeBuildDir, quick ? 8 : 20);
  const paints = stats(firstRenders.paints);
  const floorPaints = stats(firstRenders.floorPaints);
  measures.push(
    { area: 'sidebar', name: 'sidebar first render (first contentful paint of its frame)', unit: 'ms', ...paints, target: '≤ 150 ms', pass: within(paints.p95, 150), how: `A fresh tab on the demo Gmail page; PerformancePaintTiming first-contentful-paint of the sidebar frame, from the frame's own navigation start, before the whole-base rescoring (as the card). ${(paints.median - floorPaints.median).toFixed(0)} ms over the floor below at the median, ${(paints.p95 - floorPaints.p95).toFixed(0)} ms at the p95.` },
    { area: 'floor', name: "the sidebar's frame with a static one-line page in place of sidebar.html", unit: 'ms', ...floorPaints, how: "The browser's own cost of an extension frame beside the page (its process, navigation, script context and first frame), with no code of ours in the frame: loads taken in turns with the line above, first contentful paint timed the same way. tests/bench/sidebar-floor.ts measures the same, and tries other pages beside it." },
  );
  const sidebarKB = firstRenders.files.reduce((sum, file) => sum + builtKB(file), 0);
  measures.push({
    area: 'sidebar',
    name: 'sidebar page, gzipped (what a fresh sidebar loads)',
    unit: 'KB',
    value: sidebarKB,
    how: `gzip -9 of every extension file the sidebar's first load fetched, as the browser reported its requests (${firstRenders.files.join(', ')}): its page with its styles, its scripts and one language's text; loaded from the extension's own package, never the network.`,
  });

  if (!rescoreFirst) await fullRescoring();

  // The ratio to the raw write is the same at any size; the 100,000-row time issue 5 asks for comes from
  // tests/bench/import-speed (about 4 minutes on a slow disk), which keeps this run within its 10 minutes.
  const importRows = 20_000;
  log(`CSV import of ${importRows.toLocaleString('en')} rows and the raw bulk write of the same rows…`);
  const imported = await base.call('timeImportAndFloor', importRows);
  const importRate = importRows / imported.firstSeconds;
  const rawRate = importRows / imported.raw.seconds;
  measures.push(
    { area: 'import', name: `CSV import, ${importRows.toLocaleString('en')} customer rows into an empty database`, unit: 'rows/s', value: importRate, target: '≥ 0.75 × raw bulk write', pass: importRate >= 0.75 * rawRate, how: `importCustomers() (lib/import) in the options page on a fresh database of the same schema: streaming parse, zod validation, matching, chunked transactions; ${imported.firstSeconds.toFixed(1)} s in all, the mean of ${imported.rounds.imports.length} imports taken in turns with the raw write (${imported.rounds.imports.map((t) => t.toFixed(1)).join(', ')} s) (the 100,000-row figure issue 5 asks for is measured by tests/bench/import-speed). Ratio to the raw write: ${(importRate / rawRate).toFixed(2)}.` },
    { area: 'import', name: 'CSV re-import of the same file (every row an update)', unit: 'rows/s', value: importRows / imported.reimportSeconds, how: `${imported.reimportSeconds.toFixed(1)} s.` },
    { area: 'floor', name: 'raw IndexedDB bulk write of the same rows', unit: 'rows/s', value: rawRate, how: `The ${imported.raw.records.toLocaleString('en')} records the import wrote (customers, identities…), written with IDBObjectStore.add in transactions of 5,000 customers' rows into an empty database with the same indexes: ${imported.raw.seconds.toFixed(1)} s, the mean of ${imported.rounds.raws.map((t) => t.toFixed(1)).join(', ')} s, each right after an import. Rows/s counts CSV rows, as for the import.` },
  );

  // Last, so that nothing else is timed beside the passes' end: a start with both passes due, which they leave done.
  log('cards while the start-up passes run (the browser started again with the refit and the care pass due)…');
  await base.call('forgetBackgroundWork');
  await base.browser.close();
  base = await openBenchBase(server.port, log);
  const atStart = await cardsWhileBackgroundWorks(base, 300);
  measures.push({ area: 'card', name: 'page change → card while the start-up passes run', unit: 'ms', ...stats(atStart.card), how: `As the card above, one page change every 300 ms from the browser's start, on a day when the worker refits the loyalty model and refreshes care for the whole base at start-up (tests/bench/card-at-start.ts alone): ${atStart.card.length} changes over the passes' ${(atStart.workMs / 1000).toFixed(1)} s; longest ${Math.max(...atStart.card)} ms.` });

  const minutes = (Date.now() - benchStarted) / 60_000;
  notes.push(
    `This run took ${minutes.toFixed(1)} minutes with the build${base.generatedSeconds ? `, of which ${(base.generatedSeconds / 60).toFixed(1)} generating the base` : ' (the base was cached)'}; the budget is 10 minutes once the base is cached.`,
  );
  const env = environment(chromiumPath, manifest.version, sizes, [
    ...notes,
    `Repeated runs: ${runs} page changes (after 5 warm-up ones), ${quick ? 15 : 40} mutation bursts, ${quick ? 8 : 20} sidebar loads.`,
    'Timers in web and extension pages are coarsened (0.1 ms for performance.now(), 1 ms for Date.now() across processes).',
  ]);
  env.generatedSeconds = base.generatedSeconds;
  writeResults(path.join(tmpDir, 'bench-results.json'), path.join(repoRoot, 'BENCHMARKS.md'), env, measures);
} finally {
  await base.browser.close();
  await server.close();
}
console.table(
  measures.map((m) => ({
    measure: m.name,
    median: (m.median ?? m.value)?.toFixed(2),
    p95: m.p95?.toFixed(2) ?? '',
    unit: m.unit,
    target: m.target ?? '',
    result: m.pass === undefined ? '' : m.pass ? 'pass' : 'MISS',
  })),
);
log(`results written to ${path.join(tmpDir, 'bench-results.json')} and BENCHMARKS.md`);

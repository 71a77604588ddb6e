/**
 * The card and the one-click log on the demo Gmail page, against the 100k base:
 * each page change opens a conversation from a customer of the base, and the
 * time runs from the URL change in the page to the card's name painted in the
 * sidebar frame (recognition, message, indexed lookup, live query, render).
 * Then one click logs a note, timed to the note shown in the timeline.
 */
import type { Frame, Page, Worker } from 'playwright-core';
import { GmailDemoPage } from '../browser/pages/gmail-page';
import type { BenchBase } from './dataset/extension-base';
import { takeMarks } from './timing-marks';

/** The fixture's own list of conversations (a script-level const of gmail.js, not a window property). */
declare const threads: unknown[];

interface Sender {
  name: string;
  email: string;
}

/** Watches the card's name in the sidebar frame and stamps (wall clock, shared by both processes) when each new one is painted. */
async function watchCard(frame: Frame): Promise<void> {
  // tsx names the functions it compiles with a helper the frame does not have.
  await frame.evaluate('globalThis.__name = (fn) => fn');
  await frame.evaluate(() => {
    const w = window as unknown as { cardPaints: { name: string; at: number; committed: number }[] };
    w.cardPaints = [];
    let last = document.querySelector('[data-testid="customer-name"]')?.textContent ?? '';
    new MutationObserver(() => {
      const name = document.querySelector('[data-testid="customer-name"]')?.textContent ?? '';
      if (name === last) return;
      last = name;
      const committed = Date.now();
      requestAnimationFrame(() => w.cardPaints.push({ name, at: Date.now(), committed }));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * In the Gmail page's own world, as performance marks: when the hash change reached the page's listeners and
 * when the page changed its DOM (the fixture renders the thread in its hashchange listener), so that the time
 * before the background's first mark splits into the page's part and the report's way.
 */
async function watchPageMarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    addEventListener('hashchange', () => performance.mark('page hashchange'));
    new MutationObserver(() => performance.mark('page changed')).observe(document.body, { childList: true, subtree: true });
  });
}

/** The timing marks of one page change, in ms from its start, from the page, the worker and the frame. */
async function marksSince(started: number, page: Page, frame: Frame, worker: Worker): Promise<Record<string, number>> {
  const marks = { ...(await takeMarks(page.mainFrame(), '', started)), ...(await takeMarks(worker, 'background ', started)), ...(await takeMarks(frame, '', started)) };
  return Object.fromEntries(Object.entries(marks).map(([name, at]) => [name, at - started]));
}

async function openThread(page: Page, frame: Frame, threadId: string, name: string, marks?: MarkLog, timeout = 10_000): Promise<number> {
  const started = await page.evaluate((id) => {
    const at = Date.now();
    location.hash = `#inbox/${id}`;
    return at;
  }, threadId);
  const handle = await frame.waitForFunction(
    (expected) => (window as unknown as { cardPaints: { name: string; at: number }[] }).cardPaints.find((paint) => paint.name === expected)?.at,
    name,
    { timeout },
  );
  const paintedAt = (await handle.jsonValue()) as number;
  await frame.evaluate(() => ((window as unknown as { cardPaints: unknown[] }).cardPaints = []));
  if (marks) marks.rows.push({ ...(await marksSince(started, page, frame, marks.worker)), painted: paintedAt - started });
  return paintedAt - started;
}

/** Types a summary and clicks "Log note" inside the frame, then waits for the note in the timeline. */
function logNote(frame: Frame, summary: string): Promise<number> {
  return frame.evaluate(
    (text) =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`note "${text}" not in the timeline after 10 s; notice: ${document.querySelector(".log [role=status]")?.textContent}; timeline: ${document.querySelector("[data-testid=timeline]")?.textContent?.slice(0, 200)}`)), 10_000);
        // A user clicks a card that has settled: wait until the sidebar has not changed for 200 ms
        // (the card can render again as its loyalty and care sections arrive, replacing the buttons).
        let quiet: ReturnType<typeof setTimeout> | undefined;
        let settle: MutationObserver;
        const go = () => {
          settle.disconnect();
          const input = document.querySelector<HTMLInputElement>('.log input');
          if (!input) {
            reject(new Error(`no log bar in the sidebar: ${document.body.innerText.slice(0, 300)}`));
            return;
          }
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Let Preact take the typed text before the click, as a user's typing would.
          setTimeout(() => {
            const timeline = () => document.querySelector('[data-section="timeline"]')?.textContent ?? '';
            const observer = new MutationObserver(() => {
              if (!timeline().includes(text)) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            const started = performance.now();
            document.querySelector<HTMLButtonElement>('[data-log="note"]')!.click();
          }, 0);
        };
        settle = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(go, 200);
        });
        settle.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        quiet = setTimeout(go, 200);
      }),
    summary,
  );
}

interface MarkLog {
  worker: Worker;
  rows: Record<string, number>[];
}

/** The demo Gmail page with its sidebar open, and one conversation per sender spread over the base. */
async function openCardPage(base: BenchBase, count: number) {
  // Consecutive senders with the same name would not change the card: keep the next one instead.
  const senders = ((await base.call('sampleSenders', count + 5)) as Sender[])
    .filter((sender, i, all) => i === 0 || sender.name !== all[i - 1]!.name)
    .slice(0, count);
  const gmail = await GmailDemoPage.open(base.browser.context, base.browser.extensionId, 'wangFang');
  // The tab a user looks at: a background tab gets no animation frames.
  await gmail.page.bringToFront();
  const sidebar = await gmail.sidebar();
  const frame = sidebar.frame as Frame;
  // The fixture keeps its conversations in a page-level `threads` list; add one per sender.
  const threadIds = await gmail.page.evaluate((people) => {
    return people.map((person, i) => {
      const id = `bench${String(i).padStart(11, '0')}`;
      threads.push({
        id,
        subject: `订单 ${i}: 报价与交期`,
        messages: [{ from: [person.name, person.email], to: [['me', 'demo.sales@example.com']], body: '您好，请确认交期。' }],
      });
      return id;
    });
  }, senders);
  await watchCard(frame);
  return { senders, gmail, frame, threadIds };
}

/**
 * Page changes, one every `everyMs`, for as long as the background's start-up passes (loyalty refit, care
 * refresh) run: the cards of a salesperson who starts reading mail as the browser starts on a stale day.
 */
export async function cardsWhileBackgroundWorks(base: BenchBase, everyMs: number, options: { marks?: boolean } = {}) {
  const started = Date.now();
  const { senders, gmail, frame, threadIds } = await openCardPage(base, 60);
  const marks: MarkLog | undefined = options.marks ? { worker: base.browser.serviceWorker, rows: [] } : undefined;
  if (marks) await watchPageMarks(gmail.page);
  const card: number[] = [];
  const at: number[] = [];
  for (let i = 0; !(await base.call('backgroundWorkIsFresh')); i++) {
    at.push(Date.now() - started);
    card.push(await openThread(gmail.page, frame, threadIds[i % senders.length]!, senders[i % senders.length]!.name, marks, 60_000));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  const workMs = Date.now() - started;
  await gmail.page.close();
  return { card, at, workMs, marks: marks?.rows ?? [] };
}

/** marks: also collect each page change's timing marks (tests/bench/card-only.ts prints them with MARKS=1). */
export async function cardAndLogBenchmark(base: BenchBase, runs: number, options: { marks?: boolean } = {}) {
  const { senders, gmail, frame, threadIds } = await openCardPage(base, runs + 5);
  const marks: MarkLog | undefined = options.marks ? { worker: base.browser.serviceWorker, rows: [] } : undefined;
  if (marks) await watchPageMarks(gmail.page);
  const card: number[] = [];
  const cardAfterLog: number[] = [];
  const log: number[] = [];
  const runStarted = Date.now();
  // Page changes alone; the first few warm the service worker and the caches.
  for (let i = 0; i < senders.length; i++) {
    const time = await openThread(gmail.page, frame, threadIds[i]!, senders[i]!.name, marks);
    if (i >= 5) card.push(time);
  }
  // Then what a salesperson does all day: open a mail, log it, open the next one.
  const marksAfterLog: MarkLog | undefined = marks && { worker: marks.worker, rows: [] };
  for (let i = 0; i < senders.length; i++) {
    const time = await openThread(gmail.page, frame, threadIds[i]!, senders[i]!.name, marksAfterLog);
    const note = await logNote(frame, `bench note ${runStarted}-${i}`);
    if (process.env.BENCH_DEBUG) console.log('card', i, time, 'log', note);
    if (i >= 5) {
      cardAfterLog.push(time);
      log.push(note);
    }
  }
  await gmail.page.close();
  await base.call('removeBenchNotes', runStarted);
  return { card, cardAfterLog, log, senders: senders.length, marks: marks?.rows.slice(5) ?? [], marksAfterLog: marksAfterLog?.rows.slice(5) ?? [] };
}

import type { BrowserContext, Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExtensionStores } from '../harness/extension-db';
import { GmailDemoPage } from './pages/gmail-page';
import { useExtensionBrowser } from './setup';

type Row = { id?: string; customerId?: string; type?: string; at?: number; summary?: string; createdAt?: number; updatedAt?: number };

/** The stored contacts whose summary holds `marker`, read straight from the extension's IndexedDB. */
async function storedContacts(context: BrowserContext, extensionId: string, marker: string): Promise<Row[]> {
  const { interactions } = await readExtensionStores(context, extensionId, ['interactions']);
  return (interactions as Row[]).filter((row) => row.summary?.includes(marker));
}

type Log = { summary: string; logId?: string };

/** Many logs at once from the sidebar, as fast as the runtime takes them; forced past the duplicate check. */
function logMany(frame: Frame, logs: Log[]) {
  return frame.evaluate(async (logs) => {
    const customerId = document.querySelector('article.card')!.getAttribute('data-customer-id')!;
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
    return Promise.all(
      logs.map(({ summary, logId }) =>
        runtime.sendMessage({ type: 'interaction/log', customerId, interactionType: 'note', summary, logId, force: true }).then(
          (answer) => (answer?.ok ? 'logged' : 'refused'),
          () => 'lost',
        ),
      ),
    );
  }, logs);
}

const withSummaries = (summaries: string[]): Log[] => summaries.map((summary) => ({ summary }));

const isWhole = (row: Row) =>
  typeof row.id === 'string' && typeof row.customerId === 'string' && row.type === 'note' && typeof row.at === 'number' && typeof row.createdAt === 'number';

describe('durability of what the user logs', () => {
  const session = useExtensionBrowser('blocked');

  it('two tabs logging at the same time lose nothing', async () => {
    const { context, extensionId } = session().browser;
    const tabs = await Promise.all([
      GmailDemoPage.open(context, extensionId, 'wangFang'),
      GmailDemoPage.open(context, extensionId, 'emilyCarter'),
    ]);
    const frames = await Promise.all(tabs.map(async (tab) => {
      const sidebar = await tab.sidebar();
      await sidebar.customerName().waitFor();
      return sidebar.frame as Frame;
    }));
    const summaries = frames.map((_, tab) => Array.from({ length: 15 }, (_, i) => `parallel tab ${tab} #${i}`));
    const answers = await Promise.all(frames.map((frame, tab) => logMany(frame, withSummaries(summaries[tab]!))));
    expect(answers.flat().every((answer) => answer === 'logged')).toBe(true);

    const rows = await storedContacts(context, extensionId, 'parallel tab ');
    expect(rows.map((row) => row.summary).sort()).toEqual(summaries.flat().sort());
    expect(rows.every(isWhole)).toBe(true);
    await Promise.all(tabs.map((tab) => tab.page.close()));
  });

  it('the service worker stopped in the middle of logging leaves each log whole or absent, and each unanswered log sent again with its id is stored exactly once', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    const cdp = await context.newCDPSession(gmail.page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))!;

    // Each log carries the id the sidebar chose for it, as the log bar sends them.
    const logs = Array.from({ length: 400 }, (_, i) => ({ summary: `interrupted #${i}`, logId: crypto.randomUUID() }));
    const logging = logMany(sidebar.frame as Frame, logs);
    // Long enough for some logs to land, short of all 400: the worker dies with writes in flight.
    await gmail.page.waitForTimeout(150);
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    const answers = await logging;
    expect(answers.filter((answer) => answer === 'logged').length).toBeLessThan(logs.length);

    const rows = await storedContacts(context, extensionId, 'interrupted #');
    expect(rows.every(isWhole)).toBe(true);
    expect(new Set(rows.map((row) => row.summary)).size).toBe(rows.length);
    // Every log the sidebar was told succeeded is stored.
    const told = logs.filter((_, i) => answers[i] === 'logged').map((log) => log.summary);
    expect(rows.map((row) => row.summary)).toEqual(expect.arrayContaining(told));
    // An unanswered log may or may not have been written before the worker stopped; sent again with
    // its id, as the sidebar does, it is stored exactly once either way.
    const unanswered = logs.filter((_, i) => answers[i] !== 'logged');
    const writtenBeforeRetry = rows.filter((row) => unanswered.some((log) => log.summary === row.summary)).length;
    await expect
      .poll(async () => (await logMany(sidebar.frame as Frame, unanswered)).every((answer) => answer === 'logged'), { timeout: 10_000 })
      .toBe(true);
    const afterRetry = await storedContacts(context, extensionId, 'interrupted #');
    expect(afterRetry.map((row) => row.summary).sort()).toEqual(logs.map((log) => log.summary).sort());
    expect(afterRetry.every(isWhole)).toBe(true);
    console.info(
      `stopped mid-logging: ${told.length} confirmed, ${unanswered.length} unanswered (${writtenBeforeRetry} of them already written), ${afterRetry.length} stored after the retry`,
    );

    await gmail.page.close();
  });
});

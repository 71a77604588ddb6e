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

/** Many logs at once from the sidebar, as fast as the runtime takes them; forced past the duplicate check. */
function logMany(frame: Frame, summaries: string[]) {
  return frame.evaluate(async (summaries) => {
    const customerId = document.querySelector('article.card')!.getAttribute('data-customer-id')!;
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
    return Promise.all(
      summaries.map((summary) =>
        runtime.sendMessage({ type: 'interaction/log', customerId, interactionType: 'note', summary, force: true }).then(
          (answer) => (answer?.ok ? 'logged' : 'refused'),
          () => 'lost',
        ),
      ),
    );
  }, summaries);
}

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
    const answers = await Promise.all(frames.map((frame, tab) => logMany(frame, summaries[tab]!)));
    expect(answers.flat().every((answer) => answer === 'logged')).toBe(true);

    const rows = await storedContacts(context, extensionId, 'parallel tab ');
    expect(rows.map((row) => row.summary).sort()).toEqual(summaries.flat().sort());
    expect(rows.every(isWhole)).toBe(true);
    await Promise.all(tabs.map((tab) => tab.page.close()));
  });

  it('the service worker stopped in the middle of logging leaves each log whole or absent, never twice, and logging goes on', async () => {
    const { context, extensionId } = session().browser;
    const gmail = await GmailDemoPage.open(context, extensionId, 'wangFang');
    const sidebar = await gmail.sidebar();
    await sidebar.customerName().waitFor();
    const cdp = await context.newCDPSession(gmail.page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))!;

    const summaries = Array.from({ length: 400 }, (_, i) => `interrupted #${i}`);
    const logging = logMany(sidebar.frame as Frame, summaries);
    // Long enough for some logs to land, short of all 400: the worker dies with writes in flight.
    await gmail.page.waitForTimeout(150);
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    const answers = await logging;
    expect(answers.filter((answer) => answer === 'lost').length).toBeGreaterThan(0);

    const rows = await storedContacts(context, extensionId, 'interrupted #');
    expect(rows.every(isWhole)).toBe(true);
    expect(new Set(rows.map((row) => row.summary)).size).toBe(rows.length);
    // Every log the sidebar was told succeeded is stored.
    const told = summaries.filter((_, i) => answers[i] === 'logged');
    expect(rows.map((row) => row.summary)).toEqual(expect.arrayContaining(told));
    // ...and none the sidebar was told failed, so that logging it again makes no duplicate.
    const refused = new Set(summaries.filter((_, i) => answers[i] === 'refused'));
    expect(rows.filter((row) => refused.has(row.summary!))).toEqual([]);
    console.info(`stopped mid-logging: ${told.length} confirmed, ${refused.size} refused, ${answers.filter((a) => a === 'lost').length} lost in flight, ${rows.length} stored`);

    await expect.poll(async () => (await logMany(sidebar.frame as Frame, ['after the restart']))[0], { timeout: 10_000 }).toBe('logged');
    expect(await storedContacts(context, extensionId, 'after the restart')).toHaveLength(1);
    await gmail.page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExtensionStores } from '../harness/extension-db';
import { openGmailAt, useExtensionBrowser } from './setup';

interface StoredHistory {
  customerId: string;
  recentInteractions: { summary: string }[];
}

/** Rewrites one customer's history row with the raw API, past the product's code, from an extension page. */
function overwriteHistory(page: Page, row: StoredHistory): Promise<void> {
  return page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('customer-care');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('histories', 'readwrite');
          transaction.objectStore('histories').put(row);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    row,
  );
}

describe('the card read from each customer’s history row', () => {
  const session = useExtensionBrowser('blocked');

  it('is built by the worker for every customer, shows what the row holds, and follows a log and its undo', async () => {
    const { context, extensionId } = session().browser;
    const stored = () => readExtensionStores(context, extensionId, ['customers', 'histories'] as const);
    // The worker builds the rows of the demo customers after loading them.
    await expect.poll(async () => {
      const { customers, histories } = await stored();
      return histories.length > 0 && histories.length === customers.length;
    }).toBe(true);
    const historyOf = async (name: string) => {
      const { customers, histories } = await stored();
      const customer = (customers as { id: string; name: string }[]).find((row) => row.name === name)!;
      return (histories as StoredHistory[]).find((row) => row.customerId === customer.id);
    };

    const { gmail, sidebar } = await openGmailAt(session(), 'emilyCarter', 'Emily Carter');
    const emily = (await historyOf('Emily Carter'))!;
    const shown = async () => (await sidebar.timelineItems().allTextContents()).join('\n');
    for (const contact of emily.recentInteractions) expect(await shown()).toContain(contact.summary);

    // What the card shows comes from the row: a row changed past the product is what the next card shows.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const planted = { ...emily, recentInteractions: [{ ...emily.recentInteractions[0]!, summary: 'Only in the history row' }] };
    await overwriteHistory(options, planted);
    await gmail.switchTo('wangFang');
    await expect.poll(() => sidebar.customerName().textContent()).toBe('王芳');
    await gmail.switchTo('emilyCarter');
    await expect.poll(shown).toContain('Only in the history row');
    await overwriteHistory(options, emily);
    await options.close();

    // A log is in the row as soon as it is in the timeline: the log's own transaction wrote both.
    const note = `Sample box sent ${Date.now()}`;
    await sidebar.log('note', note);
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain(note);
    expect((await historyOf('Emily Carter'))?.recentInteractions[0]?.summary).toBe(note);

    await sidebar.frame.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(shown).not.toContain(note);
    // Undone from a full list, the row is built again from the tables at the next quiet moment; from a shorter one, patched.
    await expect.poll(async () => (await historyOf('Emily Carter'))?.recentInteractions.map((row) => row.summary), { timeout: 5_000 }).toEqual(
      emily.recentInteractions.map((row) => row.summary),
    );
    await gmail.page.close();
  });
});

import type { BrowserContext } from 'playwright-core';

/**
 * Every row of the named stores, read straight from the extension's IndexedDB by one of its own pages
 * (no product code on the way), for tests that check what was really stored.
 */
export async function readExtensionStores<Name extends string>(
  context: BrowserContext,
  extensionId: string,
  stores: readonly Name[],
): Promise<Record<Name, unknown[]>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = await page.evaluate(
    (stores) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('customer-care');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(stores);
          const requests = stores.map((store) => [store, transaction.objectStore(store).getAll()] as const);
          transaction.oncomplete = () => {
            resolve(Object.fromEntries(requests.map(([store, request]) => [store, request.result as unknown[]])));
            open.result.close();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [...stores],
  );
  await page.close();
  return rows as Record<Name, unknown[]>;
}

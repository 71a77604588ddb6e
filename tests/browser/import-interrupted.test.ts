import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExtensionStores } from '../harness/extension-db';
import { writeBulkCustomerCsv } from '../support/bulk-csv';
import { OptionsPage } from './pages/options-page';
import { useExtensionBrowser } from './setup';

const ROWS = 6_000;
const EMAIL_DOMAIN = 'example-interrupted.cn';

/** The imported customers as stored, each with the identity kinds it owns, read straight from IndexedDB. */
async function storedBulkCustomers(context: BrowserContext, extensionId: string) {
  const stored = await readExtensionStores(context, extensionId, ['customers', 'identities']);
  type Customer = { id: string; deletedAt?: number };
  type Identity = { customerId: string; kind: string; key: string; deletedAt?: number };
  const alive = new Set((stored.customers as Customer[]).filter((row) => row.deletedAt === undefined).map((row) => row.id));
  const identities = (stored.identities as Identity[]).filter((row) => row.deletedAt === undefined && alive.has(row.customerId));
  const kinds: Record<string, string[]> = {};
  for (const identity of identities) (kinds[identity.customerId] ??= []).push(identity.kind);
  const ours = identities.filter((row) => row.kind === 'email' && row.key.endsWith(EMAIL_DOMAIN));
  return {
    emails: ours.map((row) => row.key),
    identityKinds: Object.fromEntries(ours.map((row) => [row.customerId, kinds[row.customerId] ?? []])),
  };
}

describe('an import cut off by closing its page (its worker dies with it)', () => {
  const session = useExtensionBrowser('blocked');

  it('keeps only whole customers, and importing the file again completes it without a duplicate', async () => {
    const { context, extensionId } = session().browser;
    const file = await writeBulkCustomerCsv(ROWS, EMAIL_DOMAIN, '断点客户');

    const first = await OptionsPage.open(context, extensionId);
    await first.chooseCsv(file);
    await first.startImport();
    await first.counts().filter({ hasText: /^[1-9]\d* rows read/ }).waitFor();
    // As a crash or a closed window does: no beforeunload, no cancel, the worker killed mid-chunk.
    await first.page.close({ runBeforeUnload: false });

    const cut = await storedBulkCustomers(context, extensionId);
    console.info(`import cut off after ${cut.emails.length} of ${ROWS} customers`);
    expect(cut.emails.length).toBeLessThan(ROWS);
    // Every stored customer is whole: its e-mail and its phone were written with it, in the same transaction.
    for (const kinds of Object.values(cut.identityKinds)) expect(kinds).toEqual(expect.arrayContaining(['email', 'phone']));

    const again = await OptionsPage.open(context, extensionId);
    await again.chooseCsv(file);
    await again.startImport();
    await expect.poll(() => again.report().textContent(), { timeout: 150_000 }).toMatch(/^Import finished/);
    const summary = (await again.report().getByRole('status').textContent())!;
    const [, read, added, updated] = /: (\d+) rows, (\d+) new customers, (\d+) updated/.exec(summary)!.map(Number);
    expect(read).toBe(ROWS);
    expect(added! + updated!).toBe(ROWS);
    expect(updated).toBe(cut.emails.length);

    const completed = await storedBulkCustomers(context, extensionId);
    expect(completed.emails).toHaveLength(ROWS);
    expect(new Set(completed.emails).size).toBe(ROWS);
    await again.close();
  }, 180_000);
});

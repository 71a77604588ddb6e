import { afterEach, beforeEach, expect, it } from 'vitest';
import { LoyaltyService } from '../../../lib/background/loyalty-service';
import { updateCustomer } from '../../../lib/db/customer-edit';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logPurchase, logSurvey } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`loyalty-rescore-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/**
 * What a sidebar would show if it read between any two commits: a reader that reads, in one transaction,
 * again and again while the writes run, what the write changes and the stored loyalty type.
 */
function watchBetweenCommits<T>(customerId: string, changed: () => Promise<T>) {
  const seen: { changed: T; type: string | undefined }[] = [];
  let stopped = false;
  const reading = (async () => {
    while (!stopped) {
      seen.push(
        await db.transaction('r', db.tables, async () => ({ changed: await changed(), type: (await db.customers.get(customerId))?.loyalty.type })),
      );
    }
  })();
  return { seen, stop: () => ((stopped = true), reading) };
}

/** Buys from us 3 times a year; with 4 category purchases a year that is behaviourally loyal. */
async function customerWithPurchases(loyalty: LoyaltyService, wallet?: { purchasesPerYear: number }) {
  const wang = await createCustomer(db, { name: '王芳', wallet }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
  for (const amount of [120, 80, 200]) {
    await loyalty.writeAndRescore(wang.id, () => logPurchase(db, { customerId: wang.id, amount, currency: 'CNY', product: 'ring' }));
  }
  return wang;
}

it('a survey answer and the loyalty type it gives are seen together, never the answer beside the old type', async () => {
  const loyalty = new LoyaltyService(db);
  // Attitude unknown until she answers.
  const wang = await customerWithPurchases(loyalty, { purchasesPerYear: 4 });
  const before = (await db.customers.get(wang.id))?.loyalty.type;
  const watch = watchBetweenCommits(wang.id, () => db.surveys.where('customerId').equals(wang.id).count());

  await loyalty.writeAndRescore(wang.id, () => logSurvey(db, { customerId: wang.id, recommend: 5, repurchase: 5, nps: 10 }));
  await watch.stop();

  const after = (await db.customers.get(wang.id))?.loyalty.type;
  expect(after).not.toBe(before);
  const answered = watch.seen.filter((view) => view.changed === 1);
  expect(answered.length).toBeGreaterThan(0);
  expect(answered.filter((view) => view.type !== after)).toEqual([]);
});

it('a wallet estimate typed into the file and the loyalty type it gives are seen together', async () => {
  const loyalty = new LoyaltyService(db);
  // Behaviour unknown until her category buying is estimated.
  const wang = await customerWithPurchases(loyalty);
  await loyalty.writeAndRescore(wang.id, () => logSurvey(db, { customerId: wang.id, recommend: 5, repurchase: 5 }));
  const stored = (await db.customers.get(wang.id))!;
  const watch = watchBetweenCommits(wang.id, async () => (await db.customers.get(wang.id))?.wallet?.purchasesPerYear);

  await loyalty.writeAndRescore(wang.id, () => updateCustomer(db, wang.id, { wallet: { purchasesPerYear: 4 } }, stored.updatedAt));
  await watch.stop();

  const after = (await db.customers.get(wang.id))?.loyalty.type;
  expect(after).not.toBe(stored.loyalty.type);
  const edited = watch.seen.filter((view) => view.changed === 4);
  expect(edited.length).toBeGreaterThan(0);
  expect(edited.filter((view) => view.type !== after)).toEqual([]);
});

it('a write refused inside the transaction rescores nothing and stores nothing', async () => {
  const loyalty = new LoyaltyService(db);
  const wang = await createCustomer(db, { name: '王芳' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
  const stored = await db.customers.get(wang.id);
  await expect(
    loyalty.writeAndRescore(wang.id, () => logSurvey(db, { customerId: wang.id, recommend: 9, repurchase: 5 })),
  ).rejects.toThrow(/recommend/);
  expect(await db.surveys.count()).toBe(0);
  expect(await db.customers.get(wang.id)).toEqual(stored);
});

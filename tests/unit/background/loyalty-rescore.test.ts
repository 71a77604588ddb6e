import { afterEach, beforeEach, expect, it } from 'vitest';
import { LoyaltyService } from '../../../lib/background/loyalty-service';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logPurchase, logSurvey } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`loyalty-rescore-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/**
 * What a sidebar would show if it read between any two commits: a reader that reads the customer's
 * survey answers and stored type in one transaction, again and again, while the writes run.
 */
function watchSurveysAndType(customerId: string) {
  const seen: { surveys: number; type: string | undefined }[] = [];
  let stopped = false;
  const reading = (async () => {
    while (!stopped) {
      seen.push(
        await db.transaction('r', db.surveys, db.customers, async () => ({
          surveys: await db.surveys.where('customerId').equals(customerId).count(),
          type: (await db.customers.get(customerId))?.loyalty.type,
        })),
      );
    }
  })();
  return { seen, stop: () => ((stopped = true), reading) };
}

it('a survey answer and the loyalty type it gives are seen together, never the answer beside the old type', async () => {
  const loyalty = new LoyaltyService(db);
  // Buys from us 3 times of the 4 a year she buys at all: behaviourally loyal, attitude unknown until she answers.
  const wang = await createCustomer(db, { name: '王芳', wallet: { purchasesPerYear: 4 } }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
  for (const amount of [120, 80, 200]) {
    await loyalty.writeAndRescore(wang.id, () => logPurchase(db, { customerId: wang.id, amount, currency: 'CNY', product: 'ring' }));
  }
  const before = (await db.customers.get(wang.id))?.loyalty.type;
  const watch = watchSurveysAndType(wang.id);
  await loyalty.writeAndRescore(wang.id, () => logSurvey(db, { customerId: wang.id, recommend: 5, repurchase: 5, nps: 10 }));
  await watch.stop();

  const after = (await db.customers.get(wang.id))?.loyalty.type;
  expect(after).not.toBe(before);
  const answered = watch.seen.filter((view) => view.surveys === 1);
  expect(answered.length).toBeGreaterThan(0);
  expect(answered.filter((view) => view.type !== after)).toEqual([]);
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

import { afterEach, beforeEach, expect, it } from 'vitest';
import { LoyaltyService } from '../../../lib/background/loyalty-service';
import { updateCustomer } from '../../../lib/db/customer-edit';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logPurchase } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`rescore-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

it('a full rescoring does not overwrite an edit saved while it ran', async () => {
  const wang = await createCustomer(db, { name: '王芳' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
  await logPurchase(db, { customerId: wang.id, amount: 100, currency: 'CNY', product: 'ring' });
  const edited = await db.customers.get(wang.id);
  // The user saves an edit after the rescoring has read the customers (its last read is the surveys') and
  // before it writes its scores.
  const orderSurveys = db.surveys.orderBy.bind(db.surveys);
  db.surveys.orderBy = ((index: string) => {
    const collection = orderSurveys(index);
    const read = collection.toArray.bind(collection);
    collection.toArray = (async () => {
      await updateCustomer(db, wang.id, { title: '总经理' }, edited!.updatedAt);
      return read();
    }) as typeof collection.toArray;
    return collection;
  }) as typeof db.surveys.orderBy;

  await new LoyaltyService(db).refitAndRescoreAll();
  const stored = await db.customers.get(wang.id);
  expect(stored?.title).toBe('总经理');
  expect(stored?.loyalty.source).toBe('engine');
});

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
  // The user saves an edit after the rescoring has read the customers and before it writes its scores.
  const readPurchases = db.purchases.toArray.bind(db.purchases);
  db.purchases.toArray = (async () => {
    await updateCustomer(db, wang.id, { title: '总经理' }, edited!.updatedAt);
    return readPurchases();
  }) as typeof db.purchases.toArray;

  await new LoyaltyService(db).refitAndRescoreAll();
  const stored = await db.customers.get(wang.id);
  expect(stored?.title).toBe('总经理');
  expect(stored?.loyalty.source).toBe('engine');
});

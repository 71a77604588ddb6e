import { afterEach, beforeEach, expect, it } from 'vitest';
import { addIdentity } from '../../../lib/db/customer-edit';
import { deleteCustomer } from '../../../lib/db/customer-delete';
import { findCustomers } from '../../../lib/db/customer-find';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer } from '../../../lib/db/repository';

let db: CustomerDatabase;
beforeEach(async () => {
  db = openCustomerDatabase(`find-${crypto.randomUUID()}`);
  const wang = await createCustomer(db, { name: '王芳' }, [
    { kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' },
    { kind: 'phone', value: '13800138000' },
  ]);
  await addIdentity(db, wang.id, { kind: 'external', value: 'salesforce/contact/003A' });
  await createCustomer(db, { name: 'Wang Lei' }, [{ kind: 'email', value: 'wang.lei@example.com' }]);
  const gone = await createCustomer(db, { name: 'Wanda Gone' }, [{ kind: 'email', value: 'wanda@example.com' }]);
  await deleteCustomer(db, gone.id);
});
afterEach(() => db.delete());

it.each([
  ['an e-mail address in another case', 'Wang.Fang@JINLONG-jewellery.cn', ['王芳']],
  ['a phone written another way', '+86 138-0013-8000', ['王芳']],
  ['a CRM record id', 'salesforce/contact/003A', ['王芳']],
  ['the start of a name', 'wan', ['Wang Lei']],
  ['a deleted customer\'s address', 'wanda@example.com', []],
  ['nothing', '   ', []],
])('finds customers by %s', async (_case, query, names) => {
  expect((await findCustomers(db, query)).map((customer) => customer.name)).toEqual(names);
});

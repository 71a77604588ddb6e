import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCareAction, dismissCareAction, snoozeCareAction } from '../../../lib/db/care-actions';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, getCustomerCard } from '../../../lib/db/repository';
import type { CareAction } from '../../../lib/db/schema';

const NOW = Date.UTC(2026, 10, 23, 9);
const DAY = 86_400_000;
let db: CustomerDatabase;
let action: CareAction;

beforeEach(async () => {
  db = openCustomerDatabase(`care-${crypto.randomUUID()}`);
  const customer = await createCustomer(db, { name: '王芳' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
  action = { id: crypto.randomUUID(), createdAt: NOW, updatedAt: NOW, customerId: customer.id, kind: 'thank-you-call', due: NOW - DAY, status: 'open', reason: 'Annual thank-you call' };
  await db.careActions.add(action);
});
afterEach(() => db.delete());

const openOnCard = async () => (await getCustomerCard(db, action.customerId))!.openCareActions;

describe('closing a care action', () => {
  it('"done" logs the matching contact with the reason and closes the action', async () => {
    const done = await completeCareAction(db, action.id, NOW);
    expect(done.status).toBe('done');
    const interaction = await db.interactions.get(done.doneInteractionId!);
    expect(interaction).toMatchObject({ type: 'call', summary: 'Annual thank-you call', customerId: action.customerId });
    expect(await openOnCard()).toEqual([]);
    await expect(completeCareAction(db, action.id, NOW)).rejects.toThrow(/already closed/);
  });

  it('snooze hides it until the chosen time, then it is due again', async () => {
    await snoozeCareAction(db, action.id, NOW + DAY, NOW);
    const stored = await db.careActions.get(action.id);
    expect(stored).toMatchObject({ status: 'snoozed', due: NOW + DAY });
    await expect(snoozeCareAction(db, action.id, NOW - 1, NOW)).rejects.toThrow(/future/);
  });

  it('dismiss keeps the optional reason', async () => {
    const dismissed = await dismissCareAction(db, action.id, '  already called last week ', NOW);
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissedBecause: 'already called last week' });
  });
});

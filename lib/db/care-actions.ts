import type { CustomerDatabase } from './database';
import { logInteraction } from './repository';
import type { CareAction, InteractionType } from './schema';

/** The contact that carries out each kind of care action, logged by "Done". */
export const INTERACTION_FOR_CARE: Record<CareAction['kind'], InteractionType> = {
  'thank-you-call': 'call',
  'birthday-greeting': 'message',
  'holiday-greeting': 'message',
  'follow-up': 'call',
  'complaint-response': 'call',
  'promise-due': 'note',
  'win-back': 'call',
  survey: 'call',
  'regular-contact': 'call',
};

async function openAction(db: CustomerDatabase, actionId: string): Promise<CareAction> {
  const action = await db.careActions.get(actionId);
  if (!action || action.deletedAt !== undefined) throw new Error(`no care action with id ${actionId}`);
  if (action.status === 'done' || action.status === 'dismissed') throw new Error('this care action is already closed');
  return action;
}

/** Logs the matching interaction and closes the action, in one transaction. */
export async function completeCareAction(db: CustomerDatabase, actionId: string, now = Date.now()): Promise<CareAction> {
  return db.transaction('rw', db.careActions, db.interactions, db.customers, db.settings, async () => {
    const action = await openAction(db, actionId);
    const logged = await logInteraction(
      db,
      { customerId: action.customerId, type: INTERACTION_FOR_CARE[action.kind], summary: action.reason, force: true },
      now,
    );
    const done: CareAction = {
      ...action,
      status: 'done',
      updatedAt: now,
      doneInteractionId: logged.status === 'logged' ? logged.interaction.id : undefined,
    };
    await db.careActions.put(done);
    return done;
  });
}

export async function snoozeCareAction(db: CustomerDatabase, actionId: string, until: number, now = Date.now()): Promise<CareAction> {
  if (until <= now) throw new Error('snooze until a time in the future');
  return db.transaction('rw', db.careActions, async () => {
    const snoozed: CareAction = { ...(await openAction(db, actionId)), status: 'snoozed', due: until, updatedAt: now };
    await db.careActions.put(snoozed);
    return snoozed;
  });
}

export async function dismissCareAction(db: CustomerDatabase, actionId: string, because?: string, now = Date.now()): Promise<CareAction> {
  return db.transaction('rw', db.careActions, async () => {
    const dismissed: CareAction = {
      ...(await openAction(db, actionId)),
      status: 'dismissed',
      dismissedBecause: because?.trim() || undefined,
      updatedAt: now,
    };
    await db.careActions.put(dismissed);
    return dismissed;
  });
}

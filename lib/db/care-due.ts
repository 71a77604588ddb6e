import type { CareAction } from './schema';

/** A care action to show: open, or snoozed until a time that has come. */
export const isDue = (action: CareAction, now: number) =>
  action.deletedAt === undefined && (action.status === 'open' || (action.status === 'snoozed' && action.due <= now));

import type { CareAction } from './schema';
import { isAlive } from './alive';

/** A care action still to do: live, and open or snoozed. */
export const isToDo = (action: CareAction) => isAlive(action) && (action.status === 'open' || action.status === 'snoozed');

/** A care action to show: open, or snoozed until a time that has come. */
export const isDue = (action: CareAction, now: number) => isToDo(action) && (action.status === 'open' || action.due <= now);

/** On the agenda by `until` (the end of a day): due, and falling due by then. */
export const isDueBy = (action: CareAction, until: number) => action.due <= until && isDue(action, until);

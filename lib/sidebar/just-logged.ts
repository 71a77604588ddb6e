import type { Interaction } from '../db/schema';

/**
 * The sidebar shows a contact the moment the background answers that it is
 * committed, instead of waiting for the live query to read the card again.
 * Once the card itself holds a logged contact, the card is the truth again
 * (an undo or a delete in another tab then removes it as usual).
 */
export function timelineWith(recent: readonly Interaction[], justLogged: readonly Interaction[]): Interaction[] {
  const shown = new Set(recent.map((item) => item.id));
  const added = justLogged.filter((item) => !shown.has(item.id) && item.deletedAt === undefined);
  if (added.length === 0) return [...recent];
  return [...added, ...recent].sort((a, b) => b.at - a.at);
}

/** The just-logged contacts the card does not show yet. */
export function stillPending(recent: readonly Interaction[], justLogged: readonly Interaction[]): Interaction[] {
  const shown = new Set(recent.map((item) => item.id));
  return justLogged.filter((item) => !shown.has(item.id));
}

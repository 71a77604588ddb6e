/** The local day's boundaries, for what is due "by tonight" (the agenda, the badge) and the agenda's groups. */

/** The start of the local day of `now`. */
export const startOfDay = (now: number): number => new Date(now).setHours(0, 0, 0, 0);

/** The end of the local day `days` days after `now`'s. */
export function endOfDay(now: number, days = 0): number {
  const end = new Date(now);
  end.setDate(end.getDate() + days);
  return end.setHours(23, 59, 59, 999);
}

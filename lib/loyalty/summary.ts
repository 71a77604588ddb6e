import type { Purchase } from '../db/schema';
import { DAY_MS } from './measure';

const WEEK_MS = 7 * DAY_MS;

/** A customer's purchase history as the BG/NBD and Gamma-Gamma models read it. */
export interface PurchaseSummary {
  /** Repeat transactions (the first excluded; same-day purchases are one transaction). */
  x: number;
  /** Weeks from the first to the last transaction. */
  tx: number;
  /** Weeks from the first transaction to now. */
  T: number;
  /** Mean spend of the repeat transactions (0 when there are none). */
  mx: number;
}

/** The conventions of every published result on CDNOW (see shared/data/cdnow/README.md). */
export function summarisePurchases(purchases: Pick<Purchase, 'at' | 'amount'>[], now: number): PurchaseSummary | undefined {
  const byDay = new Map<number, number>();
  for (const purchase of purchases) {
    if (purchase.at > now) continue;
    const day = Math.floor(purchase.at / DAY_MS);
    byDay.set(day, (byDay.get(day) ?? 0) + purchase.amount);
  }
  if (byDay.size === 0) return undefined;
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const repeatSpend = days.slice(1).reduce((sum, day) => sum + byDay.get(day)!, 0);
  const x = days.length - 1;
  return {
    x,
    tx: ((last - first) * DAY_MS) / WEEK_MS,
    T: Math.max((now - first * DAY_MS) / WEEK_MS, ((last - first) * DAY_MS) / WEEK_MS, 1 / 7),
    mx: x > 0 ? repeatSpend / x : 0,
  };
}

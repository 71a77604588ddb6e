import type { Customer, Purchase } from '../db/schema';
import { DAY_MS, known, round1, unknown, type Measure } from './measure';

/** What the customer buys in the whole category, from anyone (a profile estimate or a survey answer). */
export interface CategoryWallet {
  purchasesPerYear?: number;
  spendPerYear?: number;
}

export interface BehaviouralLoyalty {
  /** Our purchases / all their category purchases × 100, over the window. */
  repeatPurchaseRate: Measure;
  /** Their spend with us / their total category spend × 100, over the window. */
  shareOfWallet: Measure;
  /** Purchases per year over the window. */
  frequencyPerYear: Measure;
  /** Days since the last purchase. */
  recencyDays: Measure;
}

export function behaviouralLoyalty(
  purchases: Pick<Purchase, 'at' | 'amount'>[],
  wallet: CategoryWallet,
  now: number,
  windowDays: number,
): BehaviouralLoyalty {
  const since = now - windowDays * DAY_MS;
  const recent = purchases.filter((purchase) => purchase.at >= since && purchase.at <= now);
  const years = windowDays / 365;
  const ourSpend = recent.reduce((sum, purchase) => sum + purchase.amount, 0);
  const last = purchases.reduce((latest, purchase) => Math.max(latest, purchase.at), -Infinity);
  return {
    repeatPurchaseRate:
      wallet.purchasesPerYear && wallet.purchasesPerYear > 0
        ? known(round1(Math.min(100, (recent.length / (wallet.purchasesPerYear * years)) * 100)), {
            ourPurchases: recent.length,
            categoryPurchases: wallet.purchasesPerYear * years,
          })
        : unknown('categoryPurchasesPerYear'),
    shareOfWallet:
      wallet.spendPerYear && wallet.spendPerYear > 0
        ? known(round1(Math.min(100, (ourSpend / (wallet.spendPerYear * years)) * 100)), {
            ourSpend,
            categorySpend: wallet.spendPerYear * years,
          })
        : unknown('categorySpendPerYear'),
    frequencyPerYear: known(round1(recent.length / years), { purchases: recent.length, windowDays }),
    recencyDays: Number.isFinite(last) ? known(Math.floor((now - last) / DAY_MS), { lastPurchaseAt: last }) : unknown('purchases'),
  };
}

/** The wallet inputs as the customer file keeps them. */
export const walletOf = (customer: Pick<Customer, 'wallet'>): CategoryWallet => customer.wallet ?? {};

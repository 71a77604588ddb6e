import type { Page } from 'playwright-core';
import { readCdnowCalibrationHoldout } from '../unit/loyalty/cdnow-data';

type Loyalty = typeof import('./loyalty-entry');

/**
 * The loyalty engine in Chromium: fitting BG/NBD and Gamma-Gamma on the CDNOW
 * calibration data, and a full rescoring (summaries, base-model fit, each
 * customer's analysis) of a generated base of `customers` customers.
 */
export async function loyaltyBenchmark(page: Page, bundle: string, customers: number) {
  await page.setContent('<!doctype html><title>loyalty</title>');
  await page.addScriptTag({ content: bundle });
  // tsx names the functions it compiles with a helper the page does not have.
  await page.addScriptTag({ content: 'window.__name = (fn) => fn;' });
  const cdnow = readCdnowCalibrationHoldout();
  return page.evaluate(
    ({ rows, count }) => {
      const L = (window as unknown as { CareLoyalty: Loyalty }).CareLoyalty;
      const time = (run: () => void) => {
        const start = performance.now();
        run();
        return performance.now() - start;
      };
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const bgRows = rows.map(({ x, tx, T }) => ({ x, tx, T }));
      const ggRows = rows.filter((row) => row.x > 0).map(({ x, mx }) => ({ x, mx }));
      const bgFit = median([0, 1, 2, 3, 4].map(() => time(() => L.fitBgNbd(bgRows))));
      const ggFit = median([0, 1, 2].map(() => time(() => L.fitGammaGamma(ggRows))));

      // A seeded base: each customer buys 0–8 times over two years.
      let seed = 42;
      const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
      const now = Date.UTC(2026, 10, 23);
      const day = 86_400_000;
      const base = Array.from({ length: count }, () => {
        const purchases = Array.from({ length: Math.floor(random() * 9) }, () => ({
          at: now - Math.floor(random() * 730) * day,
          amount: 100 + Math.floor(random() * 5000),
        }));
        const surveys = random() < 0.3 ? [{ at: now - 30 * day, recommend: 1 + Math.floor(random() * 5), repurchase: 1 + Math.floor(random() * 5) }] : [];
        return { wallet: { purchasesPerYear: 8, spendPerYear: 20_000 }, purchases, surveys };
      });
      const purchaseCount = base.reduce((sum, c) => sum + c.purchases.length, 0);
      const rescore = time(() => {
        const summaries = base.flatMap((c) => L.summarisePurchases(c.purchases, now) ?? []);
        const model = L.fitBaseModel(summaries, now);
        for (const c of base) L.analyseCustomer(c, c.purchases, c.surveys, model, L.DEFAULT_LOYALTY_SETTINGS, now);
      });
      return { bgFit, ggFit, rescore, purchaseCount };
    },
    { rows: cdnow, count: customers },
  );
}

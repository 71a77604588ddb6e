import { z } from 'zod';
import { fitBgNbd } from './bgnbd';
import { fitGammaGamma } from './gammagamma';
import type { PurchaseSummary } from './summary';

/** The customer-base model, fitted on every customer at once and kept (aggregate figures only). */
export const baseModelSchema = z.object({
  bg: z.object({ r: z.number(), alpha: z.number(), a: z.number(), b: z.number(), logLik: z.number() }),
  gg: z.object({ p: z.number(), q: z.number(), gamma: z.number(), logLik: z.number() }).optional(),
  fittedAt: z.number(),
  customers: z.number().int(),
});
export type BaseModel = z.infer<typeof baseModelSchema>;

/** Below this many customers with repeat purchases the fit says more about noise than about the base. */
export const MIN_REPEAT_CUSTOMERS = 10;

export function fitBaseModel(summaries: PurchaseSummary[], now: number): BaseModel | undefined {
  const repeaters = summaries.filter((summary) => summary.x > 0);
  if (repeaters.length < MIN_REPEAT_CUSTOMERS) return undefined;
  const bg = fitBgNbd(summaries.map(({ x, tx, T }) => ({ x, tx, T })));
  const spendRows = repeaters.filter((summary) => summary.mx > 0).map(({ x, mx }) => ({ x, mx }));
  const gg = spendRows.length >= MIN_REPEAT_CUSTOMERS ? fitGammaGamma(spendRows) : undefined;
  const finite = (values: number[]) => values.every(Number.isFinite);
  return {
    bg,
    gg: gg && finite([gg.p, gg.q, gg.gamma]) ? gg : undefined,
    fittedAt: now,
    customers: summaries.length,
  };
}

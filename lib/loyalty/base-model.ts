import { z } from 'zod';
import { fitBgNbdSteps } from './bgnbd';
import { fitGammaGammaSteps } from './gammagamma';
import { runToEnd, type Steps } from '../steps';
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

/**
 * Above this many customers the model is fitted on an evenly spread sample: the
 * estimates barely move, and the fit stays well under a second on large bases.
 */
export const MAX_FIT_CUSTOMERS = 10_000;

function sample<T>(rows: T[], size: number): T[] {
  if (rows.length <= size) return rows;
  const stride = rows.length / size;
  return Array.from({ length: size }, (_, i) => rows[Math.floor(i * stride)]!);
}

export function fitBaseModel(allSummaries: PurchaseSummary[], now: number): BaseModel | undefined {
  return runToEnd(fitBaseModelSteps(allSummaries, now));
}

/** The same fit, yielding between the searches' iterations (see steps.ts). */
export function* fitBaseModelSteps(allSummaries: PurchaseSummary[], now: number): Steps<BaseModel | undefined> {
  const summaries = sample(allSummaries, MAX_FIT_CUSTOMERS);
  const repeaters = summaries.filter((summary) => summary.x > 0);
  if (repeaters.length < MIN_REPEAT_CUSTOMERS) return undefined;
  const bg = yield* fitBgNbdSteps(summaries.map(({ x, tx, T }) => ({ x, tx, T })));
  const spendRows = repeaters.filter((summary) => summary.mx > 0).map(({ x, mx }) => ({ x, mx }));
  const gg = spendRows.length >= MIN_REPEAT_CUSTOMERS ? yield* fitGammaGammaSteps(spendRows) : undefined;
  const finite = (values: number[]) => values.every(Number.isFinite);
  return {
    bg,
    gg: gg && finite([gg.p, gg.q, gg.gamma]) ? gg : undefined,
    fittedAt: now,
    customers: allSummaries.length,
  };
}

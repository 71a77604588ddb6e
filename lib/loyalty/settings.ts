import * as z from 'zod/mini';

type NumberCheck = z.core.$ZodCheck<number>;
const num = (fallback: number, ...checks: NumberCheck[]) => z._default(z.number().check(...checks), fallback);
const int = (fallback: number, ...checks: NumberCheck[]) => z._default(z.int().check(...checks), fallback);

/**
 * The company's own weights, scales and thresholds for loyalty measurement
 * (handbooks differ by company). The defaults reproduce the handbook example:
 * attitude = (recommend × 0.3 + repurchase × 0.4) × 0.7 × 100 / 5, so scores 4 and 3 give 33.6.
 */
export const loyaltySettingsSchema = z.object({
  recommendWeight: num(0.3, z.minimum(0), z.maximum(1)),
  repurchaseWeight: num(0.4, z.minimum(0), z.maximum(1)),
  attitudeFactor: num(0.7, z.positive(), z.maximum(10)),
  surveyScale: int(5, z.minimum(2), z.maximum(10)),
  /** A survey older than this no longer speaks for today's attitude. */
  surveyMaxAgeDays: int(365, z.positive()),
  /** Repeat-purchase rate or share of wallet at or above this (percent) is behaviourally loyal. */
  behaviouralHighPercent: num(50, z.minimum(0), z.maximum(100)),
  /** Attitude score at or above this is attitudinally loyal (the default scale tops out at 49). */
  attitudinalHighScore: num(30, z.minimum(0), z.maximum(100)),
  /** Window for behavioural measures. */
  behaviourWindowDays: int(365, z.positive()),
  /** Customer lifetime value: how far ahead, and the yearly discount rate for money later. */
  clvHorizonWeeks: int(52, z.minimum(1), z.maximum(520)),
  annualDiscountRate: num(0.1, z.minimum(0), z.maximum(1)),
});
export type LoyaltySettings = z.infer<typeof loyaltySettingsSchema>;
export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = loyaltySettingsSchema.parse({});

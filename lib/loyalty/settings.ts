import { z } from 'zod';

/**
 * The company's own weights, scales and thresholds for loyalty measurement
 * (handbooks differ by company). The defaults reproduce the handbook example:
 * attitude = (recommend × 0.3 + repurchase × 0.4) × 0.7 × 100 / 5, so scores 4 and 3 give 33.6.
 */
export const loyaltySettingsSchema = z.object({
  recommendWeight: z.number().min(0).max(1).default(0.3),
  repurchaseWeight: z.number().min(0).max(1).default(0.4),
  attitudeFactor: z.number().positive().max(10).default(0.7),
  surveyScale: z.number().int().min(2).max(10).default(5),
  /** A survey older than this no longer speaks for today's attitude. */
  surveyMaxAgeDays: z.number().int().positive().default(365),
  /** Repeat-purchase rate or share of wallet at or above this (percent) is behaviourally loyal. */
  behaviouralHighPercent: z.number().min(0).max(100).default(50),
  /** Attitude score at or above this is attitudinally loyal (the default scale tops out at 49). */
  attitudinalHighScore: z.number().min(0).max(100).default(30),
  /** Window for behavioural measures. */
  behaviourWindowDays: z.number().int().positive().default(365),
  /** Customer lifetime value: how far ahead, and the yearly discount rate for money later. */
  clvHorizonWeeks: z.number().int().min(1).max(520).default(52),
  annualDiscountRate: z.number().min(0).max(1).default(0.1),
});
export type LoyaltySettings = z.infer<typeof loyaltySettingsSchema>;
export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = loyaltySettingsSchema.parse({});

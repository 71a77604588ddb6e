import type { Purchase } from '../db/schema';
import { DAY_MS } from './measure';

export type LifecycleStage = 'deciding' | 'first-deal' | 'repeat-buying' | 'latent-switching' | 'switched-away';

export interface StageVerdict {
  stage: LifecycleStage;
  /** The figures the rule used, for the explanation. */
  basis: Record<string, number>;
}

/**
 * The life-cycle stage, by these rules (in order):
 * 1. no purchase: deciding;
 * 2. one purchase: first deal;
 * 3. P(alive) below 0.15, or silent for more than 3 typical intervals and over a year: switched away;
 * 4. P(alive) below 0.5, or silent for more than 2 typical intervals, or buying irregularly
 *    (coefficient of variation of the intervals above 1) and silent for more than 1.5 intervals: latent switching;
 * 5. otherwise: repeat buying.
 * The typical interval is the median gap between purchase days.
 */
export function lifecycleStage(purchases: Pick<Purchase, 'at'>[], now: number, pAlive?: number): StageVerdict {
  const days = [...new Set(purchases.filter((p) => p.at <= now).map((p) => Math.floor(p.at / DAY_MS)))].sort((a, b) => a - b);
  if (days.length === 0) return { stage: 'deciding', basis: { purchases: 0 } };
  if (days.length === 1) return { stage: 'first-deal', basis: { purchases: 1 } };
  const gaps = days.slice(1).map((day, i) => day - days[i]!);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const median = sortedGaps[Math.floor(sortedGaps.length / 2)]!;
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  const sd = Math.sqrt(gaps.reduce((sum, gap) => sum + (gap - mean) ** 2, 0) / gaps.length);
  const cv = mean > 0 ? sd / mean : 0;
  const silentDays = Math.floor(now / DAY_MS) - days[days.length - 1]!;
  const basis = { purchases: days.length, medianIntervalDays: median, silentDays, intervalVariation: Math.round(cv * 100) / 100, ...(pAlive === undefined ? {} : { pAlive }) };
  const typical = Math.max(median, 1);
  if ((pAlive !== undefined && pAlive < 0.15) || (silentDays > 3 * typical && silentDays > 365)) return { stage: 'switched-away', basis };
  if ((pAlive !== undefined && pAlive < 0.5) || silentDays > 2 * typical || (cv > 1 && silentDays > 1.5 * typical)) {
    return { stage: 'latent-switching', basis };
  }
  return { stage: 'repeat-buying', basis };
}

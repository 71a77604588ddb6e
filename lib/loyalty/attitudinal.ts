import type { Survey } from '../db/schema';
import { DAY_MS, known, round1, unknown, type Measure } from './measure';
import type { LoyaltySettings } from './settings';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** NPS: promoters answer 9–10, passives 7–8, detractors 0–6. */
export function npsCategory(answer: number): NpsCategory {
  if (answer >= 9) return 'promoter';
  if (answer >= 7) return 'passive';
  return 'detractor';
}

/** The handbook's weighted attitude score from one recommend and one repurchase answer. */
export function attitudeScore(recommend: number, repurchase: number, settings: LoyaltySettings): number {
  const { recommendWeight, repurchaseWeight, attitudeFactor, surveyScale } = settings;
  return round1(((recommend * recommendWeight + repurchase * repurchaseWeight) * attitudeFactor * 100) / surveyScale);
}

export interface AttitudinalLoyalty {
  score: Measure;
  nps?: { answer: number; category: NpsCategory };
}

/** From the latest survey that is not stale; an older one is reported as missing, not used. */
export function attitudinalLoyalty(
  surveys: Pick<Survey, 'at' | 'recommend' | 'repurchase' | 'nps'>[],
  settings: LoyaltySettings,
  now: number,
): AttitudinalLoyalty {
  const fresh = surveys
    .filter((survey) => survey.at <= now && now - survey.at <= settings.surveyMaxAgeDays * DAY_MS)
    .sort((a, b) => b.at - a.at);
  const scored = fresh.find((survey) => survey.recommend !== undefined && survey.repurchase !== undefined);
  const withNps = fresh.find((survey) => survey.nps !== undefined);
  return {
    score: scored
      ? known(attitudeScore(scored.recommend!, scored.repurchase!, settings), {
          recommend: scored.recommend!,
          repurchase: scored.repurchase!,
          surveyAt: scored.at,
        })
      : unknown(surveys.length > 0 ? 'recentSurvey' : 'survey'),
    nps: withNps ? { answer: withNps.nps!, category: npsCategory(withNps.nps!) } : undefined,
  };
}

import type { LoyaltyType } from '../db/schema';
import type { AttitudinalLoyalty } from './attitudinal';
import type { BehaviouralLoyalty } from './behavioural';
import type { LoyaltySettings } from './settings';

/** One line of the explanation: a message id of the UI catalogs and its figures. */
export interface Reason {
  id: 'behaviour-high' | 'behaviour-low' | 'attitude-high' | 'attitude-low' | 'missing';
  figures: Record<string, number | string>;
}

export interface LoyaltyVerdict {
  type: LoyaltyType;
  reasons: Reason[];
}

/**
 * The four loyalty types of the handbooks: behaviour (repeat-purchase rate or
 * share of wallet, whichever is known and higher) against attitude (the weighted
 * survey score, or an NPS answer when no scored survey exists). Either side
 * unknown gives "not enough data", with what is missing.
 */
export function classifyLoyalty(
  behaviour: BehaviouralLoyalty,
  attitude: AttitudinalLoyalty,
  settings: LoyaltySettings,
): LoyaltyVerdict {
  const reasons: Reason[] = [];
  const behaviourMeasures = (
    [
      ['repeatPurchaseRate', behaviour.repeatPurchaseRate],
      ['shareOfWallet', behaviour.shareOfWallet],
    ] as const
  ).flatMap(([name, measure]) => (measure.known ? [{ name, value: measure.value }] : []));
  const bestBehaviour = behaviourMeasures.sort((a, b) => b.value - a.value)[0];
  let behaviourHigh: boolean | undefined;
  if (bestBehaviour) {
    behaviourHigh = bestBehaviour.value >= settings.behaviouralHighPercent;
    reasons.push({
      id: behaviourHigh ? 'behaviour-high' : 'behaviour-low',
      figures: { measure: bestBehaviour.name, value: bestBehaviour.value, threshold: settings.behaviouralHighPercent },
    });
  } else {
    reasons.push({ id: 'missing', figures: { what: 'categoryPurchasesPerYear|categorySpendPerYear' } });
  }

  let attitudeHigh: boolean | undefined;
  if (attitude.score.known) {
    attitudeHigh = attitude.score.value >= settings.attitudinalHighScore;
    reasons.push({
      id: attitudeHigh ? 'attitude-high' : 'attitude-low',
      figures: { measure: 'attitudeScore', value: attitude.score.value, threshold: settings.attitudinalHighScore },
    });
  } else if (attitude.nps) {
    attitudeHigh = attitude.nps.category === 'promoter';
    reasons.push({ id: attitudeHigh ? 'attitude-high' : 'attitude-low', figures: { measure: 'nps', value: attitude.nps.answer, threshold: 9 } });
  } else {
    reasons.push({ id: 'missing', figures: { what: attitude.score.known ? '' : attitude.score.missing.join('|') } });
  }

  if (behaviourHigh === undefined || attitudeHigh === undefined) return { type: 'not-enough-data', reasons };
  const type: LoyaltyType = behaviourHigh
    ? attitudeHigh
      ? 'true-loyal'
      : 'spurious-loyal'
    : attitudeHigh
      ? 'potential-loyal'
      : 'disloyal';
  return { type, reasons };
}

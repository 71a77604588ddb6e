import type { Customer, Purchase, Survey } from '../db/schema';
import { attitudinalLoyalty, type AttitudinalLoyalty } from './attitudinal';
import { behaviouralLoyalty, walletOf, type BehaviouralLoyalty } from './behavioural';
import type { BaseModel } from './base-model';
import { expectedPurchases, pAlive } from './bgnbd';
import { classifyLoyalty, type Reason } from './classify';
import { customerLifetimeValue } from './clv';
import { expectedSpend } from './gammagamma';
import { lifecycleStage, type LifecycleStage } from './lifecycle';
import type { LoyaltySettings } from './settings';
import { summarisePurchases } from './summary';


export interface LoyaltyAnalysis {
  type: Customer['loyalty']['type'];
  reasons: Reason[];
  stage: LifecycleStage;
  stageBasis: Record<string, number>;
  behaviour: BehaviouralLoyalty;
  attitude: AttitudinalLoyalty;
  /** From the base model, when there is one and the customer has bought. */
  forecast?: {
    pAlive: number;
    expectedPurchases: number;
    expectedValue?: number;
    weeks: number;
    /** The basis: how many customers the model was fitted on, and the discount rate of the value. */
    modelCustomers: number;
    annualDiscountRate: number;
  };
}

/** Everything the card says about a customer's loyalty, from their own history and the base model. */
export function analyseCustomer(
  customer: Pick<Customer, 'wallet'>,
  purchases: Pick<Purchase, 'at' | 'amount'>[],
  surveys: Pick<Survey, 'at' | 'recommend' | 'repurchase' | 'nps'>[],
  model: BaseModel | undefined,
  settings: LoyaltySettings,
  now: number,
): LoyaltyAnalysis {
  const behaviour = behaviouralLoyalty(purchases, walletOf(customer), now, settings.behaviourWindowDays);
  const attitude = attitudinalLoyalty(surveys, settings, now);
  const verdict = classifyLoyalty(behaviour, attitude, settings);
  const summary = summarisePurchases(purchases, now);
  let forecast: LoyaltyAnalysis['forecast'];
  if (model && summary) {
    const alive = pAlive(model.bg, summary.x, summary.tx, summary.T);
    const weeks = settings.clvHorizonWeeks;
    const expected = expectedPurchases(model.bg, weeks, summary.x, summary.tx, summary.T);
    const spend = model.gg && summary.x > 0 ? expectedSpend(model.gg, summary.x, summary.mx) : undefined;
    forecast = {
      pAlive: alive,
      expectedPurchases: expected,
      expectedValue:
        model.gg && spend !== undefined
          ? customerLifetimeValue(model.bg, model.gg, summary, {
              horizonWeeks: weeks,
              annualDiscountRate: settings.annualDiscountRate,
            })
          : undefined,
      weeks,
      modelCustomers: model.customers,
      annualDiscountRate: settings.annualDiscountRate,
    };
  }
  const stage = lifecycleStage(purchases, now, forecast?.pAlive);
  return { type: verdict.type, reasons: verdict.reasons, stage: stage.stage, stageBasis: stage.basis, behaviour, attitude, forecast };
}

import type { CareAction, Customer, Interaction, Purchase, Survey } from '../db/schema';
import type { CareRuleId, CareSettings } from './settings';

export { DEFAULT_CARE_SETTINGS, type CareSettings } from './settings';

/** Everything a rule may look at for one customer; rules are pure functions of it. */
export interface CareContext {
  customer: Customer;
  interactions: Interaction[];
  purchases: Purchase[];
  surveys: Survey[];
  /** Today in the user's time zone, as an ISO date, and the moment of evaluation. */
  today: string;
  now: number;
  settings: CareSettings;
}

/** A suggested action. `cause` names what raised it, so a closed one returns only when its cause recurs. */
export interface Suggestion {
  kind: CareAction['kind'];
  due: number;
  cause: string;
  /** A message id of the UI catalogs and its values, rendered in the user's language when stored. */
  reason: { id: ReasonId; values: Record<string, string | number> };
}

export type ReasonId =
  | 'care.reason.date'
  | 'care.reason.holiday'
  | 'care.reason.rhythm'
  | 'care.reason.complaint'
  | 'care.reason.promise'
  | 'care.reason.followUp'
  | 'care.reason.survey'
  | 'care.reason.thankYou'
  | 'care.reason.winBack'
  | 'care.reason.latent'
  | 'care.reason.barrier'
  | 'care.reason.earlyWarning';

export interface CareRule {
  id: CareRuleId;
  run(context: CareContext): Suggestion[];
}

export const DAY_MS = 86_400_000;
/** 09:00 local time on an ISO date: when a suggestion for that day becomes due. */
export const morningOf = (iso: string) => new Date(`${iso}T09:00:00`).getTime();
export const isoDate = (epochMs: number) => {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
export const addDays = (iso: string, days: number) => isoDate(new Date(`${iso}T12:00:00`).getTime() + days * DAY_MS);

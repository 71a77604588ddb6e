import type { CareContext, CareRule, Suggestion } from '../types';
import { contactRhythm, openComplaints, purchaseFollowUp, staleSurvey } from './contact';
import { holidays, personalDates } from './dates';
import { loyaltyStrategy } from './loyalty';
import { promises } from './promises';

/** Every care rule, one entry each; the user can switch any of them off in settings. */
export const careRules: readonly CareRule[] = [
  personalDates,
  holidays,
  openComplaints,
  promises,
  purchaseFollowUp,
  contactRhythm,
  staleSurvey,
  loyaltyStrategy,
];

/** All suggestions for one customer, most urgent first; a rule that fails is skipped, not fatal. */
export function suggestCare(context: CareContext): Suggestion[] {
  return careRules
    .filter((rule) => !context.settings.disabled.includes(rule.id))
    .flatMap((rule) => {
      try {
        return rule.run(context);
      } catch (error) {
        console.warn(`care rule ${rule.id} failed`, error);
        return [];
      }
    })
    .sort((a, b) => a.due - b.due);
}

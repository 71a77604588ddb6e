import type { CareAction, Customer, Interaction, Purchase, Survey } from '../db/schema';
import { suggestCare } from './rules';
import { isoDate, type CareSettings, type Suggestion } from './types';

export interface CareInputs {
  customers: Customer[];
  /** Live rows by customer id. */
  interactionsOf: Map<string, Interaction[]>;
  purchasesOf: Map<string, Purchase[]>;
  surveysOf: Map<string, Survey[]>;
  /** The customers' live care actions, open or closed, by customer id. */
  actionsOf: Map<string, CareAction[]>;
}

export interface CarePlan {
  added: CareAction[];
  withdrawn: CareAction[];
}

/**
 * What the rules change in the stored care actions: a suggestion is added once per
 * cause, so a closed one does not come back unless its cause recurs (next year's
 * birthday, a new complaint); an open one whose cause has gone (a contact was logged,
 * the complaint answered, the rule switched off) is withdrawn.
 */
export function planCare(
  inputs: CareInputs,
  settings: CareSettings,
  now: number,
  reasonText: (suggestion: Suggestion) => string,
): CarePlan {
  const added: CareAction[] = [];
  const withdrawn: CareAction[] = [];
  const today = isoDate(now);
  for (const customer of inputs.customers) {
    if (customer.deletedAt !== undefined) continue;
    const suggestions = suggestCare({
      customer,
      interactions: inputs.interactionsOf.get(customer.id) ?? [],
      purchases: inputs.purchasesOf.get(customer.id) ?? [],
      surveys: inputs.surveysOf.get(customer.id) ?? [],
      today,
      now,
      settings,
    });
    const existing = inputs.actionsOf.get(customer.id) ?? [];
    const known = new Set(existing.map((action) => action.cause));
    const current = new Set(suggestions.map((suggestion) => suggestion.cause));
    for (const suggestion of suggestions) {
      if (known.has(suggestion.cause)) continue;
      known.add(suggestion.cause);
      // Built from typed values, not parsed: a full pass creates hundreds of thousands (zod took a third of it).
      added.push({
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        customerId: customer.id,
        kind: suggestion.kind,
        due: suggestion.due,
        status: 'open',
        reason: reasonText(suggestion).slice(0, 2000),
        cause: suggestion.cause.slice(0, 300),
      });
    }
    for (const action of existing) {
      if (action.cause && action.status !== 'done' && action.status !== 'dismissed' && !current.has(action.cause)) {
        withdrawn.push({ ...action, deletedAt: now, updatedAt: now });
      }
    }
  }
  return { added, withdrawn };
}

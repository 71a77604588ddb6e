/**
 * What the care benchmark runs inside Chromium: an in-memory base shaped like the bench's
 * (each customer with contacts, purchases and dates, a fifth with lunar birthdays) and
 * the care pass over it, without the database.
 */
import { planCare, type CareInputs } from '../../lib/care/plan';
import { DEFAULT_CARE_SETTINGS } from '../../lib/care/settings';
import { customerSchema, type CareAction, type Interaction, type Purchase } from '../../lib/db/schema';

const DAY = 86_400_000;

// The bench page is about:blank, not a secure context, so it lacks randomUUID (the extension's pages have it).
if (typeof crypto.randomUUID !== 'function') {
  const hex = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');
  Object.defineProperty(crypto, 'randomUUID', { value: () => `${hex(4)}-${hex(2)}-4${hex(2).slice(1)}-a${hex(2).slice(1)}-${hex(6)}` });
}

export function buildBase(customers: number, now: number): CareInputs {
  const inputs: CareInputs = { customers: [], interactionsOf: new Map(), purchasesOf: new Map(), surveysOf: new Map(), actionsOf: new Map() };
  for (let i = 0; i < customers; i++) {
    const id = crypto.randomUUID();
    inputs.customers.push(
      customerSchema.parse({
        id,
        createdAt: now - 900 * DAY,
        updatedAt: now,
        name: `C${i}`,
        tier: (['A', 'B', 'C'] as const)[i % 3],
        importantDates: [{ kind: 'birthday', month: 1 + (i % 12), day: 1 + (i % 28), ...(i % 5 === 0 ? { calendar: 'lunar' } : {}) }],
        loyalty: { type: (['true-loyal', 'potential-loyal', 'spurious-loyal', 'disloyal'] as const)[i % 4], stage: 'repeat-buying', source: 'engine' },
      }),
    );
    const interactions: Interaction[] = Array.from({ length: 10 }, (_, k) => ({
      id: crypto.randomUUID(), createdAt: 0, updatedAt: 0, customerId: id,
      type: k === 3 && i % 7 === 0 ? 'complaint' : 'email', at: now - (k * 20 + (i % 50)) * DAY, summary: 'contact',
    }));
    const purchases: Purchase[] = Array.from({ length: 3 }, (_, k) => ({
      id: crypto.randomUUID(), createdAt: 0, updatedAt: 0, customerId: id, at: now - (k * 60 + (i % 40)) * DAY,
      amount: 100, currency: 'CNY', product: 'p', quantity: 1,
    }));
    inputs.interactionsOf.set(id, interactions);
    inputs.purchasesOf.set(id, purchases);
  }
  return inputs;
}

/**
 * Milliseconds of the first pass (every suggestion new) and of a later pass (all of them stored), the median of three:
 * one later pass, right after the first had made 334k actions, took 755 to 2,023 ms from run to run, by when the
 * collector cleared the first pass's garbage.
 */
export function runCarePasses(customers: number): { first: number; later: number; actions: number } {
  const now = Date.now();
  const base = buildBase(customers, now);
  const reason = (suggestion: { reason: { id: string } }) => suggestion.reason.id;
  let started = performance.now();
  const { added } = planCare(base, DEFAULT_CARE_SETTINGS, now, reason);
  const first = performance.now() - started;
  const actionsOf = new Map<string, CareAction[]>();
  for (const action of added) actionsOf.set(action.customerId, [...(actionsOf.get(action.customerId) ?? []), action]);
  const later: number[] = [];
  for (let run = 0; run < 3; run++) {
    started = performance.now();
    planCare({ ...base, actionsOf }, DEFAULT_CARE_SETTINGS, now, reason);
    later.push(performance.now() - started);
  }
  return { first, later: later.sort((a, b) => a - b)[1]!, actions: added.length };
}

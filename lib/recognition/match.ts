import type { CountryCode } from 'libphonenumber-js/min';
import type { CustomerDatabase } from '../db/database';
import { externalIdValue, tryIdentityKey } from '../db/identity-key';
import { normalizeEmail } from '../db/normalize';
import { whereEach } from '../db/of-customers';
import type { IdentityKind } from '../db/schema';
import type { PageContext, PagePerson } from './page-context';

/**
 * certain: an e-mail address or CRM record id the customer's file holds (or the
 * user confirmed); likely: the same phone number; possible: the same company mail
 * domain or the same name, shown as a suggestion, never as the customer.
 */
export type Confidence = 'certain' | 'likely' | 'possible';
export type MatchReason = 'email' | 'external-id' | 'phone' | 'domain' | 'name';

const CONFIDENCE_OF: Record<MatchReason, Confidence> = {
  email: 'certain',
  'external-id': 'certain',
  phone: 'likely',
  domain: 'possible',
  name: 'possible',
};
const RANK: Record<Confidence, number> = { certain: 3, likely: 2, possible: 1 };

export interface Candidate {
  customerId: string;
  confidence: Confidence;
  reason: MatchReason;
}

export interface MatchedPerson extends PagePerson {
  /** Stable key of the person on this page, used to select them in the sidebar. */
  key: string;
  candidates: Candidate[];
}

interface Probe {
  key: string;
  reason: MatchReason;
}

/** A shared company domain or name: enough customers to suggest from, not the whole base. */
const WEAK_KEY_LIMIT = 25;
const isWeak = (probe: Probe) => CONFIDENCE_OF[probe.reason] === 'possible';

/**
 * The live customers each key names (keys: at least one), with a limit up to that many rows per key. Dexie's own
 * promises all the way (no async function): inside the sidebar's live query, every extra native-promise hop risks
 * losing Dexie's zone, after which the reads that follow would no longer be watched and the card would stop
 * following changes.
 */
function customersOfKeys(db: CustomerDatabase, keys: string[], limit?: number): Promise<Map<string, Set<string>>> {
  const rows = whereEach(db.identities, 'key', keys, limit);
  return rows.then((found) => {
    const customersByKey = new Map<string, Set<string>>();
    for (const row of found) {
      if (row.deletedAt !== undefined) continue;
      customersByKey.set(row.key, (customersByKey.get(row.key) ?? new Set()).add(row.customerId));
    }
    return customersByKey;
  });
}

function probesFor(person: PagePerson, externalIds: PageContext['externalIds'], region: CountryCode): Probe[] {
  const probes: Probe[] = [];
  const add = (kind: IdentityKind, value: string | undefined, reason: MatchReason) => {
    const key = value === undefined ? undefined : tryIdentityKey(kind, value, region);
    if (key) probes.push({ key, reason });
  };
  for (const external of externalIds) add('external', externalIdValue(external.system, external.object, external.id), 'external-id');
  add('email', person.email, 'email');
  add('phone', person.phone, 'phone');
  if (person.email) add('domain', person.email, 'domain');
  add('name', person.name, 'name');
  return probes;
}

/** A person's key on the page: their CRM id, else e-mail, phone or name (never the shared company domain). */
const keyOf = (probes: Probe[]) => probes.find((probe) => probe.reason !== 'domain')?.key;

export function personKey(person: PagePerson, phoneRegion: CountryCode): string | undefined {
  return keyOf(probesFor(person, [], phoneRegion));
}

export interface MatchOptions {
  ownAddresses: readonly string[];
  phoneRegion: CountryCode;
}

/**
 * Ranks candidate customers for everyone on a page with one indexed query over
 * the identities table (e-mail, phone, CRM id, company domain and name keys), so
 * the cost does not grow with the number of customers. The user's own addresses
 * are dropped: the user is on every thread and is never the customer.
 */
export async function matchPage(db: CustomerDatabase, context: PageContext, options: MatchOptions): Promise<MatchedPerson[]> {
  const own = new Set(options.ownAddresses.map(normalizeEmail));
  const people = context.people.filter((person) => !person.email || !own.has(normalizeEmail(person.email)));
  // A CRM record's ids belong to the record's person; a record page without one still names the record.
  const recordIndex = people.findIndex((person) => person.role === 'record');
  if (recordIndex < 0 && context.externalIds.length > 0) people.unshift({ role: 'record' });
  const probes = people.map((person, index) =>
    probesFor(person, index === Math.max(recordIndex, 0) ? context.externalIds : [], options.phoneRegion),
  );

  // E-mail, phone and CRM ids first: one indexed query. A shared company domain or a common name can
  // name hundreds of customers in a large base, so those are asked only for people nothing else found,
  // and only for the first few customers each: they make suggestions, never the card.
  // (No await without a query: inside the sidebar's live query, awaiting a promise that is not Dexie's
  // would lose Dexie's zone, and the reads after it would no longer be watched.)
  const strongKeys = probes.flat().filter((probe) => !isWeak(probe)).map((probe) => probe.key);
  const customersByKey = strongKeys.length > 0 ? await customersOfKeys(db, strongKeys) : new Map<string, Set<string>>();
  const unfound = probes.filter((personProbes) => !personProbes.some((probe) => !isWeak(probe) && customersByKey.has(probe.key)));
  const weakKeys = unfound.flat().filter(isWeak).map((probe) => probe.key);
  if (weakKeys.length > 0) for (const [key, ids] of await customersOfKeys(db, weakKeys, WEAK_KEY_LIMIT)) customersByKey.set(key, ids);

  return people.flatMap((person, index) => {
    const personProbes = probes[index]!;
    const key = keyOf(personProbes);
    if (!key) return [];
    const best = new Map<string, Candidate>();
    // Among suggestions, a customer with both the company domain and the name comes first.
    const hits = new Map<string, number>();
    for (const probe of personProbes) {
      for (const customerId of customersByKey.get(probe.key) ?? []) {
        const candidate: Candidate = { customerId, reason: probe.reason, confidence: CONFIDENCE_OF[probe.reason] };
        const current = best.get(customerId);
        hits.set(customerId, (hits.get(customerId) ?? 0) + 1);
        if (!current || RANK[candidate.confidence] > RANK[current.confidence]) best.set(customerId, candidate);
      }
    }
    const candidates = [...best.values()].sort(
      (a, b) => RANK[b.confidence] - RANK[a.confidence] || hits.get(b.customerId)! - hits.get(a.customerId)!,
    );
    return [{ ...person, key, candidates }];
  });
}

type TakenMatch = Candidate & { confidence: Exclude<Confidence, 'possible'> };

/** The customer a person is taken to be: only a certain or likely match, never a suggestion. */
export function takenMatch(person: MatchedPerson): TakenMatch | undefined {
  const best = person.candidates[0];
  return best && best.confidence !== 'possible' ? (best as TakenMatch) : undefined;
}

const matchedCustomerId = (person: MatchedPerson) => takenMatch(person)?.customerId;

/**
 * Who the card is about when the user has not picked anyone: the latest sender
 * who is a customer, else the latest sender (adapters list senders latest first), else the record of a CRM page, else
 * the first customer on the page, else the first person.
 */
export function mostRelevantPerson(people: MatchedPerson[]): MatchedPerson | undefined {
  const senders = people.filter((person) => person.role === 'from');
  return (
    senders.find((person) => matchedCustomerId(person)) ??
    senders[0] ??
    people.find((person) => person.role === 'record') ??
    people.find((person) => matchedCustomerId(person)) ??
    people[0]
  );
}

import { identityKey } from '../db/identity-key';
import {
  careActionSchema,
  customerSchema,
  identitySchema,
  interactionSchema,
  purchaseSchema,
  surveySchema,
  type CareAction,
  type Customer,
  type Identity,
  type Interaction,
  type Purchase,
  type Survey,
} from '../db/schema';
import { DAY, generateHistory, type CustomerHistory } from './history';
import { CHINESE_CORPORATE_PEOPLE } from './people-china-corporate';
import { CHINESE_RETAIL_PEOPLE } from './people-china-retail';
import { FEATURED_EMAILS, FEATURED_PEOPLE } from './people-featured';
import { INTERNATIONAL_PEOPLE } from './people-international';
import { PHONE_FORMATS, type DemoPerson, type PhoneCountry } from './person';
import { createRandom, demoUuid, type Random } from './random';

export interface DemoDataset {
  customers: Customer[];
  identities: Identity[];
  interactions: Interaction[];
  purchases: Purchase[];
  surveys: Survey[];
  careActions: CareAction[];
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  ...FEATURED_PEOPLE,
  ...CHINESE_RETAIL_PEOPLE,
  ...CHINESE_CORPORATE_PEOPLE,
  ...INTERNATIONAL_PEOPLE,
];

/** The senders of the demo mail pages; `unknown` is deliberately not a customer. */
export const DEMO_CUSTOMER_EMAILS = { ...FEATURED_EMAILS, unknown: 'li.lei@example-prospect.cn' } as const;

/** "Value to us" is a profit contribution in the settings' currency: a fifth of last year's sales, in CNY. */
const PROFIT_MARGIN = 0.2;
const CNY_PER_USD = 7.2;

/**
 * The bundled demo data set, with every time relative to `now`. Ids do not
 * depend on `now`, so loading it again later overwrites the same rows.
 */
export function buildDemoDataset(now: number): DemoDataset {
  const dataset: DemoDataset = { customers: [], identities: [], interactions: [], purchases: [], surveys: [], careActions: [] };
  for (const person of DEMO_PEOPLE) {
    const customerId = demoUuid(`${person.key}/customer`);
    const history = generateHistory(person, customerId, now);
    const customer = buildCustomer(person, customerId, history, now);
    dataset.customers.push(customer);
    dataset.identities.push(...buildIdentities(person, customer));
    dataset.interactions.push(...history.interactions);
    dataset.purchases.push(...history.purchases);
    dataset.surveys.push(...history.surveys);
    dataset.careActions.push(...history.careActions);
  }
  // Parsed exactly as the repository parses its writes, so a demo row can never be one the app would refuse.
  return {
    customers: dataset.customers.map((row) => customerSchema.parse(row)),
    identities: dataset.identities.map((row) => identitySchema.parse(row)),
    interactions: dataset.interactions.map((row) => interactionSchema.parse(row)),
    purchases: dataset.purchases.map((row) => purchaseSchema.parse(row)),
    surveys: dataset.surveys.map((row) => surveySchema.parse(row)),
    careActions: dataset.careActions.map((row) => careActionSchema.parse(row)),
  };
}

/**
 * What each demo customer buys in the category from anyone, so that the loyalty
 * engine can compute repeat-purchase rate and share of wallet: behaviourally
 * loyal customers give us about 70 % of it, the others about 25 %. Prospects
 * and "not enough data" customers have no estimate, as in real files.
 */
function demoWallet(person: DemoPerson, purchases: Purchase[], now: number): Customer['wallet'] {
  const share = { 'true-loyal': 0.7, 'spurious-loyal': 0.7, 'potential-loyal': 0.25, disloyal: 0.25, 'not-enough-data': 0 }[person.loyalty.type];
  const lastYear = purchases.filter((purchase) => purchase.at > now - 365 * DAY);
  if (share === 0 || lastYear.length === 0) return undefined;
  const spend = lastYear.reduce((sum, purchase) => sum + purchase.amount, 0);
  return { purchasesPerYear: Math.ceil(lastYear.length / share), spendPerYear: Math.round(spend / share) };
}

/** The person's dates with the birthday moved to `days` after `now` (local calendar). */
function withBirthdayIn(dates: NonNullable<DemoPerson['importantDates']>, days: number, now: number) {
  const day = new Date(now + days * DAY);
  return [
    { kind: 'birthday' as const, month: day.getMonth() + 1, day: day.getDate() },
    ...dates.filter((date) => date.kind !== 'birthday'),
  ];
}

function buildCustomer(person: DemoPerson, customerId: string, history: CustomerHistory, now: number): Customer {
  const rng = createRandom(`customer:${person.key}`);
  const { name, title, company, tier, preferences, importantDates, family, lifestyleNotes, tags } = person;
  const { interactions, purchases, surveys, careActions } = history;
  const dealTimes = purchases.map((purchase) => purchase.at);
  const eventTimes = [...interactions.map((row) => row.at), ...dealTimes, ...surveys.map((row) => row.at), ...careActions.map((row) => row.createdAt)];
  const createdAt = Math.min(now, ...eventTimes) - rng.int(1, 10) * DAY;
  const updatedAt = Math.max(createdAt, ...[...interactions, ...purchases, ...surveys, ...careActions].map((row) => row.updatedAt));
  const lastYearSales = purchases.filter((purchase) => purchase.at > now - 365 * DAY).reduce((sum, purchase) => sum + purchase.amount, 0);
  const valueToUs = Math.round((lastYearSales * PROFIT_MARGIN * (person.currency === 'USD' ? CNY_PER_USD : 1)) / 100) * 100;
  return customerSchema.parse({
    name,
    title,
    tier,
    preferences,
    importantDates: person.birthdayInDays === undefined ? importantDates : withBirthdayIn(importantDates ?? [], person.birthdayInDays, now),
    family,
    lifestyleNotes,
    tags,
    id: customerId,
    createdAt,
    updatedAt,
    company: { ...company, ...(valueToUs > 0 && { valueToUs }) },
    loyalty: { ...person.loyalty, source: 'manual' },
    wallet: demoWallet(person, purchases, now),
    ...(dealTimes.length > 0 && { firstDealAt: Math.min(...dealTimes), lastDealAt: Math.max(...dealTimes) }),
  });
}

function buildIdentities(person: DemoPerson, customer: Customer): Identity[] {
  const row = (role: string, kind: Identity['kind'], value: string): Identity => ({
    id: demoUuid(`${person.key}/identity/${role}`),
    createdAt: customer.createdAt,
    updatedAt: customer.createdAt,
    customerId: customer.id,
    kind,
    key: identityKey(kind, value),
    display: value,
  });
  const emails = person.emails.map((address, i) => row(`email/${i}`, 'email', address));
  if (!person.phoneCountry) return emails;
  return [...emails, row('phone', 'phone', mobileNumber(createRandom(`phone:${person.key}`), person.phoneCountry))];
}

/** A made-up mobile number written the way people of that country write it. */
function mobileNumber(rng: Random, country: PhoneCountry): string {
  const { prefix, groups } = PHONE_FORMATS[country];
  const digits = (count: number) => Array.from({ length: count }, () => rng.int(0, 9)).join('');
  return [country, rng.pick(prefix), ...groups.map(digits)].join(' ');
}

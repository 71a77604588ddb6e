/**
 * The benchmark's customer base, generated chunk by chunk from a seed: 100,000
 * customers (Chinese and English names, company and free-mail addresses, mobile
 * numbers, CRM ids), 1,000,000 interactions, 300,000 purchases and surveys.
 * Each chunk is a pure function of its index, so an interrupted load resumes at
 * the first chunk not yet written and every run gets the same rows.
 */
import { tryIdentityKey } from '../../../lib/db/identity-key';
import type { Customer, Identity, Interaction, InteractionType, Purchase, Survey } from '../../../lib/db/schema';
import { createRandom, type Random } from '../../../lib/demo/random';
import * as N from './names';

/** Bump when the rows change: the cached profile is keyed by it. */
export const GENERATOR_VERSION = 1;

export const BASE_SIZE = { customers: 100_000, interactions: 1_000_000, purchases: 300_000 } as const;
export const CHUNK_CUSTOMERS = 5_000;
export const CHUNKS = BASE_SIZE.customers / CHUNK_CUSTOMERS;
const DAY = 86_400_000;

export interface Chunk {
  customers: Customer[];
  identities: Identity[];
  interactions: Interaction[];
  purchases: Purchase[];
  surveys: Survey[];
}

function uuid(random: Random): string {
  const hex = random.hex(30);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-${'89ab'[random.int(0, 3)]}${hex.slice(15, 18)}-${hex.slice(18, 30)}`;
}

/** Splits `total` over weights exactly (largest remainder), so every chunk holds its share to the row. */
function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) counts[i]!++;
  return counts;
}

interface Person {
  name: string;
  email: string;
  company?: { name: string; location: string };
  phone?: string;
}

function person(random: Random, serial: number): Person {
  if (random.chance(0.75)) {
    const [surname, surnamePinyin] = random.pick(N.CHINESE_SURNAMES);
    const [given, givenPinyin] = random.pick(N.CHINESE_GIVEN);
    const [word, wordPinyin] = random.pick(N.CHINESE_COMPANY_WORDS);
    const [trade, tradePinyin] = random.pick(N.CHINESE_TRADES);
    const city = random.pick(N.CHINESE_CITIES);
    const corporate = random.chance(0.6);
    const domain = corporate ? `${wordPinyin}-${tradePinyin}${serial % 997}.cn` : random.pick(N.FREE_MAIL);
    return {
      name: `${surname}${given}`,
      email: `${givenPinyin}.${surnamePinyin}${serial}@${domain}`,
      company: corporate ? { name: `${city}${word}${trade}有限公司`, location: city } : undefined,
      phone: random.chance(0.85) ? `+86 1${random.pick(['39', '38', '86', '58', '77'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}` : undefined,
    };
  }
  const first = random.pick(N.ENGLISH_FIRST);
  const last = random.pick(N.ENGLISH_LAST);
  const word = random.pick(N.ENGLISH_COMPANY_WORDS);
  const [trade, tradeDomain] = random.pick(N.ENGLISH_TRADES);
  const local = `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
  return {
    name: `${first} ${last}`,
    email: `${local}${serial}@${word.toLowerCase().replace(' ', '')}${tradeDomain}${serial % 499}.com`,
    company: { name: `${word} ${trade}`, location: random.pick(['London', 'Sydney', 'Singapore', 'Hamburg', 'Toronto']) },
    phone: random.chance(0.6) ? `+44 7${String(random.int(100_000_000, 999_999_999))}` : undefined,
  };
}

function identity(random: Random, customerId: string, kind: Identity['kind'], value: string, now: number, derived?: boolean): Identity[] {
  const key = tryIdentityKey(kind, value);
  if (!key) return [];
  return [{ id: uuid(random), createdAt: now, updatedAt: now, customerId, kind, key, display: value, ...(derived ? { derived } : {}) }];
}

const INTERACTION_TYPES: readonly InteractionType[] = ['email', 'email', 'email', 'call', 'meeting', 'note', 'message', 'visit', 'complaint', 'promise'];

export function generateChunk(index: number, now: number): Chunk {
  const random = createRandom(`bench-dataset/v${GENERATOR_VERSION}/chunk/${index}`);
  const chunk: Chunk = { customers: [], identities: [], interactions: [], purchases: [], surveys: [] };
  // Activity is skewed as in a real book of business: a few customers account for most contacts and orders.
  const activity = Array.from({ length: CHUNK_CUSTOMERS }, () => (-Math.log(1 - random.next())) ** 1.5);
  const buying = activity.map((a) => (random.chance(0.2) ? 0 : a));
  const interactionCounts = allocate(BASE_SIZE.interactions / CHUNKS, activity);
  const purchaseCounts = allocate(BASE_SIZE.purchases / CHUNKS, buying);

  for (let i = 0; i < CHUNK_CUSTOMERS; i++) {
    const serial = index * CHUNK_CUSTOMERS + i;
    const p = person(random, serial);
    const customerId = uuid(random);
    const createdAt = now - random.int(30, 1500) * DAY;
    const lunar = random.chance(0.3);
    const customer: Customer = {
      id: customerId,
      createdAt,
      updatedAt: createdAt,
      name: p.name,
      company: p.company ? { ...p.company, businessType: random.pick(['distributor', 'retailer', 'producer', 'end-customer'] as const) } : {},
      tier: random.pick(['A', 'B', 'B', 'C', 'C', 'C'] as const),
      preferences: { likes: random.sample(N.LIKES, random.int(0, 2)), dislikes: [] },
      importantDates: random.chance(0.6)
        ? [{ kind: 'birthday', calendar: lunar ? 'lunar' : 'gregorian', month: random.int(1, 12), day: random.int(1, 28), year: random.int(1955, 2000) }]
        : [],
      family: [],
      tags: random.chance(0.1) ? ['VIP'] : [],
      loyalty: { type: 'not-enough-data', source: 'manual' },
      ...(random.chance(0.5) ? { wallet: { purchasesPerYear: random.int(2, 24), spendPerYear: random.int(5, 500) * 1000 } } : {}),
    };
    chunk.customers.push(customer);
    chunk.identities.push(...identity(random, customerId, 'email', p.email, createdAt));
    if (p.phone) chunk.identities.push(...identity(random, customerId, 'phone', p.phone, createdAt));
    if (random.chance(0.2)) chunk.identities.push(...identity(random, customerId, 'external', `salesforce/contact/003${random.hex(15)}`, createdAt));
    chunk.identities.push(...identity(random, customerId, 'domain', p.email.split('@')[1]!, createdAt, true));
    chunk.identities.push(...identity(random, customerId, 'name', p.name, createdAt, true));

    const span = now - createdAt;
    for (let k = 0; k < interactionCounts[i]!; k++) {
      const type = random.pick(INTERACTION_TYPES);
      const at = createdAt + Math.floor(random.next() * span);
      chunk.interactions.push({
        id: uuid(random),
        createdAt: at,
        updatedAt: at,
        customerId,
        type,
        at,
        summary: type === 'email' ? '' : random.pick(['询问价格', '确认交期', 'Discussed the new catalogue', '投诉包装破损', '答应周五回复']),
        ...(type === 'email' ? { subject: random.pick(N.SUBJECTS), threadId: random.hex(16) } : {}),
      });
    }
    let lastDeal = 0;
    let firstDeal = Infinity;
    for (let k = 0; k < purchaseCounts[i]!; k++) {
      const at = createdAt + Math.floor(random.next() * span);
      lastDeal = Math.max(lastDeal, at);
      firstDeal = Math.min(firstDeal, at);
      chunk.purchases.push({
        id: uuid(random),
        createdAt: at,
        updatedAt: at,
        customerId,
        at,
        amount: random.int(2, 800) * 50,
        currency: p.company?.location && /[a-z]/i.test(p.company.location) ? 'USD' : 'CNY',
        product: random.pick(N.PRODUCTS),
        quantity: random.int(1, 20),
      });
    }
    if (lastDeal) Object.assign(customer, { firstDealAt: firstDeal, lastDealAt: lastDeal });
    if (random.chance(0.35)) {
      const at = now - random.int(1, 700) * DAY;
      chunk.surveys.push({
        id: uuid(random),
        createdAt: at,
        updatedAt: at,
        customerId,
        at,
        recommend: random.int(1, 5),
        repurchase: random.int(1, 5),
        ...(random.chance(0.5) ? { nps: random.int(0, 10) } : {}),
      });
    }
  }
  return chunk;
}

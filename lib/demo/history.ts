import type { CareAction, Interaction, InteractionType, Purchase, Survey } from '../db/schema';
import { catalogFor, type CatalogItem } from './catalog';
import type { DemoPerson } from './person';
import { fillIn, phrasesFor } from './phrases';
import { createRandom, demoUuid, type Random } from './random';

/**
 * Generates a customer's history around their hand-written profile. Purchase
 * rhythm follows the life-cycle stage and loyalty type (the handbooks'
 * behavioural side), survey scores follow the attitude side, so that the demo
 * shows each loyalty type the way the loyalty engine would read it.
 *
 * Everything is drawn in "days ago" from the person's own random stream and
 * only then turned into times relative to `now`, so that the records and their
 * ids do not depend on when the data set is loaded.
 */

export const DAY = 86_400_000;

export interface CustomerHistory {
  interactions: Interaction[];
  purchases: Purchase[];
  surveys: Survey[];
  careActions: CareAction[];
}

type Range = readonly [number, number];

export function generateHistory(person: DemoPerson, customerId: string, now: number): CustomerHistory {
  const rng = createRandom(`history:${person.key}`);
  const at = (daysAgo: number) => Math.round(now - daysAgo * DAY);
  const catalog = catalogFor(person.language, person.segment);
  const name = person.language === 'zh' ? person.name : (person.name.split(' ')[0] ?? person.name);
  // One product per record, so that a subject and its summary talk about the same thing.
  const wordsAboutSomeProduct = () => {
    const product = rng.pick(catalog).product;
    return (template: string) => fillIn(template, { name, product });
  };
  const meta = (role: string, time: number) => ({ id: demoUuid(`${person.key}/${role}`), createdAt: time, updatedAt: time });

  const purchaseDays = planPurchases(person, rng);
  const purchases = purchaseDays.map((days, i): Purchase => {
    const time = at(days);
    return { ...meta(`purchase/${i}`, time), customerId, at: time, ...orderLine(rng.pick(catalog), person.orderSize, rng), currency: person.currency };
  });

  const interactions = planInteractions(person, purchaseDays, rng).map((planned): Interaction => {
    const { role, daysAgo, fixed } = planned;
    const time = at(daysAgo);
    // Before the first order there is nothing to confirm, ship or complain about.
    const ordered = purchaseDays[0] !== undefined && daysAgo <= purchaseDays[0];
    const fitting = (type: InteractionType) => phrasesFor(person.language).interactions[type].filter((t) => ordered || !t.afterOrder);
    const type = fixed || fitting(planned.type).length > 0 ? planned.type : 'note';
    const template = fixed ?? rng.pick(fitting(type));
    const words = wordsAboutSomeProduct();
    const resolved = fixed !== undefined || type === 'complaint' || type === 'promise' || rng.chance(0.5);
    const threadId = type === 'email' && !fixed && rng.chance(0.6) ? `18${rng.hex(14)}` : undefined;
    return {
      ...meta(`interaction/${role}`, time),
      customerId,
      type,
      at: time,
      summary: words(template.summary),
      ...(template.subject !== undefined && { subject: words(template.subject) }),
      ...(template.outcome !== undefined && resolved && { outcome: words(template.outcome) }),
      ...(threadId && { threadId, pageUrl: `https://mail.google.com/mail/u/0/#inbox/${threadId}` }),
    };
  });

  const surveys = planSurveyDays(person, purchaseDays, rng).map((days, i): Survey => {
    const time = at(days);
    return { ...meta(`survey/${i}`, time), customerId, at: time, ...surveyAnswers(person, rng) };
  });

  const careActions = planCareActions(person, rng).map(({ dueInDays, kind, reason }, i): CareAction => {
    const due = Math.round(now + dueInDays * DAY);
    // Hand-written actions are the ones the demo points at, so they stay open.
    const status = person.careActions ? 'open' : dueInDays < 0 && rng.chance(0.2) ? 'done' : dueInDays > 3 && rng.chance(0.1) ? 'snoozed' : 'open';
    const createdAt = Math.min(now, due) - rng.int(2, 14) * DAY;
    const updatedAt = status === 'open' ? createdAt : Math.max(createdAt, Math.min(now, due));
    const words = wordsAboutSomeProduct();
    return { id: demoUuid(`${person.key}/care/${i}`), createdAt, updatedAt, customerId, kind, due, status, reason: words(reason) };
  });

  return { interactions, purchases, surveys, careActions };
}

function orderLine(item: CatalogItem, orderSize: number, rng: Random) {
  const quantity = Math.max(1, Math.round((orderSize * rng.between(0.6, 1.4)) / item.unitPrice));
  const amount = Math.round(quantity * item.unitPrice * 100) / 100;
  return { product: item.product, category: item.category, quantity, amount };
}

const PURCHASE_COUNTS: Record<DemoPerson['loyalty']['type'], Range> = {
  'true-loyal': [15, 25],
  'spurious-loyal': [12, 20],
  'potential-loyal': [4, 7],
  disloyal: [3, 5],
  'not-enough-data': [1, 2],
};

/** Days ago of each purchase, oldest first. */
function planPurchases(person: DemoPerson, rng: Random): number[] {
  const { type, stage } = person.loyalty;
  const pinned = person.lastPurchaseDaysAgo;
  const behaviourallyLoyal = type === 'true-loyal' || type === 'spurious-loyal';
  switch (stage) {
    case 'deciding':
      return [];
    case 'first-deal': {
      // A potential-loyal first buyer often starts with a small trial order.
      const last = pinned ?? rng.int(15, 75);
      return type === 'potential-loyal' && rng.chance(0.5) ? [last + rng.int(20, 60), last] : [last];
    }
    case 'repeat-buying':
      return spread(rng.int(...PURCHASE_COUNTS[type]), rng.int(700, 1000), pinned ?? rng.int(8, 45), 1, rng);
    case 'latent-switching':
      // Gaps grow towards the present: buying has become irregular.
      return spread(behaviourallyLoyal ? rng.int(8, 14) : rng.int(3, 5), rng.int(800, 1000), pinned ?? rng.int(120, 220), 1.6, rng);
    case 'switched-away':
      // Nothing in the last year.
      return spread(behaviourallyLoyal ? rng.int(6, 10) : rng.int(2, 4), rng.int(900, 1050), rng.int(380, 600), 1, rng);
  }
}

/** `count` points from `first` to `last` days ago; a power above 1 widens the later gaps. */
function spread(count: number, first: number, last: number, power: number, rng: Random): number[] {
  if (count <= 1) return count === 1 ? [last] : [];
  const gap = (first - last) / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    const days = first - (first - last) * (i / (count - 1)) ** power;
    const jitter = i === 0 || i === count - 1 ? 0 : rng.between(-0.25, 0.25) * gap;
    return days + jitter + rng.between(0, 0.4);
  });
}

const INTERACTION_COUNTS: Record<NonNullable<DemoPerson['tier']>, Range> = { A: [9, 15], B: [5, 10], C: [2, 6] };

const TYPE_WEIGHTS: [InteractionType, number][] = [
  ['email', 30], ['call', 20], ['message', 15], ['meeting', 10], ['visit', 10], ['note', 7], ['promise', 5], ['complaint', 3],
];

interface PlannedInteraction {
  role: string;
  daysAgo: number;
  type: InteractionType;
  fixed?: { summary: string; subject?: string; outcome?: string };
}

function planInteractions(person: DemoPerson, purchaseDays: number[], rng: Random): PlannedInteraction[] {
  const { stage, type: loyalty } = person.loyalty;
  const fixed = (person.interactions ?? []).map((item, i): PlannedInteraction => ({ role: `fixed/${i}`, daysAgo: item.daysAgo, type: item.type, fixed: item }));
  const firstPurchase = purchaseDays[0];
  const lastPurchase = purchaseDays[purchaseDays.length - 1];
  const start = (firstPurchase ?? rng.int(60, 150)) + rng.int(20, 90);
  const end = stage === 'switched-away' && lastPurchase !== undefined ? lastPurchase - 60 : 1;

  const momentTemplate = person.stageMoment ?? phrasesFor(person.language).stageMoments[stage];
  const momentDays: Record<typeof stage, () => number> = {
    deciding: () => start,
    'first-deal': () => Math.max(1, (lastPurchase ?? 10) - rng.int(5, 12)),
    'repeat-buying': () => rng.int(5, 60),
    'latent-switching': () => rng.int(15, Math.max(16, Math.min(60, (lastPurchase ?? 70) - 10))),
    'switched-away': () => rng.int(60, 200),
  };
  const moment: PlannedInteraction[] = momentTemplate
    ? [{ role: 'moment', daysAgo: momentDays[stage]() + rng.between(0, 0.4), type: momentTemplate.type, fixed: momentTemplate }]
    : [];

  const [min, max] = stage === 'deciding' ? ([2, 4] as const) : INTERACTION_COUNTS[person.tier ?? 'C'];
  const generatedCount = Math.max(0, rng.int(min, max) - fixed.length - moment.length);
  const complaintProne = loyalty === 'spurious-loyal' || loyalty === 'disloyal' || stage === 'latent-switching';
  const weights = TYPE_WEIGHTS.filter(([type]) => type !== 'complaint' || purchaseDays.length > 0).map(
    ([type, weight]): [InteractionType, number] => [type, type === 'complaint' && complaintProne ? 10 : weight],
  );
  const generated = Array.from({ length: generatedCount }, (_, i): PlannedInteraction => ({
    role: `generated/${i}`,
    daysAgo: rng.between(end, start),
    type: weightedPick(weights, rng),
  }));
  return [...fixed, ...moment, ...generated];
}

function weightedPick<T>(weighted: [T, number][], rng: Random): T {
  let roll = rng.between(0, weighted.reduce((sum, [, weight]) => sum + weight, 0));
  for (const [item, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return weighted[weighted.length - 1]![0];
}

function planSurveyDays(person: DemoPerson, purchaseDays: number[], rng: Random): number[] {
  const first = purchaseDays[0];
  const last = purchaseDays[purchaseDays.length - 1];
  if (person.loyalty.type === 'not-enough-data' || first === undefined || last === undefined) return [];
  const [min, max] = ({ A: [1, 3], B: [1, 2], C: [1, 1] } as const)[person.tier ?? 'C'];
  const latest = person.loyalty.stage === 'switched-away' ? last - 30 : 2;
  const days = Array.from({ length: rng.int(min, max) }, () => rng.between(latest, first));
  // The engine reads attitude from a survey of the last year: give every customer still buying a recent one.
  if (person.loyalty.stage !== 'switched-away') days[0] = rng.between(latest, Math.max(latest, Math.min(first, 300)));
  return days;
}

function surveyAnswers(person: DemoPerson, rng: Random): Pick<Survey, 'recommend' | 'repurchase' | 'nps' | 'comment'> {
  const type = person.loyalty.type;
  const happy = type === 'true-loyal' || type === 'potential-loyal';
  const scores = {
    'true-loyal': { recommend: rng.int(4, 5), repurchase: rng.int(4, 5), nps: rng.int(9, 10) },
    'potential-loyal': { recommend: rng.int(4, 5), repurchase: rng.int(3, 5), nps: rng.int(9, 10) },
    // They keep buying but would not recommend us: the handbooks' early churn warning.
    'spurious-loyal': { recommend: rng.int(1, 2), repurchase: rng.int(2, 3), nps: rng.int(4, 6) },
    disloyal: { recommend: rng.int(1, 3), repurchase: rng.int(1, 3), nps: rng.int(2, 6) },
    'not-enough-data': { recommend: 3, repurchase: 3, nps: 7 },
  }[type];
  const form = rng.pick(['full', 'full', 'nps-only', 'scores-only'] as const);
  const comments = phrasesFor(person.language).surveyComments[happy ? 'happy' : 'unhappy'];
  return {
    ...(form !== 'nps-only' && { recommend: scores.recommend, repurchase: scores.repurchase }),
    ...(form !== 'scores-only' && { nps: scores.nps }),
    ...(rng.chance(0.65) && { comment: rng.pick(comments) }),
  };
}

function planCareActions(person: DemoPerson, rng: Random): { dueInDays: number; kind: CareAction['kind']; reason: string }[] {
  if (person.careActions) return person.careActions;
  const { stage, type } = person.loyalty;
  const kinds: Record<typeof stage, CareAction['kind'][]> = {
    deciding: ['follow-up', 'promise-due'],
    'first-deal': ['follow-up', 'thank-you-call', 'survey'],
    'repeat-buying': type === 'true-loyal' ? ['thank-you-call', 'holiday-greeting', 'regular-contact'] : ['regular-contact', 'survey', 'follow-up'],
    'latent-switching': ['regular-contact', 'survey', 'follow-up'],
    'switched-away': ['win-back', 'survey'],
  };
  const [min, max] = ({ A: [2, 3], B: [1, 2], C: [0, 2] } as const)[person.tier ?? 'C'];
  const reasons = phrasesFor(person.language).careReasons;
  return rng
    .sample(kinds[stage], rng.int(min, max))
    .map((kind) => ({ kind, dueInDays: rng.between(-7, 30), reason: reasons[kind] }));
}

import type { CareAction, CustomerInput, InteractionType, LIFECYCLE_STAGES, LoyaltyType } from '../db/schema';

export type DemoLanguage = 'zh' | 'en';

/** What the customer buys from us, which decides the products in their history. */
export type DemoSegment = 'jewellery' | 'hotel' | 'bank' | 'trading' | 'retail' | 'distribution';

export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** A hand-written moment in a customer's history; the rest of the history is generated around it. */
export interface FixedInteraction {
  daysAgo: number;
  type: InteractionType;
  summary: string;
  subject?: string;
  outcome?: string;
}

export interface FixedCareAction {
  /** Negative for an action that is already overdue. */
  dueInDays: number;
  kind: CareAction['kind'];
  reason: string;
}

/** One hand-written customer profile of the demo data set. */
export type DemoPerson = Pick<
  CustomerInput,
  'name' | 'title' | 'company' | 'tier' | 'preferences' | 'importantDates' | 'family' | 'lifestyleNotes' | 'tags'
> & {
  /** Stable slug: seeds the person's random history and every id derived from it, so it must never change. */
  key: string;
  /** A birthday this many days after the day the demo is loaded, so that the demo always has one coming up. */
  birthdayInDays?: number;
  language: DemoLanguage;
  segment: DemoSegment;
  currency: 'CNY' | 'USD';
  /** A typical order in `currency`; purchases vary around it. */
  orderSize: number;
  emails: string[];
  /** Country calling code of a generated mobile number; left out for customers who only write. */
  phoneCountry?: PhoneCountry;
  loyalty: { type: LoyaltyType; stage: LifecycleStage };
  /** Pins the last purchase, for customers whose demo mail refers to a recent order. */
  lastPurchaseDaysAgo?: number;
  interactions?: FixedInteraction[];
  /** Replaces the stage's generic moment (e.g. the lost-customer interview) with this customer's own story. */
  stageMoment?: Omit<FixedInteraction, 'daysAgo'>;
  /** When given, these replace the generated care actions. */
  careActions?: FixedCareAction[];
};

export const PHONE_FORMATS = {
  '+86': { prefix: ['138', '139', '135', '136', '137', '150', '151', '158', '186', '188', '189', '177'], groups: [4, 4] },
  '+852': { prefix: ['9', '6', '5'], groups: [3, 4] },
  '+65': { prefix: ['9', '8'], groups: [3, 4] },
  '+1': { prefix: ['415', '416', '808', '646'], groups: [3, 4] },
  '+44': { prefix: ['7700', '7911'], groups: [6] },
  '+49': { prefix: ['151', '160', '172'], groups: [8] },
  '+61': { prefix: ['412', '423'], groups: [3, 3] },
  '+971': { prefix: ['50', '55'], groups: [3, 4] },
  '+33': { prefix: ['6'], groups: [2, 2, 2, 2] },
  '+55': { prefix: ['11 9'], groups: [4, 4] },
} as const;

export type PhoneCountry = keyof typeof PHONE_FORMATS;

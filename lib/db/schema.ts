import * as z from 'zod/mini';
import { careSettingsSchema, DEFAULT_CARE_SETTINGS } from '../care/settings';
import { DEFAULT_LOYALTY_SETTINGS, loyaltySettingsSchema } from '../loyalty/settings';

/**
 * The records of the customer database. Every table's row type is inferred from
 * these schemas, and every write through lib/db/repository.ts is parsed by them.
 *
 * Ids are random UUIDs and every row carries createdAt / updatedAt (epoch ms) and
 * an optional deletedAt tombstone, so that two salespeople's databases can later
 * be merged row by row without renumbering or resurrecting deleted rows.
 *
 * Written with zod/mini: the sidebar validates every view with the protocol's schemas, which embed these, and
 * the full zod would be 9 KB more (gzipped) of script before each sidebar's first paint. The background and
 * the options page embed them in their full-zod schemas as they are.
 */

// zod/mini carries no messages, where the full zod sets English ones when it loads. The sidebar loads only
// zod/mini, and a form falls back to zod's message for a rule it has no text for: English, as everywhere else.
z.config(z.locales.en());

const id = z.uuid();
const epochMs = z.int().check(z.nonnegative());
/** A string of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));
/** An integer from `min` to `max`. */
export const intIn = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const recordMeta = {
  id,
  createdAt: epochMs,
  updatedAt: epochMs,
  deletedAt: z.optional(epochMs),
};

export const BUSINESS_TYPES = ['distributor', 'retailer', 'producer', 'end-customer'] as const;
export const TIERS = ['A', 'B', 'C'] as const;
export const LOYALTY_TYPES = [
  'true-loyal',
  'potential-loyal',
  'spurious-loyal',
  'disloyal',
  'not-enough-data',
] as const;
export const LIFECYCLE_STAGES = [
  'deciding',
  'first-deal',
  'repeat-buying',
  'latent-switching',
  'switched-away',
] as const;

/** A yearly date such as a birthday; lunar dates move on the Gregorian calendar every year. */
export const importantDateSchema = z.object({
  kind: z.enum(['birthday', 'company-anniversary', 'family', 'other']),
  label: z.optional(text(200)),
  calendar: z._default(z.enum(['gregorian', 'lunar']), 'gregorian'),
  month: intIn(1, 12),
  day: intIn(1, 31),
  year: z.optional(intIn(1900, 2200)),
  leapMonth: z.optional(z.boolean()),
});

export const familyMemberSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  relation: text(100),
  notes: z.optional(text(2000)),
});

export const customerSchema = z.object({
  ...recordMeta,
  /** The person we deal with, as they sign their mail. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  title: z.optional(text(200)),
  company: z._default(
    z.object({
      name: z.optional(text(200)),
      businessType: z.optional(z.enum(BUSINESS_TYPES)),
      location: z.optional(text(200)),
      size: z.optional(text(100)),
      financialStanding: z.optional(text(500)),
      channel: z.optional(text(200)),
      /** Profit contribution to us, in the settings' currency per year. */
      valueToUs: z.optional(z.number().check(z.nonnegative())),
    }),
    {},
  ),
  tier: z.optional(z.enum(TIERS)),
  preferences: z._default(
    z.object({
      likes: z._default(z.array(text(200)), []),
      dislikes: z._default(z.array(text(200)), []),
      contact: z.optional(text(500)),
    }),
    { likes: [], dislikes: [] },
  ),
  importantDates: z._default(z.array(importantDateSchema), []),
  family: z._default(z.array(familyMemberSchema), []),
  lifestyleNotes: z.optional(text(5000)),
  tags: z._default(z.array(text(100)), []),
  loyalty: z._default(
    z.object({
      type: z.enum(LOYALTY_TYPES),
      stage: z.optional(z.enum(LIFECYCLE_STAGES)),
      /** Where the value came from: typed in, or computed by the loyalty engine. */
      source: z.enum(['manual', 'engine']),
      assessedAt: z.optional(epochMs),
    }),
    { type: 'not-enough-data', source: 'manual' },
  ),
  firstDealAt: z.optional(epochMs),
  lastDealAt: z.optional(epochMs),
  /**
   * What the customer buys in our category from anyone, per year (a profile
   * estimate or a survey answer): the denominators of repeat-purchase rate and
   * share of wallet. Unset means unknown, never zero.
   */
  wallet: z.optional(
    z.object({
      purchasesPerYear: z.optional(z.number().check(z.positive())),
      spendPerYear: z.optional(z.number().check(z.positive())),
    }),
  ),
});

/**
 * email, phone and external (a CRM record id) name one customer; domain (a company
 * mail domain) and name are derived from the profile and only suggest a customer.
 */
/** The kinds that name one customer: the ones a user enters and an import matches rows by. */
export const CONTACT_KINDS = ['email', 'phone', 'external'] as const;
export const IDENTITY_KINDS = [...CONTACT_KINDS, 'domain', 'name'] as const;

/**
 * One way to recognise a customer. `key` is the normalised identifier
 * (see lib/db/identity-key.ts) and is indexed, so any e-mail, phone or CRM id
 * finds its customer in one indexed lookup.
 */
export const identitySchema = z.object({
  ...recordMeta,
  customerId: id,
  kind: z.enum(IDENTITY_KINDS),
  key: z.string().check(z.minLength(3), z.maxLength(400)),
  /** As the user typed or the page showed it, for display. */
  display: text(400),
  /** Kept up to date from the profile (domain, name), not entered by anyone. */
  derived: z.optional(z.boolean()),
  /** The user confirmed on a page that this identifier is this customer. */
  confirmedAt: z.optional(epochMs),
});

export const INTERACTION_TYPES = ['email', 'call', 'meeting', 'note', 'visit', 'message', 'complaint', 'promise'] as const;

export const interactionSchema = z.object({
  ...recordMeta,
  customerId: id,
  type: z.enum(INTERACTION_TYPES),
  at: epochMs,
  summary: z._default(text(5000), ''),
  outcome: z.optional(text(2000)),
  pageUrl: z.optional(text(4000)),
  subject: z.optional(text(1000)),
  threadId: z.optional(text(400)),
  /** For a promise we made: the day it is due (ISO date); the care rules remind on it. */
  dueDate: z.optional(isoDate),
});

export const purchaseSchema = z.object({
  ...recordMeta,
  customerId: id,
  at: epochMs,
  amount: z.number().check(z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'ISO 4217 code such as CNY')),
  product: text(500),
  category: z.optional(text(200)),
  quantity: z._default(z.int().check(z.positive()), 1),
});

export const surveySchema = z.object({
  ...recordMeta,
  customerId: id,
  at: epochMs,
  /** Willingness to recommend on a 1–5 scale, as in the handbooks' weighted score. */
  recommend: z.optional(intIn(1, 5)),
  /** Repurchase intention on a 1–5 scale. */
  repurchase: z.optional(intIn(1, 5)),
  /** "How likely are you to recommend us", 0–10. */
  nps: z.optional(intIn(0, 10)),
  comment: z.optional(text(5000)),
});

export const CARE_ACTION_KINDS = [
  'thank-you-call',
  'birthday-greeting',
  'holiday-greeting',
  'follow-up',
  'complaint-response',
  'promise-due',
  'win-back',
  'survey',
  'regular-contact',
] as const;

export const careActionSchema = z.object({
  ...recordMeta,
  customerId: id,
  kind: z.enum(CARE_ACTION_KINDS),
  due: epochMs,
  status: z.enum(['open', 'done', 'snoozed', 'dismissed']),
  reason: text(2000),
  /** Why the user dismissed it, when they said. */
  dismissedBecause: z.optional(text(500)),
  /** The interaction "done" logged. */
  doneInteractionId: z.optional(id),
  /** What raised it (rule and occasion, e.g. "date:birthday::2027-09-15"): the same cause never raises it twice. */
  cause: z.optional(text(300)),
});

/**
 * What a customer's card shows of their history, kept in one row per customer (lib/db/customer-history.ts): the
 * card's read is then two rows, the customer and this, where the history tables cost a cold read per row, each row
 * at its own random id. Derived, never entered: every write to the four history tables keeps it (history-upkeep.ts).
 */
export const customerHistorySchema = z.object({
  customerId: id,
  /** The newest live contacts, newest first, at most RECENT_INTERACTIONS of them. */
  recentInteractions: z.array(interactionSchema),
  /** Live care actions still to do: open, or snoozed. */
  careActions: z.array(careActionSchema),
  /** Every live purchase, oldest first. */
  purchases: z.array(purchaseSchema),
  /** Every live survey answer, oldest first. */
  surveys: z.array(surveySchema),
});

/**
 * A table's change mark (change-marks.ts): a new random value after every write to the table, so that a reader that
 * keeps a copy can tell, with one read, whether anyone wrote since it read the mark. Derived, never entered.
 */
export const changeMarkSchema = z.object({
  table: z.enum(['identities']),
  mark: id,
});

export const settingsSchema = z.object({
  ...recordMeta,
  language: z._default(z.enum(['auto', 'en', 'zh-CN']), 'auto'),
  /** Logging the same thread again within this window asks before writing a duplicate. */
  duplicateLogWindowMinutes: z._default(intIn(0, 24 * 60), 10),
  /** The user's own addresses: never taken for a customer. */
  ownAddresses: z._default(z.array(z.email().check(z.maxLength(320))).check(z.maxLength(50)), []),
  /** Region for phone numbers written without a country code (ISO 3166 alpha-2). */
  phoneRegion: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, 'two-letter region code such as CN')), 'CN'),
  loyalty: z._default(loyaltySettingsSchema, DEFAULT_LOYALTY_SETTINGS),
  care: z._default(careSettingsSchema, DEFAULT_CARE_SETTINGS),
});

export type Customer = z.infer<typeof customerSchema>;
export type CustomerInput = z.input<typeof customerSchema>;
export type ImportantDate = z.infer<typeof importantDateSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
export type Interaction = z.infer<typeof interactionSchema>;
export type InteractionType = (typeof INTERACTION_TYPES)[number];
export type Purchase = z.infer<typeof purchaseSchema>;
export type Survey = z.infer<typeof surveySchema>;
export type CareAction = z.infer<typeof careActionSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type CustomerHistory = z.infer<typeof customerHistorySchema>;
export type ChangeMark = z.infer<typeof changeMarkSchema>;
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];

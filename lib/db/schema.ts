import { z } from 'zod';
import { careSettingsSchema, DEFAULT_CARE_SETTINGS } from '../care/settings';
import { DEFAULT_LOYALTY_SETTINGS, loyaltySettingsSchema } from '../loyalty/settings';

/**
 * The records of the customer database. Every table's row type is inferred from
 * these schemas, and every write through lib/db/repository.ts is parsed by them.
 *
 * Ids are random UUIDs and every row carries createdAt / updatedAt (epoch ms) and
 * an optional deletedAt tombstone, so that two salespeople's databases can later
 * be merged row by row without renumbering or resurrecting deleted rows.
 */

const id = z.uuid();
const epochMs = z.number().int().nonnegative();

export const recordMeta = {
  id,
  createdAt: epochMs,
  updatedAt: epochMs,
  deletedAt: epochMs.optional(),
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
  label: z.string().max(200).optional(),
  calendar: z.enum(['gregorian', 'lunar']).default('gregorian'),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  year: z.number().int().min(1900).max(2200).optional(),
  leapMonth: z.boolean().optional(),
});

export const familyMemberSchema = z.object({
  name: z.string().min(1).max(200),
  relation: z.string().max(100),
  notes: z.string().max(2000).optional(),
});

export const customerSchema = z.object({
  ...recordMeta,
  /** The person we deal with, as they sign their mail. */
  name: z.string().trim().min(1).max(200),
  title: z.string().max(200).optional(),
  company: z
    .object({
      name: z.string().max(200).optional(),
      businessType: z.enum(BUSINESS_TYPES).optional(),
      location: z.string().max(200).optional(),
      size: z.string().max(100).optional(),
      financialStanding: z.string().max(500).optional(),
      channel: z.string().max(200).optional(),
      /** Profit contribution to us, in the settings' currency per year. */
      valueToUs: z.number().nonnegative().optional(),
    })
    .default({}),
  tier: z.enum(TIERS).optional(),
  preferences: z
    .object({
      likes: z.array(z.string().max(200)).default([]),
      dislikes: z.array(z.string().max(200)).default([]),
      contact: z.string().max(500).optional(),
    })
    .default({ likes: [], dislikes: [] }),
  importantDates: z.array(importantDateSchema).default([]),
  family: z.array(familyMemberSchema).default([]),
  lifestyleNotes: z.string().max(5000).optional(),
  tags: z.array(z.string().max(100)).default([]),
  loyalty: z
    .object({
      type: z.enum(LOYALTY_TYPES),
      stage: z.enum(LIFECYCLE_STAGES).optional(),
      /** Where the value came from: typed in, or computed by the loyalty engine. */
      source: z.enum(['manual', 'engine']),
      assessedAt: epochMs.optional(),
    })
    .default({ type: 'not-enough-data', source: 'manual' }),
  firstDealAt: epochMs.optional(),
  lastDealAt: epochMs.optional(),
  /**
   * What the customer buys in our category from anyone, per year (a profile
   * estimate or a survey answer): the denominators of repeat-purchase rate and
   * share of wallet. Unset means unknown, never zero.
   */
  wallet: z
    .object({
      purchasesPerYear: z.number().positive().optional(),
      spendPerYear: z.number().positive().optional(),
    })
    .optional(),
});

/**
 * email, phone and external (a CRM record id) name one customer; domain (a company
 * mail domain) and name are derived from the profile and only suggest a customer.
 */
export const IDENTITY_KINDS = ['email', 'phone', 'external', 'domain', 'name'] as const;

/**
 * One way to recognise a customer. `key` is the normalised identifier
 * (see lib/db/identity-key.ts) and is indexed, so any e-mail, phone or CRM id
 * finds its customer in one indexed lookup.
 */
export const identitySchema = z.object({
  ...recordMeta,
  customerId: id,
  kind: z.enum(IDENTITY_KINDS),
  key: z.string().min(3).max(400),
  /** As the user typed or the page showed it, for display. */
  display: z.string().max(400),
  /** Kept up to date from the profile (domain, name), not entered by anyone. */
  derived: z.boolean().optional(),
  /** The user confirmed on a page that this identifier is this customer. */
  confirmedAt: epochMs.optional(),
});

export const INTERACTION_TYPES = ['email', 'call', 'meeting', 'note', 'visit', 'message', 'complaint', 'promise'] as const;

export const interactionSchema = z.object({
  ...recordMeta,
  customerId: id,
  type: z.enum(INTERACTION_TYPES),
  at: epochMs,
  summary: z.string().max(5000).default(''),
  outcome: z.string().max(2000).optional(),
  pageUrl: z.string().max(4000).optional(),
  subject: z.string().max(1000).optional(),
  threadId: z.string().max(400).optional(),
  /** For a promise we made: the day it is due (ISO date); the care rules remind on it. */
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const purchaseSchema = z.object({
  ...recordMeta,
  customerId: id,
  at: epochMs,
  amount: z.number().finite().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as CNY'),
  product: z.string().max(500),
  category: z.string().max(200).optional(),
  quantity: z.number().int().positive().default(1),
});

export const surveySchema = z.object({
  ...recordMeta,
  customerId: id,
  at: epochMs,
  /** Willingness to recommend on a 1–5 scale, as in the handbooks' weighted score. */
  recommend: z.number().int().min(1).max(5).optional(),
  /** Repurchase intention on a 1–5 scale. */
  repurchase: z.number().int().min(1).max(5).optional(),
  /** "How likely are you to recommend us", 0–10. */
  nps: z.number().int().min(0).max(10).optional(),
  comment: z.string().max(5000).optional(),
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
  reason: z.string().max(2000),
  /** Why the user dismissed it, when they said. */
  dismissedBecause: z.string().max(500).optional(),
  /** The interaction "done" logged. */
  doneInteractionId: id.optional(),
  /** What raised it (rule and occasion, e.g. "date:birthday::2027-09-15"): the same cause never raises it twice. */
  cause: z.string().max(300).optional(),
});

export const settingsSchema = z.object({
  ...recordMeta,
  language: z.enum(['auto', 'en', 'zh-CN']).default('auto'),
  /** Logging the same thread again within this window asks before writing a duplicate. */
  duplicateLogWindowMinutes: z.number().int().min(0).max(24 * 60).default(10),
  /** The user's own addresses: never taken for a customer. */
  ownAddresses: z.array(z.email().max(320)).max(50).default([]),
  /** Region for phone numbers written without a country code (ISO 3166 alpha-2). */
  phoneRegion: z.string().regex(/^[A-Z]{2}$/, 'two-letter region code such as CN').default('CN'),
  loyalty: loyaltySettingsSchema.default(DEFAULT_LOYALTY_SETTINGS),
  care: careSettingsSchema.default(DEFAULT_CARE_SETTINGS),
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
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];

import { z } from 'zod';
import {
  careActionSchema,
  customerSchema,
  identitySchema,
  INTERACTION_TYPES,
  LIFECYCLE_STAGES,
  LOYALTY_TYPES,
  interactionSchema,
  purchaseSchema,
  settingsSchema,
  surveySchema,
} from '../db/schema';
import { EDITABLE_IDENTITY_KINDS, fieldIssueSchema } from '../db/customer-patch';
import { PAGE_KINDS, PERSON_ROLES } from '../recognition/page-context';
import { localeSchema, sidebarStateSchema, themeSchema } from './content-protocol';

/**
 * The one protocol between extension pages (sidebar, options) and the background,
 * which owns the database. Every message is parsed with these schemas on arrival,
 * in both directions.
 */

/** The in-page sidebar frame's port, and the browser side panel's (used on pages without the frame). */
export { PANEL_PORT, SIDEBAR_PORT } from './port-names';

const measureSchema = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), value: z.number(), basis: z.record(z.string(), z.number()) }),
  z.object({ known: z.literal(false), missing: z.array(z.string()) }),
]);

export const loyaltyAnalysisSchema = z.object({
  type: z.enum(LOYALTY_TYPES),
  reasons: z.array(
    z.object({
      id: z.enum(['behaviour-high', 'behaviour-low', 'attitude-high', 'attitude-low', 'missing']),
      figures: z.record(z.string(), z.union([z.number(), z.string()])),
    }),
  ),
  stage: z.enum(LIFECYCLE_STAGES),
  stageBasis: z.record(z.string(), z.number()),
  behaviour: z.object({
    repeatPurchaseRate: measureSchema,
    shareOfWallet: measureSchema,
    frequencyPerYear: measureSchema,
    recencyDays: measureSchema,
  }),
  attitude: z.object({
    score: measureSchema,
    nps: z.object({ answer: z.number(), category: z.enum(['promoter', 'passive', 'detractor']) }).optional(),
  }),
  forecast: z
    .object({
      pAlive: z.number(),
      expectedPurchases: z.number(),
      expectedValue: z.number().optional(),
      weeks: z.number(),
      modelCustomers: z.number(),
      annualDiscountRate: z.number(),
    })
    .optional(),
});
export type LoyaltyAnalysisView = z.infer<typeof loyaltyAnalysisSchema>;

export const customerCardSchema = z.object({
  analysis: loyaltyAnalysisSchema.optional(),
  purchaseHistory: z.array(z.object({ at: z.number(), amount: z.number() })),
  /** The next Gregorian date of each of the customer's important dates, in the same order (lunar ones move yearly). */
  nextImportantDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable()).default([]),
  customer: customerSchema,
  identities: z.array(identitySchema),
  recentInteractions: z.array(interactionSchema),
  openCareActions: z.array(careActionSchema),
  latestSurvey: surveySchema.optional(),
  purchases: z.object({
    count: z.number().int(),
    total: z.number(),
    currency: z.string().optional(),
    lastAt: z.number().optional(),
  }),
});
export type CustomerCard = z.infer<typeof customerCardSchema>;

export const viewPersonSchema = z.object({
  key: z.string(),
  email: z.string().optional(),
  name: z.string().optional(),
  role: z.enum(PERSON_ROLES),
  phone: z.string().optional(),
  customerId: z.string().optional(),
  customerName: z.string().optional(),
  confidence: z.enum(['certain', 'likely']).optional(),
  /** Customers this person may be (same company domain, same name), for the user to confirm. */
  suggestions: z
    .array(
      z.object({
        customerId: z.string(),
        customerName: z.string(),
        company: z.string().optional(),
        reason: z.enum(['email', 'external-id', 'phone', 'domain', 'name']),
      }),
    )
    .default([]),
});
export type ViewPerson = z.infer<typeof viewPersonSchema>;

/** Everything one sidebar shows, pushed by the background whenever it changes. */
export const sidebarViewSchema = z.object({
  /** The tab whose page this is. */
  tabId: z.number().int().optional(),
  locale: localeSchema,
  theme: themeSchema,
  page: z
    .object({
      site: z.string(),
      kind: z.enum(PAGE_KINDS),
      subject: z.string().optional(),
      threadId: z.string().optional(),
      url: z.string(),
    })
    .nullable(),
  people: z.array(viewPersonSchema),
  selectedKey: z.string().optional(),
  card: customerCardSchema.nullable(),
});
export type SidebarView = z.infer<typeof sidebarViewSchema>;

/** Port messages, sidebar → background. */
export const sidebarPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('select'), personKey: z.string().max(400) }),
  /** The side panel shows the page of this tab (the active one of its window). */
  z.object({ type: z.literal('bind'), tabId: z.number().int().nonnegative() }),
]);
export type SidebarPortMessage = z.infer<typeof sidebarPortMessageSchema>;

/** Port messages, background → sidebar. */
export const backgroundPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view'), view: sidebarViewSchema }),
]);
export type BackgroundPortMessage = z.infer<typeof backgroundPortMessageSchema>;

/** Request / response messages from extension pages. */
export const requestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('customer/create'),
      name: z.string().trim().min(1).max(200),
      email: z.email().optional(),
      phone: z.string().trim().min(5).max(40).optional(),
      companyName: z.string().trim().max(200).optional(),
    })
    .refine((request) => request.email || request.phone, { message: 'an e-mail address or a phone number is needed', path: ['email'] }),
  z.object({
    type: z.literal('interaction/log'),
    customerId: z.uuid(),
    interactionType: z.enum(INTERACTION_TYPES),
    summary: z.string().max(5000).optional(),
    /** A promise's due day. */
    dueDate: interactionSchema.shape.dueDate,
    /** Write even when the same thread was logged moments ago. */
    force: z.boolean().optional(),
    /** Chosen by the sidebar, kept when the same log is sent again: a retry never writes twice. */
    logId: z.uuid().optional(),
    /** The side panel names the tab it shows; the in-page frame's tab is known from the sender. */
    tabId: z.number().int().nonnegative().optional(),
  }),
  z.object({ type: z.literal('interaction/undo'), interactionId: z.uuid() }),
  z.object({ type: z.literal('care/done'), actionId: z.uuid() }),
  z.object({ type: z.literal('care/snooze'), actionId: z.uuid(), until: z.number().int().positive() }),
  z.object({ type: z.literal('care/dismiss'), actionId: z.uuid(), because: z.string().max(500).optional() }),
  z.object({
    type: z.literal('purchase/log'),
    customerId: z.uuid(),
    amount: z.number().positive().max(1e12),
    currency: z.string().regex(/^[A-Z]{3}$/),
    product: z.string().trim().max(500).default(''),
  }),
  z.object({
    type: z.literal('survey/log'),
    customerId: z.uuid(),
    recommend: z.number().int().min(1).max(5),
    repurchase: z.number().int().min(1).max(5),
    nps: z.number().int().min(0).max(10).optional(),
  }),
  z.object({
    type: z.literal('identity/confirm'),
    customerId: z.uuid(),
    kind: z.enum(['email', 'phone']),
    value: z.string().trim().min(3).max(320),
    /** Move the identifier from the customer it was wrongly on. */
    reassign: z.boolean().optional(),
  }),
  z.object({ type: z.literal('customer/search'), query: z.string().max(200) }),
  z.object({ type: z.literal('sidebar/set-state'), state: sidebarStateSchema }),
  z.object({ type: z.literal('settings/get') }),
  z.object({
    type: z.literal('settings/update'),
    patch: settingsSchema
      .pick({ language: true, duplicateLogWindowMinutes: true, ownAddresses: true, phoneRegion: true, loyalty: true, care: true })
      .partial(),
  }),
  z.object({ type: z.literal('demo/load') }),
  /** Due and overdue care actions across all customers, for the Today page. */
  z.object({ type: z.literal('care/agenda'), aheadDays: z.number().int().min(0).max(31).default(0) }),
  // Data in and out (issue 5): an extension page (the import worker's page, a restore) wrote to the database itself.
  z.object({ type: z.literal('data/changed') }),
  // --- Editing customer files (issue 5) ---
  z.object({ type: z.literal('customer/get'), id: z.uuid() }),
  z.object({
    type: z.literal('customer/update'),
    id: z.uuid(),
    /** Checked field by field with customerPatchSchema by the handler, so that a refusal names each field. */
    patch: z.record(z.string(), z.unknown()),
    /** updatedAt of the file as the editor loaded it, and the file itself, to tell others' edits from this one. */
    expectedUpdatedAt: z.number().int().nonnegative(),
    base: customerSchema.optional(),
    /** Overwrite fields that were changed elsewhere. */
    force: z.boolean().optional(),
  }),
  z.object({ type: z.literal('customer/identity-add'), customerId: z.uuid(), kind: z.enum(EDITABLE_IDENTITY_KINDS), value: z.string().max(400) }),
  z.object({ type: z.literal('customer/identity-remove'), identityId: z.uuid() }),
  z.object({ type: z.literal('customer/merge'), keepId: z.uuid(), mergeId: z.uuid() }),
  z.object({ type: z.literal('customer/delete'), id: z.uuid() }),
  z.object({ type: z.literal('customer/undelete'), id: z.uuid() }),
  /** Opens the options page on this customer's full file (a sidebar frame may not open tabs itself). */
  z.object({ type: z.literal('customer/open-file'), id: z.uuid() }),
  /** Customers by the start of their name, or by a whole e-mail, phone or CRM record id. */
  z.object({ type: z.literal('customer/find'), query: z.string().max(400) }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export const logResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('logged'), interaction: interactionSchema }),
  z.object({ status: z.literal('duplicate'), existing: interactionSchema }),
]);
export type LogResult = z.infer<typeof logResultSchema>;

/** What each request answers; every answer is wrapped in { ok, value } or { ok: false, error }. */
export const responseSchemas = {
  'customer/create': customerSchema,
  'interaction/log': logResultSchema,
  'interaction/undo': z.object({ undone: z.boolean() }),
  'identity/confirm': identitySchema,
  'customer/search': z.array(
    z.object({ id: z.string(), name: z.string(), company: z.string().optional() }),
  ),
  'purchase/log': purchaseSchema,
  'care/done': careActionSchema,
  'care/snooze': careActionSchema,
  'care/dismiss': careActionSchema,
  'survey/log': surveySchema,
  'sidebar/set-state': z.object({ done: z.boolean() }),
  'settings/get': settingsSchema,
  'settings/update': settingsSchema,
  'demo/load': z.object({ customers: z.number().int() }),
  'care/agenda': z.object({
    now: z.number(),
    items: z.array(
      z.object({
        action: careActionSchema,
        customer: z.object({
          id: z.string(),
          name: z.string(),
          tier: customerSchema.shape.tier,
          company: z.string().optional(),
        }),
      }),
    ),
  }),
  // Data in and out (issue 5)
  'data/changed': z.object({ customers: z.number().int().nonnegative() }),
  // --- Editing customer files (issue 5) ---
  'customer/get': z.object({ customer: customerSchema, identities: z.array(identitySchema) }),
  'customer/update': z.discriminatedUnion('status', [
    z.object({ status: z.literal('saved'), customer: customerSchema }),
    z.object({ status: z.literal('conflict'), fields: z.array(z.string()), current: customerSchema }),
    z.object({ status: z.literal('invalid'), issues: z.array(fieldIssueSchema) }),
  ]),
  'customer/identity-add': z.discriminatedUnion('status', [
    z.object({ status: z.literal('saved'), identity: identitySchema }),
    z.object({ status: z.literal('invalid'), issues: z.array(fieldIssueSchema) }),
  ]),
  'customer/identity-remove': identitySchema,
  'customer/merge': customerSchema,
  'customer/delete': customerSchema,
  'customer/undelete': z.object({ customer: customerSchema, skipped: z.array(z.string()) }),
  'customer/open-file': z.object({ opened: z.boolean() }),
  'customer/find': z.array(z.object({ id: z.string(), name: z.string(), company: z.string().optional() })),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** A customer file as the editors load it. */
export type CustomerFile = ResponseOf<'customer/get'>;
export type UpdateResult = ResponseOf<'customer/update'>;

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

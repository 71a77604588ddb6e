import * as z from 'zod/mini';
import {
  CARE_ACTION_KINDS,
  careActionSchema,
  customerSchema,
  identitySchema,
  INTERACTION_TYPES,
  LIFECYCLE_STAGES,
  LOYALTY_TYPES,
  interactionSchema,
  intIn,
  purchaseSchema,
  settingsSchema,
  surveySchema,
  text,
  TIERS,
} from '../db/schema';
import { EDITABLE_IDENTITY_KINDS, fieldIssueSchema } from '../db/customer-patch';
import { PAGE_KINDS, PERSON_ROLES } from '../recognition/page-context';
import { localeSchema, sidebarStateSchema, themeSchema } from './content-protocol';

/** How many actions of one group the Today page lists. */
const shownPerGroup = intIn(1, 5_000);

/**
 * The one protocol between extension pages (sidebar, options) and the background,
 * which owns the database. Every message is parsed with these schemas on arrival,
 * in both directions.
 */

/** The in-page sidebar frame's port, and the browser side panel's (used on pages without the frame). */
export { PANEL_PORT, SIDEBAR_PORT } from './port-names';

/** Text the user typed: trimmed, then `min` to `max` characters. */
const typed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const tabId = z.int().check(z.nonnegative());

const numbers = z.record(z.string(), z.number());
const measureSchema = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), value: z.number(), basis: numbers }),
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
  stageBasis: numbers,
  behaviour: z.object({
    repeatPurchaseRate: measureSchema,
    shareOfWallet: measureSchema,
    frequencyPerYear: measureSchema,
    recencyDays: measureSchema,
  }),
  attitude: z.object({
    score: measureSchema,
    nps: z.optional(z.object({ answer: z.number(), category: z.enum(['promoter', 'passive', 'detractor']) })),
  }),
  forecast: z.optional(
    z.object({
      pAlive: z.number(),
      expectedPurchases: z.number(),
      expectedValue: z.optional(z.number()),
      weeks: z.number(),
      modelCustomers: z.number(),
      annualDiscountRate: z.number(),
    }),
  ),
});
export type LoyaltyAnalysisView = z.infer<typeof loyaltyAnalysisSchema>;

export const customerCardSchema = z.object({
  analysis: z.optional(loyaltyAnalysisSchema),
  purchaseHistory: z.array(z.object({ at: z.number(), amount: z.number() })),
  /** The next Gregorian date of each of the customer's important dates, in the same order (lunar ones move yearly). */
  nextImportantDates: z._default(z.array(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))), []),
  customer: customerSchema,
  recentInteractions: z.array(interactionSchema),
  openCareActions: z.array(careActionSchema),
  latestSurvey: z.optional(surveySchema),
  purchases: z.object({
    count: z.int(),
    total: z.number(),
    currency: z.optional(z.string()),
    lastAt: z.optional(z.number()),
  }),
});
export type CustomerCard = z.infer<typeof customerCardSchema>;

export const viewPersonSchema = z.object({
  key: z.string(),
  email: z.optional(z.string()),
  name: z.optional(z.string()),
  role: z.enum(PERSON_ROLES),
  phone: z.optional(z.string()),
  customerId: z.optional(z.string()),
  customerName: z.optional(z.string()),
  confidence: z.optional(z.enum(['certain', 'likely'])),
  /** Customers this person may be (same company domain, same name), for the user to confirm. */
  suggestions: z._default(
    z.array(
      z.object({
        customerId: z.string(),
        customerName: z.string(),
        company: z.optional(z.string()),
        reason: z.enum(['email', 'external-id', 'phone', 'domain', 'name']),
      }),
    ),
    [],
  ),
});
export type ViewPerson = z.infer<typeof viewPersonSchema>;

/** Everything one sidebar shows, pushed by the background whenever it changes. */
export const sidebarViewSchema = z.object({
  /** The tab whose page this is. */
  tabId: z.optional(z.int()),
  locale: localeSchema,
  theme: themeSchema,
  page: z.nullable(
    z.object({
      site: z.string(),
      kind: z.enum(PAGE_KINDS),
      subject: z.optional(z.string()),
      threadId: z.optional(z.string()),
      url: z.string(),
    }),
  ),
  people: z.array(viewPersonSchema),
  selectedKey: z.optional(z.string()),
  card: z.nullable(customerCardSchema),
});
export type SidebarView = z.infer<typeof sidebarViewSchema>;

/** Port messages, sidebar → background. */
export const sidebarPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('select'), personKey: text(400) }),
  /** The side panel shows the page of this tab (the active one of its window). */
  z.object({ type: z.literal('bind'), tabId }),
]);
export type SidebarPortMessage = z.infer<typeof sidebarPortMessageSchema>;

/** Port messages, background → sidebar. */
export const backgroundPortMessageSchema = z.discriminatedUnion('type', [
  /** seq: the worker numbers its views to one sidebar, which shows none older than one it has shown. */
  z.object({ type: z.literal('view'), view: sidebarViewSchema, seq: z.number() }),
  /** The key with which the sidebar may offer a MessagePort of its own for the views (lib/sidebar/connection.ts). */
  z.object({ type: z.literal('view-port'), key: z.number() }),
]);
export type BackgroundPortMessage = z.infer<typeof backgroundPortMessageSchema>;

/** Request / response messages from extension pages. */
export const requestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('customer/create'),
      name: typed(1, 200),
      email: z.optional(z.email()),
      phone: z.optional(typed(5, 40)),
      companyName: z.optional(typed(0, 200)),
    })
    .check(z.refine((request) => request.email || request.phone, { message: 'an e-mail address or a phone number is needed', path: ['email'] })),
  z.object({
    type: z.literal('interaction/log'),
    customerId: z.uuid(),
    interactionType: z.enum(INTERACTION_TYPES),
    summary: z.optional(text(5000)),
    /** A promise's due day. */
    dueDate: interactionSchema.shape.dueDate,
    /** Write even when the same thread was logged moments ago. */
    force: z.optional(z.boolean()),
    /** Chosen by the sidebar, kept when the same log is sent again: a retry never writes twice. */
    logId: z.optional(z.uuid()),
    /** The side panel names the tab it shows; the in-page frame's tab is known from the sender. */
    tabId: z.optional(tabId),
  }),
  z.object({ type: z.literal('interaction/undo'), interactionId: z.uuid() }),
  z.object({ type: z.literal('care/done'), actionId: z.uuid() }),
  z.object({ type: z.literal('care/snooze'), actionId: z.uuid(), until: z.int().check(z.positive()) }),
  z.object({ type: z.literal('care/dismiss'), actionId: z.uuid(), because: z.optional(text(500)) }),
  z.object({
    type: z.literal('purchase/log'),
    customerId: z.uuid(),
    amount: z.number().check(z.positive(), z.maximum(1e12)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    product: z._default(typed(0, 500), ''),
  }),
  z.object({
    type: z.literal('survey/log'),
    customerId: z.uuid(),
    recommend: intIn(1, 5),
    repurchase: intIn(1, 5),
    nps: z.optional(intIn(0, 10)),
  }),
  z.object({
    type: z.literal('identity/confirm'),
    customerId: z.uuid(),
    kind: z.enum(['email', 'phone']),
    value: typed(3, 320),
    /** Move the identifier from the customer it was wrongly on. */
    reassign: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('customer/search'), query: text(200) }),
  z.object({ type: z.literal('sidebar/set-state'), state: sidebarStateSchema }),
  z.object({ type: z.literal('settings/get') }),
  z.object({
    type: z.literal('settings/update'),
    patch: z.partial(
      z.pick(settingsSchema, { language: true, duplicateLogWindowMinutes: true, ownAddresses: true, phoneRegion: true, loyalty: true, care: true }),
    ),
  }),
  z.object({ type: z.literal('demo/load') }),
  /** Due and overdue care actions across all customers, for the Today page. */
  z.object({
    type: z.literal('care/agenda'),
    aheadDays: z._default(intIn(0, 31), 0),
    /** Applied in the background, which sends only the first `show` actions of each group. */
    filter: z._default(
      z.object({ text: text(200), kind: z.enum([...CARE_ACTION_KINDS, 'all']), tier: z.enum([...TIERS, 'all']) }),
      { text: '', kind: 'all', tier: 'all' },
    ),
    show: z._default(z.object({ overdue: shownPerGroup, today: shownPerGroup, upcoming: shownPerGroup }), { overdue: 50, today: 50, upcoming: 50 }),
    /** Read the agenda again rather than filter the one the background keeps: the page's opening and its refreshes. */
    fresh: z._default(z.boolean(), false),
    /** The page's opening: answer at once with each group's first actions from the index (partial), not the whole agenda. */
    quick: z._default(z.boolean(), false),
  }),
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
    expectedUpdatedAt: z.int().check(z.nonnegative()),
    base: z.optional(customerSchema),
    /** Overwrite fields that were changed elsewhere. */
    force: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('customer/identity-add'), customerId: z.uuid(), kind: z.enum(EDITABLE_IDENTITY_KINDS), value: text(400) }),
  z.object({ type: z.literal('customer/identity-remove'), identityId: z.uuid() }),
  z.object({ type: z.literal('customer/merge'), keepId: z.uuid(), mergeId: z.uuid() }),
  z.object({ type: z.literal('customer/delete'), id: z.uuid() }),
  z.object({ type: z.literal('customer/undelete'), id: z.uuid() }),
  /** Opens the options page on this customer's full file (a sidebar frame may not open tabs itself). */
  z.object({ type: z.literal('customer/open-file'), id: z.uuid() }),
  /** Customers by the start of their name, or by a whole e-mail, phone or CRM record id. */
  z.object({ type: z.literal('customer/find'), query: text(400) }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export const logResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('logged'), interaction: interactionSchema }),
  z.object({ status: z.literal('duplicate'), existing: interactionSchema }),
]);
export type LogResult = z.infer<typeof logResultSchema>;

/** A customer in a list of matches. */
const customerHitSchema = z.object({ id: z.string(), name: z.string(), company: z.optional(z.string()) });
const count = z.int().check(z.nonnegative());

/** One group of the Today page: how many match, and the first of them. */
const agendaGroupSchema = z.object({
  count,
  items: z.array(
    z.object({
      action: careActionSchema,
      customer: z.object({ id: z.string(), name: z.string(), tier: customerSchema.shape.tier, company: z.optional(z.string()) }),
    }),
  ),
});

/** What each request answers; every answer is wrapped in { ok, value } or { ok: false, error }. */
export const responseSchemas = {
  'customer/create': customerSchema,
  'interaction/log': logResultSchema,
  'interaction/undo': z.object({ undone: z.boolean() }),
  'identity/confirm': identitySchema,
  'customer/search': z.array(customerHitSchema),
  'purchase/log': purchaseSchema,
  'care/done': careActionSchema,
  'care/snooze': careActionSchema,
  'care/dismiss': careActionSchema,
  'survey/log': surveySchema,
  'sidebar/set-state': z.object({ done: z.boolean() }),
  'settings/get': settingsSchema,
  'settings/update': settingsSchema,
  'demo/load': z.object({ customers: z.int() }),
  'care/agenda': z.object({
    now: z.number(),
    /** From the index alone (firstOfAgenda): each group's first actions, counted as listed; the kinds are those listed. */
    partial: z.optional(z.literal(true)),
    total: count,
    matched: count,
    kinds: z.array(z.enum(CARE_ACTION_KINDS)),
    groups: z.object({ overdue: agendaGroupSchema, today: agendaGroupSchema, upcoming: agendaGroupSchema }),
  }),
  // Data in and out (issue 5)
  'data/changed': z.object({ customers: count }),
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
  'customer/find': z.array(customerHitSchema),
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** A customer file as the editors load it. */
export type CustomerFile = ResponseOf<'customer/get'>;
export type UpdateResult = ResponseOf<'customer/update'>;

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

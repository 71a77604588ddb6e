import * as z from 'zod/mini';
import { CONTACT_KINDS, customerSchema, familyMemberSchema, importantDateSchema, type Customer } from './schema';

/**
 * What an editor may change in a customer file, as a patch: only the fields
 * present are changed, and `null` clears an optional field (a message cannot
 * carry `undefined`). Pure zod, so the options page and the sidebar validate
 * with the very rules the background applies before writing.
 *
 * company, preferences and wallet are patched field by field, so that one
 * editor changing the company's location and another its channel both keep
 * their edit.
 */
const shape = customerSchema.shape;
/** The schema inside an optional or defaulted field. */
const inner = <T extends z.core.SomeType>(field: { def: { innerType: T } }) => field.def.innerType;
/** An optional field as a patch carries it: null clears it. */
const clearable = <T extends z.core.SomeType>(field: { def: { innerType: T } }) => z.nullable(inner(field));
const company = inner(shape.company).shape;
const preferences = inner(shape.preferences).shape;
const wallet = inner(shape.wallet).shape;

/** Only the fields given are changed, and a field the schema does not know is refused. */
const patchOf = <T extends z.core.$ZodLooseShape>(fields: T) => z.partial(z.strictObject(fields));

export const customerPatchSchema = patchOf({
  name: shape.name,
  title: clearable(shape.title),
  company: patchOf({
    name: clearable(company.name),
    businessType: clearable(company.businessType),
    location: clearable(company.location),
    size: clearable(company.size),
    financialStanding: clearable(company.financialStanding),
    channel: clearable(company.channel),
    valueToUs: clearable(company.valueToUs),
  }),
  tier: clearable(shape.tier),
  preferences: patchOf({
    likes: inner(preferences.likes),
    dislikes: inner(preferences.dislikes),
    contact: clearable(preferences.contact),
  }),
  importantDates: z.array(importantDateSchema),
  family: z.array(familyMemberSchema),
  lifestyleNotes: clearable(shape.lifestyleNotes),
  tags: inner(shape.tags),
  wallet: patchOf({
    purchasesPerYear: clearable(wallet.purchasesPerYear),
    spendPerYear: clearable(wallet.spendPerYear),
  }),
  firstDealAt: clearable(shape.firstDealAt),
  lastDealAt: clearable(shape.lastDealAt),
});

export type CustomerPatch = z.infer<typeof customerPatchSchema>;
export type CustomerPatchInput = z.input<typeof customerPatchSchema>;

/** Patched objects whose fields are compared and merged one by one. */
const NESTED = new Set(['company', 'preferences', 'wallet']);

/** The fields a patch changes, as paths such as "name" or "company.location". */
export function patchPaths(patch: CustomerPatch): string[] {
  return Object.entries(patch).flatMap(([key, value]) =>
    NESTED.has(key) && value && typeof value === 'object' ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
  );
}

export function valueAt(customer: Customer, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), customer);
}

/** The customer with the patch applied (not yet validated as a whole). */
export function applyPatch(customer: Customer, patch: CustomerPatch): Record<string, unknown> {
  const next: Record<string, unknown> = structuredClone(customer);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (NESTED.has(key)) {
      const inner: Record<string, unknown> = { ...((next[key] as object | undefined) ?? {}) };
      for (const [sub, subValue] of Object.entries(value as object)) {
        if (subValue === null) delete inner[sub];
        else if (subValue !== undefined) inner[sub] = subValue;
      }
      // An emptied wallet means "unknown", which is the field being absent.
      if (key === 'wallet' && Object.keys(inner).length === 0) delete next[key];
      else next[key] = inner;
    } else if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Deep equality of stored values, where a key holding undefined is the same as a missing key. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * One reason a field was refused, in a form the UI can put on the field and
 * translate: the path of the field, zod's issue code and the limit it broke.
 */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
  origin: z.optional(z.string()),
  inclusive: z.optional(z.boolean()),
  expected: z.optional(z.string()),
  format: z.optional(z.string()),
  /** Values for the UI's message, e.g. the customer an address already belongs to. */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const limits = issue as { minimum?: unknown; maximum?: unknown; origin?: unknown; inclusive?: unknown; expected?: unknown; format?: unknown };
    const num = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined);
    const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return {
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      code: issue.code,
      message: issue.message,
      minimum: num(limits.minimum),
      maximum: num(limits.maximum),
      origin: str(limits.origin),
      inclusive: typeof limits.inclusive === 'boolean' ? limits.inclusive : undefined,
      expected: str(limits.expected),
      format: str(limits.format),
    };
  });
}

/** An identifier the user adds to a file by hand; phones are checked against the region setting when stored. */
export const EDITABLE_IDENTITY_KINDS = CONTACT_KINDS;
export const identityInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), value: z.email().check(z.maxLength(320)) }),
  z.object({ kind: z.literal('phone'), value: z.string().check(z.trim(), z.minLength(5), z.maxLength(40)) }),
  z.object({ kind: z.literal('external'), value: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)) }),
]);
export type IdentityInput = z.infer<typeof identityInputSchema>;

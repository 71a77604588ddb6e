import { z } from 'zod';
import { customerSchema, familyMemberSchema, importantDateSchema, type Customer } from './schema';

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
const company = shape.company.unwrap().shape;
const preferences = shape.preferences.unwrap().shape;
const wallet = shape.wallet.unwrap().shape;

export const customerPatchSchema = z
  .object({
    name: shape.name,
    title: shape.title.unwrap().nullable(),
    company: z
      .object({
        name: company.name.unwrap().nullable(),
        businessType: company.businessType.unwrap().nullable(),
        location: company.location.unwrap().nullable(),
        size: company.size.unwrap().nullable(),
        financialStanding: company.financialStanding.unwrap().nullable(),
        channel: company.channel.unwrap().nullable(),
        valueToUs: company.valueToUs.unwrap().nullable(),
      })
      .partial()
      .strict(),
    tier: shape.tier.unwrap().nullable(),
    preferences: z
      .object({
        likes: preferences.likes.unwrap(),
        dislikes: preferences.dislikes.unwrap(),
        contact: preferences.contact.unwrap().nullable(),
      })
      .partial()
      .strict(),
    importantDates: z.array(importantDateSchema),
    family: z.array(familyMemberSchema),
    lifestyleNotes: shape.lifestyleNotes.unwrap().nullable(),
    tags: shape.tags.unwrap(),
    wallet: z
      .object({
        purchasesPerYear: wallet.purchasesPerYear.unwrap().nullable(),
        spendPerYear: wallet.spendPerYear.unwrap().nullable(),
      })
      .partial()
      .strict(),
    firstDealAt: shape.firstDealAt.unwrap().nullable(),
    lastDealAt: shape.lastDealAt.unwrap().nullable(),
  })
  .partial()
  .strict();

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
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  origin: z.string().optional(),
  inclusive: z.boolean().optional(),
  expected: z.string().optional(),
  format: z.string().optional(),
  /** Values for the UI's message, e.g. the customer an address already belongs to. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
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
export const EDITABLE_IDENTITY_KINDS = ['email', 'phone', 'external'] as const;
export const identityInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), value: z.email().max(320) }),
  z.object({ kind: z.literal('phone'), value: z.string().trim().min(5).max(40) }),
  z.object({ kind: z.literal('external'), value: z.string().trim().min(1).max(300) }),
]);
export type IdentityInput = z.infer<typeof identityInputSchema>;

import type { Customer, ImportantDate } from '../db/schema';

/**
 * A customer file as the edit forms hold it: every input's text, so that what
 * the user typed (even "abc" in a number field) stays visible with its error
 * until they fix it. draftToPatch turns the fields they changed into a patch
 * for customerPatchSchema; nothing they did not touch is sent.
 */
export interface DateDraft {
  kind: ImportantDate['kind'];
  label: string;
  calendar: ImportantDate['calendar'];
  month: string;
  day: string;
  year: string;
  leapMonth: boolean;
}
export interface FamilyDraft {
  name: string;
  relation: string;
  notes: string;
}
export interface CustomerDraft {
  name: string;
  title: string;
  tier: string;
  company: {
    name: string;
    businessType: string;
    location: string;
    size: string;
    financialStanding: string;
    channel: string;
    valueToUs: string;
  };
  preferences: { likes: string; dislikes: string; contact: string };
  importantDates: DateDraft[];
  family: FamilyDraft[];
  lifestyleNotes: string;
  tags: string;
  wallet: { purchasesPerYear: string; spendPerYear: string };
  firstDealAt: string;
  lastDealAt: string;
}

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
const isoDay = (epochMs: number | undefined) => (epochMs === undefined ? '' : new Date(epochMs).toISOString().slice(0, 10));

export function customerToDraft(customer: Customer): CustomerDraft {
  const { company, preferences, wallet } = customer;
  return {
    name: customer.name,
    title: text(customer.title),
    tier: text(customer.tier),
    company: {
      name: text(company.name),
      businessType: text(company.businessType),
      location: text(company.location),
      size: text(company.size),
      financialStanding: text(company.financialStanding),
      channel: text(company.channel),
      valueToUs: text(company.valueToUs),
    },
    preferences: { likes: preferences.likes.join('\n'), dislikes: preferences.dislikes.join('\n'), contact: text(preferences.contact) },
    importantDates: customer.importantDates.map((date) => ({
      kind: date.kind,
      label: text(date.label),
      calendar: date.calendar,
      month: String(date.month),
      day: String(date.day),
      year: text(date.year),
      leapMonth: date.leapMonth ?? false,
    })),
    family: customer.family.map((member) => ({ name: member.name, relation: member.relation, notes: text(member.notes) })),
    lifestyleNotes: text(customer.lifestyleNotes),
    tags: customer.tags.join(', '),
    wallet: { purchasesPerYear: text(wallet?.purchasesPerYear), spendPerYear: text(wallet?.spendPerYear) },
    firstDealAt: isoDay(customer.firstDealAt),
    lastDealAt: isoDay(customer.lastDealAt),
  };
}

/** An optional text: empty clears it. */
const optionalText = (value: string) => (value.trim() === '' ? null : value.trim());
/** A number as typed; text that is no number is passed on as it is, so that validation names the field. */
function optionalNumber(value: string): number | string | null {
  const trimmed = value.trim().replace(/[\s,，]/g, '');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : value;
}
const requiredNumber = (value: string) => optionalNumber(value) ?? value;
const lines = (value: string) => value.split(/\n/).map((line) => line.trim()).filter(Boolean);
const dayToEpoch = (value: string) => (value.trim() === '' ? null : Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : Date.parse(`${value}T00:00:00Z`));

const NESTED = ['company', 'preferences', 'wallet'] as const;

/** What the form's changed fields become in the stored file (the input of customerPatchSchema). */
export function draftToPatch(draft: CustomerDraft, original: CustomerDraft): Record<string, unknown> {
  const changed = (key: keyof CustomerDraft) => JSON.stringify(draft[key]) !== JSON.stringify(original[key]);
  const patch: Record<string, unknown> = {};
  if (changed('name')) patch.name = draft.name.trim();
  if (changed('title')) patch.title = optionalText(draft.title);
  if (changed('tier')) patch.tier = draft.tier === '' ? null : draft.tier;
  if (changed('lifestyleNotes')) patch.lifestyleNotes = optionalText(draft.lifestyleNotes);
  if (changed('tags')) patch.tags = draft.tags.split(/[,，\n]/).map((tag) => tag.trim()).filter(Boolean);
  if (changed('firstDealAt')) patch.firstDealAt = dayToEpoch(draft.firstDealAt);
  if (changed('lastDealAt')) patch.lastDealAt = dayToEpoch(draft.lastDealAt);
  if (changed('importantDates')) {
    patch.importantDates = draft.importantDates.map((date) => ({
      kind: date.kind,
      label: optionalText(date.label) ?? undefined,
      calendar: date.calendar,
      month: requiredNumber(date.month),
      day: requiredNumber(date.day),
      year: optionalNumber(date.year) ?? undefined,
      leapMonth: date.calendar === 'lunar' && date.leapMonth ? true : undefined,
    }));
  }
  if (changed('family')) {
    patch.family = draft.family.map((member) => ({
      name: member.name.trim(),
      relation: member.relation.trim(),
      notes: optionalText(member.notes) ?? undefined,
    }));
  }
  for (const group of NESTED) {
    const inner: Record<string, unknown> = {};
    const now = draft[group] as Record<string, string>;
    const before = original[group] as Record<string, string>;
    for (const key of Object.keys(now)) {
      if (now[key] === before[key]) continue;
      if (group === 'preferences' && key !== 'contact') inner[key] = lines(now[key]!);
      else if (key === 'valueToUs' || group === 'wallet') inner[key] = optionalNumber(now[key]!);
      else if (key === 'businessType') inner[key] = now[key] === '' ? null : now[key];
      else inner[key] = optionalText(now[key]!);
    }
    if (Object.keys(inner).length > 0) patch[group] = inner;
  }
  return patch;
}

/**
 * After "changed elsewhere → reload": the stored file, with the user's own edits
 * kept wherever they do not touch a field someone else changed.
 */
export function rebaseDraft(mine: CustomerDraft, original: CustomerDraft, current: CustomerDraft, conflicts: string[]): CustomerDraft {
  const next = structuredClone(current) as unknown as Record<string, unknown>;
  const own = mine as unknown as Record<string, unknown>;
  const old = original as unknown as Record<string, unknown>;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of Object.keys(own)) {
    if ((NESTED as readonly string[]).includes(key)) {
      const inner = next[key] as Record<string, unknown>;
      for (const sub of Object.keys(own[key] as object)) {
        const edited = !same((own[key] as Record<string, unknown>)[sub], (old[key] as Record<string, unknown>)[sub]);
        if (edited && !conflicts.includes(`${key}.${sub}`)) inner[sub] = (own[key] as Record<string, unknown>)[sub];
      }
    } else if (!same(own[key], old[key]) && !conflicts.includes(key)) next[key] = own[key];
  }
  return next as unknown as CustomerDraft;
}

/**
 * The form field an issue belongs to: lists typed one item a line (likes, tags)
 * are one field; a date's day is its own field. '' is the form as a whole.
 */
export function fieldOf(path: (string | number)[]): string {
  if (path[0] === 'preferences' && (path[1] === 'likes' || path[1] === 'dislikes')) return path.slice(0, 2).join('.');
  if (path[0] === 'tags') return 'tags';
  return path.join('.');
}

/** The draft with one field set, by its path ("company.location", "importantDates.0.day"). */
export function setField<T>(draft: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = Array.isArray(draft) ? Number(head) : head!;
  const copy = (Array.isArray(draft) ? [...draft] : { ...(draft as object) }) as Record<string | number, unknown>;
  copy[key] = rest.length === 0 ? value : setField(copy[key], rest.join('.'), value);
  return copy as T;
}

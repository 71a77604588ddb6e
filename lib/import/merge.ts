import { customerSchema, type Customer } from '../db/schema';
import { reason, type Reason } from './reasons';
import type { ImportRecord } from './rows';

/**
 * How an imported row changes a customer. The file is taken as the newer word
 * on what it states: a non-empty cell overwrites, an empty cell leaves the
 * field alone, and nothing the user built up in the app is removed (tags and
 * notes are added to, lunar birthdays, loyalty, family, preferences kept).
 */

const MAX_NOTES = 5000;

/** A failure's reason is a schema's own words (string) when the stored customer itself does not validate. */
export type MergeResult = { ok: true; customer: Customer } | { ok: false; reason: Reason | string };

/** A new customer from a row; a row without a name is named by its e-mail, phone or company, as CRMs list such contacts. */
export function newCustomer(record: ImportRecord, id: string, now: number): MergeResult {
  const contact = (kind: 'email' | 'phone') => record.contacts.find((c) => c.kind === kind)?.value;
  const name = record.name ?? contact('email') ?? contact('phone') ?? record.profile.company.name;
  if (!name) return { ok: false, reason: reason('newNeedsName') };
  const base = customerSchema.safeParse({ id, createdAt: now, updatedAt: now, name });
  if (!base.success) return { ok: false, reason: base.error.issues[0]?.message ?? 'not a valid customer' };
  return mergeIntoCustomer(base.data, record, now);
}

export function mergeIntoCustomer(customer: Customer, record: ImportRecord, now: number): MergeResult {
  const { profile, purchase } = record;
  const next: Customer = {
    ...customer,
    name: record.name ?? customer.name,
    title: profile.title ?? customer.title,
    company: { ...customer.company, ...profile.company },
    tier: profile.tier ?? customer.tier,
    importantDates: profile.birthday ? withBirthday(customer.importantDates, profile.birthday) : customer.importantDates,
    tags: profile.tags.length > 0 ? [...new Set([...customer.tags, ...profile.tags])] : customer.tags,
    lifestyleNotes: withNotes(customer.lifestyleNotes, profile.notes),
  };
  if (purchase) {
    next.firstDealAt = Math.min(customer.firstDealAt ?? purchase.at, purchase.at);
    next.lastDealAt = Math.max(customer.lastDealAt ?? purchase.at, purchase.at);
  }
  if (sameProfile(next, customer)) return { ok: true, customer };
  const parsed = customerSchema.safeParse({ ...next, updatedAt: Math.max(now, customer.updatedAt) });
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'not a valid customer' };
  return { ok: true, customer: parsed.data };
}

/** A CRM's birthday replaces the one of the same calendar; a lunar birthday set in the app stays beside it. */
function withBirthday(dates: Customer['importantDates'], birthday: Customer['importantDates'][number]) {
  const same = (date: typeof birthday) =>
    date.kind === 'birthday' &&
    date.calendar === birthday.calendar &&
    date.month === birthday.month &&
    date.day === birthday.day &&
    date.year === birthday.year;
  if (dates.some(same)) return dates;
  const others = dates.filter((date) => date.kind !== 'birthday' || date.calendar !== birthday.calendar);
  return [...others, birthday];
}

/** Notes from the file are appended once, so re-importing the same file adds nothing. */
function withNotes(current: string | undefined, imported: string | undefined): string | undefined {
  if (!imported || current?.includes(imported)) return current;
  const joined = current ? `${current}\n\n${imported}` : imported;
  return joined.slice(0, MAX_NOTES);
}

function sameProfile(a: Customer, b: Customer): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
}

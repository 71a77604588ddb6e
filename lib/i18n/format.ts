import type { Locale } from '../messaging/content-protocol';
import type { MessageId } from './en';

/**
 * Translation and formatting without any catalog: the sidebar loads only its own
 * text in one language (sidebar-catalogs.ts), the other pages everything (index.ts).
 */
export type Translate = (id: MessageId, params?: Record<string, string | number>) => string;

/** A translator over a catalog; an id the catalog lacks shows as itself (see sidebar-catalogs.ts). */
export function translatorOf(catalog: Partial<Record<MessageId, string>>): Translate {
  return (id, params) =>
    (catalog[id] ?? id).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/**
 * One formatter per locale and style, built on first use: building an Intl formatter costs far more than using it
 * (a card formats a date for every contact in its timeline, on every render).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = build()));
  return found;
}

export function formatDate(locale: Locale, epochMs: number): string {
  return formatter(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' })).format(epochMs);
}

export function formatDateTime(locale: Locale, epochMs: number): string {
  return formatter(`date-time|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(epochMs);
}

/** A yearly date's month and day ("15 September"), whatever the year. */
export function formatMonthDay(locale: Locale, month: number, day: number): string {
  return formatter(`month-day|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' })).format(
    Date.UTC(2000, month - 1, day),
  );
}

export function formatMoney(locale: Locale, amount: number, currency = 'CNY'): string {
  return formatter(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })).format(amount);
}

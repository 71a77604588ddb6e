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

export function formatDate(locale: Locale, epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(epochMs);
}

export function formatDateTime(locale: Locale, epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

export function formatMoney(locale: Locale, amount: number, currency = 'CNY'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

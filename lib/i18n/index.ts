import type { Locale } from '../messaging/content-protocol';
import { en, type MessageId } from './en';
import { zhCN } from './zh-CN';

export type { MessageId } from './en';

const catalogs: Record<Locale, Record<MessageId, string>> = { en, 'zh-CN': zhCN };

export { resolveLocale } from './locale';

export type Translate = (id: MessageId, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (id, params) =>
    catalog[id].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
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

import type { Locale } from '../messaging/content-protocol';
import { en, type MessageId } from './en';
import { translatorOf, type Translate } from './format';
import { zhCN } from './zh-CN';

export type { MessageId } from './en';
export type { Translate } from './format';
export { formatDate, formatDateTime, formatMoney } from './format';
export { resolveLocale } from './locale';

/** Every area in both languages: for the background, the options and Today pages (the sidebar uses sidebar-catalogs.ts). */
const catalogs: Record<Locale, Record<MessageId, string>> = { en, 'zh-CN': zhCN };

export function translator(locale: Locale): Translate {
  return translatorOf(catalogs[locale]);
}

import { translator } from '../lib/i18n';
import type { Locale } from '../lib/messaging/content-protocol';
import type { I18n } from './i18n-context';

/** Every area's text in both languages, for the options and Today pages. */
export const i18nFor = (locale: Locale): I18n => ({ locale, t: translator(locale) });

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translatorOf, type Translate } from '../lib/i18n/format';
import type { Locale } from '../lib/messaging/content-protocol';

/**
 * The UI language and its text for the components below. No catalog is imported here: the
 * sidebar provides its own, loaded one language at a time (lib/i18n/sidebar-catalogs.ts),
 * the options and Today pages every area (i18n-all.ts).
 */
export interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: translatorOf({}) });

export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);

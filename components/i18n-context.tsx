import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translate } from '../lib/i18n';
import type { Locale } from '../lib/messaging/content-protocol';

interface I18n {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en') });

export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);
export const i18nFor = (locale: Locale): I18n => ({ locale, t: translator(locale) });

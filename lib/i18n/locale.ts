import type { Locale } from '../messaging/content-protocol';

/**
 * The UI language: the user's setting, or the browser's when the setting is
 * "auto". Kept apart from the catalogs so the content script can use it cheaply.
 */
export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

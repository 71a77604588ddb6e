import type { Locale } from '../messaging/content-protocol';
import type { MessageId } from './en';
import type { dataIo } from './en/data-io';
import type { sites } from './en/sites';

/**
 * The sidebar's text, one language at a time: every area but data-io and sites (import, export,
 * backup and the user's own CRM sites live in the options page only; tests/unit/i18n/sidebar-catalogs.test.ts checks that
 * no sidebar code names one of its ids). Each language is its own chunk, loaded when shown,
 * so the sidebar frame on every mail page does not parse the other language's text.
 */
export type SidebarMessageId = Exclude<MessageId, keyof typeof dataIo | keyof typeof sites>;
export type SidebarCatalog = Record<SidebarMessageId, string>;

const loaders: Record<Locale, () => Promise<SidebarCatalog>> = {
  en: () => import('./en/sidebar-page').then((module) => module.sidebarPage),
  'zh-CN': () => import('./zh-CN/sidebar-page').then((module) => module.sidebarPage),
};

const loaded = new Map<Locale, SidebarCatalog>();

export async function loadSidebarCatalog(locale: Locale): Promise<SidebarCatalog> {
  let catalog = loaded.get(locale);
  if (!catalog) loaded.set(locale, (catalog = await loaders[locale]()));
  return catalog;
}

/** A catalog loadSidebarCatalog has already loaded, if any. */
export const loadedSidebarCatalog = (locale: Locale): SidebarCatalog | undefined => loaded.get(locale);

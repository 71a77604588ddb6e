import type { Locale } from '../messaging/content-protocol';

/**
 * The text of the sidebar's first paint, in both languages: its title and the line shown until the first view
 * comes. The sidebar's first script paints them before the app and its catalog are loaded
 * (components/sidebar-shell.ts); the catalogs take them from here, so each is written once.
 */
export const sidebarShellText: Record<Locale, { 'app.name': string; 'sidebar.connecting': string }> = {
  en: {
    'app.name': 'Customer care',
    'sidebar.connecting': 'Connecting…',
  },
  'zh-CN': {
    'app.name': '客户关怀',
    'sidebar.connecting': '正在连接…',
  },
};

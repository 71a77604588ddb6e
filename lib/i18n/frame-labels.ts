import type { Locale } from '../messaging/content-protocol';

/**
 * The few labels the content script draws on the host page itself. Kept apart
 * from the full catalogs so that the content script, which runs on every mail
 * and CRM page, does not carry the whole UI text.
 */
export const frameLabels: Record<Locale, { expand: string; resize: string; frameTitle: string }> = {
  en: {
    expand: 'Open customer sidebar',
    resize: 'Resize customer sidebar',
    frameTitle: 'Customer care sidebar',
  },
  'zh-CN': {
    expand: '打开客户侧边栏',
    resize: '调整客户侧边栏宽度',
    frameTitle: '客户关怀侧边栏',
  },
};

import * as z from 'zod/mini';
import { pageContextSchema } from '../recognition/page-context';

/**
 * Messages between the content script and the background. zod/mini keeps the
 * content script small; lib/messaging/protocol.ts holds the extension pages' side.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const SIDEBAR_STATES = ['open', 'collapsed', 'hidden'] as const;
export const sidebarStateSchema = z.enum(SIDEBAR_STATES);
export type SidebarState = z.infer<typeof sidebarStateSchema>;

export const themeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

/** Content script → background, on every page change the adapter notices. */
export const pageReportSchema = z.object({
  type: z.literal('page/report'),
  url: z.string().check(z.maxLength(4000)),
  theme: themeSchema,
  context: z.nullable(pageContextSchema),
});
export type PageReport = z.infer<typeof pageReportSchema>;

export const pageReportReplySchema = z.object({ locale: localeSchema });
export type PageReportReply = z.infer<typeof pageReportReplySchema>;

/** Background → content script of a tab's top frame. */
export const toContentSchema = z.union([
  z.object({ type: z.literal('sidebar/toggle') }),
  z.object({ type: z.literal('sidebar/set-state'), state: sidebarStateSchema }),
  z.object({ type: z.literal('page/refresh') }),
  z.object({ type: z.literal('locale'), locale: localeSchema }),
  // The user removed one of their own CRM sites: its reader, still running in an open tab, stops reading.
  z.object({ type: z.literal('reader/stop') }),
]);
export type ToContent = z.infer<typeof toContentSchema>;

import * as z from 'zod/mini';

/**
 * What the content script parses: the background's messages to it and its reply to a page
 * report. zod/mini, and as few zod schema kinds as will do (object, enum, optional), because
 * every kind used is code on every mail and CRM page. The background's side of the page
 * report, which needs many more kinds, is lib/messaging/page-report.ts.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const SIDEBAR_STATES = ['open', 'collapsed', 'hidden'] as const;
export const sidebarStateSchema = z.enum(SIDEBAR_STATES);
export type SidebarState = z.infer<typeof sidebarStateSchema>;

export const themeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

export type { PageReport } from './page-report';

export const pageReportReplySchema = z.object({ locale: localeSchema });
export type PageReportReply = z.infer<typeof pageReportReplySchema>;

/** Background → content script of a tab's top frame. */
export type ToContent =
  | { type: 'sidebar/toggle' }
  | { type: 'sidebar/set-state'; state: SidebarState }
  | { type: 'page/refresh' }
  | { type: 'locale'; locale: Locale }
  // The user removed one of their own CRM sites: its reader, still running in an open tab, stops reading.
  | { type: 'reader/stop' };

/**
 * ToContent as one object with an enum `type` rather than a union of literal objects: union,
 * literal and refinement schemas would each add their code (0.3 KB gzipped for a refinement
 * alone) to the content script. parseToContent then requires the field each type carries.
 */
export const toContentSchema = z.object({
  type: z.enum(['sidebar/toggle', 'sidebar/set-state', 'page/refresh', 'locale', 'reader/stop']),
  state: z.optional(sidebarStateSchema),
  locale: z.optional(localeSchema),
});

/** A message the background sent the content script, or undefined (and a warning) for anything else. */
export function parseToContent(raw: unknown): ToContent | undefined {
  const parsed = toContentSchema.safeParse(raw);
  const message = parsed.data;
  // Only the background can send here; a message it would not send is a bug or an attack: ignore it, say why.
  if (!message) console.warn('customer care: ignored an invalid message', JSON.stringify(parsed.error?.issues));
  else if (message.type === 'sidebar/set-state' ? message.state : message.type !== 'locale' || message.locale) return message as ToContent;
  else console.warn('customer care: ignored a message without its field', message.type);
  return undefined;
}

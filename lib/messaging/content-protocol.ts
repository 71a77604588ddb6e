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


/** Background → content script of a tab's top frame. */
export type ToContent =
  | { type: 'sidebar/toggle' }
  | { type: 'sidebar/set-state'; state: SidebarState }
  | { type: 'page/refresh' }
  // Also the answer to each page report, with the key for the content script's MessagePort straight to the
  // worker (lib/sidebar-host/report-channel.ts): a random number of 53 bits (lib/background/offered-ports.ts),
  // a number because the content script parses numbers already, where a string schema would add 95 bytes
  // (gzipped) to every mail and CRM page.
  | { type: 'locale'; locale: Locale; key?: number }
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
  key: z.optional(z.number()),
});

/** The background's answer to a page report on the content script's port. */
export type PageReportReply = Extract<ToContent, { type: 'locale' }>;

/** A message the background sent the content script, or undefined (and a warning) for anything else. */
export function parseToContent(raw: unknown): ToContent | undefined {
  const parsed = toContentSchema.safeParse(raw);
  const message = parsed.data;
  if (message && (message.type === 'sidebar/set-state' ? message.state : message.type !== 'locale' || message.locale)) return message as ToContent;
  // Only the background can send here; a message it would not send is a bug or an attack: ignore it, say why.
  console.warn('customer care: ignored an invalid message', message ? `${message.type} without its field` : JSON.stringify(parsed.error?.issues));
  return undefined;
}

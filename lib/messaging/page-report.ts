import * as z from 'zod/mini';
import { pageContextSchema } from '../recognition/page-context';
import { themeSchema } from './content-protocol';

/**
 * Content script → background, on every page change the adapter notices. Only the background
 * parses it (the content script just builds one), so this schema and the page context's, with
 * their strings, length checks, arrays, literals and nullables, stay out of the content script.
 */
export const pageReportSchema = z.object({
  type: z.literal('page/report'),
  url: z.string().check(z.maxLength(4000)),
  theme: themeSchema,
  context: z.nullable(pageContextSchema),
  /** The content script numbers its reports: each comes on two ways (report-channel.ts) and is taken once. */
  seq: z.optional(z.number()),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/**
 * A page report as the background takes it. A report whose context fails the schema (an adapter
 * that read something odd off a hostile or changed page) is kept with no context, so the sidebar
 * says nobody is recognised there, rather than refused whole; `droppedContext` says why.
 * Everything else about the report must pass as it is.
 */
export function parsePageReport(raw: unknown) {
  const report = pageReportSchema.safeParse(raw);
  if (report.success || typeof raw !== 'object' || raw === null || !('context' in raw) || raw.context === null) {
    return { report };
  }
  const withoutContext = pageReportSchema.safeParse({ ...raw, context: null });
  return withoutContext.success ? { report: withoutContext, droppedContext: report.error } : { report };
}

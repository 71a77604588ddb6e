import { pageContextSchema, type PageContext } from './page-context';
import { readPageWith } from './read';
import { siteAdapters } from './registry';

export type { PageContext, PagePerson } from './page-context';

/**
 * Reads the customer context of a page with whichever site adapter serves it (see read.ts),
 * null unless what the adapter read passes the page-context schema.
 */
export function readPage(doc: Document, url: string): PageContext | null {
  const context = readPageWith(siteAdapters, doc, url);
  if (!context) return null;
  const result = pageContextSchema.safeParse(context);
  return result.success ? result.data : null;
}

import { pageContextSchema, type PageContext } from './page-context';
import { siteAdapters } from './registry';

export type { PageContext, PagePerson } from './page-context';

/**
 * Reads the customer context of a page: who is on it, what it is about.
 * Returns null for a page no adapter serves or one whose markup it cannot read;
 * it never throws, since host pages change their markup without notice.
 */
export function readPage(doc: Document, url: string): PageContext | null {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return null;
  }
  const adapter = siteAdapters.find((candidate) => candidate.matches(parsedUrl));
  if (!adapter) return null;
  try {
    const result = pageContextSchema.safeParse(adapter.read(doc, parsedUrl));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

import { pageContextSchema, type PageContext, type SiteAdapter } from './page-context';

/**
 * Reads a page with the first of `adapters` that serves its URL. Returns null
 * for a page none serves or one whose markup it cannot read; it never throws,
 * since host pages change their markup without notice. Each site's content
 * script passes only its own adapter, so it carries no other site's code.
 */
export function readPageWith(adapters: readonly SiteAdapter[], doc: Document, url: string): PageContext | null {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return null;
  }
  const adapter = adapters.find((candidate) => candidate.matches(parsedUrl));
  if (!adapter) return null;
  try {
    const result = pageContextSchema.safeParse(adapter.read(doc, parsedUrl));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export type PageReader = (doc: Document, url: string) => PageContext | null;

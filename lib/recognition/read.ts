import type { PageContext, SiteAdapter } from './page-context';

/**
 * Reads a page with the first of `adapters` that serves its URL. Returns null
 * for a page none serves or one whose markup it cannot read; it never throws,
 * since host pages change their markup without notice. Each site's content
 * script passes only its own adapter, so it carries no other site's code.
 *
 * What the adapter read is not checked here: the content script sends it in a
 * page report, which the background parses with pageContextSchema (and, should
 * the context fail it, keeps the page with no context, see page-report.ts), so
 * the schema's code stays off the host page. readPage (index.ts) checks it.
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
    return adapter.read(doc, parsedUrl);
  } catch {
    return null;
  }
}

export type PageReader = (doc: Document, url: string) => PageContext | null;

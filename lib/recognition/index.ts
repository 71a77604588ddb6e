import type { PageContext } from './page-context';
import { readPageWith } from './read';
import { siteAdapters } from './registry';

export type { PageContext, PagePerson } from './page-context';

/** Reads the customer context of a page with whichever site adapter serves it (see read.ts). */
export function readPage(doc: Document, url: string): PageContext | null {
  return readPageWith(siteAdapters, doc, url);
}

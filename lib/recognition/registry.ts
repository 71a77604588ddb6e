import type { SiteAdapter } from './page-context';
import { gmailAdapter } from './adapters/gmail';

/** Every site adapter, in the order they are tried. One line per site. */
export const siteAdapters: readonly SiteAdapter[] = [gmailAdapter];

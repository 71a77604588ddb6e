import * as z from 'zod/mini';

/**
 * What a site adapter read off a page. Built with zod/mini because it ships in
 * the content script, which runs on every mail and CRM page and must stay small.
 */
export const PAGE_KINDS = ['thread', 'compose', 'record', 'list', 'other'] as const;
export const PERSON_ROLES = ['from', 'to', 'cc', 'record', 'mentioned'] as const;

const text = (max: number) => z.string().check(z.maxLength(max));

export const pagePersonSchema = z.object({
  email: z.optional(text(320)),
  name: z.optional(text(200)),
  phone: z.optional(text(40)),
  role: z.enum(PERSON_ROLES),
});

export const externalIdSchema = z.object({
  system: text(40),
  object: text(60),
  id: text(200),
});

export const pageContextSchema = z.object({
  site: text(40),
  kind: z.enum(PAGE_KINDS),
  /** Everyone on the page once; in a thread the senders come first, the latest sender first of all. */
  people: z.array(pagePersonSchema).check(z.maxLength(200)),
  subject: z.optional(text(1000)),
  threadId: z.optional(text(400)),
  externalIds: z.array(externalIdSchema).check(z.maxLength(50)),
});

export type PageContext = z.infer<typeof pageContextSchema>;
export type PagePerson = z.infer<typeof pagePersonSchema>;
export type PageKind = (typeof PAGE_KINDS)[number];

/** A site adapter: which URLs it serves and how it reads a page of that site. */
export interface SiteAdapter {
  site: string;
  matches(url: URL): boolean;
  read(doc: Document, url: URL): PageContext;
}

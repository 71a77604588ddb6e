import type { PagePerson } from './page-context';

/** Collapses white space and drops empty strings, so that layout noise never reaches the card. */
export function cleanText(value: string | null | undefined, max = 1000): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim().slice(0, max);
  return cleaned ? cleaned : undefined;
}

export function firstMatch(doc: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/** One entry per address (the first role seen wins: a thread's sender outranks a recipient). */
export function uniquePeople(people: PagePerson[]): PagePerson[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = (person.email ?? person.phone ?? person.name ?? '').toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ParsedAddress {
  name?: string;
  email?: string;
}

const ANGLED_ADDRESS = /<\s*([^\s<>@]+@[^\s<>@]+)\s*>/;
const BARE_ADDRESS = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+\.[^\s<>()[\]"',;:@]+/;

/**
 * Splits `Name <a@b.com>`, `Name<a@b.com>`, `"Name" <a@b.com>`, `a@b.com` or a bare
 * name into its parts, as webmail headers and recipient chips show them. Never
 * throws; returns {} for empty text. Names are capped at 200 characters and an
 * address longer than 320 is dropped, so that one odd chip cannot void the page.
 */
export function parseAddress(text: string | null | undefined): ParsedAddress {
  const cleaned = cleanText(text, 2000);
  if (!cleaned) return {};
  const match = ANGLED_ADDRESS.exec(cleaned) ?? BARE_ADDRESS.exec(cleaned);
  const email = match?.[1] ?? match?.[0];
  const rest = match ? cleaned.slice(0, match.index) + ' ' + cleaned.slice(match.index + match[0].length) : cleaned;
  const name = cleanText(rest.replace(/["'“”<>()[\]]/g, ' ').replace(/^[\s,;:：，；]+|[\s,;:：，；]+$/g, ''), 200);
  const kept = email && email.length <= 320 ? email : undefined;
  return {
    ...(name && name.toLowerCase() !== kept?.toLowerCase() && { name }),
    ...(kept && { email: kept }),
  };
}

/**
 * The role a header label names: 发件人 / From, 收件人 / To, 抄送 / Cc (and 密送 / Bcc,
 * reported as cc). Reads only the start of the text, ignoring white space (QQ Mail
 * writes 抄　送 with an ideographic space).
 */
export function labelRole(text: string | null | undefined): 'from' | 'to' | 'cc' | undefined {
  const label = (text ?? '').slice(0, 40).replace(/\s+/g, '').toLowerCase();
  if (/^(发件人|寄件人|from(:|：|$))/.test(label)) return 'from';
  if (/^(收件人|to(:|：|$))/.test(label)) return 'to';
  if (/^(抄送|密送|b?cc(:|：|$))/.test(label)) return 'cc';
  return undefined;
}

/**
 * The role named by the label of an element's header row (the closest `rows` ancestor):
 * its first child (a label cell such as 发件人：) or else its text.
 */
export function rowRole(element: Element, rows: string): 'from' | 'to' | 'cc' | undefined {
  let row: Element | null = null;
  try {
    row = element.closest(rows);
  } catch {
    return undefined;
  }
  return row ? (labelRole(row.firstElementChild?.textContent) ?? labelRole(row.textContent)) : undefined;
}

/**
 * The elements of the first of `selectors` that matches any (a list of fallbacks), at
 * most `limit` of them; never throws on a selector the browser rejects.
 */
export function queryAll(root: ParentNode, selectors: string | readonly string[], limit = 200): Element[] {
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found).slice(0, limit);
    } catch {
      // An unsupported selector: try the next.
    }
  }
  return [];
}

/**
 * A person named by the texts a site shows for them (attribute values, text content),
 * most trusted first: the first address found in any of them, and the first name.
 * Undefined when none of them names anyone.
 */
export function personFrom(texts: readonly (string | null | undefined)[], role: PagePerson['role']): PagePerson | undefined {
  let email: string | undefined;
  let name: string | undefined;
  for (const text of texts) {
    if (email && name) break;
    const parsed = parseAddress(text);
    email ??= parsed.email;
    name ??= parsed.name;
  }
  if (!email && !name) return undefined;
  return { ...(email && { email }), ...(name && { name }), role };
}

import type { PageContext, PagePerson } from './page-context';
import { cleanText, uniquePeople } from './dom';

/**
 * What the web CRM adapters share: reading URL paths, mailto:/tel: links and
 * field values, and building the PageContext of a record page. Every reader is
 * bounded (a few querySelector calls, at most MAX_LINKS links) and never throws.
 */

/** At most this many links are read off one page: a related list can hold hundreds of rows. */
export const MAX_LINKS = 50;

const MAILTO = 'a[href^="mailto:"]';
const TEL = 'a[href^="tel:"], a[href^="callto:"]';
const ADDRESS_CHAR = '[^\\s@<>()\\[\\]\\\\,;:"\'`]';
const EMAIL = new RegExp(`^${ADDRESS_CHAR}{1,64}@${ADDRESS_CHAR}+\\.${ADDRESS_CHAR}+$`);
// In running text, only plain ASCII addresses: text of neighbouring elements runs together without spaces.
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The path of a URL as decoded segments: /lightning/r/Contact/ID/view → ['lightning', 'r', 'Contact', 'ID', 'view']. */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map(decode);
}

/** An e-mail address, if the value is one (trimmed, as written). */
export function asEmail(value: string | null | undefined): string | undefined {
  const candidate = value?.trim();
  return candidate && candidate.length <= 320 && EMAIL.test(candidate) ? candidate : undefined;
}

/** The address of a mailto: link: the first recipient, decoded, without ?subject=… */
export function emailFromMailto(href: string | null | undefined): string | undefined {
  if (!href || !/^mailto:/i.test(href)) return undefined;
  return asEmail(decode(href.slice('mailto:'.length).split('?')[0]!.split(',')[0]!));
}

/** A phone number as the page shows it, if the text looks like one (five digits or more, fits the card). */
export function asPhone(value: string | null | undefined): string | undefined {
  const shown = cleanText(value, 1000);
  return shown && shown.length <= 40 && (shown.match(/\d/g)?.length ?? 0) >= 5 ? shown : undefined;
}

/** The number of a tel: or callto: link, decoded. */
export function phoneFromTel(href: string | null | undefined): string | undefined {
  const match = href ? /^(?:tel|callto):(?:\/\/)?([^?;]*)/i.exec(href) : null;
  return match ? asPhone(decode(match[1]!)) : undefined;
}

const digitsOf = (phone: string | undefined) => phone?.replace(/\D/g, '') || undefined;

/** What a field shows: an input's value (Dynamics renders fields as inputs), otherwise its text. */
export function shownText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const value = element.tagName === 'INPUT' ? (element as HTMLInputElement).value : element.textContent;
  return cleanText(value);
}

/** How many elements each fallback selector may offer: the first may be an empty or broken field. */
const CANDIDATES_PER_SELECTOR = 5;

function* candidates(root: ParentNode, selectors: readonly string[]): Generator<Element> {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    for (let index = 0; index < found.length && index < CANDIDATES_PER_SELECTOR; index++) yield found[index]!;
  }
}

/** The first non-empty text found by a list of fallback selectors, capped at max characters. */
export function textIn(root: ParentNode, selectors: readonly string[], max = 200): string | undefined {
  for (const element of candidates(root, selectors)) {
    const text = cleanText(element.textContent, max);
    if (text) return text;
  }
  return undefined;
}

/** The first e-mail found by a list of fallback selectors: a mailto: link, or an address shown as text or input value. */
export function emailIn(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const element of candidates(root, selectors)) {
    const text = shownText(element);
    const email =
      emailFromMailto(element.getAttribute('href')) ??
      emailFromMailto(element.querySelector(MAILTO)?.getAttribute('href')) ??
      asEmail(text) ??
      EMAIL_IN_TEXT.exec(text?.slice(0, 500) ?? '')?.[0];
    if (email) return email;
  }
  return undefined;
}

/** The first phone number found by a list of fallback selectors, as shown (the tel: number only when nothing is shown). */
export function phoneIn(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const element of candidates(root, selectors)) {
    const phone = asPhone(shownText(element)) ?? phoneFromTel(element.getAttribute('href'));
    if (phone) return phone;
  }
  return undefined;
}

/** The name a table row gives the person whose links it holds: its first ordinary link or header cell. */
function rowName(row: Element): string | undefined {
  const cell = row.querySelector('a:not([href^="mailto:"]):not([href^="tel:"]):not([href^="callto:"]), th');
  return cleanText(cell?.textContent, 200);
}

/**
 * Everyone in the page's mailto: and tel: links (related contacts, associations,
 * deal participants), role 'mentioned'. Links in one table row are one person,
 * named by the row; other links are a person each. Links inside `skip` (the
 * record's own fields: a second phone is not another person) are left out.
 */
export function mentionedPeople(root: ParentNode, skip?: string, limit = MAX_LINKS): PagePerson[] {
  const byRow = new Map<Element, PagePerson>();
  const links = root.querySelectorAll(`${MAILTO}, ${TEL}`);
  for (let index = 0; index < links.length && index < limit; index++) {
    const link = links[index]!;
    if (skip && link.closest(skip)) continue;
    const href = link.getAttribute('href');
    const email = emailFromMailto(href);
    const phone = email ? undefined : (asPhone(link.textContent) ?? phoneFromTel(href));
    if (!email && !phone) continue;
    const row = link.closest('tr, [role="row"]');
    const person: PagePerson = byRow.get(row ?? link) ?? { role: 'mentioned' };
    if (email && !person.email) person.email = email;
    if (phone && !person.phone) person.phone = phone;
    if (row && !person.name) {
      const name = rowName(row);
      if (name && name !== person.email && name !== person.phone) person.name = name;
    }
    byRow.set(row ?? link, person);
  }
  return [...byRow.values()];
}

export type FieldSelectors = Record<'name' | 'email' | 'phone', readonly string[]>;
export type RecordFields = Omit<PagePerson, 'role'>;

/** The record's name, e-mail and phone by each field's fallback selectors (an empty list skips the field). */
export function readFields(root: ParentNode, selectors: FieldSelectors): RecordFields {
  return {
    name: textIn(root, selectors.name),
    email: emailIn(root, selectors.email),
    phone: phoneIn(root, selectors.phone),
  };
}

export interface RecordTarget {
  system: string;
  /** Lower case: 'contact', 'lead', 'account', … */
  object: string;
  /** Only a validated id; undefined when the URL's id is malformed. */
  id: string | undefined;
  /** A deal (opportunity) is not a person: its name is the page's subject, its people are all mentioned. */
  deal?: boolean;
}

/**
 * The PageContext of a CRM record page: the record's person first, then everyone
 * else the page links to, except links inside `ownFields` (the record's own fields).
 */
export function recordContext(
  site: string,
  target: RecordTarget,
  fields: RecordFields,
  root: ParentNode,
  ownFields?: string,
): PageContext {
  const { email, name, phone } = fields;
  const record: PagePerson[] =
    target.deal || !(name || email || phone)
      ? []
      : [{ ...(email && { email }), ...(name && { name }), ...(phone && { phone }), role: 'record' }];
  const ownEmail = email?.toLowerCase();
  const ownDigits = digitsOf(phone);
  const mentioned = mentionedPeople(root, ownFields).filter((person) =>
    person.email ? person.email.toLowerCase() !== ownEmail : digitsOf(person.phone) !== ownDigits,
  );
  return {
    site,
    kind: 'record',
    people: uniquePeople([...record, ...mentioned]),
    ...(target.deal && name && { subject: name }),
    externalIds: target.id ? [{ system: target.system, object: target.object, id: target.id }] : [],
  };
}

/** A CRM page that is not one record: nobody on it is the customer. */
export function otherContext(site: string, kind: 'list' | 'other'): PageContext {
  return { site, kind, people: [], externalIds: [] };
}

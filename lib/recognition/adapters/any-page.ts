import { cleanText, uniquePeople } from '../dom';
import type { PageContext, PagePerson } from '../page-context';

/**
 * Any page, read on demand (toolbar button, shortcut or context menu on a page no
 * site adapter serves): the people in mailto: and tel: links, e-mail addresses in
 * the visible text, and what the user selected or right-clicked. Bounded, so that
 * a huge page costs no more than a large one.
 */
const MAX_LINKS = 100;
const MAX_TEXT_CHARS = 200_000;
const MAX_PEOPLE = 30;
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE_PATTERN = /^\+?[\d\s().-]{6,20}$/;

export interface OnDemandHint {
  /** The text the user selected when they chose "Log to customer…" or "Add as customer". */
  selectionText?: string;
  /** The mailto: or tel: link they right-clicked. */
  linkUrl?: string;
}

/** A person named by a selection or a mailto:/tel: link, or undefined when it names nobody. */
export function personFromHint(hint: OnDemandHint): PagePerson | undefined {
  if (hint.linkUrl) {
    const [scheme, rest = ''] = hint.linkUrl.split(/:(.*)/s);
    const value = safeDecode(rest.split('?')[0] ?? '').trim();
    if (scheme?.toLowerCase() === 'mailto' && value.includes('@')) return { email: value, role: 'mentioned' };
    if (scheme?.toLowerCase() === 'tel' && PHONE_PATTERN.test(value)) return { phone: value, role: 'mentioned' };
  }
  const selection = cleanText(hint.selectionText, 200);
  if (!selection) return undefined;
  const email = selection.match(EMAIL_PATTERN)?.[0];
  if (email) return { email, name: cleanText(selection.replace(email, '').replace(/[<>"(),;:]/g, ' '), 200), role: 'mentioned' };
  if (PHONE_PATTERN.test(selection)) return { phone: selection, role: 'mentioned' };
  return selection.length <= 60 ? { name: selection, role: 'mentioned' } : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Elements whose text a user does not see. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);
const UNSEEN_SELECTOR = [...UNSEEN].join(', ');

/**
 * The visible text that can hold an address: the text nodes with an @ in them, of the page's first
 * MAX_TEXT_CHARS characters of visible text, joined by spaces (so that an address never runs from one node
 * into the next). A walk with no filter function, which the browser runs without calling back into script
 * for every node; the text of a script or a style is its own child, so a look at the parent keeps it out of
 * the count, and a text with an @ is checked all the way up. On a page of 10,000 elements this read took
 * 10 ms with a filter function and the whole text through EMAIL_PATTERN (tests/bench/compute-bench.ts), and
 * a fifth longer with the walker's currentNode read and every text sliced.
 */
function textWithAddresses(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const withAt: string[] = [];
  let read = 0;
  for (let node = walker.nextNode() as Text | null; node && read < MAX_TEXT_CHARS; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && UNSEEN.has(parent.localName)) continue;
    let text = node.data;
    if (text.length >= MAX_TEXT_CHARS - read) text = text.slice(0, MAX_TEXT_CHARS - read - 1);
    read += 1 + text.length;
    if (text.includes('@') && !parent?.closest(UNSEEN_SELECTOR)) withAt.push(text);
  }
  return withAt.join(' ');
}

/**
 * The page's mailto: and tel: links, at most MAX_LINKS. Every link is taken and its scheme checked here:
 * the browser matched a case-insensitive prefix selector (a[href^="mailto:" i]) nearly four times slower on
 * a page of 10,000 elements (0.75 against 0.20 ms, tests/bench/compute-bench.ts).
 */
function contactLinks(doc: Document): { link: Element; href: string }[] {
  const found: { link: Element; href: string }[] = [];
  for (const link of doc.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    const scheme = href.slice(0, 7).toLowerCase();
    if (scheme.startsWith('mailto:') || scheme.startsWith('tel:')) found.push({ link, href });
    if (found.length === MAX_LINKS) break;
  }
  return found;
}

export function readAnyPage(doc: Document, hint: OnDemandHint = {}): PageContext {
  const people: PagePerson[] = [];
  const hinted = personFromHint(hint);
  if (hinted) people.push(hinted);
  for (const { link, href } of contactLinks(doc)) {
    const person = personFromHint({ linkUrl: href });
    const label = cleanText(link.textContent, 200);
    // A link whose text is the address or number itself names nobody.
    const isName = label && !label.includes('@') && !PHONE_PATTERN.test(label);
    if (person) people.push({ ...person, name: isName ? label : undefined });
  }
  for (const email of textWithAddresses(doc).match(EMAIL_PATTERN) ?? []) people.push({ email, role: 'mentioned' });
  return {
    site: 'any-page',
    kind: 'other',
    people: uniquePeople(people).slice(0, MAX_PEOPLE),
    subject: cleanText(doc.title, 1000),
    externalIds: [],
  };
}

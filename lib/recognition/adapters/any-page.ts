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

function visibleText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  while (text.length < MAX_TEXT_CHARS && walker.nextNode()) text += ` ${walker.currentNode.nodeValue ?? ''}`;
  return text.slice(0, MAX_TEXT_CHARS);
}

export function readAnyPage(doc: Document, hint: OnDemandHint = {}): PageContext {
  const people: PagePerson[] = [];
  const hinted = personFromHint(hint);
  if (hinted) people.push(hinted);
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:" i], a[href^="tel:" i]')].slice(0, MAX_LINKS);
  for (const link of links) {
    const person = personFromHint({ linkUrl: link.getAttribute('href') ?? '' });
    const label = cleanText(link.textContent, 200);
    // A link whose text is the address or number itself names nobody.
    const isName = label && !label.includes('@') && !PHONE_PATTERN.test(label);
    if (person) people.push({ ...person, name: isName ? label : undefined });
  }
  for (const email of visibleText(doc).match(EMAIL_PATTERN) ?? []) people.push({ email, role: 'mentioned' });
  return {
    site: 'any-page',
    kind: 'other',
    people: uniquePeople(people).slice(0, MAX_PEOPLE),
    subject: cleanText(doc.title, 1000),
    externalIds: [],
  };
}

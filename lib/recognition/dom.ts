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

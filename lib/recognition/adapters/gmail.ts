import type { PageContext, PagePerson, SiteAdapter } from '../page-context';
import { cleanText, firstMatch, uniquePeople } from '../dom';

/**
 * Gmail's reading pane. Class names are Gmail's obfuscated but long-stable ones;
 * each entry lists fallbacks, newest knowledge first.
 */
const selectors = {
  // 2026-11: sender of each message in a thread; `email` holds the bare address.
  sender: ['span.gD[email]', 'h3.iw span[email]'],
  // 2026-11: "to me, Bob" line of each message; expanded recipients carry `email`.
  recipient: ['span.g2[email]'],
  // 2026-11: thread subject heading; also carries the thread ids as data attributes.
  subject: ['h2.hP', 'h2[data-thread-perm-id]'],
  // 2026-11: recipient chips in compose and reply boxes.
  composeRecipient: ['div[role="dialog"] [data-hovercard-id][email]', 'form [name="to"] [email]'],
} as const;

/** 2026-11: Gmail's tab title reads "Inbox (3) - user@example.com - Gmail"; that address is the user's own. */
function accountAddress(doc: Document): string | undefined {
  return / - ([^\s@]+@[^\s@]+) - /.exec(doc.title)?.[1]?.toLowerCase();
}

function peopleBy(doc: Document, selectorList: readonly string[], role: PagePerson['role']): PagePerson[] {
  for (const selector of selectorList) {
    const found = [...doc.querySelectorAll(selector)].map((element) => ({
      email: element.getAttribute('email')?.trim() || undefined,
      name: cleanText(element.getAttribute('name') ?? element.textContent, 200),
      role,
    }));
    if (found.length > 0) return found;
  }
  return [];
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  read(doc, url): PageContext {
    const subjectElement = firstMatch(doc, selectors.subject);
    // Latest message last in the DOM; the latest sender is the one the user is answering.
    const senders = peopleBy(doc, selectors.sender, 'from').reverse();
    const recipients = peopleBy(doc, selectors.recipient, 'to');
    const composing = peopleBy(doc, selectors.composeRecipient, 'to');
    const threadId =
      subjectElement?.getAttribute('data-legacy-thread-id') ||
      // The URL's last hash segment is the thread id when the pane is open (#inbox/<id>).
      /#[^/]+\/([A-Za-z0-9]{10,})$/.exec(url.hash)?.[1] ||
      undefined;
    const kind = subjectElement ? 'thread' : composing.length > 0 ? 'compose' : 'list';
    // The user is on every thread of their own mailbox; they are never the customer.
    const self = accountAddress(doc);
    const others = (person: PagePerson) => !self || person.email?.toLowerCase() !== self;
    return {
      site: 'gmail',
      kind,
      people: uniquePeople([...senders, ...recipients, ...composing]).filter(others),
      subject: cleanText(subjectElement?.textContent),
      threadId: subjectElement ? threadId : undefined,
      externalIds: [],
    };
  },
};

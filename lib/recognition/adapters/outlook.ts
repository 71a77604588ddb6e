import type { PageContext, PagePerson, SiteAdapter } from '../page-context';
import { cleanText, firstMatch, labelRole, parseAddress, personFrom, queryAll, uniquePeople } from '../dom';

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

/**
 * Outlook on the web (OWA). Its class names are build hashes that change every few
 * weeks, so every selector leans on OWA's own element ids, ARIA roles and labels;
 * each entry lists fallbacks, newest knowledge first.
 */
const selectors = {
  // 2026-11: OWA's ids for the pane of an open conversation (three-pane layout) and of an
  // open item (deeplink / pop-out read view); data-app-section is the older name.
  readingPane: ['#ConversationReadingPaneContainer', '#ItemReadingPaneContainer', '[data-app-section="ConversationContainer"]'],
  // 2026-11: the conversation subject is the pane's first heading (messages have lower-level ones).
  subject: ['[role="heading"][aria-level="2"]', '[role="heading"]'],
  // 2026-11: header lines of each expanded message: the sender persona (aria-label "From: Name",
  // text "Name<address>") and the To / Cc containers ("To: Name; Name"); a Chinese UI writes 发件人 / 收件人 / 抄送.
  headerLine: [
    '[aria-label^="From:"], [aria-label^="To:"], [aria-label^="Cc:"]',
    '[aria-label^="发件人"], [aria-label^="收件人"], [aria-label^="抄送"]',
  ],
  // 2026-11: one persona button per recipient inside a To / Cc line; name as text or aria-label, address in title.
  persona: '[role="button"]',
  // 2026-11: message bodies (UniqueMessageBody_N, role=document "Message body"): sender-written HTML, never read for people.
  body: '[id^="UniqueMessageBody"], [aria-label="Message body"]',
  // 2026-11: recipient wells of the compose and inline reply form: contenteditable, labelled To / Cc / Bcc (收件人 /
  // 抄送 / 密送 in a Chinese UI). Found in one search of the document and told apart by label in that order.
  composeWell: '[contenteditable="true"][aria-label]',
  composeWellLabels: [
    ['To', 'Cc', 'Bcc'],
    ['收件人', '抄送', '密送'],
  ],
  // 2026-11: a resolved recipient chip carries the address in its title.
  composeChip: ['[title*="@"]', '[role="button"]'],
  composeSubject: ['input[aria-label="Add a subject"]', 'input[aria-label="添加主题"]', 'input[aria-label*="ubject"]'],
  // 2026-11: the selected message-list row carries the open conversation's id (EWS flavour).
  conversationId: ['[data-convid][aria-selected="true"]', '#ConversationReadingPaneContainer[data-convid]'],
  // 2026-11: the account button of the suite header names the mailbox owner.
  account: ['#O365_MainLink_Me', '#mectrl_main_trigger', '#mectrl_currentAccount_secondary'],
} as const;

/** "From: Emily Carter" -> "Emily Carter". */
const withoutLabel = (text: string | null | undefined) => text?.replace(/^[^:：<@]{1,12}[:：]\s*/, '');

/** The people of one header line: its persona buttons, else the line itself, else the names its label lists. */
function linePeople(line: Element, role: PagePerson['role']): (PagePerson | undefined)[] {
  const personas = queryAll(line, selectors.persona);
  if (personas.length > 0) {
    return personas.map((persona) =>
      personFrom([persona.getAttribute('title'), withoutLabel(persona.getAttribute('aria-label')), persona.textContent], role),
    );
  }
  const label = withoutLabel(line.getAttribute('aria-label'));
  const text = withoutLabel(line.textContent);
  const entries = (text ?? '').split(/[;；]/).slice(0, 100);
  if (entries.length > 1) return entries.map((entry) => personFrom([entry], role));
  return [personFrom([line.getAttribute('title'), text, label], role)];
}

function headerPeople(pane: Element): PagePerson[] {
  const people: (PagePerson | undefined)[] = [];
  for (const selector of selectors.headerLine) {
    for (const line of queryAll(pane, selector)) {
      const role = labelRole(line.getAttribute('aria-label'));
      if (role && !line.closest(selectors.body)) people.push(...linePeople(line, role));
    }
  }
  return people.filter((person): person is PagePerson => !!person);
}

function composePeople(doc: Document): PagePerson[] {
  const people: (PagePerson | undefined)[] = [];
  const labelled = queryAll(doc, selectors.composeWell);
  for (const labels of selectors.composeWellLabels) {
    const wells = labelled.filter((well) => (labels as readonly string[]).includes(well.getAttribute('aria-label')!)).slice(0, 10);
    for (const well of wells) {
      const role = labelRole(well.getAttribute('aria-label')) ?? 'to';
      for (const chip of queryAll(well, selectors.composeChip)) {
        people.push(personFrom([chip.getAttribute('title'), chip.textContent, chip.getAttribute('aria-label')], role));
      }
    }
  }
  return people.filter((person): person is PagePerson => !!person);
}

/** The subject typed in a compose form, when no conversation is open. */
function composeSubject(doc: Document): string | null | undefined {
  const input = firstMatch(doc, selectors.composeSubject) as HTMLInputElement | null;
  return input?.value ?? input?.getAttribute('value');
}

/** The mailbox owner, from the account button's label ("Account manager for Demo Sales demo.sales@example.com"). */
function accountAddress(doc: Document): string | undefined {
  for (const selector of selectors.account) {
    const element = doc.querySelector(selector);
    const email = parseAddress(element?.getAttribute('aria-label')).email ?? parseAddress(element?.textContent).email;
    if (email) return email.toLowerCase();
  }
  return undefined;
}

/** /mail/inbox/id/<id>, /mail/0/inbox/id/<id> or /mail/deeplink/read/<id>: OWA's routing keeps the open item's id in the path. */
function idFromUrl(url: URL): string | undefined {
  const raw = /\/(?:id|deeplink\/read)\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  matches: (url) => HOSTS.has(url.hostname),
  read(doc, url): PageContext {
    const base = { site: 'outlook', externalIds: [] };
    if (!/^\/(mail|owa)(\/|$)/i.test(url.pathname)) return { ...base, kind: 'other', people: [] };
    const pane = firstMatch(doc, selectors.readingPane);
    const subjectElement = pane && firstMatch(pane, selectors.subject);
    const composing = composePeople(doc);
    const kind = pane ? 'thread' : composing.length > 0 || /\/compose/.test(url.pathname) ? 'compose' : 'list';
    // Each lookup below searches the whole document by attribute (about 0.15 ms at 10,000 elements): only the one
    // the view uses is made.
    const subject = pane ? subjectElement?.textContent : composeSubject(doc);
    const self = accountAddress(doc);
    const people = uniquePeople([...(pane ? headerPeople(pane) : []), ...composing])
      .filter((person) => !self || person.email?.toLowerCase() !== self)
      .slice(0, 200);
    return {
      ...base,
      kind,
      people,
      subject: cleanText(subject),
      threadId: pane ? cleanText(idFromUrl(url) ?? firstMatch(doc, selectors.conversationId)?.getAttribute('data-convid') ?? undefined, 400) : undefined,
    };
  },
};

import type { PageContext, PagePerson, SiteAdapter } from '../page-context';
import { cleanText, firstMatch, parseAddress, personFrom, queryAll, rowRole, uniquePeople } from '../dom';

// wx.mail.qq.com is where mail.qq.com sends users of its new interface.
const HOSTS = new Set(['mail.qq.com', 'exmail.qq.com', 'wx.mail.qq.com']);

/**
 * QQ Mail and Tencent Exmail, in both layouts: the classic one (cgi-bin/frame_html),
 * which loads the reading view and compose form into a same-origin iframe, and the
 * newer single-page one (wx.mail.qq.com). Each entry lists fallbacks, classic first.
 */
const selectors = {
  // 2026-11: classic layout: mail list, reading view and compose form load into this frame.
  frame: ['iframe#mainFrame', 'iframe[name="mainFrame"]'],
  // 2026-11: classic readmail page (#mainmail); new interface's header block.
  reading: ['#mainmail', '.mail-detail-basic'],
  // 2026-11: classic span#subject.sub_title; new interface .mail-detail-subject .mail-subject-text.
  subject: ['#mainmail #subject', '#mainmail .sub_title', '.mail-detail-subject .mail-subject-text', '.mail-detail-subject'],
  // 2026-11: header people. Classic: span[e] (e holds the address, n the name) followed by span.addr "<address>";
  // new interface: account chips with .cmp-account-nick and .cmp-account-email "<address>".
  person: ['#mainmail span[e]', '.mail-detail-basic .xmail-cmp-account', '.mail-detail-basic .cmp-account-wrap'],
  // 2026-11: header rows whose first cell is the label 发件人： / 收件人： / 抄　送：
  row: 'tr, .basic-body-item',
  // 2026-11: the message body (sender-written HTML, never read for people).
  body: '#mailContentContainer, #qm_con_body, .mail-detail-content, .reader-body-children',
  // 2026-11: compose: classic form#frm with address chips .addr_base[addr] in #toAreaCtrl / #ccAreaCtrl / #bccAreaCtrl;
  // new interface .mail-compose-page with chips in .mail-compose-receivers (one row per field).
  compose: ['form#frm #toAreaCtrl', '.mail-compose-page .mail-compose-receivers'],
  composeChip: ['[id$="AreaCtrl"] .addr_base[addr]', '.mail-compose-receivers .xmail-cmp-account', '.mail-compose-receivers .cmp-account-wrap'],
  composeSubject: ['form#frm input#subject', '.mail-compose-page input[class*="subject"]'],
  // 2026-11: the mailbox owner: classic top bar #useraddr, new interface profile card.
  account: ['#useraddr', '.profile-user-info .user-email'],
} as const;

/** The documents to read: a same-origin classic frame first (it holds the open view), then the page. */
function documents(doc: Document): Document[] {
  const frame = firstMatch(doc, selectors.frame) as HTMLIFrameElement | null;
  try {
    const inner = frame?.contentDocument;
    if (inner?.body) return [inner, doc];
  } catch {
    // A cross-origin or torn-down frame: read the page alone.
  }
  return [doc];
}

function chipPerson(chip: Element, role: PagePerson['role']): PagePerson | undefined {
  const email = chip.querySelector('.cmp-account-email, .addr')?.textContent;
  const nick = chip.querySelector('.cmp-account-nick')?.textContent;
  return personFrom([chip.getAttribute('e') ?? chip.getAttribute('addr'), email, chip.getAttribute('n') ?? nick, chip.textContent], role);
}

function readingPeople(view: Document): PagePerson[] {
  return queryAll(view, selectors.person)
    .filter((chip) => !chip.closest(selectors.body))
    .map((chip) => {
      // Classic headers give name and address as sibling spans: <span e n>Name</span><span class="addr">&lt;a&gt;</span>.
      const person = chipPerson(chip, rowRole(chip, selectors.row) ?? 'to');
      const sibling = person?.email ? undefined : parseAddress(chip.nextElementSibling?.textContent).email;
      return person && sibling ? { ...person, email: sibling } : person;
    })
    .filter((person): person is PagePerson => !!person);
}

function composePeople(view: Document): PagePerson[] {
  return queryAll(view, selectors.composeChip)
    .map((chip) => {
      const cc = chip.closest('#ccAreaCtrl, #bccAreaCtrl') ? 'cc' : undefined;
      return chipPerson(chip, cc ?? rowRole(chip, '.mail-compose-receivers > *, tr') ?? 'to');
    })
    .filter((person): person is PagePerson => !!person);
}

/** The mail id: classic URLs carry it as ?mailid= (or #...mailid=), in the frame's address or the page's. */
function mailId(urls: readonly (string | undefined)[]): string | undefined {
  for (const candidate of urls) {
    const id = /[?&#/]mailid[=/]([\w-]{4,200})/i.exec(candidate ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

/** A mail view: classic cgi-bin pages (not the login page) and the new interface, save its notepad, calendar and settings. */
const isMailView = (url: URL) =>
  /^\/(cgi-bin\/(?!login)|home\/)/.test(url.pathname) && !/^#\/(notepad|calendar|setting|contact)/.test(url.hash);

export const qqMailAdapter: SiteAdapter = {
  site: 'qq-mail',
  matches: (url) => HOSTS.has(url.hostname),
  read(doc, url): PageContext {
    const base = { site: 'qq-mail', externalIds: [] };
    if (!isMailView(url)) return { ...base, kind: 'other', people: [] };
    const docs = documents(doc);
    const view = docs.find((candidate) => firstMatch(candidate, [...selectors.compose, ...selectors.reading])) ?? docs[0]!;
    const composing = !!firstMatch(view, selectors.compose);
    const reading = !composing && !!firstMatch(view, selectors.reading);
    const self = parseAddress(firstMatch(doc, selectors.account)?.textContent).email?.toLowerCase();
    const people = reading ? readingPeople(view) : composing ? composePeople(view) : [];
    const subjectElement = reading ? firstMatch(view, selectors.subject) : firstMatch(view, selectors.composeSubject);
    const subject = reading ? subjectElement?.textContent : (subjectElement as HTMLInputElement | null)?.value;
    return {
      ...base,
      kind: reading ? 'thread' : composing ? 'compose' : 'list',
      people: uniquePeople(people)
        .filter((person) => !self || person.email?.toLowerCase() !== self)
        .slice(0, 200),
      subject: cleanText(subject),
      threadId: reading ? mailId([view.URL, url.href]) : undefined,
    };
  },
};

import type { PageContext, PageKind, PagePerson, SiteAdapter } from '../page-context';
import { cleanText, firstMatch, labelRole, parseAddress, personFrom, queryAll, rowRole, uniquePeople } from '../dom';

// mail.qiye.163.com is the webmail of NetEase enterprise mail (qiye.163.com is its sign-in site).
const HOSTS = new Set(['mail.163.com', 'mail.126.com', 'qiye.163.com', 'mail.qiye.163.com']);

/**
 * NetEase Mail (163, 126, enterprise). Its webmail (js6/main.jsp) opens the mailbox,
 * each message and each compose form as tabs: module containers that stay in the
 * page, hidden with an inline display:none when another tab is in front. Each entry
 * lists fallbacks, newest knowledge first.
 */
const selectors = {
  // 2026-11: one container per open tab: _dvModuleContainer_<module>_<n>, e.g. read.ReadModule_0.
  module: 'div[id^="_dvModuleContainer_"]',
  // 2026-11: subject heading of a reading tab.
  subject: ['h1[id$="_h1Subject"]', 'h1[title="邮件标题"]', 'h1[title="Mail subject"]'],
  // 2026-11: address blocks: title holds the address, text reads Name<address>
  // (.nui-addr-name + .nui-addr-email); js-component-emailblock in current builds, nui-addr before.
  person: ['.js-component-emailblock', '.nui-addr[title]'],
  // 2026-11: header rows (li) and compose rows (#divComposeto / #divComposecc) start with their label.
  row: 'li, tr, [id^="divCompose"]',
  // 2026-11: compose address fields: the input's aria-label names the field (收件人地址输入框 / 抄送地址输入框).
  field: '.js-component-emailcontainer',
  // 2026-11: compose subject input.
  composeSubject: ['input[id$="_subjectInput"]', 'input#objComposeSubject', 'input[aria-label^="邮件主题"]'],
  // 2026-11: the mailbox owner's address in the top bar.
  account: ['#spnUid'],
} as const;

const KIND_OF_MODULE: [RegExp, PageKind][] = [
  [/^read\./, 'thread'],
  [/^compose\./, 'compose'],
  [/^(mbox|welcome|search)\./, 'list'],
];

const moduleName = (container: Element) => container.id.replace('_dvModuleContainer_', '');
const isHidden = (element: Element) =>
  element.hasAttribute('hidden') || /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');

/** #module=read.ReadModule|{"id":"…"}: the module in front and, for a message, its id. */
function fromHash(url: URL): { module?: string; id?: string } {
  let hash = url.hash;
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // Keep the raw hash.
  }
  return {
    module: /module=([\w.]+)/.exec(hash)?.[1],
    id: /"id"\s*:\s*"([^"]{1,200})"/.exec(hash)?.[1],
  };
}

/** The tab in front: the visible module container, the one the URL names when several look visible. */
function frontModule(doc: Document, hashModule: string | undefined): Element | undefined {
  const visible = queryAll(doc, selectors.module, 50).filter((container) => !isHidden(container));
  return (hashModule && visible.find((container) => moduleName(container).startsWith(hashModule))) || visible[0];
}

function people(container: Element, kind: PageKind): PagePerson[] {
  return queryAll(container, selectors.person)
    .map((block) => {
      const field = block.closest(selectors.field)?.querySelector('input[aria-label]')?.getAttribute('aria-label');
      const role = rowRole(block, selectors.row) ?? labelRole(field) ?? 'to';
      const email = block.querySelector('.nui-addr-email')?.textContent;
      const name = block.querySelector('.nui-addr-name')?.textContent;
      return personFrom([block.getAttribute('title'), email, name, block.textContent], role);
    })
    // A compose form's sender is the owner's own account.
    .filter((person): person is PagePerson => !!person && (kind !== 'compose' || person.role !== 'from'));
}

export const neteaseMailAdapter: SiteAdapter = {
  site: 'netease-mail',
  matches: (url) => HOSTS.has(url.hostname),
  read(doc, url): PageContext {
    const base = { site: 'netease-mail', externalIds: [] };
    if (!/^\/js\d+\/main\.jsp/.test(url.pathname)) return { ...base, kind: 'other', people: [] };
    const hash = fromHash(url);
    const front = frontModule(doc, hash.module);
    const name = front ? moduleName(front) : (hash.module ?? '');
    const kind = KIND_OF_MODULE.find(([pattern]) => pattern.test(name))?.[1] ?? (front || hash.module ? 'other' : 'list');
    const self = parseAddress(firstMatch(doc, selectors.account)?.textContent).email?.toLowerCase();
    const found = front && (kind === 'thread' || kind === 'compose') ? people(front, kind) : [];
    const subjectElement = front && firstMatch(front, kind === 'thread' ? selectors.subject : selectors.composeSubject);
    const subject = kind === 'thread' ? subjectElement?.textContent : (subjectElement as HTMLInputElement | null | undefined)?.value;
    return {
      ...base,
      kind,
      people: uniquePeople(found)
        .filter((person) => !self || person.email?.toLowerCase() !== self)
        .slice(0, 200),
      subject: kind === 'list' || kind === 'other' ? undefined : cleanText(subject),
      threadId: kind === 'thread' && hash.module?.startsWith('read.') ? hash.id : undefined,
    };
  },
};

import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`outlook/${name}.html`);

const CONVERSATION_ID = 'AAQkADAwATM3ZmYAZS05ZDAxLTk1YzgtMDACLTAwCgAQAFvH2+qCz0xPmZ1vR7sLk0E=';
const ENCODED_ID = encodeURIComponent(CONVERSATION_ID);

const HOST_URLS = [
  ['outlook.office.com', `https://outlook.office.com/mail/inbox/id/${ENCODED_ID}`],
  ['outlook.office365.com', `https://outlook.office365.com/mail/inbox/id/${ENCODED_ID}`],
  ['outlook.live.com', `https://outlook.live.com/mail/0/inbox/id/${ENCODED_ID}`],
] as const;

const THREAD = {
  site: 'outlook',
  kind: 'thread',
  subject: '关于第二批银饰批发订单',
  threadId: CONVERSATION_ID,
  externalIds: [],
  people: [
    { email: 'chen.zq@xihu-trading.com.cn', name: '陈志强', role: 'from' },
    { email: 'liu.yang@example.com', name: '刘洋', role: 'to' },
    { email: 'zhou.ting@xihu-trading.com.cn', name: '周婷', role: 'cc' },
    { email: 'lin.xd@xihu-trading.com.cn', name: '林晓东', role: 'cc' },
  ],
};

describe('Outlook adapter', () => {
  it.each(HOST_URLS)('reads the sender, To and Cc, subject and conversation id of an open conversation on %s', (_host, url) => {
    expect(readPage(fixture('thread'), url)).toEqual(THREAD);
  });

  it.each([
    ['the inbox list', 'inbox', 'https://outlook.office.com/mail/inbox', { kind: 'list', people: [], subject: undefined, threadId: undefined }],
    ['a folder list on outlook.live.com', 'inbox', 'https://outlook.live.com/mail/0/', { kind: 'list', people: [] }],
    [
      'a new message',
      'compose',
      'https://outlook.office.com/mail/deeplink/compose',
      {
        kind: 'compose',
        subject: 'Delivery schedule for the amenities order',
        threadId: undefined,
        people: [
          { email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', role: 'to' },
          { email: 'tom.hughes@harbourhotels.com', name: 'Tom Hughes', role: 'to' },
          { email: 'li.lei@example-prospect.cn', name: '李雷', role: 'cc' },
        ],
      },
    ],
    ['a page of the suite that is not mail', 'thread', 'https://outlook.office.com/calendar/view/month', { kind: 'other', people: [] }],
  ])('reads %s', (_case, name, url, expected) => {
    expect(readPage(fixture(name), url)).toMatchObject(expected);
  });

  it('takes the conversation id from the selected list row when the URL has none', () => {
    expect(readPage(fixture('thread'), 'https://outlook.office.com/mail/inbox')?.threadId).toBe(CONVERSATION_ID);
  });

  it('reads the item of a deeplink read view, whose id only the URL carries', () => {
    const doc = fixture('thread');
    doc.querySelector('#MailList')!.remove();
    doc.querySelector('#ConversationReadingPaneContainer')!.id = 'ItemReadingPaneContainer';
    const context = readPage(doc, 'https://outlook.office.com/mail/deeplink/read/AAMkAGI2TG93AAA%3D');
    expect(context).toMatchObject({ kind: 'thread', threadId: 'AAMkAGI2TG93AAA=', subject: THREAD.subject });
    expect(context?.people).toEqual(THREAD.people);
  });

  it('reads the headers of a Chinese-language Outlook (发件人 / 收件人 / 抄送)', () => {
    const doc = fixture('thread');
    for (const line of doc.querySelectorAll('[aria-label^="From:"], [aria-label^="To:"], [aria-label^="Cc:"]')) {
      const label = line.getAttribute('aria-label')!;
      line.setAttribute('aria-label', label.replace('From:', '发件人:').replace('To:', '收件人:').replace('Cc:', '抄送:'));
    }
    expect(readPage(doc, HOST_URLS[0][1])).toEqual(THREAD);
  });

  it('reads the recipient wells of a Chinese-language compose form (收件人 / 抄送), and no other editable field', () => {
    const doc = fixture('compose');
    const url = 'https://outlook.office.com/mail/deeplink/compose';
    const english = readPage(doc, url)?.people;
    for (const well of doc.querySelectorAll('[contenteditable="true"][aria-label]')) {
      const label = well.getAttribute('aria-label')!;
      well.setAttribute('aria-label', ({ To: '收件人', Cc: '抄送', Bcc: '密送' } as Record<string, string>)[label] ?? label);
    }
    // An editable field with another label (the message body) names nobody, whatever is in it.
    const body = doc.createElement('div');
    body.setAttribute('contenteditable', 'true');
    body.setAttribute('aria-label', 'Message body');
    body.innerHTML = '<span role="button" title="someone@example.org">Someone</span>';
    doc.body.append(body);
    expect(english).toHaveLength(3);
    expect(readPage(doc, url)?.people).toEqual(english);
  });

  it('keeps the mailbox owner in when the account button names no address', () => {
    const doc = fixture('thread');
    doc.querySelector('#O365_MainLink_Me')!.setAttribute('aria-label', 'Account manager for Demo Sales');
    expect(readPage(doc, HOST_URLS[0][1])?.people).toContainEqual({ email: 'demo.sales@example.com', name: 'Demo Sales', role: 'to' });
  });

  it('survives unexpected markup: skips empty personas, splits a listed line, unquotes names, ignores the message body', () => {
    const url = 'https://outlook.office.com/mail/inbox/id/AAQkADbroken';
    expect(readPage(fixture('broken'), url)).toEqual({
      site: 'outlook',
      kind: 'thread',
      subject: undefined,
      threadId: 'AAQkADbroken',
      externalIds: [],
      people: [
        { email: 'tom.hughes@harbourhotels.com', name: 'Tom Hughes', role: 'to' },
        { name: 'Ana', role: 'to' },
        { email: 'emily.carter@harbourhotels.com', name: 'Carter, Emily', role: 'cc' },
      ],
    });
  });

  it('caps overlong names and subjects instead of rejecting the page, and survives a malformed id', () => {
    const doc = fixture('thread');
    doc.querySelector('[role="heading"][aria-level="2"]')!.textContent = 'x'.repeat(5000);
    doc.querySelector('[aria-label="周婷"]')!.setAttribute('aria-label', '周'.repeat(5000));
    const context = readPage(doc, 'https://outlook.office.com/mail/inbox/id/%E0%A4%A');
    expect(context?.subject).toHaveLength(1000);
    expect(context?.threadId).toBe('%E0%A4%A');
    expect(context?.people.find((person) => person.role === 'cc')?.name).toHaveLength(200);
  });

  it('returns a valid result, never throwing, for a page with no OWA markup at all', () => {
    const empty = new DOMParser().parseFromString('<p>Loading…</p>', 'text/html');
    expect(readPage(empty, HOST_URLS[0][1])).toEqual({ site: 'outlook', kind: 'list', people: [], externalIds: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`netease-mail/${name}.html`);

const MAIL_ID = '262:1tbiXBJ5K2Vx0a9wJAAAsE';

/** NetEase's webmail address: the module in front and its options, URL-encoded after #module=. */
const mailUrl = (host: string, module: string, options: object) =>
  `https://${host}/js6/main.jsp?sid=VBkTzqPLnXaEyBQd&df=mail163_letter#module=${encodeURIComponent(`${module}|${JSON.stringify(options)}`)}`;

const readUrl = (host: string) => mailUrl(host, 'read.ReadModule', { area: 'normal', isThread: false, id: MAIL_ID, fid: 1 });

const THREAD = {
  site: 'netease-mail',
  kind: 'thread',
  subject: '关于2027年春季珠宝订单的报价',
  threadId: MAIL_ID,
  externalIds: [],
  people: [
    { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' },
    { email: 'li.ming@jinlong-jewellery.cn', name: '李明', role: 'to' },
    { email: 'zhao.min@jinlong-jewellery.cn', name: '赵敏', role: 'cc' },
    { email: 'wangfang_sz@163.com', name: '王芳（私人）', role: 'cc' },
  ],
};

describe('NetEase Mail adapter', () => {
  it.each(['mail.163.com', 'mail.126.com', 'mail.qiye.163.com', 'qiye.163.com'])(
    'reads the reading tab in front on %s: sender, To, Cc, subject and mail id, leaving out the owner',
    (host) => {
      expect(readPage(fixture('read'), readUrl(host))).toEqual(THREAD);
    },
  );

  it.each([
    [
      'a compose tab in front of a reading tab',
      'compose',
      mailUrl('mail.126.com', 'compose.ComposeModule', { type: 'compose' }),
      {
        kind: 'compose',
        subject: '第二批银饰订单报价',
        threadId: undefined,
        people: [
          { email: 'chen.zq@xihu-trading.com.cn', name: '陈志强', role: 'to' },
          { email: 'zhou.ting@xihu-trading.com.cn', name: '周婷', role: 'to' },
          { email: 'lin.xd@xihu-trading.com.cn', name: '林晓东', role: 'cc' },
        ],
      },
    ],
    [
      'the inbox tab, whose senders are not the people of a message',
      'list',
      mailUrl('mail.163.com', 'mbox.ListModule', { fid: 1, order: 'date', desc: true }),
      { kind: 'list', people: [], subject: undefined, threadId: undefined },
    ],
    ['the sign-in page', 'read', 'https://mail.163.com/', { kind: 'other', people: [] }],
    ['the enterprise product site', 'read', 'https://qiye.163.com/', { kind: 'other', people: [] }],
  ])('reads %s', (_case, name, url, expected) => {
    expect(readPage(fixture(name), url)).toMatchObject(expected);
  });

  it('calls a tab of another kind (settings, address book) other', () => {
    const doc = fixture('list');
    doc.querySelector('[id^="_dvModuleContainer_mbox"]')!.id = '_dvModuleContainer_contact.ContactModule_0';
    expect(readPage(doc, mailUrl('mail.163.com', 'contact.ContactModule', {}))).toMatchObject({ kind: 'other', people: [] });
  });

  it('follows the URL when several tabs look visible', () => {
    const doc = fixture('compose');
    doc.querySelector('[id^="_dvModuleContainer_read"]')!.removeAttribute('style');
    expect(readPage(doc, readUrl('mail.126.com'))).toMatchObject({
      kind: 'thread',
      people: [{ email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' }],
    });
  });

  it('survives unexpected markup: address in the text, no label, empty blocks, nameless containers', () => {
    expect(readPage(fixture('broken'), 'https://mail.163.com/js6/main.jsp?sid=x')).toEqual({
      site: 'netease-mail',
      kind: 'thread',
      subject: '回复： 样品',
      threadId: undefined,
      externalIds: [],
      people: [
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' },
        { email: 'BOB@Example.COM', name: 'Bob', role: 'to' },
      ],
    });
  });

  it('returns a valid result, never throwing, for a malformed hash and a page with no modules', () => {
    const empty = new DOMParser().parseFromString('<p>加载中…</p>', 'text/html');
    expect(readPage(empty, 'https://mail.163.com/js6/main.jsp?sid=x#module=%E0%A4%A')).toEqual({
      site: 'netease-mail',
      kind: 'list',
      people: [],
      externalIds: [],
    });
  });
});

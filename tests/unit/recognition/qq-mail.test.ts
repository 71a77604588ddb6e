import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument, fixturesDir } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`qq-mail/${name}.html`);

/**
 * The classic top page. The test DOM loads no frame from a src (and says so on the
 * console), so the frame gets an empty srcdoc, which takes precedence over src.
 */
function framePage(): Document {
  const html = readFileSync(path.join(fixturesDir, 'pages', 'qq-mail', 'frame.html'), 'utf8');
  return new DOMParser().parseFromString(html.replace('<iframe ', '<iframe srcdoc="" '), 'text/html');
}

const MAIL_ID = 'ZC1518-Pq7wUuL0bXhN2Jv8rKs4d9e';

/** The classic top page with its iframe#mainFrame showing `inner`, loaded from `frameUrl`, as a browser has it. */
function classicPage(inner: Document, frameUrl: string): Document {
  const top = framePage();
  Object.defineProperty(inner, 'URL', { value: frameUrl });
  Object.defineProperty(top.querySelector('#mainFrame')!, 'contentDocument', { value: inner });
  return top;
}

const readmailUrl = (host: string) => `https://${host}/cgi-bin/readmail?folderid=1&mailid=${MAIL_ID}&t=readmail&sid=Xk2pB7`;

const CLASSIC_THREAD = {
  site: 'qq-mail',
  kind: 'thread',
  subject: '关于2027年春季珠宝订单的报价',
  threadId: MAIL_ID,
  externalIds: [],
  people: [
    { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' },
    { email: 'li.ming@jinlong-jewellery.cn', name: '李明', role: 'to' },
    { email: 'zhao.min@jinlong-jewellery.cn', name: '赵敏', role: 'cc' },
    { email: 'liu.fang@jinlong-jewellery.cn', name: '刘芳', role: 'cc' },
  ],
};

describe('QQ Mail adapter', () => {
  it.each(['mail.qq.com', 'exmail.qq.com'])(
    'reads the open message in the classic frame on %s: sender, To, Cc, subject and mail id, leaving out the owner',
    (host) => {
      const page = classicPage(fixture('readmail'), readmailUrl(host));
      expect(readPage(page, `https://${host}/cgi-bin/frame_html?sid=Xk2pB7&r=8c2d1f`)).toEqual(CLASSIC_THREAD);
    },
  );

  it('reads a reading view opened on its own, taking the mail id from the address (the owner is not named there)', () => {
    expect(readPage(fixture('readmail'), readmailUrl('mail.qq.com'))).toEqual({
      ...CLASSIC_THREAD,
      people: [CLASSIC_THREAD.people[0], { email: 'demo.sales@qq.com', name: '张伟', role: 'to' }, ...CLASSIC_THREAD.people.slice(1)],
    });
  });

  it("reads the newer interface's reader on wx.mail.qq.com, ignoring look-alike chips in the message body", () => {
    expect(readPage(fixture('reader-new'), 'https://wx.mail.qq.com/home/index#/list/1')).toEqual({
      site: 'qq-mail',
      kind: 'thread',
      subject: '关于2027年春季珠宝订单的报价',
      threadId: undefined,
      externalIds: [],
      people: [
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' },
        { email: 'li.ming@jinlong-jewellery.cn', name: '李明', role: 'to' },
        { email: 'zhao.min@jinlong-jewellery.cn', name: '赵敏', role: 'cc' },
      ],
    });
  });

  it.each([
    [
      'the classic compose form in the frame',
      () => classicPage(fixture('compose'), 'https://mail.qq.com/cgi-bin/readtemplate?sid=Xk2pB7&t=compose'),
      'https://mail.qq.com/cgi-bin/frame_html?sid=Xk2pB7',
      {
        kind: 'compose',
        subject: 'Re: Room amenities order – delivery delay',
        threadId: undefined,
        people: [
          { email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', role: 'to' },
          { email: 'tom.hughes@harbourhotels.com', name: 'Tom Hughes', role: 'to' },
          { email: 'li.lei@example-prospect.cn', name: '李雷', role: 'cc' },
        ],
      },
    ],
    [
      "the newer interface's compose page",
      () => fixture('compose-new'),
      'https://wx.mail.qq.com/home/index#/compose/new',
      {
        kind: 'compose',
        subject: '第二批银饰订单报价',
        people: [
          { email: 'chen.zq@xihu-trading.com.cn', name: '陈志强', role: 'to' },
          { name: '周婷', role: 'to' },
          { email: 'lin.xd@xihu-trading.com.cn', name: '林晓东', role: 'cc' },
        ],
      },
    ],
    [
      'the classic mail list in the frame, whose senders are not the people of a message',
      () => classicPage(fixture('list'), 'https://exmail.qq.com/cgi-bin/mail_list?sid=Xk2pB7&folderid=1'),
      'https://exmail.qq.com/cgi-bin/frame_html?sid=Xk2pB7',
      { kind: 'list', people: [], subject: undefined, threadId: undefined },
    ],
    ['the top page before its frame has loaded', framePage, 'https://mail.qq.com/cgi-bin/frame_html?sid=Xk2pB7', { kind: 'list', people: [] }],
    ['the sign-in page', framePage, 'https://mail.qq.com/', { kind: 'other', people: [] }],
    ['the notepad of the newer interface', () => fixture('reader-new'), 'https://wx.mail.qq.com/home/index#/notepad', { kind: 'other', people: [] }],
  ])('reads %s', (_case, page, url, expected) => {
    expect(readPage(page(), url)).toMatchObject(expected);
  });

  it('reads the page alone when the frame refuses access (cross-origin)', () => {
    const top = framePage();
    Object.defineProperty(top.querySelector('#mainFrame')!, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    expect(readPage(top, 'https://mail.qq.com/cgi-bin/frame_html?sid=Xk2pB7')).toEqual({
      site: 'qq-mail',
      kind: 'list',
      people: [],
      externalIds: [],
    });
  });

  it('survives unexpected markup: takes the address beside an empty e, skips nobodies and the message body', () => {
    expect(readPage(fixture('broken'), 'https://mail.qq.com/cgi-bin/readmail?sid=Xk2pB7')).toEqual({
      site: 'qq-mail',
      kind: 'thread',
      externalIds: [],
      people: [{ email: 'BOB@Example.COM', name: 'Bob', role: 'to' }],
    });
  });
});

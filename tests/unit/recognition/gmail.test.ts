import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`gmail/${name}.html`);

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvPnxkbHSLQdrqmCJrV';

describe('Gmail adapter', () => {
  it('reads the sender, recipients, subject and thread id of an open conversation', () => {
    expect(readPage(fixture('thread'), THREAD_URL)).toEqual({
      site: 'gmail',
      kind: 'thread',
      subject: '关于2027年春季珠宝订单的报价',
      threadId: '18c2f0a1b2c3d4e5',
      externalIds: [],
      people: [
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' },
        { email: 'li.ming@jinlong-jewellery.cn', name: '李明', role: 'to' },
      ],
    });
  });

  it("leaves out the mailbox owner, named in the tab title, but keeps them when the title has no address", () => {
    const doc = fixture('thread');
    expect(readPage(doc, THREAD_URL)?.people.map((p) => p.email)).not.toContain('demo.sales@example.com');
    doc.title = 'Gmail';
    expect(readPage(doc, THREAD_URL)?.people.map((p) => p.email)).toContain('demo.sales@example.com');
  });

  it.each([
    ['inbox', THREAD_URL.replace(/#.*/, '#inbox'), { kind: 'list', people: [], subject: undefined, threadId: undefined }],
    [
      'compose',
      'https://mail.google.com/mail/u/0/#inbox?compose=new',
      {
        kind: 'compose',
        people: [
          { email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', role: 'to' },
          { email: 'tom.hughes@harbourhotels.com', name: 'Tom Hughes', role: 'to' },
        ],
      },
    ],
  ])('reads the %s page', (name, url, expected) => {
    expect(readPage(fixture(name), url)).toMatchObject(expected);
  });

  it('survives unexpected markup: collapses white space, skips people without an address', () => {
    const context = readPage(fixture('broken'), 'https://mail.google.com/mail/u/0/#inbox/abcdefghijKLMNOP');
    expect(context?.subject).toBe('Re: weekly update');
    expect(context?.threadId).toBe('abcdefghijKLMNOP');
    expect(context?.people).toEqual([{ email: 'BOB@Example.COM', name: 'Bob', role: 'from' }]);
  });

  it.each([
    ['a site no adapter serves', 'https://example.com/inbox'],
    ['a malformed URL', 'not a url'],
  ])('returns null for %s', (_case, url) => {
    expect(readPage(fixture('thread'), url)).toBeNull();
  });

  it('caps an overlong subject instead of rejecting the page', () => {
    const doc = fixture('thread');
    doc.querySelector('h2.hP')!.textContent = 'x'.repeat(5000);
    expect(readPage(doc, THREAD_URL)?.subject).toHaveLength(1000);
  });
});

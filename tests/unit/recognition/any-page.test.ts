import { describe, expect, it } from 'vitest';
import { personFromHint, readAnyPage } from '../../../lib/recognition/adapters/any-page';
import { fixtureDocument } from '../../support/fixtures';

describe('reading any page on demand', () => {
  it('finds the people in mailto: and tel: links and in the visible text, once each', () => {
    const context = readAnyPage(fixtureDocument('any-page/supplier-contacts.html'));
    expect(context).toEqual({
      site: 'any-page',
      kind: 'other',
      subject: '联系我们 – 深圳金龙珠宝有限公司',
      externalIds: [],
      people: [
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'mentioned' },
        { phone: '+86-755-8888-6666', name: undefined, role: 'mentioned' },
        { email: 'Sales@jinlong-jewellery.cn', name: undefined, role: 'mentioned' },
        { email: 'press@jinlong-jewellery.cn', role: 'mentioned' },
      ],
    });
  });

  it('puts what the user right-clicked first', () => {
    const context = readAnyPage(fixtureDocument('any-page/supplier-contacts.html'), { selectionText: 'Emily Carter <emily.carter@harbourhotels.com>' });
    expect(context.people[0]).toEqual({ email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', role: 'mentioned' });
  });

  it.each([
    [{ linkUrl: 'mailto:li.lei@example-prospect.cn?cc=x@y.cn' }, { email: 'li.lei@example-prospect.cn', role: 'mentioned' }],
    [{ linkUrl: 'tel:+8613800138000' }, { phone: '+8613800138000', role: 'mentioned' }],
    [{ linkUrl: 'mailto:%E0%A4%A' }, undefined],
    [{ selectionText: ' 138 0013 8000 ' }, { phone: '138 0013 8000', role: 'mentioned' }],
    [{ selectionText: '陈志强' }, { name: '陈志强', role: 'mentioned' }],
    [{ selectionText: 'x'.repeat(80) }, undefined],
    [{ selectionText: '   ' }, undefined],
  ])('reads the hint %j', (hint, expected) => {
    expect(personFromHint(hint)).toEqual(expected);
  });

  it('reads mailto: and tel: links whatever the case of their scheme, and no other link', () => {
    const doc = document.implementation.createHTMLDocument('links');
    doc.body.innerHTML = [
      '<a href="MAILTO:Zhou.Min@example-prospect.cn">周敏</a>',
      '<a href="Tel:+86 21 5555 0101">Front desk</a>',
      '<a href="https://example.com/mailto:nobody@example.com">mailto in a path</a>',
      '<a href="#tel:123456789">an anchor</a>',
      '<a>no href</a>',
    ].join('');
    expect(readAnyPage(doc).people).toEqual([
      { email: 'Zhou.Min@example-prospect.cn', name: '周敏', role: 'mentioned' },
      { phone: '+86 21 5555 0101', name: 'Front desk', role: 'mentioned' },
    ]);
  });

  it('stays within bounds on a page with thousands of addresses', () => {
    const doc = document.implementation.createHTMLDocument('big');
    doc.body.textContent = Array.from({ length: 5000 }, (_, i) => `person${i}@company${i}.com`).join(' ');
    expect(readAnyPage(doc).people).toHaveLength(30);
  });
});

describe('the addresses in the visible text, on demand', () => {
  const pageOf = (build: (body: HTMLElement) => void) => {
    const doc = document.implementation.createHTMLDocument('page');
    build(doc.body);
    return doc;
  };
  const emailsOn = (doc: Document) => readAnyPage(doc).people.map((person) => person.email);

  it('reads none from scripts, styles, noscript or templates, however deep', () => {
    const doc = pageOf((body) => {
      for (const tag of ['script', 'style', 'noscript', 'template']) {
        const hidden = body.appendChild(document.createElement(tag));
        hidden.textContent = `${tag}@hidden.example.com`;
      }
      const wrapped = body.appendChild(document.createElement('noscript'));
      wrapped.appendChild(document.createElement('div')).textContent = 'deep@hidden.example.com';
      body.appendChild(document.createElement('p')).textContent = '写信给 li.lei@example-prospect.cn 询价';
    });
    expect(emailsOn(doc)).toEqual(['li.lei@example-prospect.cn']);
  });

  it('never joins the text of two elements into one address', () => {
    const doc = pageOf((body) => {
      body.appendChild(document.createElement('b')).textContent = 'sales';
      body.appendChild(document.createElement('span')).textContent = '@jinlong-jewellery.cn';
    });
    expect(emailsOn(doc)).toEqual([]);
  });

  it('reads the first 200,000 characters of text only, also when the cut falls inside an element', () => {
    const doc = pageOf((body) => {
      body.appendChild(document.createElement('p')).textContent = 'x'.repeat(199_960);
      body.appendChild(document.createElement('p')).textContent = 'early@example.com and later.one@example.com';
      body.appendChild(document.createElement('p')).textContent = 'beyond@example.com';
    });
    expect(emailsOn(doc)).toEqual(['early@example.com']);
  });
});

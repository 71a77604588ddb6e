import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`hubspot/${name}.html`);
const APP = 'https://app.hubspot.com/contacts/2418877';

describe('HubSpot adapter', () => {
  it("reads a contact record: the left sidebar's person, other links as mentioned", () => {
    expect(readPage(fixture('contact'), `${APP}/record/0-1/51734801`)).toEqual({
      site: 'hubspot',
      kind: 'record',
      people: [
        { email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', phone: '+852 9876 5432', role: 'record' },
        { phone: '+852 2888 1000', role: 'mentioned' },
      ],
      externalIds: [{ system: 'hubspot', object: 'contact', id: '51734801' }],
    });
  });

  it('reads a company record: the company without an e-mail, its contacts as mentioned', () => {
    expect(readPage(fixture('company'), `${APP}/record/0-2/9182736451`)).toEqual({
      site: 'hubspot',
      kind: 'record',
      people: [
        { name: 'Harbour Hotels Group', phone: '+852 2888 1000', role: 'record' },
        { email: 'emily.carter@harbourhotels.com', role: 'mentioned' },
        { email: 'tom.hughes@harbourhotels.com', role: 'mentioned' },
        { phone: '+852 2888 1012', role: 'mentioned' },
      ],
      externalIds: [{ system: 'hubspot', object: 'company', id: '9182736451' }],
    });
  });

  it.each([
    ['a contact record', '/record/0-1/51734801', 'contact', '51734801'],
    ['a contact record with a tab open', '/record/0-1/51734801/view/1?interaction=note', 'contact', '51734801'],
    ['the older contact URL', '/contact/51734801', 'contact', '51734801'],
    ['the older contact URL with a trailing slash', '/contact/51734801/', 'contact', '51734801'],
    ['a company record', '/record/0-2/9182736451', 'company', '9182736451'],
    ['the older company URL', '/company/9182736451', 'company', '9182736451'],
  ])('takes the object and id from %s', (_case, path, object, id) => {
    expect(readPage(fixture('contact'), `${APP}${path}`)).toMatchObject({
      kind: 'record',
      externalIds: [{ system: 'hubspot', object, id }],
    });
  });

  it.each([
    ['letters', '/record/0-1/abc'],
    ['a leading zero', '/record/0-1/051734801'],
    ['a negative number', '/contact/-51734801'],
    ['a number too long to be an id', `/record/0-2/${'9'.repeat(21)}`],
  ])('keeps a record page but gives no id for %s', (_case, path) => {
    const context = readPage(fixture('contact'), `${APP}${path}`);
    expect(context?.kind).toBe('record');
    expect(context?.externalIds).toEqual([]);
  });

  it.each([
    ['the contacts index', '/contacts/2418877/objects/0-1/views/all/list', 'list'],
    ['the companies index', '/contacts/2418877/objects/0-2/views/all/list', 'list'],
    ['the older contacts list', '/contacts/2418877/contacts/list/view/all/', 'list'],
    ['the older companies list', '/contacts/2418877/companies', 'list'],
    ['a deal record (object not served)', '/contacts/2418877/record/0-3/3344556677', 'other'],
    ['a ticket record (object not served)', '/contacts/2418877/record/0-5/3344556678', 'other'],
    ['a record URL without an id', '/contacts/2418877/record/0-1', 'other'],
    ['a portal that is not a number', '/contacts/acme/record/0-1/51734801', 'other'],
    ['the inbox', '/live-messages/2418877/inbox/123', 'other'],
    ['a dashboard', '/reports-dashboard/2418877/view/456', 'other'],
  ])('reads %s as %s, with nobody on it', (_case, path, kind) => {
    expect(readPage(fixture('list'), `https://app.hubspot.com${path}`)).toEqual({
      site: 'hubspot',
      kind,
      people: [],
      externalIds: [],
    });
  });

  it('serves app.hubspot.com only', () => {
    expect(readPage(fixture('contact'), 'https://www.hubspot.com/contacts/2418877/record/0-1/51734801')).toBeNull();
  });

  it('survives unexpected markup: placeholders skipped, address found in the highlight text, phone as shown', () => {
    expect(readPage(fixture('broken'), `${APP}/record/0-1/51734801`)).toEqual({
      site: 'hubspot',
      kind: 'record',
      people: [{ email: 'li.ming@jinlong-jewellery.cn', name: '李 明', phone: '+86 (755) 2588-6601 ext. 12', role: 'record' }],
      externalIds: [{ system: 'hubspot', object: 'contact', id: '51734801' }],
    });
  });

  it('reads an empty page without throwing', () => {
    const empty = new DOMParser().parseFromString('<p>Loading…</p>', 'text/html');
    expect(readPage(empty, `${APP}/record/0-2/9182736451`)).toMatchObject({ kind: 'record', people: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`zoho-crm/${name}.html`);
const CRM = 'https://crm.zoho.com/crm/org60012345/tab';
const CHEN = '4876876000000123456';

describe('Zoho CRM adapter', () => {
  it("reads a contact record: the header's name and mobile, the Email field shown as text", () => {
    expect(readPage(fixture('contact'), `${CRM}/Contacts/${CHEN}`)).toEqual({
      site: 'zoho-crm',
      kind: 'record',
      people: [{ email: 'chen.zq@xihu-trading.com.cn', name: '陈志强', phone: '+86 139 5717 2468', role: 'record' }],
      externalIds: [{ system: 'zoho', object: 'contact', id: CHEN }],
    });
  });

  it('reads an account record: its own phone only, its contacts as mentioned', () => {
    expect(readPage(fixture('account'), `${CRM}/Accounts/4876876000000345678`)).toEqual({
      site: 'zoho-crm',
      kind: 'record',
      people: [
        { name: '杭州西湖贸易有限公司', phone: '+86 571 8765 4300', role: 'record' },
        { email: 'chen.zq@xihu-trading.com.cn', name: '陈志强', phone: '+86 571 8765 4321', role: 'mentioned' },
        { email: 'xu.jing@xihu-trading.com.cn', name: '许静', role: 'mentioned' },
      ],
      externalIds: [{ system: 'zoho', object: 'account', id: '4876876000000345678' }],
    });
  });

  it('reads a lead record rendered by Lyte components, without repeating its own links as mentioned', () => {
    expect(readPage(fixture('lead'), `${CRM}/Leads/4876876000000234567`)).toEqual({
      site: 'zoho-crm',
      kind: 'record',
      people: [{ email: 'liu.yang@suzhou-silk.cn', name: '刘洋', phone: '0512-6789 1234', role: 'record' }],
      externalIds: [{ system: 'zoho', object: 'lead', id: '4876876000000234567' }],
    });
  });

  it.each([
    ['a contact', `https://crm.zoho.com/crm/org60012345/tab/Contacts/${CHEN}`, 'contact', CHEN],
    ['a contact on the China data centre', `https://crm.zoho.com.cn/crm/org60012345/tab/Contacts/${CHEN}`, 'contact', CHEN],
    ['a contact in an older URL without org', `https://crm.zoho.com/crm/tab/Contacts/${CHEN}`, 'contact', CHEN],
    ['a contact with a trailing slash and query', `https://crm.zoho.com/crm/org60012345/tab/Contacts/${CHEN}/?sub_module=`, 'contact', CHEN],
    ['a lead', 'https://crm.zoho.com/crm/org60012345/tab/Leads/4876876000000234567', 'lead', '4876876000000234567'],
    ['an account', 'https://crm.zoho.com/crm/org60012345/tab/Accounts/4876876000000345678', 'account', '4876876000000345678'],
  ])('takes the object and id from %s', (_case, url, object, id) => {
    expect(readPage(fixture('contact'), url)).toMatchObject({ kind: 'record', externalIds: [{ system: 'zoho', object, id }] });
  });

  it.each([
    ['letters', 'abc'],
    ['a number too short to be an id', '1234'],
    ['a number with letters', '4876876000000123456x'],
    ['a negative number', '-4876876000000123456'],
  ])('keeps a record page but gives no id for %s', (_case, id) => {
    const context = readPage(fixture('contact'), `${CRM}/Contacts/${id}`);
    expect(context?.kind).toBe('record');
    expect(context?.externalIds).toEqual([]);
  });

  it.each([
    ['a list view', `${CRM}/Contacts/custom-view/4876876000000087501/list`, 'list'],
    ['a kanban view', `${CRM}/Leads/custom-view/4876876000000087502/kanban`, 'list'],
    ['a module home', `${CRM}/Accounts`, 'list'],
    ['a deals list (lists of any module)', `${CRM}/Potentials/custom-view/4876876000000087503/list`, 'list'],
    ['a deal record (module not served)', `${CRM}/Potentials/4876876000000456789`, 'other'],
    ['a blank new-contact form', `${CRM}/Contacts/create`, 'other'],
    ['the home page', `${CRM}/Home/begin`, 'other'],
    ['settings', 'https://crm.zoho.com/crm/org60012345/settings/modules', 'other'],
    ['a module name in other case', `${CRM}/contacts/${CHEN}`, 'other'],
  ])('reads %s as %s, with nobody on it', (_case, url, kind) => {
    expect(readPage(fixture('list'), url)).toEqual({ site: 'zoho-crm', kind, people: [], externalIds: [] });
  });

  it('serves Zoho CRM hosts only', () => {
    expect(readPage(fixture('contact'), `https://mail.zoho.com/crm/org60012345/tab/Contacts/${CHEN}`)).toBeNull();
    expect(readPage(fixture('contact'), `https://crm.zoho.com.evil.example/crm/org60012345/tab/Contacts/${CHEN}`)).toBeNull();
  });

  it('survives unexpected markup: empty and placeholder fields skipped, overlong phone refused', () => {
    expect(readPage(fixture('broken'), `${CRM}/Contacts/${CHEN}`)).toEqual({
      site: 'zoho-crm',
      kind: 'record',
      people: [{ name: 'Xu Jing', phone: '0571-8765 4301', role: 'record' }],
      externalIds: [{ system: 'zoho', object: 'contact', id: CHEN }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`salesforce/${name}.html`);
const ORG = 'https://acme.lightning.force.com';
const WANG_FANG = '0035g00000XyZabAAF';

describe('Salesforce adapter', () => {
  it("reads a contact record: the record's person from the active page, related contacts as mentioned", () => {
    expect(readPage(fixture('contact'), `${ORG}/lightning/r/Contact/${WANG_FANG}/view`)).toEqual({
      site: 'salesforce',
      kind: 'record',
      people: [
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', phone: '+86 138 0013 8000', role: 'record' },
        { email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', phone: '+852 2345 6789', role: 'mentioned' },
        { email: 'chen.zq@xihu-trading.com.cn', name: '陈志强', role: 'mentioned' },
      ],
      externalIds: [{ system: 'salesforce', object: 'contact', id: WANG_FANG }],
    });
  });

  it.each([
    [
      'lead',
      `${ORG}/lightning/r/Lead/00Q5g00000LdA7xEAF/view`,
      [{ email: 'li.lei@example-prospect.cn', name: '李雷', phone: '020-8333 5566', role: 'record' }],
      { system: 'salesforce', object: 'lead', id: '00Q5g00000LdA7xEAF' },
    ],
    [
      'account',
      `${ORG}/lightning/r/Account/0015g00000HbH8qAAF/view`,
      [
        { name: '深圳金龙珠宝有限公司', phone: '+86 755 2588 6600', role: 'record' },
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', phone: '+86 138 0013 8000', role: 'mentioned' },
        { email: 'li.ming@jinlong-jewellery.cn', name: '李明', role: 'mentioned' },
      ],
      { system: 'salesforce', object: 'account', id: '0015g00000HbH8qAAF' },
    ],
    [
      'opportunity',
      `${ORG}/lightning/r/Opportunity/0065g00000Op2SpAAJ/view`,
      [{ email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', phone: '+86 138 0013 8000', role: 'mentioned' }],
      { system: 'salesforce', object: 'opportunity', id: '0065g00000Op2SpAAJ' },
    ],
  ])('reads a %s record', (name, url, people, externalId) => {
    const context = readPage(fixture(name), url);
    expect(context).toMatchObject({ site: 'salesforce', kind: 'record', externalIds: [externalId] });
    expect(context?.people).toEqual(people);
  });

  it("gives an opportunity's name as the subject: a deal is not a person", () => {
    const context = readPage(fixture('opportunity'), `${ORG}/lightning/r/Opportunity/0065g00000Op2SpAAJ/view`);
    expect(context?.subject).toBe('金龙珠宝 2027 春季新款订单');
    expect(context?.people.some((person) => person.role === 'record')).toBe(false);
  });

  it.each([
    ['the record page', `/lightning/r/Contact/${WANG_FANG}/view`, 'record', 'contact', WANG_FANG],
    ['the record page with workspace parameters', `/lightning/r/Contact/${WANG_FANG}/view?ws=%2Flightning%2Fr%2FAccount`, 'record', 'contact', WANG_FANG],
    ['the edit form', `/lightning/r/Contact/${WANG_FANG}/edit`, 'record', 'contact', WANG_FANG],
    ['the short form, object from the key prefix', `/lightning/r/${WANG_FANG}/view`, 'record', 'contact', WANG_FANG],
    ['a 15-character id', '/lightning/r/Contact/0035g00000XyZab/view', 'record', 'contact', '0035g00000XyZab'],
    ['a lead in the short form', '/lightning/r/00Q5g00000LdA7xEAF/view', 'record', 'lead', '00Q5g00000LdA7xEAF'],
  ])('takes the object and id from %s', (_case, path, kind, object, id) => {
    expect(readPage(fixture('contact'), `${ORG}${path}`)).toMatchObject({
      kind,
      externalIds: [{ system: 'salesforce', object, id }],
    });
  });

  it.each([
    ['a wrong checksum', '0035g00000XyZabAAA'],
    ['a lower-case checksum', '0035g00000XyZabaaf'],
    ['16 characters', '0035g00000XyZabA'],
    ['punctuation', '0035g00000XyZ-bAAF'],
    ["another object's key prefix", '0015g00000HbH8qAAF'],
    ['nothing at all', '%20'],
  ])('keeps a contact record page but gives no id for %s', (_case, id) => {
    const context = readPage(fixture('contact'), `${ORG}/lightning/r/Contact/${id}/view`);
    expect(context?.kind).toBe('record');
    expect(context?.externalIds).toEqual([]);
    expect(context?.people[0]).toMatchObject({ name: '王芳', role: 'record' });
  });

  it.each([
    ['a list view', '/lightning/o/Contact/list?filterName=Recent', 'list'],
    ['an object home', '/lightning/o/Lead/home', 'list'],
    ['a related list', `/lightning/r/Account/0015g00000HbH8qAAF/related/Contacts/view`, 'list'],
    ['a case record (object not served)', '/lightning/r/Case/5005g00000AbCdeAAA/view', 'other'],
    ['a custom object record', '/lightning/r/Shipment__c/a015g00000AbCdeAAA/view', 'other'],
    ['an object name from Object.prototype', `/lightning/r/constructor/${WANG_FANG}/view`, 'other'],
    ['a short-form id of an object not served', '/lightning/r/5005g00000AbCdeAAA/view', 'other'],
    ['a new-record form', '/lightning/o/Contact/new', 'other'],
    ['the home page', '/lightning/page/home', 'other'],
    ['Setup', '/lightning/setup/SetupOneHome/home', 'other'],
    ['a Classic URL', `/${WANG_FANG}`, 'other'],
  ])('reads %s as %s, with nobody on it', (_case, path, kind) => {
    expect(readPage(fixture('list'), `${ORG}${path}`)).toEqual({ site: 'salesforce', kind, people: [], externalIds: [] });
  });

  it('serves Lightning hosts only, sandboxes included', () => {
    const doc = fixture('contact');
    expect(readPage(doc, `https://acme--uat.sandbox.lightning.force.com/lightning/r/Contact/${WANG_FANG}/view`)?.site).toBe('salesforce');
    expect(readPage(doc, `https://acme.my.salesforce.com/${WANG_FANG}`)).toBeNull();
    expect(readPage(doc, `https://lightning.force.com.example.net/lightning/r/Contact/${WANG_FANG}/view`)).toBeNull();
  });

  it('survives unexpected markup: skips empty, broken and overlong links, never throws', () => {
    expect(readPage(fixture('broken'), `${ORG}/lightning/r/Contact/${WANG_FANG}/view`)).toEqual({
      site: 'salesforce',
      kind: 'record',
      people: [
        { email: 'ZHANG.Wei@Example.COM', name: 'Zhang Wei', role: 'record' },
        { email: 'someone@example.com', role: 'mentioned' },
        { phone: '+86 571 8765 4321', role: 'mentioned' },
      ],
      externalIds: [{ system: 'salesforce', object: 'contact', id: WANG_FANG }],
    });
  });

  it('reads an empty page as a record page with nobody on it', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(readPage(empty, `${ORG}/lightning/r/Contact/${WANG_FANG}/view`)).toEqual({
      site: 'salesforce',
      kind: 'record',
      people: [],
      externalIds: [{ system: 'salesforce', object: 'contact', id: WANG_FANG }],
    });
  });

  it('caps an overlong record name instead of rejecting the page', () => {
    const doc = fixture('contact');
    doc.querySelector('.oneContent.active [slot="primaryField"]')!.textContent = '名'.repeat(5000);
    expect(readPage(doc, `${ORG}/lightning/r/Contact/${WANG_FANG}/view`)?.people[0]?.name).toHaveLength(200);
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`dynamics/${name}.html`);
const ORG = 'https://harbour.crm.dynamics.com/main.aspx?appid=7c1d6b5e-2a3f-4c8d-9e0f-112233445566';
const EMILY = '3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c';
const record = (etn: string, id: string) => `${ORG}&pagetype=entityrecord&etn=${etn}&id=${id}`;

describe('Dynamics 365 adapter', () => {
  it("reads a contact's form: the header title without its save status, e-mail and mobile from the field inputs", () => {
    expect(readPage(fixture('contact'), record('contact', EMILY))).toEqual({
      site: 'dynamics',
      kind: 'record',
      people: [{ email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', phone: '+852 9876 5432', role: 'record' }],
      externalIds: [{ system: 'dynamics', object: 'contact', id: EMILY }],
    });
  });

  it("reads an account's form: its own e-mail and phone, the Contacts subgrid's rows as mentioned", () => {
    expect(readPage(fixture('account'), record('account', 'a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d'))).toEqual({
      site: 'dynamics',
      kind: 'record',
      people: [
        { email: 'procurement@harbourhotels.com', name: 'Harbour Hotels Group', phone: '+852 2888 1000', role: 'record' },
        { email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', phone: '+852 2345 6789', role: 'mentioned' },
        { email: 'tom.hughes@harbourhotels.com', name: 'Tom Hughes', phone: '+852 2888 1012', role: 'mentioned' },
      ],
      externalIds: [{ system: 'dynamics', object: 'account', id: 'a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }],
    });
  });

  it("reads a lead's form whose title ends in - Unsaved, skipping an empty mobile", () => {
    expect(readPage(fixture('lead'), record('lead', 'c0ffee00-1234-4abc-8def-001122334455'))?.people).toEqual([
      { email: 'zhou.jie@ningbo-port-logistics.cn', name: '周杰', phone: '0574-8765 2200', role: 'record' },
    ]);
  });

  it.each([
    ['a contact', record('contact', EMILY), 'contact', EMILY],
    ['an upper-case GUID in braces', record('contact', `%7B${EMILY.toUpperCase()}%7D`), 'contact', EMILY],
    ['braces not encoded', record('contact', `{${EMILY}}`), 'contact', EMILY],
    ['an account', record('account', EMILY), 'account', EMILY],
    ['a lead', record('lead', EMILY), 'lead', EMILY],
    ['an entity name in capitals', `${ORG}&pagetype=EntityRecord&etn=Contact&id=${EMILY}`, 'contact', EMILY],
    ['the older etc=2 type code', `https://harbour.crm.dynamics.com/main.aspx?etc=2&id=%7b${EMILY}%7d&pagetype=entityrecord`, 'contact', EMILY],
    ['a regional host (crm4, Europe)', `https://harbour.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=${EMILY}`, 'account', EMILY],
  ])('takes the object and id from %s', (_case, url, object, id) => {
    expect(readPage(fixture('contact'), url)).toMatchObject({ kind: 'record', externalIds: [{ system: 'dynamics', object, id }] });
  });

  it.each([
    ['a GUID one digit short', EMILY.slice(0, -1)],
    ['a GUID without hyphens', EMILY.replace(/-/g, '')],
    ['an opening brace only', `%7B${EMILY}`],
    ['the empty GUID', '00000000-0000-0000-0000-000000000000'],
    ['letters beyond f', EMILY.replace('3f2a', '3g2a')],
    ['an empty id', ''],
  ])('keeps a record page but gives no id for %s', (_case, id) => {
    const context = readPage(fixture('contact'), record('contact', id));
    expect(context?.kind).toBe('record');
    expect(context?.externalIds).toEqual([]);
  });

  it.each([
    ['a view of contacts', `${ORG}&pagetype=entitylist&etn=contact&viewid=00000000-0000-0000-00aa-000010001004`, 'list'],
    ['a view of accounts', `${ORG}&pagetype=entitylist&etn=account`, 'list'],
    ['an opportunity (entity not served)', record('opportunity', EMILY), 'other'],
    ['a blank new-contact form', `${ORG}&pagetype=entityrecord&etn=contact`, 'other'],
    ['a type code not served (3, opportunity)', `${ORG}&pagetype=entityrecord&etc=3&id=${EMILY}`, 'other'],
    ['a dashboard', `${ORG}&pagetype=dashboard&id=${EMILY}`, 'other'],
    ['the app landing page', 'https://harbour.crm.dynamics.com/apps', 'other'],
  ])('reads %s as %s, with nobody on it', (_case, url, kind) => {
    expect(readPage(fixture('list'), url)).toEqual({ site: 'dynamics', kind, people: [], externalIds: [] });
  });

  it('serves Dynamics 365 CRM hosts only', () => {
    expect(readPage(fixture('contact'), `https://harbour.operations.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=${EMILY}`)).toBeNull();
    expect(readPage(fixture('contact'), `https://crm.dynamics.com.example.net/main.aspx?pagetype=entityrecord&etn=contact&id=${EMILY}`)).toBeNull();
  });

  it('survives unexpected markup: save status stripped from the text, placeholder and blank inputs skipped', () => {
    expect(readPage(fixture('broken'), record('contact', EMILY))).toEqual({
      site: 'dynamics',
      kind: 'record',
      people: [{ email: 'Tom.Hughes@HarbourHotels.com', name: 'Tom Hughes', phone: '+852 2888 1012', role: 'record' }],
      externalIds: [{ system: 'dynamics', object: 'contact', id: EMILY }],
    });
  });

  it('reads the value a user typed into a field, not only the value the page was loaded with', () => {
    const doc = fixture('contact');
    (doc.querySelector('[data-id="mobilephone.fieldControl-phone-text-input"]') as HTMLInputElement).value = '+852 6000 0001';
    expect(readPage(doc, record('contact', EMILY))?.people[0]?.phone).toBe('+852 6000 0001');
  });
});

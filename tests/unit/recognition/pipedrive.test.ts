import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/recognition';
import { fixtureDocument } from '../../support/fixtures';

const fixture = (name: string) => fixtureDocument(`pipedrive/${name}.html`);
const APP = 'https://jinlong.pipedrive.com';

describe('Pipedrive adapter', () => {
  it("reads a person: the title and the details sidebar's first e-mail and phone", () => {
    expect(readPage(fixture('person'), `${APP}/person/1042`)).toEqual({
      site: 'pipedrive',
      kind: 'record',
      people: [{ email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', phone: '+86 138 0013 8000', role: 'record' }],
      externalIds: [{ system: 'pipedrive', object: 'person', id: '1042' }],
    });
  });

  it('reads an organization: the organization without e-mail or phone, its people as mentioned', () => {
    expect(readPage(fixture('organization'), `${APP}/organization/318`)).toEqual({
      site: 'pipedrive',
      kind: 'record',
      people: [
        { name: '深圳金龙珠宝有限公司', role: 'record' },
        { email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', phone: '+86 138 0013 8000', role: 'mentioned' },
        { email: 'li.ming@jinlong-jewellery.cn', name: '李明', role: 'mentioned' },
      ],
      externalIds: [{ system: 'pipedrive', object: 'organization', id: '318' }],
    });
  });

  it("reads a deal: its title as the subject, the contact person's links as mentioned", () => {
    expect(readPage(fixture('deal'), `${APP}/deal/2207`)).toEqual({
      site: 'pipedrive',
      kind: 'record',
      subject: '金龙珠宝 2027 春季新款订单',
      people: [
        { phone: '+86 138 0013 8000', role: 'mentioned' },
        { email: 'wang.fang@jinlong-jewellery.cn', role: 'mentioned' },
      ],
      externalIds: [{ system: 'pipedrive', object: 'deal', id: '2207' }],
    });
  });

  it.each([
    ['a person', '/person/1042', 'person', '1042'],
    ['a person with a trailing slash and query', '/person/1042/?tab=activities', 'person', '1042'],
    ['an organization', '/organization/318', 'organization', '318'],
    ['a deal', '/deal/2207', 'deal', '2207'],
    ['the app host', 'https://app.pipedrive.com/person/1042', 'person', '1042'],
  ])('takes the object and id from %s', (_case, path, object, id) => {
    const url = path.startsWith('https:') ? path : `${APP}${path}`;
    expect(readPage(fixture('person'), url)).toMatchObject({ kind: 'record', externalIds: [{ system: 'pipedrive', object, id }] });
  });

  it.each([
    ['letters', '/person/abc'],
    ['zero', '/deal/0'],
    ['a leading zero', '/organization/0318'],
    ['a number with a fraction', '/person/1042.5'],
  ])('keeps a record page but gives no id for %s', (_case, path) => {
    const context = readPage(fixture('person'), `${APP}${path}`);
    expect(context?.kind).toBe('record');
    expect(context?.externalIds).toEqual([]);
  });

  it.each([
    ['the people list', '/persons/list', 'list'],
    ['the organizations list', '/organizations/list/filter/12', 'list'],
    ['the deals list', '/deals/list', 'list'],
    ['the pipeline board', '/pipeline/1/user/everyone', 'list'],
    ['a person URL without id', '/person', 'other'],
    ['the leads inbox', '/leads/inbox', 'other'],
    ['the mail inbox', '/mail/inbox', 'other'],
    ['settings', '/settings/personal', 'other'],
  ])('reads %s as %s, with nobody on it', (_case, path, kind) => {
    expect(readPage(fixture('list'), `${APP}${path}`)).toEqual({ site: 'pipedrive', kind, people: [], externalIds: [] });
  });

  it('serves Pipedrive hosts only', () => {
    expect(readPage(fixture('person'), 'https://pipedrive.com.example.net/person/1042')).toBeNull();
    expect(readPage(fixture('person'), 'https://notpipedrive.com/person/1042')).toBeNull();
  });

  it('survives unexpected markup: blank heading skipped, callto: phone, encoded address, empty tel: ignored', () => {
    expect(readPage(fixture('broken'), `${APP}/person/1045`)).toEqual({
      site: 'pipedrive',
      kind: 'record',
      people: [{ email: 'emily.carter@harbourhotels.com', name: 'Emily Carter', phone: '+852 9876 5432', role: 'record' }],
      externalIds: [{ system: 'pipedrive', object: 'person', id: '1045' }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { guessMapping, normalizeHeader, type TargetField } from '../../../lib/import/mapping';

const SALESFORCE = ['First Name', 'Last Name', 'Email', 'Phone', 'Mobile Phone', 'Account Name', 'Title', 'Mailing City', 'Contact ID', 'Birthdate'];
const HUBSPOT = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Job Title', 'City', 'Lifecycle Stage'];
const ZOHO = ['Record Id', 'First Name', 'Last Name', 'Email', 'Phone', 'Mobile', 'Account Name', 'Title', 'Mailing City', 'Date of Birth'];

describe('guessMapping', () => {
  it.each([
    ['salesforce', SALESFORCE, ['firstName', 'lastName', 'email', 'phone', 'phone', 'company.name', 'title', 'company.location', 'externalId', 'birthday']],
    ['hubspot', HUBSPOT, ['externalId', 'firstName', 'lastName', 'email', 'phone', 'company.name', 'title', 'company.location', null]],
    ['zoho', ZOHO, ['externalId', 'firstName', 'lastName', 'email', 'phone', 'phone', 'company.name', 'title', 'company.location', 'birthday']],
  ] as const)('recognises a %s contacts export', (preset, headers, columns) => {
    expect(guessMapping([...headers])).toEqual({ preset, columns });
  });

  it('tells Zoho\'s "Contact Id" from Salesforce\'s "Contact ID"', () => {
    const zoho = ['First Name', 'Last Name', 'Email', 'Mobile', 'Account Name', 'Contact Id', 'Date of Birth'];
    expect(guessMapping(zoho).preset).toBe('zoho');
    expect(guessMapping(zoho).columns[5]).toBe('externalId');
  });

  it('takes no preset when only the headers every CRM shares are present', () => {
    expect(guessMapping(['First Name', 'Last Name', 'Email'])).toEqual({ columns: ['firstName', 'lastName', 'email'] });
  });

  it.each<[string, TargetField | null]>([
    ['姓名', 'name'],
    ['名称', 'name'],
    ['客户名称', 'name'],
    ['邮箱', 'email'],
    ['电子邮件', 'email'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['手机', 'phone'],
    ['手机号码', 'phone'],
    ['电话', 'phone'],
    ['Phone', 'phone'],
    ['Mobile', 'phone'],
    ['公司', 'company.name'],
    ['Company', 'company.name'],
    ['Account Name', 'company.name'],
    ['城市', 'company.location'],
    ['地区', 'company.location'],
    ['City', 'company.location'],
    ['级别', 'tier'],
    ['Tier', 'tier'],
    ['生日', 'birthday'],
    ['Birthday', 'birthday'],
    ['客户编号', 'externalId'],
    ['备注', 'notes'],
    ['标签', 'tags'],
    ['订单日期', 'purchase.at'],
    ['金额', 'purchase.amount'],
    ['产品', 'purchase.product'],
    ['跟进记录', 'interaction.summary'],
    ['销售负责人', null],
  ])('maps the header %s to %s', (header, field) => {
    expect(guessMapping([header]).columns).toEqual([field]);
  });

  it('maps a Chinese Excel customer list', () => {
    const headers = ['\uFEFF客户名称', '手机', '邮箱', '公司', '城市', '级别', '生日', '备注'];
    expect(guessMapping(headers)).toEqual({
      columns: ['name', 'phone', 'email', 'company.name', 'company.location', 'tier', 'birthday', 'notes'],
    });
  });

  it('gives a single-value field to its first column only, but keeps every phone column', () => {
    expect(guessMapping(['姓名', '客户名称', '手机', '电话']).columns).toEqual(['name', null, 'phone', 'phone']);
  });

  it('ignores case, full-width letters, spaces and a trailing remark', () => {
    expect(normalizeHeader(' ＥＭＡＩＬ ')).toBe('email');
    expect(guessMapping(['手机号码（必填）', 'e_mail']).columns).toEqual(['phone', 'email']);
  });

  it('uses the preset the user chose, even where the headers alone would not say which CRM', () => {
    const shared = ['First Name', 'Last Name', 'Email', 'Phone', 'Record ID'];
    expect(guessMapping(shared).preset).toBeUndefined();
    // The preset names the system of the record ids (lib/import/rows.ts); other headers fall back to the common words.
    expect(guessMapping(shared, 'hubspot')).toEqual({ preset: 'hubspot', columns: ['firstName', 'lastName', 'email', 'phone', 'externalId'] });
    expect(guessMapping(shared, 'salesforce')).toEqual({ preset: 'salesforce', columns: ['firstName', 'lastName', 'email', 'phone', 'externalId'] });
  });

  it("maps this app's own export headers back, its id column included", () => {
    expect(guessMapping(['Customer care ID', 'Name', 'Email', 'Loyalty type']).columns).toEqual(['id', 'name', 'email', null]);
  });
});

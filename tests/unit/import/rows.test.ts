import { describe, expect, it } from 'vitest';
import { guessMapping, type ColumnMapping } from '../../../lib/import/mapping';
import { createRowReader, formatRowError, type RowResult } from '../../../lib/import/rows';

const HEADERS = ['Name', 'Email', 'Phone', 'Tier', 'Birthday', 'Order Date', 'Amount', 'Product'];
const read = (cells: Partial<Record<(typeof HEADERS)[number], string>>, line = 7, mapping: ColumnMapping = guessMapping(HEADERS)) =>
  createRowReader(HEADERS, mapping, { defaultCurrency: 'CNY' })(HEADERS.map((header) => cells[header] ?? ''), line);

const errorsOf = (result: RowResult) => (result.ok ? [] : result.errors.map(formatRowError));
const recordOf = (result: RowResult) => {
  if (!result.ok) throw new Error(errorsOf(result).join('; '));
  return result.record;
};

describe('row validation', () => {
  it('names the line, the column and the reason', () => {
    expect(errorsOf(read({ Name: 'Emily Carter', Email: 'emily.carter(at)example.com' }))).toEqual([
      'line 7, column Email: "emily.carter(at)example.com" is not an e-mail address',
    ]);
  });

  it('reports every bad cell of a row, not just the first', () => {
    expect(errorsOf(read({ Name: '周杰', Phone: '1.39123E+10', Tier: 'D', Birthday: '1990-02-30' }, 12))).toEqual([
      'line 12, column Phone: "1.39123E+10" was shortened by Excel; format the column as text and export again',
      'line 12, column Tier: "D" is not one of the tiers A, B, C',
      'line 12, column Birthday: "1990-02-30" is not a day of the calendar',
    ]);
  });

  it.each([
    ['1990-05-03', { month: 5, day: 3, year: 1990, calendar: 'gregorian' }],
    ['1990/5/3', { month: 5, day: 3, year: 1990, calendar: 'gregorian' }],
    ['1990年5月3日', { month: 5, day: 3, year: 1990, calendar: 'gregorian' }],
    ['5月3日', { month: 5, day: 3, calendar: 'gregorian' }],
    ['农历8月15日', { month: 8, day: 15, calendar: 'lunar' }],
  ])('reads the birthday %s', (birthday, expected) => {
    expect(recordOf(read({ Name: '王芳', Birthday: birthday })).profile.birthday).toEqual({ kind: 'birthday', ...expected });
  });

  it.each([
    ['5/3/1990', 'could be day/month or month/day'],
    ['May 3rd', 'is not a date'],
    ['1850-01-01', 'is not a plausible birthday'],
  ])('refuses the birthday %s', (birthday, reason) => {
    expect(errorsOf(read({ Name: '王芳', Birthday: birthday }))[0]).toContain(reason);
  });

  it('reads several phones and e-mails from one cell, and tiers written the Chinese way', () => {
    const record = recordOf(read({ Name: '刘洋', Phone: '13500003333 / 0755-8888 9999', Email: 'a@yangfan.cn; b@yangfan.cn', Tier: 'b级' }));
    expect(record.contacts.map((contact) => `${contact.kind} ${contact.value}`)).toEqual([
      'email a@yangfan.cn',
      'email b@yangfan.cn',
      'phone 13500003333',
      'phone 0755-8888 9999',
    ]);
    expect(record.profile.tier).toBe('B');
  });

  it('reads a purchase with its currency symbol, and wants its date', () => {
    expect(recordOf(read({ Name: '王芳', 'Order Date': '2024/3/8 14:30', Amount: '¥12,800.50', Product: '翡翠手镯' })).purchase).toEqual({
      at: new Date(2024, 2, 8, 14, 30).getTime(),
      amount: 12800.5,
      currency: 'CNY',
      product: '翡翠手镯',
      quantity: 1,
    });
    expect(errorsOf(read({ Name: '王芳', Amount: '100' }))).toEqual(['line 7, column Amount: a purchase needs both its date and its amount']);
  });

  it('refuses a row that says nothing about who the customer is', () => {
    expect(errorsOf(read({ Tier: 'A' }, 3))).toEqual(['line 3: no name, e-mail, phone or record id: nothing says who the customer is']);
  });

  it('refuses cells beyond the header, which mean a comma outside quotes', () => {
    const reader = createRowReader(['Name', 'City'], guessMapping(['Name', 'City']), { defaultCurrency: 'CNY' });
    expect(errorsOf(reader(['Lee', 'Park & Co', 'Toronto'], 4))).toEqual([
      'line 4: 3 cells but 2 columns; a value with a comma may lack its quotes',
    ]);
  });

  it.each([
    ['salesforce', '0038d00000GhIjK', 'salesforce/contact/0038d00000GhIjKAAV'],
    ['salesforce', '00Q5g00000AbCdEAAV', 'salesforce/lead/00Q5g00000AbCdEAAV'],
    ['zoho', 'zcrm_5293322000003516055', 'zoho/contact/5293322000003516055'],
    ['hubspot', '51', 'hubspot/contact/51'],
    [undefined, 'C-0042', 'csv/customer/C-0042'],
  ] as const)('makes a %s record id the identity the CRM page is recognised by', (preset, id, value) => {
    const mapping: ColumnMapping = { ...(preset ? { preset } : {}), columns: ['name', 'externalId'] };
    const record = recordOf(createRowReader(['Name', 'Id'], mapping, { defaultCurrency: 'CNY' })(['Emily', id], 2));
    expect(record.contacts).toEqual([{ kind: 'external', value, column: 'Id' }]);
  });

  it('joins first and last names the way each language writes them', () => {
    const mapping = guessMapping(['First Name', 'Last Name']);
    const reader = createRowReader(['First Name', 'Last Name'], mapping, { defaultCurrency: 'CNY' });
    expect(recordOf(reader(['芳', '王'], 2)).name).toBe('王芳');
    expect(recordOf(reader(['Emily', 'Carter'], 3)).name).toBe('Emily Carter');
  });
});

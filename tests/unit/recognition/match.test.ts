import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { confirmIdentity, createCustomer } from '../../../lib/db/repository';
import type { Customer } from '../../../lib/db/schema';
import type { PageContext, PagePerson } from '../../../lib/recognition';
import { matchPage, mostRelevantPerson, takenMatch } from '../../../lib/recognition/match';

let db: CustomerDatabase;
let wang: Customer;

beforeEach(async () => {
  db = openCustomerDatabase(`match-${crypto.randomUUID()}`);
  wang = await createCustomer(db, { name: '王芳' }, [
    { kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' },
    { kind: 'phone', value: '138 0013 8000' },
    { kind: 'external', value: 'salesforce/contact/0035g00000XyZabAAF' },
  ]);
  await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily.carter@harbourhotels.com' }]);
  await createCustomer(db, { name: 'José Álvarez' }, [{ kind: 'email', value: 'jose.alvarez@gmail.com' }]);
});
afterEach(() => db.delete());

const page = (people: PagePerson[], externalIds: PageContext['externalIds'] = []): PageContext => ({
  site: 'test',
  kind: 'thread',
  people,
  externalIds,
});
const options = { ownAddresses: ['demo.sales@example.com'], phoneRegion: 'CN' as const };
const best = async (person: PagePerson) => (await matchPage(db, page([person]), options))[0]?.candidates[0];

describe('matching a person on a page to a customer', () => {
  it.each([
    ['the same e-mail in another case', { email: 'WANG.FANG@jinlong-jewellery.cn', role: 'from' }, 'certain', 'email'],
    ['the same mobile written with +86', { phone: '+86 138-0013-8000', role: 'record' }, 'likely', 'phone'],
    ['the same mobile written with 0086', { phone: '0086 13800138000', role: 'record' }, 'likely', 'phone'],
    ['a colleague at the same company domain', { email: 'li.ming@jinlong-jewellery.cn', role: 'to' }, 'possible', 'domain'],
    ['the same name in full-width letters', { name: 'Ｅｍｉｌｙ　Ｃａｒｔｅｒ', role: 'from' }, 'possible', 'name'],
    ['the same name surname first with a comma', { name: 'carter, EMILY', role: 'from' }, 'possible', 'name'],
    ['the same name without accents', { name: 'Jose Alvarez', role: 'from' }, 'possible', 'name'],
    ['the same Chinese name', { name: '王芳', email: 'fang@other-company.cn', role: 'from' }, 'possible', 'name'],
  ] as const)('finds %s', async (_case, person, confidence, reason) => {
    expect(await best(person)).toMatchObject({ confidence, reason });
  });

  describe('in a base where many customers share a name and a company domain', () => {
    beforeEach(async () => {
      for (let i = 0; i < 40; i++) {
        await createCustomer(db, { name: '李娜' }, [{ kind: 'email', value: `li.na.${i}@lianhua-foods.cn` }]);
      }
    });

    it('takes the e-mail match alone, without the many suggestions it would not show', async () => {
      const [person] = await matchPage(db, page([{ email: 'li.na.7@lianhua-foods.cn', name: '李娜', role: 'from' }]), options);
      expect(person!.candidates).toHaveLength(1);
      expect(takenMatch(person!)).toMatchObject({ confidence: 'certain', reason: 'email' });
    });

    it('suggests from a bounded number of them for someone unknown, those sharing both name and domain first', async () => {
      const other = await createCustomer(db, { name: '李娜' }, [{ kind: 'email', value: 'lina@other-trading.cn' }]);
      const [person] = await matchPage(db, page([{ email: 'new.person@other-trading.cn', name: '李娜', role: 'from' }]), options);
      expect(takenMatch(person!)).toBeUndefined();
      expect(person!.candidates[0]).toMatchObject({ customerId: other.id, confidence: 'possible' });
      expect(person!.candidates.length).toBeGreaterThan(3);
      expect(person!.candidates.length).toBeLessThan(41);
    });
  });

  it('never matches by a free-mail domain', async () => {
    expect(await best({ email: 'someone.else@gmail.com', role: 'from' })).toBeUndefined();
  });

  it('finds the record of a CRM page by its id, certain', async () => {
    const [record] = await matchPage(
      db,
      page([{ name: 'Fang Wang', role: 'record' }], [{ system: 'Salesforce', object: 'Contact', id: '0035g00000XyZabAAF' }]),
      options,
    );
    expect(takenMatch(record!)).toMatchObject({ customerId: wang.id, confidence: 'certain', reason: 'external-id' });
  });

  it("leaves out the user's own addresses", async () => {
    const people = await matchPage(db, page([{ email: 'Demo.Sales@example.com', role: 'from' }]), options);
    expect(people).toEqual([]);
  });

  it('takes a suggestion for the customer only once the user confirms it', async () => {
    const colleague: PagePerson = { email: 'li.ming@jinlong-jewellery.cn', role: 'from' };
    const [before] = await matchPage(db, page([colleague]), options);
    expect(takenMatch(before!)).toBeUndefined();
    await confirmIdentity(db, wang.id, { kind: 'email', value: colleague.email! });
    const [after] = await matchPage(db, page([colleague]), options);
    expect(takenMatch(after!)).toMatchObject({ customerId: wang.id, confidence: 'certain' });
  });

  it('shows the latest sender who is a customer, else the latest sender', async () => {
    const thread = page([
      { email: 'li.lei@example-prospect.cn', role: 'from' },
      { email: 'emily.carter@harbourhotels.com', role: 'from' },
      { email: 'wang.fang@jinlong-jewellery.cn', role: 'to' },
    ]);
    expect(mostRelevantPerson(await matchPage(db, thread, options))?.email).toBe('emily.carter@harbourhotels.com');
    const strangers = page([{ email: 'li.lei@example-prospect.cn', role: 'from' }, { email: 'x@y.cn', role: 'from' }]);
    expect(mostRelevantPerson(await matchPage(db, strangers, options))?.email).toBe('li.lei@example-prospect.cn');
  });
});

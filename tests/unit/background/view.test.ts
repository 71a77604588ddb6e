import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSidebarView } from '../../../lib/background/view';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { identityKey } from '../../../lib/db/identity-key';
import { createCustomer, updateSettings } from '../../../lib/db/repository';
import type { PageReport } from '../../../lib/messaging/content-protocol';
import type { PagePerson } from '../../../lib/recognition';

let db: CustomerDatabase;
beforeEach(async () => {
  db = openCustomerDatabase(`view-${crypto.randomUUID()}`);
  await createCustomer(db, { name: '王芳' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }]);
  await createCustomer(db, { name: 'Emily Carter' }, [{ kind: 'email', value: 'emily.carter@harbourhotels.com' }]);
});
afterEach(() => db.delete());

const report = (people: PagePerson[]): PageReport => ({
  type: 'page/report',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  theme: 'dark',
  context: { site: 'gmail', kind: 'thread', people, subject: 'Hello', threadId: 'abc', externalIds: [] },
});

const me: PagePerson = { email: 'me@example.com', name: 'me', role: 'to' };
const wang: PagePerson = { email: 'Wang.Fang@jinlong-jewellery.cn', name: '王芳', role: 'from' };
const emily: PagePerson = { email: 'emily.carter@harbourhotels.com', name: 'Emily', role: 'to' };
const stranger: PagePerson = { email: 'li.lei@example-prospect.cn', name: '李雷', role: 'from' };

describe('which customer the sidebar shows', () => {
  it.each([
    ['the known sender', [me, wang], 'wang.fang@jinlong-jewellery.cn', '王芳'],
    ['the latest sender even when only a recipient is known', [stranger, emily], 'li.lei@example-prospect.cn', undefined],
    ['a known recipient when nobody wrote', [{ ...me, role: 'cc' as const }, emily], 'emily.carter@harbourhotels.com', 'Emily Carter'],
    ['the known sender over a known recipient', [emily, wang], 'wang.fang@jinlong-jewellery.cn', '王芳'],
    ['the unknown sender when nobody is known', [me, stranger], 'li.lei@example-prospect.cn', undefined],
  ])('picks %s', async (_case, people, email, customerName) => {
    const view = await buildSidebarView(db, report(people), { browserLanguage: 'en-US' });
    expect(view.selectedKey).toBe(identityKey('email', email));
    expect(view.card?.customer.name).toBe(customerName);
  });

  it('shows the person the user picked, and falls back when they are no longer on the page', async () => {
    const picked = await buildSidebarView(db, report([wang, emily]), { requestedKey: identityKey('email', emily.email!), browserLanguage: 'en-US' });
    expect(picked.card?.customer.name).toBe('Emily Carter');
    const gone = await buildSidebarView(db, report([wang]), { requestedKey: identityKey('email', emily.email!), browserLanguage: 'en-US' });
    expect(gone.card?.customer.name).toBe('王芳');
  });

  it('marks which people on the page are customers', async () => {
    const view = await buildSidebarView(db, report([wang, stranger]), { browserLanguage: 'en-US' });
    expect(view.people.map((person) => [person.email, person.customerName])).toEqual([
      ['Wang.Fang@jinlong-jewellery.cn', '王芳'],
      ['li.lei@example-prospect.cn', undefined],
    ]);
  });

  it('carries the host theme and the language setting', async () => {
    await updateSettings(db, { language: 'zh-CN' });
    const view = await buildSidebarView(db, report([wang]), { browserLanguage: 'en-US' });
    expect(view).toMatchObject({ theme: 'dark', locale: 'zh-CN', page: { subject: 'Hello', threadId: 'abc' } });
  });

  it('shows nothing for a page without a report', async () => {
    const view = await buildSidebarView(db, undefined, { browserLanguage: 'zh-CN' });
    expect(view).toMatchObject({ page: null, people: [], card: null, locale: 'zh-CN' });
  });
});

import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { TodayPage } from './pages/today-page';
import { openGmailAt, useExtensionBrowser } from './setup';

type Chrome = typeof browser;

describe('care across customers: the sidebar, the badge, the Today page and the daily reminder', () => {
  const session = useExtensionBrowser('blocked');
  const inWorker = <T,>(fn: (chrome: Chrome) => Promise<T>) =>
    session().browser.serviceWorker.evaluate(
      (source) => new Function('chrome', `return (${source})(chrome)`)((globalThis as unknown as { chrome: Chrome }).chrome),
      fn.toString(),
    ) as Promise<T>;
  const badge = async () => Number(await inWorker((chrome) => chrome.action.getBadgeText({})));

  it('shows a birthday tomorrow and an overdue complaint; "Done" logs the contact and the badge falls; Today lists the rest', async () => {
    const { context, extensionId } = session().browser;
    await expect.poll(badge, { timeout: 10_000 }).toBeGreaterThan(0);

    const { gmail, sidebar } = await openGmailAt(session(), 'emilyCarter', 'Emily Carter');
    const care = (kind: string) => sidebar.frame.locator(`[data-section="care"] li[data-care-kind="${kind}"]`);
    await care('birthday-greeting').first().waitFor();
    const complaint = sidebar.frame.locator('[data-section="care"] li.overdue[data-care-kind="complaint-response"]').first();
    await complaint.waitFor();

    const before = await badge();
    const today = await TodayPage.open(context, extensionId);
    // The badge and the Today page count the same actions: those due by tonight.
    expect(await today.items().count()).toBe(before);
    await expect.poll(() => today.itemsOf('Emily Carter').filter({ hasText: 'Birthday greeting' }).count()).toBe(1);

    await complaint.getByRole('button', { name: /^Done: / }).click();
    await expect.poll(() => sidebar.timelineItems().first().textContent()).toContain('Complaint');
    await expect.poll(badge).toBeLessThan(before);
    const after = await badge();

    // A search on the page left open filters the agenda the background keeps: the done complaint is not in it.
    await today.search('emily');
    expect(await today.itemsOf('Emily Carter').filter({ hasText: 'Complaint' }).count()).toBe(0);
    expect(await today.itemsOf('Emily Carter').filter({ hasText: 'Birthday greeting' }).count()).toBe(1);
    await today.search('');
    await today.reload();
    expect(await today.items().count()).toBe(after);
    // The birthday is still to do, listed with the others, and links to her file.
    const birthday = today.itemsOf('Emily Carter').filter({ hasText: 'Birthday greeting' });
    expect(await birthday.count()).toBe(1);
    const link = birthday.getByRole('link', { name: 'Open the file of Emily Carter' });
    expect(await link.getAttribute('href')).toMatch(/\/options\.html#customer=[0-9a-f-]{36}$/);
    await gmail.page.close();
    await today.page.close();
  });

  it('filters the Today page by text and tier, and marks overdue ones as overdue', async () => {
    const { context, extensionId } = session().browser;
    const today = await TodayPage.open(context, extensionId);
    const total = await today.items().count();
    expect(total).toBeGreaterThan(1);
    await today.search('emily');
    await expect.poll(() => today.items().count()).toBeLessThan(total);
    for (const name of await today.items().getByRole('link').allTextContents()) expect(name).toBe('Emily Carter');

    await today.search('');
    await today.filterTier('A');
    await expect.poll(() => today.items().count()).toBeLessThan(total);
    expect(await today.items().filter({ hasNotText: 'Tier A' }).count()).toBe(0);
    await today.filterTier('all');
    if ((await today.group('overdue').count()) > 0) {
      expect(await today.group('overdue').locator('li.overdue').count()).toBeGreaterThan(0);
    }
    await today.page.close();
  });

  it('"Done" on the Today page takes the action off the list shown, and keeps the search', async () => {
    const { context, extensionId } = session().browser;
    const today = await TodayPage.open(context, extensionId);
    const first = today.items().first();
    const name = (await first.getByRole('link').textContent())!.replace(/^Open the file of /, '');
    await today.search(name.split(' ')[0]!);
    const listed = await today.items().locator('[data-care-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-care-id')));
    expect(listed.length).toBeGreaterThan(0);
    const done = today.items().locator(`[data-care-id="${listed[0]}"]`);
    await done.getByRole('button', { name: /^Done: / }).click();
    await today.settled();
    await expect.poll(() => done.count()).toBe(0);
    expect(await today.page.getByLabel('Search customer, company or reason').inputValue()).toBe(name.split(' ')[0]);
    await today.page.close();
  });

  it('switching a rule off in the options withdraws its suggestions', async () => {
    const { context, extensionId } = session().browser;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Birthdays, anniversaries and family dates').uncheck();
    const today = await TodayPage.open(context, extensionId);
    await expect
      .poll(async () => {
        await today.reload();
        return today.itemsOf('Emily Carter').filter({ hasText: 'Birthday greeting' }).count();
      })
      .toBe(0);
    await options.getByLabel('Birthdays, anniversaries and family dates').check();
    await options.close();
    await today.page.close();
  });

  it('lists the first 50 of a long group, with its full count, and the rest on request from the keyboard', async () => {
    const { context, extensionId } = session().browser;
    const today = await TodayPage.open(context, extensionId);
    // 120 more overdue follow-ups for one customer, written straight into the extension's database (no cause, so
    // no refresh withdraws them), then taken out again.
    const ids = await today.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open('customer-care');
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      const transaction = db.transaction(['customers', 'careActions'], 'readwrite');
      const customer = await new Promise<{ id: string }>((resolve) => {
        const cursor = transaction.objectStore('customers').openCursor();
        cursor.onsuccess = () => resolve(cursor.result!.value);
      });
      const now = Date.now();
      const ids = Array.from({ length: 120 }, () => crypto.randomUUID());
      ids.forEach((id, i) =>
        transaction.objectStore('careActions').add({ id, createdAt: now, updatedAt: now, customerId: customer.id, kind: 'follow-up', due: now - (3 + i) * 86_400_000, status: 'open', reason: `Long-list follow-up ${i}` }),
      );
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
      return ids;
    });
    await today.reload();
    const overdue = today.group('overdue');
    const count = Number(await overdue.locator('h2 .badge').textContent());
    expect(count).toBeGreaterThanOrEqual(120);
    expect(await overdue.locator('.agenda-item').count()).toBe(50);
    const more = overdue.getByRole('button', { name: `Show more (${count - 50} not shown yet)` });
    await more.focus();
    await today.page.keyboard.press('Enter');
    await today.settled();
    expect(await overdue.locator('.agenda-item').count()).toBe(Math.min(100, count));

    await today.page.evaluate(async (ids) => {
      const opening = indexedDB.open('customer-care');
      const db = await new Promise<IDBDatabase>((resolve) => (opening.onsuccess = () => resolve(opening.result)));
      const transaction = db.transaction('careActions', 'readwrite');
      for (const id of ids) transaction.objectStore('careActions').delete(id);
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
    }, ids);
    await today.page.close();
  });

  it('opens with the first actions of each group from the index at once, then the whole agenda lists the same', async () => {
    const { context, extensionId } = session().browser;
    const today = await TodayPage.open(context, extensionId, { recordAnswers: true });
    const answers = await today.agendaAnswers();
    const [first, whole] = [answers[0]!, answers.at(-1)!];
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(first.partial).toBe(true);
    expect(whole.partial).toBeUndefined();
    expect(whole.total).toBeGreaterThan(0);
    let listed = 0;
    for (const group of ['overdue', 'today', 'upcoming']) {
      const ids = (answer: typeof first) => answer.groups[group]!.items.map((item) => item.action.id);
      expect(ids(first)).toEqual(ids(whole));
      listed += ids(whole).length;
    }
    expect(await today.items().count()).toBe(listed);
    // The whole agenda's count replaced "counting", and each group shows its count again.
    await expect.poll(() => today.count().textContent()).toContain(String(whole.total));
    expect(await today.group('overdue').locator('h2 .badge').textContent()).toBe(String(whole.groups.overdue!.count));
    await today.page.close();
  });

  it('the daily reminder raises a desktop notification naming who is due', async () => {
    // The real alarm, fired now instead of at the set time.
    await inWorker((chrome) => chrome.alarms.create('care-reminder', { when: Date.now() + 50 }));
    await expect
      .poll(() => inWorker((chrome) => chrome.notifications.getAll()), { timeout: 10_000 })
      .toHaveProperty('care-today');
    // Re-armed for the next day at the user's time.
    const next = await inWorker((chrome) => chrome.alarms.get('care-reminder'));
    expect(next?.scheduledTime).toBeGreaterThan(Date.now());
    expect(new Date(next!.scheduledTime).getHours() * 60 + new Date(next!.scheduledTime).getMinutes()).toBe(9 * 60);
  });
});

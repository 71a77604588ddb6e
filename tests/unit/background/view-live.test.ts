import { liveQuery } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CareService } from '../../../lib/background/care-service';
import { SettingsCache } from '../../../lib/background/settings-cache';
import { buildSidebarView } from '../../../lib/background/view';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, getSettings, logInteraction } from '../../../lib/db/repository';
import type { PageReport } from '../../../lib/messaging/content-protocol';

let db: CustomerDatabase;
let customerId: string;
beforeEach(async () => {
  db = openCustomerDatabase(`view-live-${crypto.randomUUID()}`);
  customerId = (await createCustomer(db, { name: '王芳' }, [{ kind: 'email', value: 'wang.fang@jinlong-jewellery.cn' }])).id;
});
afterEach(() => db.delete());

const report: PageReport = {
  type: 'page/report',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  theme: 'light',
  context: { site: 'gmail', kind: 'thread', people: [{ email: 'wang.fang@jinlong-jewellery.cn', name: '王芳', role: 'from' }], subject: 'Hello', threadId: 'abc', externalIds: [] },
};

it('a sidebar view read with the settings from memory still follows each write to what it shows', async () => {
  const settings = new SettingsCache(db);
  // The cache has its first read: from here on the views take the settings from memory.
  await expect.poll(() => settings.peek()).toBeDefined();
  const summaries: string[][] = [];
  const subscription = liveQuery(() => buildSidebarView(db, report, { browserLanguage: 'en', settings: settings.peek() })).subscribe({
    next: (view) => summaries.push(view.card?.recentInteractions.map((item) => item.summary) ?? []),
  });
  await expect.poll(() => summaries.length).toBe(1);
  for (const summary of ['first', 'second', 'third']) {
    await logInteraction(db, { customerId, type: 'note', summary });
    await expect.poll(() => summaries.at(-1)?.[0]).toBe(summary);
  }
  subscription.unsubscribe();
});

it('two views of the same customer follow every log while other Dexie work runs beside them in the worker', async () => {
  // The background's own traffic: care refreshes and settings reads land beside the logs and the views' runs. A view
  // that awaited anything but an IndexedDB request first (an already resolved Dexie promise did) lost its live
  // query's zone in such a crowd, and stopped following writes (eaa8fad).
  const settings = new SettingsCache(db);
  await expect.poll(() => settings.peek()).toBeDefined();
  const care = new CareService(db);
  const latest: (string | undefined)[] = [undefined, undefined];
  const subscriptions = [0, 1].map((i) =>
    liveQuery(() => buildSidebarView(db, report, { browserLanguage: 'en', settings: settings.peek() })).subscribe({
      next: (view) => (latest[i] = view.card?.recentInteractions[0]?.summary),
    }),
  );
  for (let round = 0; round < 20; round++) {
    const summary = `meeting ${round}`;
    const crowd = (async () => {
      for (let k = 0; k < 5; k++) {
        await getSettings(db);
        await care.refresh([customerId]);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, round % 5));
    await logInteraction(db, { customerId, type: 'meeting', summary, force: true });
    await crowd;
    await expect.poll(() => latest, { timeout: 1_000 }).toEqual([summary, summary]);
  }
  subscriptions.forEach((subscription) => subscription.unsubscribe());
});

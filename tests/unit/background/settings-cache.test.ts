import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SettingsCache } from '../../../lib/background/settings-cache';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { getSettings, updateSettings } from '../../../lib/db/repository';

const settled = () => new Promise((resolve) => setTimeout(resolve, 100));

let db: CustomerDatabase;
beforeEach(() => {
  db = openCustomerDatabase(`settings-cache-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

it('gives the stored settings, then each change written to the database, and tells its listeners of each', async () => {
  await updateSettings(db, { language: 'en', phoneRegion: 'CN' });
  const cache = new SettingsCache(db);
  const changes: string[] = [];
  cache.onChange((settings) => changes.push(`${settings.language} ${settings.phoneRegion}`));
  expect((await cache.read()).language).toBe('en');
  // Its own first read (the live query's) is back: a change only counts after it.
  await settled();

  // Written straight to the database, as another extension page would.
  await updateSettings(db, { language: 'zh-CN' });
  await expect.poll(() => changes).toEqual(['zh-CN CN']);
  expect((await cache.read()).language).toBe('zh-CN');
  await updateSettings(db, { phoneRegion: 'US' });
  await expect.poll(() => changes).toEqual(['zh-CN CN', 'zh-CN US']);
});

it('reads from memory once its first read is back', async () => {
  const cache = new SettingsCache(db);
  await settled();
  const get = vi.spyOn(db.settings, 'get');
  expect((await cache.read()).phoneRegion).toBe((await getSettings(db)).phoneRegion);
  expect(get).toHaveBeenCalledTimes(1); // getSettings' own read above; the cache's read made none
});

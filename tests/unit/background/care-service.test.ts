import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { KEPT_KEY } from '../../../lib/background/care-badge';
import { CareService, REFRESHED_KEY } from '../../../lib/background/care-service';
import { UserActivity } from '../../../lib/background/user-activity';
import { DEFAULT_CARE_SETTINGS } from '../../../lib/care/settings';
import { completeCareAction } from '../../../lib/db/care-actions';
import { endOfDay } from '../../../lib/day';
import { openCustomerDatabase, type CustomerDatabase } from '../../../lib/db/database';
import { createCustomer, logInteraction, updateSettings } from '../../../lib/db/repository';

let db: CustomerDatabase;
let customerId: string;

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no toolbar button; the badge is the browser tests' business.
  vi.spyOn(browser, 'action', 'get').mockReturnValue({ setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} } as never);
  db = openCustomerDatabase(`care-service-${crypto.randomUUID()}`);
  customerId = (await createCustomer(db, { name: 'Emily Carter', tier: 'A' }, [{ kind: 'email', value: 'emily.carter@harbourhotels.com' }])).id;
  await logInteraction(db, { customerId, type: 'complaint', summary: 'late delivery' }, Date.now() - 3 * 86_400_000);
});
afterEach(() => db.delete());

const liveCauses = async () => (await db.careActions.toArray()).filter((row) => row.deletedAt === undefined).map((row) => row.cause);

describe('the care service', () => {
  it('refreshes after a log in a moment, once for the logs made within it', async () => {
    const care = new CareService(db);
    const refresh = vi.spyOn(care, 'refresh');
    const other = (await createCustomer(db, { name: 'Wang Fang' }, [])).id;
    const first = care.refreshSoon([customerId]);
    const second = care.refreshSoon([other]);
    expect(second).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(refresh).not.toHaveBeenCalled();
    expect(await liveCauses()).toEqual([]);
    await first;
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith([customerId, other]);
    expect((await liveCauses()).some((cause) => cause?.startsWith('complaint:'))).toBe(true);
    // The next log waits for a moment of its own.
    await care.refreshSoon([other]);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('adds each cause once, even when refreshes overlap', async () => {
    const care = new CareService(db);
    await Promise.all([care.refresh(), care.refresh([customerId]), care.refresh()]);
    const causes = await liveCauses();
    expect(causes.length).toBeGreaterThan(0);
    expect(new Set(causes).size).toBe(causes.length);
  });

  it('withdraws the open suggestions of a rule the user switches off', async () => {
    const care = new CareService(db);
    await care.refresh();
    expect((await liveCauses()).some((cause) => cause?.startsWith('complaint:'))).toBe(true);
    await updateSettings(db, { care: { ...DEFAULT_CARE_SETTINGS, disabled: ['open-complaints'] } });
    await care.refresh();
    expect((await liveCauses()).some((cause) => cause?.startsWith('complaint:'))).toBe(false);
  });

  it('recounts only the changed customer for the badge, and agrees with a full recount', async () => {
    const care = new CareService(db);
    await care.refresh();
    const before = await care.updateBadge();
    expect(before).toBeGreaterThan(0);
    const due = (await db.careActions.toArray()).find((row) => row.deletedAt === undefined && row.status === 'open' && row.due <= Date.now())!;
    await completeCareAction(db, due.id);
    const incremental = await care.updateBadge(Date.now(), [customerId]);
    expect(incremental).toBe(before - 1);
    expect(await new CareService(db).updateBadge()).toBe(incremental);
  });

  describe('a worker the browser stopped and started again', () => {
    const badgeTexts = () => {
      const setBadgeText = vi.fn(async (_details: { text: string }) => {});
      vi.spyOn(browser, 'action', 'get').mockReturnValue({ setBadgeText, setBadgeBackgroundColor: async () => {} } as never);
      return () => setBadgeText.mock.calls.map(([details]) => details.text);
    };
    const keep = (until: number, total: number) => browser.storage.session.set({ [KEPT_KEY]: { until, total } });

    it("shows the count the last worker kept for today, without counting again", async () => {
      await new CareService(db).refresh();
      // Not the true count: shown as it is, it shows that nothing was counted.
      await keep(endOfDay(Date.now()), 99);
      const shown = badgeTexts();
      await new CareService(db).refreshIfStale();
      expect(shown()).toEqual(['99']);
    });

    it('counts again when the kept count is for another day, or when a change needs the counts by customer', async () => {
      const care = new CareService(db);
      await care.refresh();
      const truth = String(await care.updateBadge());
      await keep(endOfDay(Date.now() - 86_400_000), 99);
      let shown = badgeTexts();
      await new CareService(db).refreshIfStale();
      expect(shown()).toEqual([truth]);

      await keep(endOfDay(Date.now()), 99);
      shown = badgeTexts();
      const started = new CareService(db);
      await started.refreshIfStale();
      const due = (await db.careActions.toArray()).find((row) => row.deletedAt === undefined && row.status === 'open' && row.due <= Date.now())!;
      await completeCareAction(db, due.id);
      await started.refresh([customerId]);
      expect(shown()).toEqual(['99', String(Number(truth) - 1 || '')]);
    });

    /** A user who stays busy until `quiet()` is called. */
    class BusyUser extends UserActivity {
      private resume!: () => void;
      private readonly until = new Promise<void>((resolve) => (this.resume = resolve));
      override idle(): Promise<void> {
        return this.until;
      }
      goQuiet(): void {
        this.resume();
      }
    }
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

    it('at a browser\'s start (nothing kept), counts every care action only once the user is quiet', async () => {
      const care = new CareService(db);
      await care.refresh();
      const truth = String(await care.updateBadge());
      expect(Number(truth)).toBeGreaterThan(0);
      await browser.storage.session.clear();
      await browser.storage.local.set({ [REFRESHED_KEY]: Date.now() });
      const shown = badgeTexts();
      const user = new BusyUser();
      const started = new CareService(db, { activity: user }).refreshIfStale();
      await settle();
      expect(shown()).toEqual([]);
      user.goQuiet();
      await started;
      expect(shown()).toEqual([truth]);
    });

    it('a change meanwhile waits for that count, then counts its customer again on top of it', async () => {
      await new CareService(db).refresh();
      const truth = await new CareService(db).updateBadge();
      await browser.storage.session.clear();
      await browser.storage.local.set({ [REFRESHED_KEY]: Date.now() });
      const shown = badgeTexts();
      const user = new BusyUser();
      const care = new CareService(db, { activity: user });
      const started = care.refreshIfStale();
      const due = (await db.careActions.toArray()).find((row) => row.deletedAt === undefined && row.status === 'open' && row.due <= Date.now())!;
      await completeCareAction(db, due.id);
      const changed = care.refresh([customerId]);
      await settle();
      expect(shown()).toEqual([]);
      user.goQuiet();
      await Promise.all([started, changed]);
      expect(shown().at(-1)).toBe(String(truth - 1 || ''));
      expect(await new CareService(db).updateBadge()).toBe(truth - 1);
    });

    it("a change's care actions are written while the badge's whole count waits for the user, and the next change's too", async () => {
      await new CareService(db).refresh();
      await browser.storage.session.clear();
      await browser.storage.local.set({ [REFRESHED_KEY]: Date.now() });
      const user = new BusyUser();
      const care = new CareService(db, { activity: user });
      const started = care.refreshIfStale();
      const first = care.refresh([customerId]);
      const other = (await createCustomer(db, { name: 'Wang Fang' }, [])).id;
      await logInteraction(db, { customerId: other, type: 'complaint', summary: 'wrong colour' }, Date.now() - 3 * 86_400_000);
      const second = care.refresh([other]);
      const complaintOfOther = async () => (await db.careActions.where('customerId').equals(other).toArray()).some((row) => row.cause?.startsWith('complaint:'));
      await expect.poll(complaintOfOther).toBe(true);
      user.goQuiet();
      await Promise.all([started, first, second]);
      expect(await new CareService(db).updateBadge()).toBe(await care.updateBadge(Date.now(), [other]));
    });

    it('keeps the count it shows for the next one, and each new day\'s', async () => {
      const care = new CareService(db);
      await care.refresh();
      const count = await care.updateBadge();
      expect((await browser.storage.session.get(KEPT_KEY))[KEPT_KEY]).toEqual({ until: endOfDay(Date.now()), total: count });
      // The next day's count is kept for that day, even when it shows the same number.
      const tomorrow = Date.now() + 86_400_000;
      const next = await care.updateBadge(tomorrow);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect((await browser.storage.session.get(KEPT_KEY))[KEPT_KEY]).toEqual({ until: endOfDay(tomorrow), total: next });
    });
  });

  it('sets the badge only when its text changes', async () => {
    const setBadgeText = vi.fn(async () => {});
    vi.spyOn(browser, 'action', 'get').mockReturnValue({ setBadgeText, setBadgeBackgroundColor: async () => {} } as never);
    const care = new CareService(db);
    await care.refresh();
    await care.refresh([customerId]);
    await care.updateBadge();
    expect(setBadgeText).toHaveBeenCalledTimes(1);
    const due = (await db.careActions.toArray()).find((row) => row.deletedAt === undefined && row.status === 'open' && row.due <= Date.now())!;
    await completeCareAction(db, due.id);
    const count = await care.updateBadge(Date.now(), [customerId]);
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: count > 0 ? String(count) : '' });
    expect(setBadgeText).toHaveBeenCalledTimes(2);
  });
});


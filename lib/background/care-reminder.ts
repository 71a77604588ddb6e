import { browser } from 'wxt/browser';
import type { CareSettings } from '../care/settings';
import { careAgenda } from '../db/care-today';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import { resolveLocale, translator, type MessageId } from '../i18n';
import type { CareService } from './care-service';
import { inBackground } from './errors';

const ALARM = 'care-reminder';
const NOTIFICATION = 'care-today';
const MENU_ITEM = 'open-today';
/** How many customers the notification names before "and N more". */
const NAMED = 3;

/** The next moment, after `now`, at local time `hh:mm`. */
export function nextReminderAt(time: string, now: number): number {
  const [hours = 9, minutes = 0] = time.split(':').map(Number);
  const next = new Date(now);
  next.setHours(hours, minutes, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/**
 * Sets the daily alarm to the user's time, or clears it. One-shot and re-armed after
 * each firing rather than periodic, so that the time stays right across daylight saving.
 */
export async function scheduleReminder(notify: CareSettings['notify'], now = Date.now()): Promise<void> {
  if (!notify.enabled) {
    await browser.alarms.clear(ALARM);
    return;
  }
  const when = nextReminderAt(notify.time, now);
  const existing = await browser.alarms.get(ALARM);
  // The service worker starts often; keep an alarm that is already right.
  if (existing?.scheduledTime === when) return;
  await browser.alarms.create(ALARM, { when });
}

export const todayPageUrl = () => browser.runtime.getURL('/today.html');
export const openTodayPage = () => browser.tabs.create({ url: todayPageUrl() });

/** The daily desktop notification of what is due, the Today page behind it, and a toolbar menu item to it. */
export function serveReminders(db: CustomerDatabase, care: CareService): void {
  const remind = async () => {
    const settings = await getSettings(db);
    await scheduleReminder(settings.care.notify);
    if (!settings.care.notify.enabled) return;
    await care.refresh();
    const items = await careAgenda(db, Date.now());
    if (items.length === 0) return;
    const t = translator(resolveLocale(settings.language, navigator.language));
    const named = items
      .slice(0, NAMED)
      .map(({ customer, action }) => t('reminder.item', { name: customer.name, action: t(`care.${action.kind}` as MessageId) }));
    if (items.length > NAMED) named.push(t('reminder.more', { count: items.length - NAMED }));
    await browser.notifications.create(NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminder.title', { count: items.length }),
      message: named.join('\n'),
    });
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) inBackground(remind(), 'care reminder');
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION) return;
    void openTodayPage();
    void browser.notifications.clear(id);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ITEM,
      title: browser.i18n.getMessage('menuToday'),
      contexts: [browser.action ? 'action' : 'browser_action'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ITEM) void openTodayPage();
  });
  inBackground(getSettings(db).then((settings) => scheduleReminder(settings.care.notify)), 'scheduling the care reminder');
}

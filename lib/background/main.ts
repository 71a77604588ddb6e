import { browser } from 'wxt/browser';
import { openCustomerDatabase } from '../db/database';
import { serveReminders } from './care-reminder';
import { CareService } from './care-service';
import { HistoryKeeper } from './history-keeper';
import { UserActivity } from './user-activity';
import { LoyaltyService } from './loyalty-service';
import { serveSidebars } from './sidebar-ports';
import { TabPages } from './tab-pages';
import { serveOnDemand } from './on-demand';
import { serveCustomSites } from './custom-sites';
import { createMessageDispatcher } from './dispatch';
import { acceptReportPort } from './page-reports';
import { OfferedPorts } from './offered-ports';
import { PAGE_REPORT_PORT } from '../messaging/port-names';
import { SettingsCache } from './settings-cache';
import { AgendaCache } from './agenda-cache';
import type { OnDemandHint } from '../recognition/adapters/any-page';
import { inBackground } from './errors';

/** Wires the background: it alone owns the customer database and answers every page of the extension. */
export function startBackground(): void {
  const db = openCustomerDatabase();
  const pages = new TabPages();
  const hints = new Map<number, OnDemandHint>();
  const loyalty = new LoyaltyService(db);
  // Page changes and requests: background writes after a user's action wait for a quiet moment.
  const activity = new UserActivity();
  pages.onChange(() => activity.touch());
  const care = new CareService(db, { activity });
  const settings = new SettingsCache(db);
  const histories = new HistoryKeeper(db, { activity });
  // MessagePorts that pages of the extension hand the worker: a content script's for its reports, a sidebar's for its views.
  const offeredPorts = new OfferedPorts();
  const acceptSidebarPort = serveSidebars(db, pages, { loyalty, settings, histories, offeredPorts });
  // The rows cards read: all of them once after the upgrade that adds them, then only new customers'.
  inBackground(histories.buildMissingIfUnfinished(), 'building card histories');
  // Never blocks anything: the first sidebar shows stored scores until the refit lands.
  inBackground(loyalty.refreshIfStale().then(() => care.refreshIfStale()), 'loyalty or care refresh');
  serveOnDemand(pages, hints);
  // The user's own CRM sites: reported by a registered script like on-demand pages, shown in the side panel.
  serveCustomSites(pages);
  serveReminders(db, care);

  // Every long-lived port, by name: a content script's page reports, or a sidebar (which closes any other).
  browser.runtime.onConnect.addListener((port) =>
    port.name === PAGE_REPORT_PORT ? acceptReportPort(port, { pages, hints, settings, offeredPorts }) : acceptSidebarPort(port),
  );
  // The service worker's own messages come only from the extension's pages: a sidebar frame handing a content
  // script's report port on, or a sidebar offering a port for its views.
  globalThis.addEventListener('message', (event) => void offeredPorts.adopt(event.data, event.ports));
  const agenda = new AgendaCache(db);
  const dispatch = createMessageDispatcher({ db, agenda, pages, hints, loyalty, care, settings, histories });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    activity.touch();
    return dispatch(raw, sender, sendResponse);
  });

  browser.tabs.onRemoved.addListener((tabId) => pages.forget(tabId));
}

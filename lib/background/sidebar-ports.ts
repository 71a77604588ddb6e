import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';
import type { CustomerDatabase } from '../db/database';
import type { PageReport } from '../messaging/content-protocol';
import {
  PANEL_PORT,
  SIDEBAR_PORT,
  sidebarPortMessageSchema,
  type BackgroundPortMessage,
  type SidebarView,
} from '../messaging/protocol';
import { VIEW_PORT_OFFER } from '../messaging/port-names';
import type { OfferedPorts } from './offered-ports';
import { isPanelPage, isSidebarFrame } from './senders';
import type { HistoryKeeper } from './history-keeper';
import type { LoyaltyService } from './loyalty-service';
import type { SettingsCache } from './settings-cache';
import type { TabPages } from './tab-pages';
import { askTabToReport } from './tabs';
import { buildSidebarView } from './view';
import { timingMark } from '../timing-mark';

interface ConnectedSidebar {
  port: Browser.runtime.Port;
  /** The tab whose page this sidebar shows: its own for the in-page frame, the bound one for the panel. */
  tabId?: number;
  selectedKey?: string;
  subscription?: Subscription;
  /** The MessagePort the sidebar offered for its views, once the worker has taken it. */
  views?: MessagePort;
  /** The number of the last view sent. */
  seq: number;
}

/**
 * A view goes on the sidebar's own MessagePort once it has offered one: a runtime port's message goes through the
 * browser's process and waits behind what it is doing for the tab (the page change itself), a MessagePort's does not
 * (lib/sidebar-host/report-channel.ts measured the same for page reports). Numbered, so that the sidebar shows none
 * older than one it has shown when the two ways cross.
 */
function sendView(sidebar: ConnectedSidebar, view: SidebarView): void {
  const message = { type: 'view', view, seq: ++sidebar.seq } satisfies BackgroundPortMessage;
  if (sidebar.views) sidebar.views.postMessage(message);
  else sidebar.port.postMessage(message);
}

/**
 * Keeps every open sidebar (the frame beside a page, or the browser's side panel)
 * current. Each one's view is a Dexie live query, so a write from any tab or
 * extension page re-renders exactly the sidebars whose data it touched.
 * Returns what takes a newly opened sidebar or side-panel port (main.ts routes ports by name).
 */
export function serveSidebars(
  db: CustomerDatabase,
  pages: TabPages,
  { loyalty, settings, histories, offeredPorts }: { loyalty: LoyaltyService; settings: SettingsCache; histories: HistoryKeeper; offeredPorts: OfferedPorts },
): (port: Browser.runtime.Port) => void {
  const sidebars = new Set<ConnectedSidebar>();
  const viewOf = (report: PageReport | undefined, sidebar: ConnectedSidebar) =>
    buildSidebarView(db, report, {
      requestedKey: sidebar.selectedKey,
      browserLanguage: navigator.language,
      tabId: sidebar.tabId,
      model: loyalty.latestModel,
      settings: settings.peek(),
      onHistoryMissing: (customerId) => histories.buildSoon(customerId),
    });

  const watch = (sidebar: ConnectedSidebar) => {
    sidebar.subscription?.unsubscribe();
    if (sidebar.tabId === undefined) return;
    const report = pages.get(sidebar.tabId);
    const tabId = sidebar.tabId;
    if (!report) {
      // After a service-worker restart the tab's report is gone: ask for a fresh one and keep the
      // sidebar as it is until it arrives (pages.onChange watches again), rather than flash an empty view.
      void askTabToReport(tabId).then((answered) => {
        if (!answered && !pages.get(tabId)) watchEmpty(sidebar);
      });
      return;
    }
    // The model is read as it stands at each run: a refit rewrites customer rows, which re-runs this query.
    sidebar.subscription = liveQuery(() => {
      timingMark('view:build');
      return viewOf(report, sidebar);
    }).subscribe({
      next: (view) => {
        timingMark('view:posted');
        sendView(sidebar, view);
      },
      error: (error) => console.error('sidebar view failed', error),
    });
  };

  // A tab without a content script (the side panel on a page never read) shows the empty state.
  const watchEmpty = (sidebar: ConnectedSidebar) => {
    sidebar.subscription = liveQuery(() => viewOf(undefined, sidebar)).subscribe({
      next: (view) => sendView(sidebar, view),
    });
  };

  pages.onChange((tabId, preferredKey, previous) => {
    const samePage = previous?.url === pages.get(tabId)?.url;
    for (const sidebar of sidebars) {
      if (sidebar.tabId !== tabId) continue;
      // A new page starts from its most relevant person; the same page re-reported keeps the user's choice.
      if (preferredKey !== undefined || !samePage) sidebar.selectedKey = preferredKey;
      watch(sidebar);
    }
  });

  // The views read the settings from memory, so a change to them (the language, the user's own addresses)
  // no longer re-runs their live queries by itself: every open sidebar is built again.
  settings.onChange(() => sidebars.forEach(watch));

  return (port) => {
    const isFrame = port.name === SIDEBAR_PORT && isSidebarFrame(port.sender);
    const isPanel = port.name === PANEL_PORT && isPanelPage(port.sender);
    if (!isFrame && !isPanel) {
      port.disconnect();
      return;
    }
    const sidebar: ConnectedSidebar = { port, tabId: isFrame ? port.sender?.tab?.id : undefined, seq: 0 };
    sidebars.add(sidebar);
    const key = offeredPorts.issue(VIEW_PORT_OFFER, (views) => (sidebar.views = views));
    port.postMessage({ type: 'view-port', key } satisfies BackgroundPortMessage);
    port.onMessage.addListener((raw) => {
      const message = sidebarPortMessageSchema.safeParse(raw);
      if (!message.success) {
        console.warn('rejected sidebar port message', message.error.message);
        return;
      }
      if (message.data.type === 'bind') {
        // Only the side panel follows a tab of its choosing; the in-page frame is tied to its own tab.
        if (!isPanel) return;
        sidebar.tabId = message.data.tabId;
        sidebar.selectedKey = undefined;
      } else {
        sidebar.selectedKey = message.data.personKey;
      }
      watch(sidebar);
    });
    port.onDisconnect.addListener(() => {
      sidebar.subscription?.unsubscribe();
      sidebars.delete(sidebar);
      offeredPorts.revoke(key);
    });
    watch(sidebar);
  };
}

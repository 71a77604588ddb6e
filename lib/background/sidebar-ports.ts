import { liveQuery, type Subscription } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import type { CustomerDatabase } from '../db/database';
import { SIDEBAR_PORT, sidebarPortMessageSchema, type BackgroundPortMessage } from '../messaging/protocol';
import { isSidebarFrame } from './senders';
import type { TabPages } from './tab-pages';
import { buildSidebarView } from './view';
import { askTabToReport } from './tabs';

interface ConnectedSidebar {
  port: Browser.runtime.Port;
  tabId: number;
  selectedKey?: string;
  subscription?: Subscription;
}

/**
 * Keeps every open sidebar's view current. Each sidebar's view is a Dexie live
 * query, so a write from any tab or extension page re-renders exactly the
 * sidebars whose data it touched, without polling.
 */
export function serveSidebars(db: CustomerDatabase, pages: TabPages): void {
  const sidebars = new Set<ConnectedSidebar>();

  const watch = (sidebar: ConnectedSidebar) => {
    sidebar.subscription?.unsubscribe();
    const report = pages.get(sidebar.tabId);
    sidebar.subscription = liveQuery(() =>
      buildSidebarView(db, report, sidebar.selectedKey, navigator.language),
    ).subscribe({
      next: (view) => sidebar.port.postMessage({ type: 'view', view } satisfies BackgroundPortMessage),
      error: (error) => console.error('sidebar view failed', error),
    });
  };

  pages.onChange((tabId) => {
    for (const sidebar of sidebars) {
      if (sidebar.tabId !== tabId) continue;
      sidebar.selectedKey = undefined;
      watch(sidebar);
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDEBAR_PORT || !isSidebarFrame(port.sender) || port.sender?.tab?.id === undefined) {
      port.disconnect();
      return;
    }
    const sidebar: ConnectedSidebar = { port, tabId: port.sender.tab.id };
    sidebars.add(sidebar);
    port.onMessage.addListener((raw) => {
      const message = sidebarPortMessageSchema.safeParse(raw);
      if (!message.success) {
        console.warn('rejected sidebar port message', message.error.message);
        return;
      }
      sidebar.selectedKey = message.data.personKey;
      watch(sidebar);
    });
    port.onDisconnect.addListener(() => {
      sidebar.subscription?.unsubscribe();
      sidebars.delete(sidebar);
    });
    watch(sidebar);
    // After a service-worker restart the tab's report is gone: ask for a fresh one.
    if (!pages.get(sidebar.tabId)) void askTabToReport(sidebar.tabId);
  });
}

import { MatchPattern } from '@webext-core/match-patterns';
import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from '../messaging/content-protocol';
import { personFromHint, type OnDemandHint } from '../recognition/adapters/any-page';
import { personKey } from '../recognition/match';
import { SUPPORTED_HOST_PATTERNS } from '../sites/hosts';
import type { TabPages } from './tab-pages';
import { sendToTab } from './tabs';
import { toolbarButton } from './toolbar';

const supported = SUPPORTED_HOST_PATTERNS.map((pattern) => new MatchPattern(pattern));
const isSupportedUrl = (url: string | undefined) => !!url && supported.some((pattern) => pattern.includes(url));

const MENU_ITEMS = [
  { id: 'log-to-customer', titleMessage: 'menuLogToCustomer' },
  { id: 'add-as-customer', titleMessage: 'menuAddAsCustomer' },
] as const;

type Tab = Browser.tabs.Tab;

/**
 * Opens the browser's side panel for the tab. It must run inside the user's
 * click (no await before it), or the browser refuses.
 */
function openSidePanel(tab: Tab): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const opening = chromeSidePanel ? chromeSidePanel.open({ tabId: tab.id! }) : firefoxSidebar?.open();
  opening?.catch((error: unknown) => console.warn('could not open the side panel', error));
}

/**
 * The sidebar anywhere, on request: on a supported site the toolbar button and the
 * shortcut show or hide the in-page frame; on any other page they open the side
 * panel and read the page once (activeTab grants that for this one click). The
 * context menu does the same for the selection or the mailto:/tel: link clicked.
 */
export function serveOnDemand(pages: TabPages, hints: Map<number, OnDemandHint>): void {
  const open = (tab: Tab | undefined, hint?: OnDemandHint) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    if (isSupportedUrl(tab.url)) {
      if (!hint) {
        void sendToTab(tabId, { type: 'sidebar/toggle' });
        return;
      }
      const report = pages.get(tabId);
      if (report) pages.set(tabId, ...withHint(report, hint));
      void sendToTab(tabId, { type: 'sidebar/set-state', state: 'open' });
      return;
    }
    openSidePanel(tab);
    if (hint) hints.set(tabId, hint);
    browser.scripting
      .executeScript({ target: { tabId }, files: ['/on-demand.js'] })
      .catch((error: unknown) => console.warn('cannot read this page', error));
  };

  toolbarButton().onClicked.addListener((tab) => open(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') open(tab);
  });
  browser.runtime.onInstalled.addListener(() => {
    for (const item of MENU_ITEMS) {
      browser.contextMenus.create({
        id: item.id,
        title: browser.i18n.getMessage(item.titleMessage),
        contexts: ['selection', 'link'],
      });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!MENU_ITEMS.some((item) => item.id === info.menuItemId)) return;
    open(tab, { selectionText: info.selectionText, linkUrl: info.linkUrl });
  });
}

/** The report with the right-clicked person first, and that person's key to show them. */
export function withHint(report: PageReport, hint: OnDemandHint): [PageReport, string | undefined] {
  const person = personFromHint(hint);
  if (!person) return [report, undefined];
  const context = report.context ?? { site: 'any-page', kind: 'other' as const, people: [], externalIds: [] };
  return [{ ...report, context: { ...context, people: [person, ...context.people] } }, personKey(person, 'CN')];
}

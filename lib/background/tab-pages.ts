import type { PageReport } from '../messaging/content-protocol';

type Listener = (tabId: number) => void;

/**
 * The latest page report of each tab's top frame. Kept in memory only: when the
 * service worker restarts, a sidebar that reconnects asks the tab to report again.
 */
export class TabPages {
  private readonly reports = new Map<number, PageReport>();
  private readonly listeners = new Set<Listener>();

  get(tabId: number): PageReport | undefined {
    return this.reports.get(tabId);
  }

  set(tabId: number, report: PageReport): void {
    this.reports.set(tabId, report);
    this.listeners.forEach((listener) => listener(tabId));
  }

  forget(tabId: number): void {
    this.reports.delete(tabId);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

import type { PageReport } from '../messaging/content-protocol';
import { timingMark } from '../timing-mark';

/** previous: the tab's report before this one, to tell a new page from a re-report of the same one. */
type Listener = (tabId: number, preferredKey: string | undefined, previous: PageReport | undefined) => void;

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

  /** preferredKey: the person the sidebar should show first (the one the user right-clicked). */
  set(tabId: number, report: PageReport, preferredKey?: string): void {
    // Marks for tests/bench/first-render-breakdown.ts: a page change's way through the background.
    timingMark('report:stored');
    const previous = this.reports.get(tabId);
    this.reports.set(tabId, report);
    this.listeners.forEach((listener) => listener(tabId, preferredKey, previous));
  }

  /** Every tab with a report, and the URL it reported. */
  urls(): [tabId: number, url: string][] {
    return [...this.reports].map(([tabId, report]) => [tabId, report.url]);
  }

  forget(tabId: number): void {
    this.reports.delete(tabId);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

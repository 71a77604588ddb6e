import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from '../messaging/content-protocol';
import { PAGE_REPORT_PORT } from '../messaging/port-names';

export interface ReportChannel {
  send(report: PageReport): void;
  close(): void;
}

/**
 * The content script's way to the background for its page reports: one long-lived port, opened at the
 * first report and again after the background dropped it (its service worker stopped; a restarted one asks
 * the tab to report again). A message on an open port makes half the round trip of runtime.sendMessage,
 * which opens a new channel each time (tests/bench/report-channel-floor.ts). `onReply` gets the
 * background's answers, unparsed.
 */
export function openReportChannel(onReply: (raw: unknown) => void): ReportChannel {
  let port: Browser.runtime.Port | undefined;
  const connect = () => {
    const opened = browser.runtime.connect({ name: PAGE_REPORT_PORT });
    opened.onMessage.addListener(onReply);
    opened.onDisconnect.addListener(() => {
      // Read, so that the browser does not log it as unchecked: a stopped worker is expected here.
      void browser.runtime.lastError;
      if (port === opened) port = undefined;
    });
    return opened;
  };
  return {
    send(report) {
      try {
        (port ??= connect()).postMessage(report);
      } catch {
        // The extension was reloaded or updated: this content script is orphaned and stops (start.ts).
        port = undefined;
      }
    },
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}

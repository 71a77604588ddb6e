import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from '../messaging/content-protocol';
import { PAGE_REPORT_PORT } from '../messaging/port-names';

export interface ReportChannel {
  send(report: PageReport): void;
  /**
   * The background's key for a straight way to it (from its answer to a report): a MessagePort offered through
   * the sidebar frame, which hands it to the service worker. `offer` returns false while the frame cannot take it;
   * call again without a key once the frame has loaded, and the last key given is offered.
   */
  useKey(key?: number): void;
  close(): void;
}

/**
 * The content script's way to the background for its page reports: one long-lived port, opened at the
 * first report and again after the background dropped it (its service worker stopped; a restarted one asks
 * the tab to report again). A message on an open port makes half the round trip of runtime.sendMessage,
 * which opens a new channel each time. `onReply` gets the background's answers, unparsed.
 *
 * Each report also goes on a MessagePort straight to the worker once the sidebar frame has handed one over:
 * runtime messages wait behind the browser's handling of a URL change (a page change's report, 14 / 21 ms round
 * trip), a MessagePort does not (3.6 / 6.1 ms; tests/bench/report-channel-floor.ts). The runtime port still
 * carries every report, numbered so that the background takes each once: it keeps the worker alive (a
 * MessagePort's messages do not) and is the way when the MessagePort is lost unseen with a stopped worker.
 */
export function openReportChannel(onReply: (raw: unknown) => void, offer: (key: number, port: MessagePort) => boolean): ReportChannel {
  let port: Browser.runtime.Port | undefined;
  let direct: MessagePort | undefined;
  let directKey: number | undefined;
  let lastKey: number | undefined;
  let seq = 0;
  const connect = () => {
    const opened = browser.runtime.connect({ name: PAGE_REPORT_PORT });
    opened.onMessage.addListener(onReply);
    opened.onDisconnect.addListener(() => {
      // Read, so that the browser does not log it as unchecked: a stopped worker is expected here.
      void browser.runtime.lastError;
      if (port === opened) port = undefined;
      // A stopped worker took its end of the MessagePort with it (forgotten, not closed: nothing is left to close).
      direct = directKey = undefined;
    });
    return opened;
  };
  return {
    send(report) {
      const numbered = { ...report, seq: ++seq };
      direct?.postMessage(numbered);
      try {
        (port ??= connect()).postMessage(numbered);
      } catch {
        // The extension was reloaded or updated: this content script is orphaned and stops (start.ts).
        port = undefined;
      }
    },
    useKey(key = lastKey) {
      lastKey = key;
      // Never 0 (lib/background/offered-ports.ts).
      if (!key || key === directKey) return;
      const { port1, port2 } = new MessageChannel();
      if (!offer(key, port2)) return;
      direct = port1;
      directKey = key;
    },
    close() {
      // The worker closes its end of the MessagePort with this port.
      port?.disconnect();
      port = undefined;
    },
  };
}

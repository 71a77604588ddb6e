import { REPORT_PORT_OFFER } from '../messaging/port-names';
import { offerPortToWorker } from './offer-port';

/**
 * The in-page sidebar frame passes the content script's MessagePort for page reports on to the service worker,
 * which a content script cannot reach but a page of the extension can (lib/sidebar-host/report-channel.ts says
 * why the reports take it). The frame only carries it: the worker takes the port only with the key it gave that
 * tab's content script on its runtime port, and validates every report on it, so a port the host page posts
 * here gets nothing taken.
 */
export function carryReportPorts(win: Window): void {
  // The content script posts the key alone (a number: lib/sidebar-host/frame.ts), with the port.
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || typeof event.data !== 'number' || event.ports.length !== 1) return;
    offerPortToWorker(REPORT_PORT_OFFER, event.data, event.ports[0]!);
  });
}

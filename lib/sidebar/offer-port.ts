import type { REPORT_PORT_OFFER, VIEW_PORT_OFFER } from '../messaging/port-names';

/**
 * Hands the service worker a MessagePort with the key it gave for it (lib/background/offered-ports.ts). Only a page of
 * the extension can reach the worker this way. Where the background is no service worker (Firefox), `ready` never
 * settles and nothing is offered: the runtime ports carry everything.
 */
export function offerPortToWorker(type: typeof REPORT_PORT_OFFER | typeof VIEW_PORT_OFFER, key: number, port: MessagePort): void {
  void navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage({ type, key }, [port]));
}

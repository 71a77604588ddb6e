import { browser, type Browser } from 'wxt/browser';
import { portNameFor } from '../messaging/port-names';
import { timingMark } from '../timing-mark';

/** A port to the background opened before the app's code was loaded, and what came on it meanwhile. */
export interface EarlyPort {
  port: Browser.runtime.Port;
  /** Messages that arrived before the app took the port, unvalidated: the app checks them as any other. */
  received: unknown[];
  /** The background closed it (a worker restart) before the app took it. */
  disconnected: boolean;
  /** Stops collecting: the app listens from now on. */
  release(): void;
}

/**
 * Opens the sidebar's port first thing, so that the background builds the first
 * view while the sidebar's code is still fetched and parsed, instead of after
 * its first render.
 */
export function openEarlyPort(surface: 'frame' | 'panel'): EarlyPort {
  const port = browser.runtime.connect({ name: portNameFor(surface) });
  const early: EarlyPort = {
    port,
    received: [],
    disconnected: false,
    release() {
      port.onMessage.removeListener(collect);
      port.onDisconnect.removeListener(markDisconnected);
    },
  };
  const collect = (message: unknown) => {
    // For tests/bench/first-render-breakdown.ts: did the first view come before the app's code had loaded?
    timingMark('view:arrived');
    early.received.push(message);
  };
  const markDisconnected = () => void (early.disconnected = true);
  port.onMessage.addListener(collect);
  port.onDisconnect.addListener(markDisconnected);
  return early;
}

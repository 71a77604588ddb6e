import { browser } from 'wxt/browser';
import { portNameFor, VIEW_PORT_OFFER } from '../messaging/port-names';
import { backgroundPortMessageSchema, type SidebarView } from '../messaging/protocol';
import type { EarlyPort } from './early-port';
import { offerPortToWorker } from './offer-port';
import { timingMark } from '../timing-mark';

export interface SidebarConnection {
  select(personKey: string): void;
  close(): void;
}

const RECONNECT_DELAY_MS = 100;

/**
 * The sidebar's live link to the background. The background pushes a new view
 * whenever the page or the data behind it changes; when the service worker is
 * stopped the port closes and this reconnects, so the sidebar never goes stale.
 * `early`: the port the sidebar's first script opened (lib/sidebar/early-port.ts), taken over with what it received.
 */
export function connectSidebar(
  onView: (view: SidebarView) => void,
  surface: 'frame' | 'panel' = 'frame',
  early?: EarlyPort,
): SidebarConnection {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let closed = false;
  let selectedKey: string | undefined;
  let boundTabId: number | undefined;
  /** The MessagePort this sidebar offered the worker for its views (lib/background/sidebar-ports.ts says why). */
  let views: MessagePort | undefined;
  /** The number of the last view shown: one that comes later by the slower way is not shown over a newer one. */
  let shownSeq = 0;

  const bind = (tabId: number | undefined) => {
    boundTabId = tabId;
    if (tabId !== undefined) port?.postMessage({ type: 'bind', tabId });
  };

  const connect = () => {
    const adopted = early && !early.disconnected ? early : undefined;
    early?.release();
    early = undefined;
    port = adopted?.port ?? browser.runtime.connect({ name: portNameFor(surface) });
    // A new worker numbers its views from 1; the old one's MessagePort went with it.
    views?.close();
    views = undefined;
    shownSeq = 0;
    if (surface === 'panel') bind(boundTabId);
    const receive = (raw: unknown) => {
      // Marks for tests/bench/first-render-breakdown.ts: a view's way from the port to the screen.
      timingMark('view:received');
      const message = backgroundPortMessageSchema.safeParse(raw);
      timingMark('view:validated');
      if (!message.success) {
        console.warn('rejected background message', message.error.message);
        return;
      }
      const { data } = message;
      if (data.type === 'view-port') {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => {
          // For tests/browser/view-port.test.ts: a view came this way.
          timingMark('view:direct');
          receive(event.data);
        };
        views?.close();
        views = channel.port1;
        offerPortToWorker(VIEW_PORT_OFFER, data.key, channel.port2);
        return;
      }
      if (data.seq <= shownSeq) return;
      shownSeq = data.seq;
      selectedKey = data.view.selectedKey;
      onView(data.view);
    };
    port.onMessage.addListener(receive);
    adopted?.received.forEach(receive);
    port.onDisconnect.addListener(() => {
      if (!closed) setTimeout(reconnect, RECONNECT_DELAY_MS);
    });
  };
  const reconnect = () => {
    connect();
    if (selectedKey) port?.postMessage({ type: 'select', personKey: selectedKey });
  };
  connect();
  if (surface === 'panel') void followActiveTab(bind);

  return {
    select(personKey) {
      selectedKey = personKey;
      port?.postMessage({ type: 'select', personKey });
    },
    close() {
      closed = true;
      port?.disconnect();
      views?.close();
    },
  };
}

/**
 * The side panel shows the page of the active tab of its window, and follows the
 * user from tab to tab. ?tab=N pins it to one tab (a panel popped out for a page).
 */
async function followActiveTab(bind: (tabId: number | undefined) => void) {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) {
    bind(pinned);
    return;
  }
  const current = await browser.windows.getCurrent();
  const [active] = await browser.tabs.query({ active: true, windowId: current.id });
  bind(active?.id);
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === current.id) bind(info.tabId);
  });
}

import { browser } from 'wxt/browser';
import { portNameFor } from '../messaging/port-names';
import { backgroundPortMessageSchema, type SidebarView } from '../messaging/protocol';
import type { EarlyPort } from './early-port';
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

  const bind = (tabId: number | undefined) => {
    boundTabId = tabId;
    if (tabId !== undefined) port?.postMessage({ type: 'bind', tabId });
  };

  const connect = () => {
    const adopted = early && !early.disconnected ? early : undefined;
    early?.release();
    early = undefined;
    port = adopted?.port ?? browser.runtime.connect({ name: portNameFor(surface) });
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
      selectedKey = message.data.view.selectedKey;
      onView(message.data.view);
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

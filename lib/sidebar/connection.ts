import { browser } from 'wxt/browser';
import { backgroundPortMessageSchema, SIDEBAR_PORT, type SidebarView } from '../messaging/protocol';

export interface SidebarConnection {
  select(personKey: string): void;
  close(): void;
}

const RECONNECT_DELAY_MS = 100;

/**
 * The sidebar's live link to the background. The background pushes a new view
 * whenever the page or the data behind it changes; when the service worker is
 * stopped the port closes and this reconnects, so the sidebar never goes stale.
 */
export function connectSidebar(onView: (view: SidebarView) => void): SidebarConnection {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let closed = false;
  let selectedKey: string | undefined;

  const connect = () => {
    port = browser.runtime.connect({ name: SIDEBAR_PORT });
    port.onMessage.addListener((raw) => {
      const message = backgroundPortMessageSchema.safeParse(raw);
      if (!message.success) {
        console.warn('rejected background message', message.error.message);
        return;
      }
      selectedKey = message.data.view.selectedKey;
      onView(message.data.view);
    });
    port.onDisconnect.addListener(() => {
      if (!closed) setTimeout(reconnect, RECONNECT_DELAY_MS);
    });
  };
  const reconnect = () => {
    connect();
    if (selectedKey) port?.postMessage({ type: 'select', personKey: selectedKey });
  };
  connect();

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

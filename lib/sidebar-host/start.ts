import { browser } from 'wxt/browser';
import { frameLabels } from '../i18n/frame-labels';
import { resolveLocale } from '../i18n/locale';
import { parseToContent } from '../messaging/content-protocol';
import { mountSidebarFrame } from './frame';
import { clampWidth, DEFAULT_LAYOUT, layoutSchema, layoutStorageKey, toggled, type Layout } from './layout';
import type { PageReader } from '../recognition/read';
import { withThemeHint } from '../sidebar/theme-hint';
import { watchPage } from './page-watcher';
import { openReportChannel } from './report-channel';
import { detectHostTheme } from './theme';

/** Browser language until the background tells the user's setting. */
const initialLocale = () => resolveLocale('auto', navigator.language);

async function loadLayout(key: string): Promise<Layout> {
  const stored = (await browser.storage.local.get(key))[key];
  const parsed = layoutSchema.safeParse(stored);
  return parsed.success ? { ...parsed.data, width: clampWidth(parsed.data.width) } : DEFAULT_LAYOUT;
}

/**
 * The content script's whole job: put the sidebar frame on the page, tell the
 * background what the page shows, and obey the toolbar button and shortcut.
 * It holds no customer data: the sidebar gets that from the background directly.
 */
export async function startSidebarHost(
  doc: Document,
  win: Window,
  readPage: PageReader,
  /** Aborts when this script is replaced (an extension update): the frame, the watcher and the ports go with it. */
  signal: AbortSignal,
) {
  const storageKey = layoutStorageKey(win.location.hostname);
  const layout = await loadLayout(storageKey);
  // Computed once, for the frame's first paint and the first page report: the watcher below starts tracking it
  // in the same task, so nothing can change it unseen in between.
  const theme = detectHostTheme(doc, win);
  const frame = mountSidebarFrame(doc, win, {
    src: withThemeHint(browser.runtime.getURL('/sidebar.html'), theme),
    // Chrome gives a web page's frame of the sidebar a URL of its own each session (use_dynamic_url), but the page
    // in it has the extension's origin. Only Chromium's background is a service worker that the report channel's
    // MessagePort can reach, so the scheme is Chromium's; elsewhere no offer is delivered, and the reports keep to
    // the runtime port.
    origin: `chrome-extension://${browser.runtime.id}`,
    labels: frameLabels[initialLocale()],
    layout,
    onLayoutChange: (layout) => void browser.storage.local.set({ [storageKey]: layout }),
    onLoad: () => channel.useKey(),
  });

  const onMessage = (raw: unknown) => {
    const message = parseToContent(raw);
    switch (message?.type) {
      case 'sidebar/toggle':
        frame.apply({ ...frame.layout, state: toggled(frame.layout.state) }, { focus: true });
        break;
      case 'sidebar/set-state':
        frame.apply({ ...frame.layout, state: message.state }, { focus: true });
        break;
      case 'page/refresh':
        watcher.refresh();
        break;
      case 'locale':
        frame.setLabels(frameLabels[message.locale]);
        // An answer to a page report also names the key for the report channel's MessagePort.
        channel.useKey(message.key);
        break;
    }
  };
  // The background's answers to page reports are messages of the same protocol, on the report port.
  const channel = openReportChannel(onMessage, frame.offer);
  const watcher = watchPage(doc, win, readPage, channel.send, signal, theme);
  browser.runtime.onMessage.addListener(onMessage);

  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    channel.close();
    frame.destroy();
  });
}

import { sidebarShellText } from '../lib/i18n/sidebar-shell';
import type { Locale, Theme } from '../lib/messaging/content-protocol';

/**
 * What the sidebar shows while its app loads: the same title bar and "Connecting…" line as the app's first
 * render, in the same markup and classes, painted with plain DOM calls by the first script so that it is on
 * screen about 30 ms before the app's code is in (tests/bench/first-render-breakdown.ts). The app's first render
 * replaces it in one task, so no frame shows both or neither.
 */
export function paintShell(into: HTMLElement, locale: Locale, theme: Theme | undefined): void {
  const doc = into.ownerDocument;
  const text = sidebarShellText[locale];
  doc.documentElement.lang = locale;
  doc.title = text['app.name'];
  if (theme) doc.documentElement.dataset.theme = theme;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string) => {
    const made = doc.createElement(tag);
    if (className) made.className = className;
    if (content !== undefined) made.textContent = content;
    return made;
  };
  const sidebar = element('div', 'sidebar');
  sidebar.dataset.ready = 'false';
  const header = element('header', 'topbar');
  header.append(element('h1', '', text['app.name']));
  const main = element('main', '');
  main.append(element('p', 'muted', text['sidebar.connecting']));
  sidebar.append(header, main);
  into.replaceChildren(sidebar);
}

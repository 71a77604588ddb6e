import type { Theme } from '../messaging/content-protocol';
import { detectHostTheme } from './theme';

export interface ThemeTracker {
  /** The host's theme, computed again only if something that can change it happened since the last call. */
  current(): Theme;
}

/**
 * Keeps the host's theme without reading computed styles on every page read:
 * getComputedStyle after a burst of DOM changes makes the browser recompute the
 * whole page's styles inside our script, the largest part of the content
 * script's cost per burst. A theme changes through the attributes of html or
 * body (a class, a data-theme, an inline style), a stylesheet added or removed
 * in head, or the OS preference; each of those marks it stale and calls
 * `onChange`, so that the page is read (and the new theme reported) even when
 * no node changed. `known`: the theme as just computed by the caller, in the same task, so it is not computed twice.
 * Tracking stops when `signal` aborts.
 */
export function trackHostTheme(doc: Document, win: Window, onChange: () => void, signal: AbortSignal, known?: Theme): ThemeTracker {
  let theme: Theme | undefined = known;
  const invalidate = () => {
    theme = undefined;
    onChange();
  };
  const attributes = new MutationObserver(invalidate);
  attributes.observe(doc.documentElement, { attributes: true });
  if (doc.body) attributes.observe(doc.body, { attributes: true });
  if (doc.head) attributes.observe(doc.head, { childList: true });
  signal.addEventListener('abort', () => attributes.disconnect());
  win.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', invalidate, { signal });
  return { current: () => (theme ??= detectHostTheme(doc, win)) };
}

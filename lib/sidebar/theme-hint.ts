import type { Theme } from '../messaging/content-protocol';

/**
 * The host's theme, told to a new sidebar frame in its URL's hash by the content script that mounts it, so
 * that the frame's first paint is already in that theme rather than light until the first view comes. The
 * host page can read and forge the frame's URL, so the hash carries nothing but the theme, and anything else
 * found there is ignored.
 */
export const withThemeHint = (frameUrl: string, theme: Theme) => `${frameUrl}#theme=${theme}`;

export function themeHintOf(hash: string): Theme | undefined {
  const theme = new URLSearchParams(hash.slice(1)).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

import type { Theme } from '../messaging/content-protocol';

function luminance(cssColor: string): number | undefined {
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(cssColor);
  if (!match || match[4] === '0') return undefined;
  const [r, g, b] = match.slice(1, 4).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * The host's theme as the user sees it: the painted background of body or html,
 * falling back to the page's declared color-scheme and then the OS preference.
 */
export function detectHostTheme(doc: Document, win: Window): Theme {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const value = luminance(win.getComputedStyle(element).backgroundColor);
    if (value !== undefined) return value < 0.5 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme;
  if (scheme === 'dark') return 'dark';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

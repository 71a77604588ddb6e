import { afterEach, describe, expect, it } from 'vitest';
import { paintShell } from '../../../components/sidebar-shell';
import { en } from '../../../lib/i18n/en';
import { zhCN } from '../../../lib/i18n/zh-CN';
import { themeHintOf, withThemeHint } from '../../../lib/sidebar/theme-hint';

describe('the theme a content script tells a new sidebar frame', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
  ] as const)('%s goes in the frame URL and is read back', (theme, expected) => {
    const url = new URL(withThemeHint('chrome-extension://abc/sidebar.html', theme));
    expect(url.pathname).toBe('/sidebar.html');
    expect(themeHintOf(url.hash)).toBe(expected);
  });

  it.each([
    ['', 'no hash'],
    ['#theme=', 'an empty theme'],
    ['#theme=sepia', 'a theme the sidebar does not have'],
    ['#theme=dark%3Cimg', 'a forged value'],
    ['#other=dark', 'another key'],
  ])('%s (%s) gives no hint', (hash) => {
    expect(themeHintOf(hash)).toBeUndefined();
  });
});

describe('the sidebar shell (its first paint, before the app has loaded)', () => {
  afterEach(() => {
    document.body.replaceChildren();
    delete document.documentElement.dataset.theme;
  });

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ] as const)('shows the title bar and the connecting line in %s, from the catalog', (locale, catalog) => {
    const root = document.body.appendChild(document.createElement('div'));
    paintShell(root, locale, undefined);
    expect(root.querySelector('.topbar h1')?.textContent).toBe(catalog['app.name']);
    expect(root.querySelector('main p.muted')?.textContent).toBe(catalog['sidebar.connecting']);
    expect(root.querySelector('.sidebar')?.getAttribute('data-ready')).toBe('false');
    expect(document.documentElement.lang).toBe(locale);
    expect(document.title).toBe(catalog['app.name']);
  });

  it('takes the host theme it was told, and keeps the page default when told none', () => {
    const root = document.body.appendChild(document.createElement('div'));
    paintShell(root, 'en', 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    delete document.documentElement.dataset.theme;
    paintShell(root, 'en', undefined);
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('replaces whatever the root held, so that it is painted once', () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.append(document.createElement('span'));
    paintShell(root, 'en', 'light');
    paintShell(root, 'en', 'light');
    expect(root.children).toHaveLength(1);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });
});

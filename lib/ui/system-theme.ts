/**
 * Extension pages of their own (options, Today) have no host page to follow: they take
 * the system's light or dark setting, and follow it when it changes.
 */
export function followSystemTheme(document: Document, window: Window): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => (document.documentElement.dataset.theme = dark.matches ? 'dark' : 'light');
  apply();
  dark.addEventListener('change', apply);
}

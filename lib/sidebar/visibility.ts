/**
 * Clickjacking defence for the sidebar frame. The host page can cover our frame with
 * a see-through element, fade it out (opacity on the element that holds it) or move
 * it under something, then lure a click onto a one-click action. IntersectionObserver
 * v2 (trackVisibility) asks the browser itself whether the frame is painted unobscured
 * and without effects; the page cannot lie to it. Until the browser says so, actions
 * stay disabled, so an obscured frame never acts on a click.
 */

interface VisibilityEntry {
  isVisible?: boolean;
}

/** At most one report per 100 ms; the smallest delay Chromium accepts with trackVisibility. */
const DELAY_MS = 100;

export function watchVisibility(
  target: Element,
  win: Window & typeof globalThis,
  onChange: (visible: boolean) => void,
): () => void {
  if (!('IntersectionObserver' in win)) {
    onChange(true);
    return () => undefined;
  }
  const init = { threshold: [0, 1], trackVisibility: true, delay: DELAY_MS } as IntersectionObserverInit;
  const observer = new win.IntersectionObserver((entries) => {
    const latest = entries[entries.length - 1] as VisibilityEntry | undefined;
    if (latest) onChange(latest.isVisible === true);
  }, init);
  // A browser without v2 ignores trackVisibility and never sets isVisible: do not lock the user out there.
  if (!('trackVisibility' in observer)) {
    observer.disconnect();
    onChange(true);
    return () => undefined;
  }
  observer.observe(target);
  return () => observer.disconnect();
}

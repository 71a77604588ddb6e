import { browser } from 'wxt/browser';

/**
 * What our site content scripts use of WXT's ContentScriptContext: its signal, and WXT's way
 * of stopping an older copy of the same script (left on the page by an extension update) when a
 * new one starts. wxt.config.ts builds the content scripts with this class in place of WXT's,
 * whose timers, location watcher and logger (0.6 KB gzipped on every host page) nothing here calls.
 * The started event is named and shaped as WXT's, so either kind of context hears the other; like
 * our scripts' WXT option noScriptStartedPostMessage, nothing is posted to the page's window.
 */
export class ContentScriptContext {
  private readonly aborter = new AbortController();
  /** Aborts when a newer copy of the same script starts: everything the script started stops with it. */
  readonly signal = this.aborter.signal;
  private readonly id = Math.random().toString(36).slice(2);

  constructor(contentScriptName: string, _options?: unknown) {
    const started = `${browser?.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: this.id } }));
    const onStarted = (event: Event) => {
      const detail = event instanceof CustomEvent ? event.detail : undefined;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== this.id) this.aborter.abort();
    };
    // Removed by the abort itself.
    document.addEventListener(started, onStarted, { signal: this.signal });
  }
}

import { browser } from 'wxt/browser';

/** The toolbar button: `action` in Chrome's MV3 build, `browserAction` in Firefox's MV2 build. */
export const toolbarButton = () =>
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

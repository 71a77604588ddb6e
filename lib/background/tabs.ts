import { browser } from 'wxt/browser';
import type { ToContent } from '../messaging/content-protocol';

/** Sends to the content script of a tab's top frame; a tab without one (not a supported site) is skipped. */
export async function sendToTab(tabId: number, message: ToContent): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}

export const askTabToReport = (tabId: number) => sendToTab(tabId, { type: 'page/refresh' });

import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender | undefined;

const extensionOrigin = () => browser.runtime.getURL('/');

/** An extension page of ours (sidebar, options), never a web page or a content script. */
export function isExtensionPage(sender: Sender): boolean {
  return sender?.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin());
}

/** Our sidebar page, loaded in a frame of a tab. */
export function isSidebarFrame(sender: Sender): boolean {
  return isExtensionPage(sender) && sender?.tab?.id !== undefined && new URL(sender.url!).pathname === '/sidebar.html';
}

/** Our side panel page (Chrome's side panel, Firefox's sidebar). */
export function isPanelPage(sender: Sender): boolean {
  return isExtensionPage(sender) && new URL(sender!.url!).pathname === '/sidepanel.html';
}

/** Our content script in a tab's top frame: the only sender whose page reports are believed. */
export function isTopFrameContentScript(sender: Sender): boolean {
  return (
    sender?.id === browser.runtime.id &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    !sender.url?.startsWith(extensionOrigin())
  );
}

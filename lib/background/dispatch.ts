import type { Browser } from 'wxt/browser';
import type { CustomerDatabase } from '../db/database';
import { requestSchema, type Request } from '../messaging/protocol';
import type { AgendaCache } from './agenda-cache';
import type { CareService } from './care-service';
import type { HistoryKeeper } from './history-keeper';
import { describeError } from './errors';
import type { LoyaltyService } from './loyalty-service';
import { takePageReport, type PageReportContext } from './page-reports';
import { handlers } from './requests';
import { isExtensionPage, isPanelPage, isSidebarFrame, isTopFrameContentScript } from './senders';

export interface DispatchContext extends PageReportContext {
  db: CustomerDatabase;
  agenda: AgendaCache;
  loyalty: LoyaltyService;
  care: CareService;
  histories: HistoryKeeper;
}

type Sender = Browser.runtime.MessageSender;
const typeOf = (raw: unknown) => (typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type).slice(0, 60) : typeof raw);

/**
 * The background's one runtime.onMessage listener. Page reports are believed only from our
 * content script in a tab's top frame; requests only from our own extension pages; anything
 * else, or anything that fails its schema, is refused with a logged reason and touches nothing.
 */
export function createMessageDispatcher(context: DispatchContext) {
  const { db, agenda, pages, loyalty, care, histories } = context;
  return (raw: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    // Site content scripts report on their port (page-reports.ts); on-demand and custom-site readers send once.
    const report = takePageReport(raw, sender, context);
    if ('reply' in report) {
      void report.reply.then(sendResponse);
      return true;
    }
    // A duplicate comes only with an order, which one-off messages have not.
    if ('refused' in report || 'duplicate' in report) return false;
    if (isTopFrameContentScript(sender)) {
      // The content script only ever reports pages: say what was wrong with this one.
      console.warn(`rejected message "${typeOf(raw)}" from the content script:`, describeError(report.invalid));
      sendResponse({ ok: false, error: 'rejected' });
      return false;
    }
    if (!isExtensionPage(sender)) {
      console.warn(`rejected message "${typeOf(raw)}" from a sender that may not send it:`, sender.url);
      sendResponse({ ok: false, error: 'rejected' });
      return false;
    }
    const request = requestSchema.safeParse(raw);
    if (!request.success) {
      // Our own page sent something invalid (a form value out of range): say which field and why.
      const reason = describeError(request.error);
      console.warn(`rejected message "${typeOf(raw)}":`, reason);
      sendResponse({ ok: false, error: reason });
      return false;
    }
    const tabId = isSidebarFrame(sender)
      ? sender.tab?.id
      : isPanelPage(sender) && 'tabId' in request.data
        ? request.data.tabId
        : undefined;
    const handle = handlers[request.data.type] as (r: Request, c: object) => Promise<unknown>;
    handle(request.data, { db, agenda, pages, tabId, loyalty, care, histories }).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: describeError(error) }),
    );
    // Dexie's promises are not native ones: answer through sendResponse and keep the channel open.
    return true;
  };
}


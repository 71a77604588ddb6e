import { browser, type Browser } from 'wxt/browser';
import { $ZodError } from 'zod/v4/core';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import { resolveLocale } from '../i18n';
import type { PageReportReply } from '../messaging/content-protocol';
import { parsePageReport } from '../messaging/page-report';
import { requestSchema, type Request } from '../messaging/protocol';
import type { OnDemandHint } from '../recognition/adapters/any-page';
import type { CareService } from './care-service';
import type { LoyaltyService } from './loyalty-service';
import { withHint } from './on-demand';
import { timingMark } from '../timing-mark';
import { handlers } from './requests';
import { isExtensionPage, isPanelPage, isSidebarFrame, isTopFrameContentScript } from './senders';
import type { TabPages } from './tab-pages';

/** What the user reads when the browser refuses to store more (IndexedDB's quota for the extension). */
export const STORAGE_FULL_MESSAGE =
  'the browser has no more storage for this extension, so nothing was saved. Free some disk space or clear other sites’ data, then try again.';

/** The browser's DOMException, or Dexie's wrapper of it (which keeps the original as `inner`). */
const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || isQuotaError((error as Error & { inner?: unknown }).inner));

/** A refusal the user can act on: which field, and why, rather than a validator's dump. */
export function describeError(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  // $ZodError: both zod's errors (protocol.ts) and zod/mini's (page reports) are one.
  if (error instanceof $ZodError) return error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

export interface DispatchContext {
  db: CustomerDatabase;
  pages: TabPages;
  hints: Map<number, OnDemandHint>;
  loyalty: LoyaltyService;
  care: CareService;
}

type Sender = Browser.runtime.MessageSender;
const typeOf = (raw: unknown) => (typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type).slice(0, 60) : typeof raw);

/**
 * The background's one runtime.onMessage listener. Page reports are believed only from our
 * content script in a tab's top frame; requests only from our own extension pages; anything
 * else, or anything that fails its schema, is refused with a logged reason and touches nothing.
 */
export function createMessageDispatcher(context: DispatchContext) {
  const { db, pages, hints, loyalty, care } = context;
  return (raw: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    const { report, droppedContext } = parsePageReport(raw);
    if (report.success) {
      // For tests/bench/first-render-breakdown.ts: the time before this mark is the browser's messaging.
      timingMark('report:received');
      if (!isTopFrameContentScript(sender)) {
        console.warn('rejected page report: not from our content script in a top frame', sender.url);
        return false;
      }
      if (droppedContext) console.warn('page report kept without its invalid context:', describeError(droppedContext));
      const tabId = sender.tab!.id!;
      const hint = hints.get(tabId);
      hints.delete(tabId);
      const [page, preferredKey] = hint ? withHint(report.data, hint) : [report.data, undefined];
      pages.set(tabId, page, preferredKey);
      getSettings(db).then((settings) =>
        sendResponse({ locale: resolveLocale(settings.language, navigator.language) } satisfies PageReportReply),
      );
      return true;
    }
    if (isTopFrameContentScript(sender)) {
      // The content script only ever reports pages: say what was wrong with this one.
      console.warn(`rejected message "${typeOf(raw)}" from the content script:`, describeError(report.error));
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
    handle(request.data, { db, pages, tabId, loyalty, care }).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: describeError(error) }),
    );
    // Dexie's promises are not native ones: answer through sendResponse and keep the channel open.
    return true;
  };
}


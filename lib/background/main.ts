import { browser } from 'wxt/browser';
import { ZodError } from 'zod';
import { openCustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import { resolveLocale } from '../i18n';
import { pageReportSchema, type PageReportReply } from '../messaging/content-protocol';
import { requestSchema, type Request } from '../messaging/protocol';
import { serveReminders } from './care-reminder';
import { CareService } from './care-service';
import { LoyaltyService } from './loyalty-service';
import { handlers } from './requests';
import { isExtensionPage, isPanelPage, isSidebarFrame, isTopFrameContentScript } from './senders';
import { serveSidebars } from './sidebar-ports';
import { TabPages } from './tab-pages';
import { serveOnDemand, withHint } from './on-demand';
import type { OnDemandHint } from '../recognition/adapters/any-page';

/** A refusal the user can act on: which field, and why, rather than a validator's dump. */
function describeError(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/** Wires the background: it alone owns the customer database and answers every page of the extension. */
export function startBackground(): void {
  const db = openCustomerDatabase();
  const pages = new TabPages();
  const hints = new Map<number, OnDemandHint>();
  const loyalty = new LoyaltyService(db);
  const care = new CareService(db);
  serveSidebars(db, pages, loyalty);
  // Never blocks anything: the first sidebar shows stored scores until the refit lands.
  void loyalty
    .refreshIfStale()
    .then(() => care.refreshIfStale())
    .catch((error: unknown) => console.error('loyalty or care refresh failed', error));
  serveOnDemand(pages, hints);
  serveReminders(db, care);

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const report = pageReportSchema.safeParse(raw);
    if (report.success) {
      if (!isTopFrameContentScript(sender)) return false;
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
    const request = requestSchema.safeParse(raw);
    if (!isExtensionPage(sender)) {
      console.warn('rejected message from a sender that may not send it');
      sendResponse({ ok: false, error: 'rejected' });
      return false;
    }
    if (!request.success) {
      // Our own page sent something invalid (a form value out of range): say which field and why.
      console.warn('rejected message', request.error.message);
      sendResponse({ ok: false, error: describeError(request.error) });
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
  });

  browser.tabs.onRemoved.addListener((tabId) => pages.forget(tabId));
}

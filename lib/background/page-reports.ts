import type { Browser } from 'wxt/browser';
import { resolveLocale } from '../i18n';
import type { PageReportReply } from '../messaging/content-protocol';
import { parsePageReport } from '../messaging/page-report';
import type { OnDemandHint } from '../recognition/adapters/any-page';
import { timingMark } from '../timing-mark';
import { describeError } from './errors';
import { withHint } from './on-demand';
import { isTopFrameContentScript } from './senders';
import type { SettingsCache } from './settings-cache';
import type { TabPages } from './tab-pages';

export interface PageReportContext {
  pages: TabPages;
  hints: Map<number, OnDemandHint>;
  settings: SettingsCache;
}

type Sender = Browser.runtime.MessageSender | undefined;

/**
 * What came of a message that may be a page report: `reply` once it was taken as the tab's page;
 * `refused` when it came from a sender whose reports are not believed (logged); `invalid` when it is
 * not a valid report at all, with the schema's error.
 */
export type PageReportOutcome = { reply: Promise<PageReportReply> } | { refused: true } | { invalid: unknown };

/**
 * Takes a page report: believed only from our content script in a tab's top frame, stored as that tab's
 * page (with the person the user right-clicked, if that is how it came), answered with the user's language.
 */
export function takePageReport(raw: unknown, sender: Sender, context: PageReportContext): PageReportOutcome {
  const { report, droppedContext } = parsePageReport(raw);
  if (!report.success) return { invalid: report.error };
  // For tests/bench/first-render-breakdown.ts: the time before this mark is the browser's messaging.
  timingMark('report:received');
  if (!isTopFrameContentScript(sender)) {
    console.warn('rejected page report: not from our content script in a top frame', sender?.url);
    return { refused: true };
  }
  if (droppedContext) console.warn('page report kept without its invalid context:', describeError(droppedContext));
  const tabId = sender!.tab!.id!;
  const hint = context.hints.get(tabId);
  context.hints.delete(tabId);
  const [page, preferredKey] = hint ? withHint(report.data, hint) : [report.data, undefined];
  context.pages.set(tabId, page, preferredKey);
  return { reply: context.settings.read().then((settings) => ({ locale: resolveLocale(settings.language, navigator.language) })) };
}

/**
 * One port opened by a site content script: each report on it is taken as above and answered on the
 * same port. A port from anywhere but a tab's top-frame content script of ours is closed at once.
 */
export function acceptReportPort(port: Browser.runtime.Port, context: PageReportContext): void {
  if (!isTopFrameContentScript(port.sender)) {
    console.warn('rejected page report port: not from our content script in a top frame', port.sender?.url);
    port.disconnect();
    return;
  }
  port.onMessage.addListener((raw) => {
    const outcome = takePageReport(raw, port.sender, context);
    if ('reply' in outcome) void outcome.reply.then((reply) => port.postMessage(reply satisfies PageReportReply));
    else if ('invalid' in outcome) console.warn('rejected page report from the content script:', describeError(outcome.invalid));
  });
}

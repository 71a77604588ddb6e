import type { Browser } from 'wxt/browser';
import { resolveLocale } from '../i18n';
import type { PageReportReply } from '../messaging/content-protocol';
import { parsePageReport } from '../messaging/page-report';
import type { OnDemandHint } from '../recognition/adapters/any-page';
import { timingMark } from '../timing-mark';
import { describeError } from './errors';
import { withHint } from './on-demand';
import { isTopFrameContentScript } from './senders';
import type { OfferedPorts } from './offered-ports';
import { REPORT_PORT_OFFER } from '../messaging/port-names';
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
 * not a valid report at all, with the schema's error; `duplicate` when the content script's numbered report was
 * already taken from its other way (ReportOrder).
 */
export type PageReportOutcome = { reply: Promise<PageReportReply> } | { refused: true } | { invalid: unknown } | { duplicate: true };

/** The number of the last report taken from one content script, whose reports come on two ways. */
export interface ReportOrder {
  lastSeq: number;
}

/**
 * Takes a page report: believed only from our content script in a tab's top frame, stored as that tab's
 * page (with the person the user right-clicked, if that is how it came), answered with the user's language.
 * `order`: a numbered report already taken from that content script (it came the other way first) is a duplicate.
 */
export function takePageReport(raw: unknown, sender: Sender, context: PageReportContext, order?: ReportOrder): PageReportOutcome {
  const { report, droppedContext } = parsePageReport(raw);
  if (!report.success) return { invalid: report.error };
  const { seq } = report.data;
  if (order && seq !== undefined) {
    if (seq <= order.lastSeq) return { duplicate: true };
    order.lastSeq = seq;
  }
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
  return {
    reply: context.settings.read().then((settings) => ({ type: 'locale', locale: resolveLocale(settings.language, navigator.language) })),
  };
}

/**
 * One port opened by a site content script: each report on it is taken as above and answered on the
 * same port, with the key for the MessagePort the content script may offer beside it (offered-ports.ts),
 * whose reports are taken the same way. A port from anywhere but a tab's top-frame content script of ours is
 * closed at once.
 */
export function acceptReportPort(port: Browser.runtime.Port, context: PageReportContext & { offeredPorts: OfferedPorts }): void {
  if (!isTopFrameContentScript(port.sender)) {
    console.warn('rejected page report port: not from our content script in a top frame', port.sender?.url);
    port.disconnect();
    return;
  }
  const order: ReportOrder = { lastSeq: 0 };
  const take = (raw: unknown) => {
    const outcome = takePageReport(raw, port.sender, context, order);
    if ('reply' in outcome) void outcome.reply.then((reply) => port.postMessage({ ...reply, key } satisfies PageReportReply));
    else if ('invalid' in outcome) console.warn('rejected page report from the content script:', describeError(outcome.invalid));
  };
  const key = context.offeredPorts.issue(REPORT_PORT_OFFER, (direct) => {
    direct.onmessage = (event) => {
      // For the probes and tests/browser/report-channel.test.ts: a report came this way.
      timingMark('report:direct');
      take(event.data);
    };
  });
  port.onMessage.addListener(take);
  port.onDisconnect.addListener(() => context.offeredPorts.revoke(key));
}

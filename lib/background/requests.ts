import { browser } from 'wxt/browser';
import { completeCareAction, dismissCareAction, snoozeCareAction } from '../db/care-actions';
import { agendaPage, isEmptyFilter } from '../care/agenda';
import { firstOfAgenda } from '../db/care-today';
import type { CustomerDatabase } from '../db/database';
import { confirmIdentity, createCustomer, logPurchase, logSurvey, searchCustomers, getSettings, logInteraction, tombstoneInteraction, updateSettings } from '../db/repository';
import { loadDemoDataset } from '../demo/load';
import { resolveLocale } from '../i18n';
import type { Request, RequestType, ResponseOf } from '../messaging/protocol';
import { scheduleReminder } from './care-reminder';
import type { CareService } from './care-service';
import type { HistoryKeeper } from './history-keeper';
import type { LoyaltyService } from './loyalty-service';
import type { TabPages } from './tab-pages';
import { sendToTab } from './tabs';
import { editHandlers } from './edit-handlers';
import type { AgendaCache } from './agenda-cache';
import { inBackground } from './errors';

export interface RequestContext {
  db: CustomerDatabase;
  agenda: AgendaCache;
  loyalty: LoyaltyService;
  care: CareService;
  histories: HistoryKeeper;
  pages: TabPages;
  /** The tab the asking page is in, when it is the sidebar. */
  tabId?: number;
}

type Handlers = {
  [T in RequestType]: (request: Extract<Request, { type: T }>, context: RequestContext) => Promise<ResponseOf<T>>;
};

/** Refreshes, without waiting, the care suggestions (and the badge) of the customer a written row belongs to. */
function refreshCareOf<T extends { customerId: string }>(written: T, care: CareService): T {
  inBackground(care.refresh([written.customerId]), 'care refresh');
  return written;
}

/** One handler per request type; the dispatcher in lib/background/main.ts has already validated the request. */
export const handlers: Handlers = {
  'customer/create': (request, { db }) =>
    createCustomer(db, { name: request.name, company: { name: request.companyName || undefined } }, [
      ...(request.email ? [{ kind: 'email' as const, value: request.email }] : []),
      ...(request.phone ? [{ kind: 'phone' as const, value: request.phone }] : []),
    ]),

  'interaction/log': async (request, { db, pages, tabId, care }) => {
    // The page context comes from the tab's own content script, never from the request.
    const page = tabId === undefined ? undefined : pages.get(tabId);
    const result = await logInteraction(db, {
      customerId: request.customerId,
      type: request.interactionType,
      summary: request.summary,
      dueDate: request.dueDate,
      force: request.force,
      logId: request.logId,
      pageUrl: page?.url,
      subject: page?.context?.subject,
      threadId: page?.context?.threadId,
    });
    // A logged contact restarts the contact rhythm and may answer a complaint: seen to at the user's next pause, not
    // beside the card they are likely to open next (CareService.refreshSoon).
    if (result.status === 'logged') {
      inBackground(care.refreshSoon([result.interaction.customerId]), 'care refresh');
    }
    return result;
  },

  'identity/confirm': (request, { db }) =>
    confirmIdentity(db, request.customerId, { kind: request.kind, value: request.value }, request.reassign),

  'customer/search': async (request, { db }) =>
    (await searchCustomers(db, request.query)).map((customer) => ({
      id: customer.id,
      name: customer.name,
      company: customer.company.name,
    })),

  'interaction/undo': async (request, { db, care }) => {
    const undone = await tombstoneInteraction(db, request.interactionId);
    const interaction = await db.interactions.get(request.interactionId);
    if (undone && interaction) refreshCareOf(interaction, care);
    return { undone };
  },

  'sidebar/set-state': async (request, { tabId }) => ({
    done: tabId !== undefined && (await sendToTab(tabId, { type: 'sidebar/set-state', state: request.state })),
  }),

  'settings/get': (_request, { db }) => getSettings(db),

  'settings/update': async (request, { db, loyalty, care }) => {
    const settings = await updateSettings(db, request.patch);
    // New weights or thresholds change every customer's type: rescore in the background.
    if (request.patch.loyalty) inBackground(loyalty.refitAndRescoreAll(), 'loyalty refit');
    // New rules, lead times or rhythms change every customer's suggestions; a new time moves the reminder.
    if (request.patch.care) {
      inBackground(care.refresh(), 'care refresh');
      inBackground(scheduleReminder(settings.care.notify), 'scheduling the care reminder');
    }
    // Sidebars follow through their live views; the content scripts' few labels are told here.
    const locale = resolveLocale(settings.language, navigator.language);
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void sendToTab(tab.id, { type: 'locale', locale });
    return settings;
  },

  'demo/load': async (_request, { db, loyalty, care, histories }) => {
    const customers = await loadDemoDataset(db);
    inBackground(histories.buildMissing(), 'building card histories');
    await loyalty.refitAndRescoreAll();
    await care.refresh();
    return { customers };
  },

  'care/done': async (request, { db, care }) => refreshCareOf(await completeCareAction(db, request.actionId), care),
  'care/snooze': async (request, { db, care }) =>
    refreshCareOf(await snoozeCareAction(db, request.actionId, request.until), care),
  'care/dismiss': async (request, { db, care }) =>
    refreshCareOf(await dismissCareAction(db, request.actionId, request.because), care),

  'purchase/log': async ({ type: _type, ...purchase }, { db, loyalty, care }) => {
    const logged = await loyalty.writeAndRescore(purchase.customerId, () => logPurchase(db, purchase));
    return refreshCareOf(logged, care);
  },

  'survey/log': async ({ type: _type, ...answers }, { db, loyalty, care }) => {
    const logged = await loyalty.writeAndRescore(answers.customerId, () => logSurvey(db, answers));
    return refreshCareOf(logged, care);
  },

  'care/agenda': async (request, { agenda, db }) => {
    const now = Date.now();
    // The page's opening lists the first of each group at once and asks for the whole agenda next.
    if (request.quick && isEmptyFilter(request.filter)) return { now, partial: true as const, ...(await firstOfAgenda(db, now, request.aheadDays, request.show)) };
    return { now, ...agendaPage(await agenda.agenda(now, request.aheadDays, request.fresh), request.filter, now, request.show) };
  },

  // Data in and out (issue 5): after an import or a restore written by an extension page, refit the base
  // model, rescore and refresh care for everyone. Open sidebars follow through their live queries.
  'data/changed': async (_request, { loyalty, care, histories }) => {
    // Imported and restored customers have no history row yet: their cards read the tables until it is built.
    inBackground(histories.buildMissing(), 'building card histories');
    const { customers } = await loyalty.refitAndRescoreAll();
    await care.refresh();
    return { customers };
  },
  // --- Editing customer files (issue 5) ---
  ...editHandlers,
};

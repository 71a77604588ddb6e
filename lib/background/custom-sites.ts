import { MatchPattern } from '@webext-core/match-patterns';
import { browser } from 'wxt/browser';
import { grantedCustomSites } from '../sites/custom-sites';
import { SUPPORTED_HOST_PATTERNS } from '../sites/hosts';
import type { TabPages } from './tab-pages';
import { sendToTab } from './tabs';

/** The one dynamically registered content script, on every custom site the user granted. */
export const CUSTOM_SITE_SCRIPT_ID = 'custom-crm-sites';
/** entrypoints/custom-site.ts as built. */
export const CUSTOM_SITE_SCRIPT_FILE = 'custom-site.js';

export interface CustomSiteScript {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

/** What to do so that the registered script covers exactly the granted custom sites. */
export type CustomSiteScriptStep =
  | { kind: 'none' }
  | { kind: 'unregister' }
  | { kind: 'register' | 'update'; script: CustomSiteScript };

/**
 * Pure: the step from the browser's granted origins and the script now registered under our id.
 * The built-in sites are excluded twice over: they are not custom sites, and excludeMatches keeps
 * the any-page reader off them even under a custom wildcard the browser granted.
 */
export function planCustomSiteScript(grantedOrigins: readonly string[], registered: { matches?: string[] } | undefined): CustomSiteScriptStep {
  const matches = grantedCustomSites(grantedOrigins).map((site) => site.pattern);
  if (matches.length === 0) return registered ? { kind: 'unregister' } : { kind: 'none' };
  const script: CustomSiteScript = {
    id: CUSTOM_SITE_SCRIPT_ID,
    matches,
    excludeMatches: [...SUPPORTED_HOST_PATTERNS],
    js: [CUSTOM_SITE_SCRIPT_FILE],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (!registered) return { kind: 'register', script };
  const same = [...(registered.matches ?? [])].sort().join(' ') === [...matches].sort().join(' ');
  return same ? { kind: 'none' } : { kind: 'update', script };
}

/** The parts of the browser API the sync uses, so that a test can hand in its own. */
export interface CustomSiteApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: CustomSiteScript[]): Promise<unknown>;
    updateContentScripts(scripts: CustomSiteScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

/** Brings the registered script in line with the granted origins, once. */
export async function syncCustomSiteScript(api: CustomSiteApi): Promise<CustomSiteScriptStep> {
  const { origins = [] } = await api.permissions.getAll();
  const [registered] = await api.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITE_SCRIPT_ID] });
  const step = planCustomSiteScript(origins, registered);
  if (step.kind === 'register') await api.scripting.registerContentScripts([step.script]);
  else if (step.kind === 'update') await api.scripting.updateContentScripts([step.script]);
  else if (step.kind === 'unregister') await api.scripting.unregisterContentScripts({ ids: [CUSTOM_SITE_SCRIPT_ID] });
  return step;
}

/**
 * A registered script only runs on pages loaded after it: a tab of the site that was open when the
 * user granted it is read now, so that its customer shows without a reload.
 */
async function readOpenTabs(addedOrigins: string[]): Promise<void> {
  const patterns = grantedCustomSites(addedOrigins).map((site) => site.pattern);
  if (patterns.length === 0) return;
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined) continue;
    browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: [`/${CUSTOM_SITE_SCRIPT_FILE}`] })
      .catch((error: unknown) => console.warn('could not read an open tab of a newly granted site', error));
  }
}

/**
 * The tabs of a site the user removed keep their page and its reader until reloaded: tell each reader
 * to stop, and forget what it reported (the tab's URL is no longer ours to see, but its report is).
 */
function stopReading(pages: TabPages, removedOrigins: string[]): void {
  const removed = grantedCustomSites(removedOrigins).map((site) => new MatchPattern(site.pattern));
  for (const [tabId, url] of pages.urls()) {
    if (!removed.some((pattern) => pattern.includes(url))) continue;
    void sendToTab(tabId, { type: 'reader/stop' });
    pages.forget(tabId);
  }
}

/**
 * Keeps the custom-site script in sync: at every start of the background (install, update, browser
 * start; an update drops dynamic scripts) and whenever an origin is granted or revoked, from the
 * options page or from the browser's own site-access settings. Runs one sync at a time, so that
 * two quick grants cannot both try to register the script.
 */
export function serveCustomSites(pages: TabPages, api: CustomSiteApi = browser as unknown as CustomSiteApi): void {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(() => syncCustomSiteScript(api))
      .catch((error: unknown) => console.warn('could not update the script of your own CRM sites', error));
  };
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    sync();
    readOpenTabs(origins).catch((error: unknown) => console.warn('could not find open tabs of a newly granted site', error));
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    sync();
    stopReading(pages, origins);
  });
  browser.runtime.onInstalled.addListener(sync);
  sync();
}

import { describe, expect, it } from 'vitest';
import {
  CUSTOM_SITE_SCRIPT_FILE,
  CUSTOM_SITE_SCRIPT_ID,
  planCustomSiteScript,
  syncCustomSiteScript,
  type CustomSiteApi,
  type CustomSiteScript,
} from '../../../lib/background/custom-sites';
import { SUPPORTED_HOST_PATTERNS } from '../../../lib/sites/hosts';

const builtIn = [...SUPPORTED_HOST_PATTERNS];

describe('planning the custom-site script from the granted origins', () => {
  it.each([
    ['nothing granted, nothing registered', builtIn, undefined, 'none'],
    ['a custom site granted, nothing registered', [...builtIn, 'https://crm.example.com/*'], undefined, 'register'],
    ['the same site granted and registered', [...builtIn, 'https://crm.example.com/*'], ['https://crm.example.com/*'], 'none'],
    ['another site granted too', ['https://crm.example.com/*', 'https://*.acme.test/*'], ['https://crm.example.com/*'], 'update'],
    ['the last site revoked', builtIn, ['https://crm.example.com/*'], 'unregister'],
    ['only "all sites" granted in the browser', ['https://*/*'], undefined, 'none'],
  ] as const)('%s → %s', (_, origins, registered, kind) => {
    expect(planCustomSiteScript(origins, registered && { matches: [...registered] }).kind).toBe(kind);
  });

  it('registers the reader on the custom sites only, never on a built-in one, and keeps it across sessions', () => {
    const step = planCustomSiteScript([...builtIn, 'https://crm.example.com/*'], undefined);
    expect(step).toEqual({
      kind: 'register',
      script: {
        id: CUSTOM_SITE_SCRIPT_ID,
        matches: ['https://crm.example.com/*'],
        excludeMatches: builtIn,
        js: [CUSTOM_SITE_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    });
  });
});

/** The browser's permission and scripting state, as the sync sees it. */
function fakeApi(origins: string[]) {
  const registered = new Map<string, CustomSiteScript>();
  const api: CustomSiteApi = {
    permissions: { getAll: async () => ({ origins: [...origins] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      updateContentScripts: async (scripts) => {
        for (const script of scripts) {
          if (!registered.has(script.id)) throw new Error(`No script with ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { api, origins, registered };
}

describe('syncing the registered script with the browser', () => {
  it('follows grants and revocations, whichever way they were made', async () => {
    const browser = fakeApi([...builtIn]);
    expect((await syncCustomSiteScript(browser.api)).kind).toBe('none');
    expect(browser.registered.size).toBe(0);

    browser.origins.push('https://crm.example.com/*');
    expect((await syncCustomSiteScript(browser.api)).kind).toBe('register');
    expect(browser.registered.get(CUSTOM_SITE_SCRIPT_ID)?.matches).toEqual(['https://crm.example.com/*']);
    // A second start of the background finds it registered already and leaves it.
    expect((await syncCustomSiteScript(browser.api)).kind).toBe('none');

    browser.origins.push('https://*.acme.test/*');
    expect((await syncCustomSiteScript(browser.api)).kind).toBe('update');
    expect(browser.registered.get(CUSTOM_SITE_SCRIPT_ID)?.matches).toEqual(['https://*.acme.test/*', 'https://crm.example.com/*']);

    browser.origins.splice(builtIn.length);
    expect((await syncCustomSiteScript(browser.api)).kind).toBe('unregister');
    expect(browser.registered.size).toBe(0);
  });
});

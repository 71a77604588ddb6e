import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './lib/sites/hosts';
import { CUSTOM_SITE_OPTIONAL_ORIGINS } from './lib/sites/custom-sites';
import { inlinePageStyles, withStyleHashes } from './lib/build/inline-page-styles';

/**
 * Content scripts (and the custom-site script registered at run time) get the browser's own `browser` / `chrome` object instead of
 * webextension-polyfill (10 KB of every host page's load): the few APIs they use
 * (runtime messaging, storage.local) already return promises in Chrome MV3 and in
 * Firefox. Extension pages and the background keep the polyfill. Likewise the
 * context WXT hands a content script's main() is our lighter one (see
 * lib/sidebar-host/script-context.ts), which has the one method they call.
 */
function noPolyfillInContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'no-polyfill-in-content-scripts',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      contentScript = typeof entry === 'string' && /(\.content|[\\/]custom-site)\.ts$/.test(entry);
    },
    resolveId(source, importer) {
      if (!contentScript) return null;
      if (source === 'wxt/utils/content-script-context') return fileURLToPath(new URL('./lib/sidebar-host/script-context.ts', import.meta.url));
      if (source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/** The hashes of the style sheets put into the sidebar's pages by the build, for their policy's style-src. */
const inlinedStyleHashes = new Set<string>();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sidebar (in a host page's frame, or the side panel) paints sooner with its styles in the page; one sheet for
  // all styles, so that no chunk of its app asks for a sheet of its own (lib/build/inline-page-styles.ts).
  vite: () => ({ build: { cssCodeSplit: false }, plugins: [preact(), noPolyfillInContentScripts(), inlinePageStyles(/\/entrypoints\/(sidebar|sidepanel)\/index\.html$/, inlinedStyleHashes)] }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      const policy = manifest.content_security_policy as { extension_pages?: string } | undefined;
      if (policy?.extension_pages) policy.extension_pages = withStyleHashes(policy.extension_pages, inlinedStyleHashes);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read a page without a site adapter once, when the user asks on it.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // No host is granted at install. A CRM that is not built in is asked for, one origin at a time, when the
    // user adds it in the options ("Your own CRM sites"); this only says which origins may be asked for.
    // Firefox MV2 has no optional_host_permissions (WXT drops it there): origins go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...CUSTOM_SITE_OPTIONAL_ORIGINS] }
      : { optional_host_permissions: [...CUSTOM_SITE_OPTIONAL_ORIGINS] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_toggleCommand__',
      },
    },
    // Only the sidebar page may be framed, and only by the supported sites; on Chrome
    // its URL changes every session so that other pages cannot guess it.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: [...SUPPORTED_HOST_PATTERNS],
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
    // Nothing but our own files: no remote or inline script, no inline style but the sidebar's own sheet (by its
    // hash), no fetch, image or form off the extension (tests/browser/no-network.test.ts shows the fetch and the
    // image refused), and only the supported sites may frame our pages.
    content_security_policy: {
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        // The build adds the hashes of the styles it puts into the sidebar's pages (lib/build/inline-page-styles.ts).
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        `frame-ancestors 'self' ${SUPPORTED_HOST_PATTERNS.map((pattern) => pattern.replace(/\/\*$/, '')).join(' ')}`,
      ].join('; '),
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'customer-care@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});

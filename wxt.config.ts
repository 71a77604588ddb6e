import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './lib/sites/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read a page without a site adapter once, when the user asks on it.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications'],
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
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'customer-care@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});

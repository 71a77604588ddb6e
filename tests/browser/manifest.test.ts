import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_HOST_PATTERNS } from '../../lib/sites/hosts';
import { chromeBuildDir } from '../harness/paths';

/** Least privilege, read off the build the browser tests load (npx wxt build first). */
describe('the built manifest asks for no more than it needs', () => {
  const manifest = async () => JSON.parse(await readFile(path.join(chromeBuildDir, 'manifest.json'), 'utf8'));

  it('no host permission at all: the content script runs on the supported sites only, other pages only when the user asks (activeTab)', async () => {
    const built = await manifest();
    expect(built.host_permissions ?? []).toEqual([]);
    expect(built.optional_permissions ?? []).toEqual([]);
    // The one broad pattern may only be asked for, one origin at a time ("Your own CRM sites"), never granted at install.
    const { optional_host_permissions: optionalHosts, ...rest } = built;
    expect(optionalHosts).toEqual(['https://*/*']);
    expect(JSON.stringify(rest)).not.toMatch(/<all_urls>|"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"/);
    expect([...built.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage']);
    expect(built.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual([...SUPPORTED_HOST_PATTERNS].sort());
    expect(built.externally_connectable).toBeUndefined();
  });

  it('only the sidebar page can be framed, only by the supported sites, at a URL that changes every session', async () => {
    const built = await manifest();
    expect(built.web_accessible_resources).toEqual([{ resources: ['sidebar.html'], matches: [...SUPPORTED_HOST_PATTERNS], use_dynamic_url: true }]);
  });

  it('a strict content security policy for the extension pages', async () => {
    const policy: string = (await manifest()).content_security_policy.extension_pages;
    const directives = Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'connect-src': ["'self'"],
    });
    // No inline style but the sheet the build put into the sidebar's pages, by its hash (never 'unsafe-inline').
    expect(directives['style-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(directives['frame-ancestors']).toEqual(["'self'", ...SUPPORTED_HOST_PATTERNS.map((pattern) => pattern.replace(/\/\*$/, ''))]);
  });
});

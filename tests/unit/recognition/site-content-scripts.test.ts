import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAdapters } from '../../../lib/recognition/registry';
import * as hosts from '../../../lib/sites/site-hosts';
import { SITE_HOST_PATTERNS, type SiteName } from '../../../lib/sites/hosts';

/** Each site has its own content script carrying only its adapter: the three must agree. */
const sites = Object.entries(SITE_HOST_PATTERNS) as [SiteName, readonly string[]][];
const sampleUrl = (pattern: string) => new URL(pattern.replace('*.', 'acme.').replace(/\*$/, 'inbox'));

describe.each(sites)('the %s content script', (site, patterns) => {
  const adapter = siteAdapters.find((candidate) => candidate.site === site);

  it('has an adapter of the same site name', () => {
    expect(adapter).toBeDefined();
  });

  it.each(patterns)('is injected into %s, which its adapter serves and no other adapter claims', (pattern) => {
    const url = sampleUrl(pattern);
    expect(adapter!.matches(url)).toBe(true);
    expect(siteAdapters.filter((candidate) => candidate.matches(url)).map((candidate) => candidate.site)).toEqual([site]);
  });

  it('is an entrypoint that passes that adapter for that site', () => {
    const source = readFileSync(path.join(process.cwd(), 'entrypoints', `${site}.content.ts`), 'utf8');
    const hostsConst = Object.entries(hosts).find(([, value]) => value === patterns)![0];
    expect(source).toContain(`defineSiteContentScript(${hostsConst}, ${site.replace(/-(.)/g, (_, c: string) => c.toUpperCase())}Adapter)`);
    expect(source).toContain(`from '../lib/recognition/adapters/${site}'`);
  });
});

import { describe, expect, it } from 'vitest';
import { customSiteInputSchema, customSiteIssue, grantedCustomSites } from '../../../lib/sites/custom-sites';
import { SUPPORTED_HOST_PATTERNS } from '../../../lib/sites/hosts';

describe('what the user may type as their own CRM site', () => {
  it.each([
    ['crm.example.com', 'https://crm.example.com/*'],
    ['  CRM.Example.com  ', 'https://crm.example.com/*'],
    ['https://crm.example.com/some/path?x=1#y', 'https://crm.example.com/*'],
    ['https://crm.example.com', 'https://crm.example.com/*'],
    ['crm.example.com/contacts', 'https://crm.example.com/*'],
    ['*.example.com', 'https://*.example.com/*'],
    ['https://*.acme-sales.co.uk/', 'https://*.acme-sales.co.uk/*'],
    ['crm.example-custom.test', 'https://crm.example-custom.test/*'],
    ['crm.例子.cn', 'https://crm.xn--fsqu00a.cn/*'],
    ['10.1.2.3', 'https://10.1.2.3/*'],
    ['crm.example.com.', 'https://crm.example.com/*'],
  ])('accepts %j as %s', (input, pattern) => {
    const parsed = customSiteInputSchema.safeParse(input);
    expect(parsed.success && parsed.data.pattern).toBe(pattern);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['http://crm.example.com', 'https'],
    ['ftp://crm.example.com', 'https'],
    ['chrome://extensions', 'https'],
    ['crm.example.com:8443', 'port'],
    ['https://crm.example.com:443/x', 'port'],
    ['*', 'broad'],
    ['https://*/*', 'broad'],
    ['*.com', 'broad'],
    ['*.co.uk', 'broad'],
    ['*.github.io', 'broad'],
    ['crm.*.com', 'wildcard'],
    ['**.example.com', 'wildcard'],
    ['*.10.1.2.3', 'wildcard'],
    ['localhost', 'host'],
    ['crm', 'host'],
    ['crm..example.com', 'host'],
    ['-crm.example.com', 'host'],
    ['crm.example.123', 'host'],
    ['crm example.com', 'host'],
    ['user@crm.example.com', 'host'],
    ['[::1]', 'host'],
    ['mail.google.com', 'builtIn'],
    ['https://mail.google.com/mail/u/0/', 'builtIn'],
    ['acme.lightning.force.com', 'builtIn'],
    ['*.google.com', 'builtIn'],
    ['*.dynamics.com', 'builtIn'],
    ['*.pipedrive.com', 'builtIn'],
  ])('refuses %j (%s)', (input, reason) => {
    const parsed = customSiteInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(customSiteIssue(parsed.error)).toBe(reason);
  });
});

describe('the granted custom sites among the browser’s origins', () => {
  it('leaves out the built-in sites, anything broader than one site, and non-https origins', () => {
    const origins = [
      ...SUPPORTED_HOST_PATTERNS,
      'https://crm.example.com/*',
      'https://*.example-custom.test/*',
      'https://*/*',
      '<all_urls>',
      'http://crm.example.org/*',
      'https://crm.example.com/*',
    ];
    expect(grantedCustomSites(origins).map((site) => site.pattern)).toEqual(['https://crm.example.com/*', 'https://*.example-custom.test/*']);
  });

  it('is empty when only the built-in sites are there', () => {
    expect(grantedCustomSites(SUPPORTED_HOST_PATTERNS)).toEqual([]);
  });
});

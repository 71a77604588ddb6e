/**
 * Every host the sidebar is injected into, by site. Each site has its own small
 * content script (entrypoints/<site>.content.ts) carrying only its adapter and
 * its patterns from site-hosts.ts; the iframe's web_accessible_resources and the
 * browser tests' host mapping read the whole list. Adding a site is a const in
 * site-hosts.ts, a line here, an adapter and a five-line entrypoint.
 */
import {
  gmailHosts,
  outlookHosts,
  qqMailHosts,
  neteaseMailHosts,
  salesforceHosts,
  hubspotHosts,
  zohoCrmHosts,
  dynamicsHosts,
  pipedriveHosts,
} from './site-hosts';

/** By site name, as the adapters name their site. */
export const SITE_HOST_PATTERNS = {
  gmail: gmailHosts,
  outlook: outlookHosts,
  'qq-mail': qqMailHosts,
  'netease-mail': neteaseMailHosts,
  salesforce: salesforceHosts,
  hubspot: hubspotHosts,
  'zoho-crm': zohoCrmHosts,
  dynamics: dynamicsHosts,
  pipedrive: pipedriveHosts,
} as const;

export type SiteName = keyof typeof SITE_HOST_PATTERNS;

export const SUPPORTED_HOST_PATTERNS = Object.values(SITE_HOST_PATTERNS).flat();

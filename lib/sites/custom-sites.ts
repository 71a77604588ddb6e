import * as z from 'zod';
import { SUPPORTED_HOST_PATTERNS } from './hosts';

/**
 * The user's own CRM sites: web apps no site adapter serves, which the user grants one origin at a
 * time (an optional host permission). The manifest only says which origins may be asked for; nothing
 * is granted at install. A granted site gets the any-page reader and the browser's side panel, never
 * the in-page sidebar frame (which only the built-in sites may frame).
 */
export const CUSTOM_SITE_OPTIONAL_ORIGINS = ['https://*/*'] as const;

/** Why an entry was refused; each has its text in lib/i18n (sites.issue.<reason>). */
export const CUSTOM_SITE_ISSUES = ['required', 'https', 'port', 'broad', 'wildcard', 'host', 'builtIn'] as const;
export type CustomSiteIssue = (typeof CUSTOM_SITE_ISSUES)[number];

/** A host, or `*.` and a domain for every subdomain of it (and the domain itself, as match patterns do). */
export interface CustomSite {
  host: string;
  wildcard: boolean;
  /** The match pattern asked for and registered: https://host/* or https://*.domain/* */
  pattern: string;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
/** Suffixes under which a wildcard would take in unrelated companies' sites (no public-suffix list is bundled). */
const SHARED_SUFFIXES = new Set(['co.uk', 'org.uk', 'com.cn', 'net.cn', 'org.cn', 'com.au', 'com.hk', 'com.tw', 'com.sg', 'co.jp', 'co.kr', 'com.br', 'co.in', 'co.nz', 'com.mx', 'github.io', 'vercel.app', 'netlify.app', 'web.app', 'pages.dev', 'herokuapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net']);

/** A built-in host pattern as host and wildcard, to tell overlaps. */
const builtIn = SUPPORTED_HOST_PATTERNS.map((pattern) => {
  const host = pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');
  return host.startsWith('*.') ? { host: host.slice(2), wildcard: true, pattern } : { host, wildcard: false, pattern };
});

const covers = (outer: { host: string; wildcard: boolean }, inner: { host: string }) =>
  outer.host === inner.host || (outer.wildcard && inner.host.endsWith(`.${outer.host}`));

/** The built-in pattern this site would share pages with, if any: those sites have their own adapter and frame. */
export function builtInOverlap(site: { host: string; wildcard: boolean }): string | undefined {
  return builtIn.find((known) => covers(site, known) || covers(known, site))?.pattern;
}

type Parsed = { ok: true; site: CustomSite } | { ok: false; reason: CustomSiteIssue };

/** What the user typed (`crm.example.com`, `https://crm.example.com/some/path`, `*.example.com`) as a site, or why not. */
export function parseCustomSite(input: string): Parsed {
  const text = input.trim().toLowerCase();
  if (!text) return { ok: false, reason: 'required' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text);
  if (scheme && scheme[1] !== 'https') return { ok: false, reason: 'https' };
  const authority = (scheme ? text.slice(scheme[0].length) : text).split(/[/?#]/, 1)[0]!;
  if (authority.includes('@')) return { ok: false, reason: 'host' };
  const wildcard = authority.startsWith('*.');
  const rest = wildcard ? authority.slice(2) : authority;
  if (authority === '*' || authority === '*.') return { ok: false, reason: 'broad' };
  if (rest.includes('*')) return { ok: false, reason: 'wildcard' };
  if (/:\d*$/.test(rest)) return { ok: false, reason: 'port' };
  let host: string;
  try {
    // The URL parser lower-cases, turns an internationalised name into its xn-- form and refuses what no host can be.
    host = new URL(`https://${rest}/`).hostname;
  } catch {
    return { ok: false, reason: 'host' };
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  const labels = host.split('.');
  const isIp = IPV4.test(host);
  if (isIp && wildcard) return { ok: false, reason: 'wildcard' };
  if (!isIp) {
    if (wildcard && (labels.length < 2 || SHARED_SUFFIXES.has(host))) return { ok: false, reason: 'broad' };
    if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !/^(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(labels.at(-1)!)) {
      return { ok: false, reason: 'host' };
    }
  }
  const site: CustomSite = { host, wildcard, pattern: `https://${wildcard ? '*.' : ''}${host}/*` };
  if (builtInOverlap(site)) return { ok: false, reason: 'builtIn' };
  return { ok: true, site };
}

/** The options form's field: the same check, as a zod schema whose issue carries the reason for the error text. */
export const customSiteInputSchema = z.string().transform((input, ctx) => {
  const parsed = parseCustomSite(input);
  if (parsed.ok) return parsed.site;
  ctx.addIssue({ code: 'custom', message: parsed.reason, params: { reason: parsed.reason } });
  return z.NEVER;
});

/** The refusal reason of a failed customSiteInputSchema parse. */
export function customSiteIssue(error: z.ZodError): CustomSiteIssue {
  const reason = (error.issues[0] as { params?: { reason?: unknown } } | undefined)?.params?.reason;
  return CUSTOM_SITE_ISSUES.find((known) => known === reason) ?? 'host';
}

/**
 * The user's own sites among the browser's granted origins: those a user could have added here.
 * The built-in sites' patterns (content scripts' matches), and anything broader than one site
 * (a user who chose "On all sites" in the browser's Site access), are left out, so that the
 * any-page reader never runs everywhere.
 */
export function grantedCustomSites(origins: readonly string[]): CustomSite[] {
  const sites = new Map<string, CustomSite>();
  for (const origin of origins) {
    if (!/^https:\/\/[^/]+\/\*$/.test(origin)) continue;
    const parsed = parseCustomSite(origin);
    if (parsed.ok) sites.set(parsed.site.pattern, parsed.site);
  }
  return [...sites.values()].sort((a, b) => a.host.localeCompare(b.host) || Number(a.wildcard) - Number(b.wildcard));
}

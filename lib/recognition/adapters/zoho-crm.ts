import type { PageContext, SiteAdapter } from '../page-context';
import { otherContext, pathSegments, readFields, recordContext } from '../crm-links';

/**
 * Zoho CRM. The detail view marks its header and fields with ids named after the
 * field (headervalue_<FIELD>, subvalue_<FIELD>); Zoho's Lyte components render
 * e-mail and phone values in crux-email-component / crux-phone-component.
 */
const selectors = {
  // 2026-11: detail view header: headervalue_LASTNAME shows a contact's or lead's name as displayed,
  // headervalue_ACCOUNTNAME an account's.
  name: ['#headervalue_LASTNAME', '#headervalue_ACCOUNTNAME', '[id^="headervalue_"][id$="NAME"]'],
  // 2026-11: the Email field (subvalue_EMAIL, value_EMAIL), else the first Lyte e-mail field.
  email: ['#subvalue_EMAIL', '#value_EMAIL', 'crux-email-component a[href^="mailto:"]', 'crux-email-component'],
  // 2026-11: Mobile (also repeated in the header) and Phone fields; a mobile names a person better.
  phone: [
    '#headervalue_MOBILE',
    '#subvalue_MOBILE',
    '#subvalue_PHONE',
    'crux-phone-component a[href^="tel:"]',
    'crux-phone-component',
  ],
  // 2026-11: an account has no e-mail field, and its related contacts' Lyte fields come after
  // its own: only the account's own Phone field is read.
  accountPhone: ['#subvalue_PHONE'],
  // 2026-11: the record's own fields; links elsewhere (related lists) are other people.
  ownFields: '[id^="headervalue_"], [id^="subvalue_"], [id^="value_"]',
} as const;

/** 2026-11: module API names in /tab/<Module>/ URLs (the UI may rename a module, the URL keeps these). */
const MODULES = new Map<string, 'contact' | 'lead' | 'account'>([
  ['Contacts', 'contact'],
  ['Leads', 'lead'],
  ['Accounts', 'account'],
]);

type Route = { kind: 'list' | 'other' } | { kind: 'record'; object: 'contact' | 'lead' | 'account'; id: string | undefined };

/**
 * 2026-11: a record is /crm/<org>/tab/<Module>/<id> (org<digits>, absent in older URLs), its id
 * a long number (5293322000003516055); /tab/<Module> and /tab/<Module>/custom-view/<view>/list
 * (or /kanban) are lists; /tab/<Module>/create is a blank form.
 */
function route(url: URL): Route {
  const segments = pathSegments(url);
  const tab = /^org\d+$/.test(segments[1] ?? '') ? 2 : 1;
  if (segments[0] !== 'crm' || segments[tab] !== 'tab') return { kind: 'other' };
  const [moduleName = '', next] = segments.slice(tab + 1);
  if (next === 'custom-view') return { kind: 'list' };
  const object = MODULES.get(moduleName);
  if (!object || next === 'create') return { kind: 'other' };
  if (next === undefined) return { kind: 'list' };
  return { kind: 'record', object, id: /^\d{8,25}$/.test(next) ? next : undefined };
}

export const zohoCrmAdapter: SiteAdapter = {
  site: 'zoho-crm',
  // 2026-11: one host per Zoho data centre (US, China, EU, India).
  matches: (url) => /^crm\.zoho\.(com|com\.cn|eu|in)$/.test(url.hostname),
  read(doc, url): PageContext {
    const page = route(url);
    if (page.kind !== 'record') return otherContext('zoho-crm', page.kind);
    const account = page.object === 'account';
    const fields = readFields(doc, {
      name: selectors.name,
      email: account ? [] : selectors.email,
      phone: account ? selectors.accountPhone : selectors.phone,
    });
    const target = { system: 'zoho', object: page.object, id: page.id };
    return recordContext('zoho-crm', target, fields, doc, selectors.ownFields);
  },
};

import type { PageContext, SiteAdapter } from '../page-context';
import { otherContext, pathSegments, readFields, recordContext } from '../crm-links';

/**
 * HubSpot CRM. Class names are styled-components hashes that change with every
 * release, so HubSpot's test attributes (data-selenium-test, data-test-id) are relied on.
 */
const selectors = {
  // 2026-11: record title of the left sidebar's highlight card, contacts and companies alike.
  name: [
    '[data-selenium-test="highlightTitle"]',
    '[data-selenium-component="ProfileHighlightContainer"] h1',
    '[data-test-id="left-sidebar"] h1',
  ],
  // 2026-11: the "About this contact" card's email property; the highlight card shows the
  // address as text beside a copy button (read last: its text runs into its neighbours').
  email: [
    '[data-selenium-test="contact-highlight-details"] a[href^="mailto:"]',
    '[data-selenium-test="property-input-email"]',
    '[data-test-id="left-sidebar"] a[href^="mailto:"]',
    '[data-selenium-test="contact-highlight-details"]',
  ],
  // 2026-11: phone properties of the left sidebar (contacts: mobilephone, phone; companies: phone).
  // A mobile names a person better than an office line, so it comes first.
  phone: [
    '[data-selenium-test="property-input-mobilephone"]',
    '[data-selenium-test="property-input-phone"]',
    '[data-unit-test="property-input-phone-button"]',
    '[data-test-id="left-sidebar"] a[href^="tel:"]',
  ],
  // 2026-11: the record's own properties; associated records are listed in the right sidebar.
  ownFields: '[data-test-id="left-sidebar"]',
} as const;

type HubSpotObject = 'contact' | 'company';
/** 2026-11: HubSpot's object type ids in /record/<type>/ URLs, and the older path words. */
const RECORD_TYPES = new Map<string, HubSpotObject>([['0-1', 'contact'], ['0-2', 'company']]);
const OLD_RECORD_PATHS = new Map<string, HubSpotObject>([['contact', 'contact'], ['company', 'company']]);
const LISTS = new Set(['objects', 'contacts', 'companies', 'deals', 'tickets']);

type Route = { kind: 'list' | 'other' } | { kind: 'record'; object: HubSpotObject; id: string | undefined };

/**
 * 2026-11: records are /contacts/<portal>/record/0-1/<id> (0-2 for companies), formerly
 * /contacts/<portal>/contact/<id> and /contacts/<portal>/company/<id>; lists are
 * /contacts/<portal>/objects/0-1/views/… and formerly /contacts/<portal>/contacts/list/….
 * Portal and record ids are numbers.
 */
function route(url: URL): Route {
  const [root, portal = '', type = '', ...rest] = pathSegments(url);
  if (root !== 'contacts' || !/^\d{1,12}$/.test(portal)) return { kind: 'other' };
  const [object, id] =
    type === 'record' ? [RECORD_TYPES.get(rest[0] ?? ''), rest[1]] : [OLD_RECORD_PATHS.get(type), rest[0]];
  if (object && id !== undefined) return { kind: 'record', object, id: /^[1-9]\d{0,19}$/.test(id) ? id : undefined };
  return { kind: LISTS.has(type) ? 'list' : 'other' };
}

export const hubspotAdapter: SiteAdapter = {
  site: 'hubspot',
  // 2026-11: app-eu1 serves accounts hosted in the EU data centre.
  matches: (url) => url.hostname === 'app.hubspot.com' || url.hostname === 'app-eu1.hubspot.com',
  read(doc, url): PageContext {
    const page = route(url);
    if (page.kind !== 'record') return otherContext('hubspot', page.kind);
    const fields = readFields(doc, { ...selectors, email: page.object === 'contact' ? selectors.email : [] });
    const target = { system: 'hubspot', object: page.object, id: page.id };
    return recordContext('hubspot', target, fields, doc, selectors.ownFields);
  },
};

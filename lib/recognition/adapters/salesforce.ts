import type { PageContext, SiteAdapter } from '../page-context';
import { firstMatch } from '../dom';
import { otherContext, pathSegments, readFields, recordContext } from '../crm-links';

/**
 * Salesforce Lightning Experience. Lightning's components use synthetic shadow
 * DOM, whose elements a content script reaches with plain querySelector.
 */
const selectors = {
  // 2026-11: the page on screen. Lightning keeps pages visited before hidden beside it
  // (windowViewMode-normal in standard apps, windowViewMode-maximized in console apps).
  activePage: ['.windowViewMode-normal.oneContent.active', '.oneContent.active', '[class*="windowViewMode-"].active'],
  // 2026-11: highlights panel (records-highlights2): the record's name fills the primaryField
  // slot, lightning-formatted-name for people, lightning-formatted-text for other records.
  name: [
    '[slot="primaryField"]',
    'slot[name="primaryField"]',
    '.slds-page-header__title lightning-formatted-name',
    '.slds-page-header__title lightning-formatted-text',
  ],
  // 2026-11: record layout fields: data-target-selection-name holds the field's API name
  // (sfdc:RecordField.Contact.Email) in every language, field-label the translated label.
  email: [
    '[data-target-selection-name$=".Email"] a[href^="mailto:"]',
    'records-record-layout-item[field-label="Email"] a[href^="mailto:"]',
    'records-highlights-details-item lightning-formatted-email a[href^="mailto:"]',
    'records-record-layout-item lightning-formatted-email a[href^="mailto:"]',
  ],
  // 2026-11: lightning-formatted-phone renders an a[href^="tel:"] showing the number as entered.
  // A mobile names a person better than an office line, so it comes first.
  phone: [
    '[data-target-selection-name$=".MobilePhone"] a[href^="tel:"]',
    '[data-target-selection-name$=".Phone"] a[href^="tel:"]',
    'records-record-layout-item[field-label="Phone"] a[href^="tel:"]',
    'records-highlights-details-item lightning-formatted-phone a[href^="tel:"]',
    'records-record-layout-item lightning-formatted-phone a[href^="tel:"]',
  ],
  // 2026-11: the record's own fields (layout and highlights); links elsewhere are related records.
  ownFields: 'records-record-layout-item, records-highlights-details-item, [data-target-selection-name^="sfdc:RecordField."]',
} as const;

/** The objects served, by lower-case API name, with the key prefix every id of the object starts with. */
const OBJECTS = new Map<string, { prefix: string; hasEmail: boolean; deal?: boolean }>([
  ['contact', { prefix: '003', hasEmail: true }],
  ['lead', { prefix: '00Q', hasEmail: true }],
  ['account', { prefix: '001', hasEmail: false }],
  ['opportunity', { prefix: '006', hasEmail: false, deal: true }],
]);

const CHECKSUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** A Salesforce id: 15 case-sensitive alphanumerics, or 18 whose last 3 encode where the first 15 have capitals. */
export function isSalesforceId(id: string): boolean {
  if (!/^[a-zA-Z0-9]{15}(?:[A-Z0-5]{3})?$/.test(id)) return false;
  for (let chunk = 0; id.length === 18 && chunk < 3; chunk++) {
    let bits = 0;
    for (let position = 0; position < 5; position++) {
      if (/[A-Z]/.test(id[chunk * 5 + position]!)) bits |= 1 << position;
    }
    if (id[15 + chunk] !== CHECKSUM_CHARS[bits]) return false;
  }
  return true;
}

type Route = { kind: 'list' | 'other' } | { kind: 'record'; object: string; id: string | undefined };

/**
 * 2026-11: /lightning/r/Contact/<id>/view (or /edit) is a record, /lightning/r/<id>/view its
 * short form, /lightning/r/Contact/<id>/related/<list>/view and /lightning/o/Contact/list (or
 * /home) are lists. Ids must pass isSalesforceId and start with their object's key prefix.
 */
function route(url: URL): Route {
  const [root, type, ...rest] = pathSegments(url);
  if (root !== 'lightning') return { kind: 'other' };
  if (type === 'o') return rest[1] === 'list' || rest[1] === 'home' ? { kind: 'list' } : { kind: 'other' };
  if (type !== 'r') return { kind: 'other' };
  if (rest.length === 2 && rest[1] === 'view') {
    const id = rest[0]!;
    const object = [...OBJECTS].find(([, known]) => id.startsWith(known.prefix))?.[0];
    return object && isSalesforceId(id) ? { kind: 'record', object, id } : { kind: 'other' };
  }
  const [objectName = '', id = '', action] = rest;
  const object = objectName.toLowerCase();
  const known = OBJECTS.get(object);
  if (action === 'related' && rest[rest.length - 1] === 'view') return { kind: 'list' };
  if (!known || rest.length !== 3 || (action !== 'view' && action !== 'edit')) return { kind: 'other' };
  return { kind: 'record', object, id: id.startsWith(known.prefix) && isSalesforceId(id) ? id : undefined };
}

export const salesforceAdapter: SiteAdapter = {
  site: 'salesforce',
  matches: (url) => url.hostname.endsWith('.lightning.force.com'),
  read(doc, url): PageContext {
    const page = route(url);
    if (page.kind !== 'record') return otherContext('salesforce', page.kind);
    const object = OBJECTS.get(page.object)!;
    const scope = firstMatch(doc, selectors.activePage) ?? doc;
    const fields = readFields(scope, { ...selectors, email: object.hasEmail ? selectors.email : [] });
    const target = { system: 'salesforce', object: page.object, id: page.id, deal: object.deal };
    return recordContext('salesforce', target, fields, scope, selectors.ownFields);
  },
};

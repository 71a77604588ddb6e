import type { PageContext, SiteAdapter } from '../page-context';
import { cleanText } from '../dom';
import { emailIn, otherContext, phoneIn, recordContext } from '../crm-links';

/**
 * Dynamics 365 (model-driven apps, Unified Interface). Every field control carries
 * data-id="<attribute>.fieldControl-<control>", named after the column whatever
 * the user's language; values sit in inputs even when the form is read-only.
 */
const selectors = {
  // 2026-11: form header; the h1's title attribute holds the name alone, its text may end in "- Saved".
  name: ['h1[data-id="header_title"]', '[data-id="header_title"]'],
  // 2026-11: the e-mail column (contact, lead and account all have emailaddress1).
  email: [
    'input[data-id="emailaddress1.fieldControl-mail-text-input"]',
    '[data-id="emailaddress1.fieldControl-mail-text-input"]',
    '[data-id="emailaddress1"] a[href^="mailto:"]',
  ],
  // 2026-11: mobile phone, then business phone (a mobile names a person better than an office line).
  phone: [
    'input[data-id="mobilephone.fieldControl-phone-text-input"]',
    'input[data-id="telephone1.fieldControl-phone-text-input"]',
    '[data-id="telephone1"] a[href^="tel:"]',
  ],
  // 2026-11: the form's own fields (each in a <column>-FieldSectionItemContainer) and header fields;
  // links elsewhere are subgrid rows, other records.
  ownFields: '[data-id$="-FieldSectionItemContainer"], [data-id*=".fieldControl"], [data-id^="header_"]',
} as const;

type DynamicsEntity = 'contact' | 'account' | 'lead';
const ENTITIES = new Set<string>(['contact', 'account', 'lead']);
/** 2026-11: object type codes of the older etc= parameter. */
const TYPE_CODES = new Map<string, DynamicsEntity>([
  ['1', 'account'],
  ['2', 'contact'],
  ['4', 'lead'],
]);

const GUID = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

/** A record id: a GUID, braces stripped, lower case; the empty GUID is no record. */
export function dynamicsId(value: string): string | undefined {
  const trimmed = value.trim();
  const bare = trimmed.startsWith('{') && trimmed.endsWith('}') ? trimmed.slice(1, -1) : trimmed;
  const id = GUID.test(bare) ? bare.toLowerCase() : undefined;
  return id && /[1-9a-f]/.test(id) ? id : undefined;
}

type Route = { kind: 'list' | 'other' } | { kind: 'record'; object: DynamicsEntity; id: string | undefined };

/**
 * 2026-11: main.aspx?…&pagetype=entityrecord&etn=contact&id=<GUID> is a record (older links:
 * etc=2 for etn=contact); pagetype=entitylist is a list; a record form without id is a blank form.
 */
function route(url: URL): Route {
  const params = url.searchParams;
  const pageType = params.get('pagetype')?.toLowerCase();
  if (pageType === 'entitylist') return { kind: 'list' };
  const entity = params.get('etn')?.toLowerCase() ?? TYPE_CODES.get(params.get('etc') ?? '');
  const id = params.get('id');
  if (pageType !== 'entityrecord' || !entity || !ENTITIES.has(entity) || id === null) return { kind: 'other' };
  return { kind: 'record', object: entity as DynamicsEntity, id: dynamicsId(id) };
}

function recordName(doc: Document): string | undefined {
  for (const selector of selectors.name) {
    const title = doc.querySelector(selector);
    const name = cleanText(title?.getAttribute('title'), 200) ?? cleanText(title?.textContent, 200);
    if (name) return name.replace(/\s*-\s*(?:Saved|Unsaved|已保存|未保存)$/, '') || undefined;
  }
  return undefined;
}

export const dynamicsAdapter: SiteAdapter = {
  site: 'dynamics',
  matches: (url) => /\.crm\d*\.dynamics\.com$/.test(url.hostname),
  read(doc, url): PageContext {
    const page = route(url);
    if (page.kind !== 'record') return otherContext('dynamics', page.kind);
    const fields = { name: recordName(doc), email: emailIn(doc, selectors.email), phone: phoneIn(doc, selectors.phone) };
    const target = { system: 'dynamics', object: page.object, id: page.id };
    return recordContext('dynamics', target, fields, doc, selectors.ownFields);
  },
};

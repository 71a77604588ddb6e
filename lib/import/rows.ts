import type { z } from 'zod';
import { externalIdValue } from '../db/identity-key';
import type { ImportantDate, InteractionType, Customer } from '../db/schema';
import * as cells from './cells';
import { issueReason, reason, type Reason } from './reasons';
import { MULTI_COLUMN_FIELDS, type ColumnMapping, type TargetField } from './mapping';

/** One reason a row was not imported. `field` is the column's header as in the file, '' for the row as a whole. */
export interface RowError {
  line: number;
  field: string;
  /** In English, as the report file and the logs give it. */
  reason: string;
  /** The message id under import.reason.* and its values, for the UI's language. */
  code?: string;
  values?: Record<string, string | number>;
}

export interface ImportContact {
  kind: 'email' | 'phone' | 'external';
  value: string;
  /** The header it came from, to name it when it conflicts with another customer. */
  column: string;
}

/** A row, validated: what it says about a customer, and the purchase or contact it records. */
export interface ImportRecord {
  line: number;
  /** This app's own customer id, when the file is one of our exports, and the header of its column. */
  customerId?: string;
  customerIdColumn?: string;
  name?: string;
  profile: {
    title?: string;
    company: Partial<Pick<Customer['company'], 'name' | 'location' | 'businessType'>>;
    tier?: Customer['tier'];
    birthday?: ImportantDate;
    tags: string[];
    notes?: string;
  };
  contacts: ImportContact[];
  purchase?: { at: number; amount: number; currency: string; product: string; category?: string; quantity: number };
  interaction?: { at: number; type: InteractionType; summary: string };
}

export type RowResult = { ok: true; record: ImportRecord } | { ok: false; errors: RowError[] };

export interface RowReaderOptions {
  /** For amounts whose cell and row name no currency. */
  defaultCurrency: string;
}

export function formatRowError(error: RowError): string {
  return error.field ? `line ${error.line}, column ${error.field}: ${error.reason}` : `line ${error.line}: ${error.reason}`;
}

/** The reader for one file's rows: the mapping is resolved once, not per row. */
export function createRowReader(headers: string[], mapping: ColumnMapping, options: RowReaderOptions) {
  const mapped = mapping.columns.flatMap((field, index) =>
    field ? [{ field, index, header: headers[index]?.replace(/^\uFEFF/, '').trim() || `column ${index + 1}` }] : [],
  );
  const system = mapping.preset ?? 'csv';

  return function readRow(row: string[], line: number): RowResult {
    const errors: RowError[] = [];
    const read = <T>(schema: z.ZodType<T, string>, cell: string, header: string): T | undefined => {
      const result = schema.safeParse(cell);
      if (result.success) return result.data;
      for (const issue of result.error.issues) errors.push({ line, field: header, ...issueReason(issue) });
      return undefined;
    };
    if (row.length > headers.length && row.slice(headers.length).some((cell) => cell.trim())) {
      errors.push({ line, field: '', ...reason('tooManyCells', { cells: row.length, columns: headers.length }) });
    }

    const seen = new Map<TargetField, string>();
    const value: Partial<Record<TargetField, string>> = {};
    const contacts: ImportContact[] = [];
    const tags: string[] = [];
    for (const { field, index, header } of mapped) {
      const cell = row[index]?.trim() ?? '';
      if (!cell || (seen.has(field) && !MULTI_COLUMN_FIELDS.has(field))) continue;
      seen.set(field, header);
      const contact = (kind: 'email' | 'phone') => (v: string) => ({ kind, value: v, column: header });
      if (field === 'email') contacts.push(...(read(cells.emails, cell, header) ?? []).map(contact('email')));
      else if (field === 'phone') contacts.push(...(read(cells.phones, cell, header) ?? []).map(contact('phone')));
      else if (field === 'tags') tags.push(...(read(cells.tags, cell, header) ?? []));
      else value[field] = cell;
    }
    const cell = <T>(field: TargetField, schema: z.ZodType<T, string>): T | undefined => {
      const raw = value[field];
      return raw === undefined ? undefined : read(schema, raw, seen.get(field)!);
    };

    if (value.externalId !== undefined) {
      const external = externalRecordId(system, value.externalId);
      if (external.ok) contacts.push({ kind: 'external', value: external.value, column: seen.get('externalId')! });
      else errors.push({ line, field: seen.get('externalId')!, ...external.reason });
    }
    const record: ImportRecord = {
      line,
      customerId: cell('id', cells.customerId),
      customerIdColumn: seen.get('id'),
      name: cell('name', cells.text(200)) ?? joinName(cell('firstName', cells.text(100)), cell('lastName', cells.text(100))),
      profile: {
        title: cell('title', cells.text(200)),
        company: dropUndefined({
          name: cell('company.name', cells.text(200)),
          location: cell('company.location', cells.text(200)),
          businessType: cell('company.businessType', cells.businessType),
        }),
        tier: cell('tier', cells.tier),
        birthday: cell('birthday', cells.birthday),
        tags,
        notes: cell('notes', cells.text(5000)),
      },
      contacts,
    };
    readPurchase(record);
    readInteraction(record);
    if (!record.name && contacts.length === 0 && !record.customerId && errors.length === 0) {
      errors.push({ line, field: '', ...reason('noIdentity') });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, record };

    function readPurchase(target: ImportRecord) {
      const given = (['purchase.at', 'purchase.amount', 'purchase.product'] as const).filter((field) => value[field] !== undefined);
      if (given.length === 0) return;
      const at = cell('purchase.at', cells.timestamp);
      const money = cell('purchase.amount', cells.money);
      if (at === undefined || money === undefined) {
        if (value['purchase.at'] === undefined || value['purchase.amount'] === undefined) {
          errors.push({ line, field: seen.get(given[0]!)!, ...reason('purchaseIncomplete') });
        }
        return;
      }
      target.purchase = {
        at,
        amount: money.amount,
        currency: cell('purchase.currency', cells.currency) ?? money.currency ?? options.defaultCurrency,
        product: cell('purchase.product', cells.text(500)) ?? '',
        category: cell('purchase.category', cells.text(200)),
        quantity: cell('purchase.quantity', cells.quantity) ?? 1,
      };
    }

    function readInteraction(target: ImportRecord) {
      const given = (['interaction.at', 'interaction.type', 'interaction.summary'] as const).filter((field) => value[field] !== undefined);
      if (given.length === 0) return;
      const at = cell('interaction.at', cells.timestamp);
      if (value['interaction.at'] === undefined) {
        errors.push({ line, field: seen.get(given[0]!)!, ...reason('interactionNoDate') });
      }
      const type = cell('interaction.type', cells.interactionType) ?? 'note';
      const summary = cell('interaction.summary', cells.text(5000)) ?? '';
      if (at !== undefined) target.interaction = { at, type, summary };
    }
  };
}

/** "王" + "芳" is 王芳; "Emily" + "Carter" is Emily Carter. */
function joinName(first: string | undefined, last: string | undefined): string | undefined {
  if (!first && !last) return undefined;
  if (first && last && /^\p{Script=Han}+$/u.test(first + last)) return last + first;
  return [first, last].filter(Boolean).join(' ');
}

function dropUndefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const SALESFORCE_OBJECTS: Record<string, string> = { '003': 'contact', '00Q': 'lead', '001': 'account' };
const SALESFORCE_CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The identity value the sidebar builds from a CRM page's URL (lib/recognition),
 * so that an imported contact is recognised on its CRM page: Salesforce reports
 * export 15-character ids while URLs carry 18, and Zoho exports prefix ids with zcrm_.
 */
function externalRecordId(system: string, raw: string): { ok: true; value: string } | { ok: false; reason: Reason } {
  let id = raw.trim();
  if (system === 'salesforce') {
    if (/^[a-zA-Z0-9]{15}$/.test(id)) id += salesforceSuffix(id);
    if (!/^[a-zA-Z0-9]{15}[A-Z0-5]{3}$/.test(id)) return { ok: false, reason: reason('notSalesforceId', { value: raw }) };
    return { ok: true, value: externalIdValue(system, SALESFORCE_OBJECTS[id.slice(0, 3)] ?? 'contact', id) };
  }
  if (system === 'zoho') id = id.replace(/^zcrm_/, '');
  if (id.length > 200) return { ok: false, reason: reason('tooLong', { max: 200 }) };
  return { ok: true, value: externalIdValue(system, system === 'csv' ? 'customer' : 'contact', id) };
}

/** The three characters that make a 15-character Salesforce id case-insensitive. */
function salesforceSuffix(id: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let position = 0; position < 5; position++) if (/[A-Z]/.test(id[chunk * 5 + position]!)) bits |= 1 << position;
    suffix += SALESFORCE_CHECKSUM[bits];
  }
  return suffix;
}

import Papa from 'papaparse';
import { isAlive } from '../db/alive';
import type { CustomerDatabase } from '../db/database';
import type { Customer, Identity, ImportantDate } from '../db/schema';

export const EXPORT_KINDS = ['customers', 'interactions', 'purchases'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * CSV files for Excel and for other tools. UTF-8 with a BOM (without it Excel on
 * Windows reads Chinese as mojibake), CRLF line ends, quoting by papaparse.
 * Headers are ones the import recognises (lib/import/mapping.ts), with this
 * app's id in "Customer care ID", so an exported file edited in Excel imports
 * back onto the same customers. Deleted rows (tombstones) are left out.
 */
export async function exportCsv(db: CustomerDatabase, kind: ExportKind): Promise<{ csv: string; rows: number }> {
  const customers = new Map((await db.customers.toArray()).filter(isAlive).map((customer) => [customer.id, customer]));
  const rows = await EXPORTERS[kind](db, customers);
  const csv = Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA });
  return { csv: '\uFEFF' + csv + '\r\n', rows: rows.length };
}

/**
 * A cell Excel would run as a formula (=, @, or + and - before anything but a
 * number) gets a leading apostrophe. Phone numbers such as "+86 138 0013 8000"
 * and negative amounts stay as they are.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/;

type Row = Record<string, string | number>;
type Exporter = (db: CustomerDatabase, customers: Map<string, Customer>) => Promise<Row[]>;

const EXPORTERS: Record<ExportKind, Exporter> = {
  async customers(db, customers) {
    const identities = groupIdentities((await db.identities.toArray()).filter(isAlive));
    return [...customers.values()].map((customer) => {
      const own = identities.get(customer.id) ?? [];
      const shown = (kind: Identity['kind']) => own.filter((identity) => identity.kind === kind).map((identity) => identity.display).join('; ');
      return {
        'Customer care ID': customer.id,
        Name: customer.name,
        Title: customer.title ?? '',
        Company: customer.company.name ?? '',
        City: customer.company.location ?? '',
        'Business type': customer.company.businessType ?? '',
        Tier: customer.tier ?? '',
        Email: shown('email'),
        Phone: shown('phone'),
        'CRM record': shown('external'),
        Birthday: birthday(customer.importantDates),
        Tags: customer.tags.join(', '),
        Notes: customer.lifestyleNotes ?? '',
        'Loyalty type': customer.loyalty.type,
        'Life-cycle stage': customer.loyalty.stage ?? '',
        'First deal': customer.firstDealAt === undefined ? '' : localDate(customer.firstDealAt),
        'Last deal': customer.lastDealAt === undefined ? '' : localDate(customer.lastDealAt),
        Created: localDateTime(customer.createdAt),
        Updated: localDateTime(customer.updatedAt),
      };
    });
  },

  async interactions(db, customers) {
    const rows = (await db.interactions.orderBy('at').toArray()).filter((row) => isAlive(row) && customers.has(row.customerId));
    return rows.map((row) => ({
      'Customer care ID': row.customerId,
      'Customer name': customers.get(row.customerId)!.name,
      'Contact date': localDateTime(row.at),
      'Contact type': row.type,
      Summary: row.summary,
      Subject: row.subject ?? '',
      Outcome: row.outcome ?? '',
      Page: row.pageUrl ?? '',
    }));
  },

  async purchases(db, customers) {
    const rows = (await db.purchases.orderBy('at').toArray()).filter((row) => isAlive(row) && customers.has(row.customerId));
    return rows.map((row) => ({
      'Customer care ID': row.customerId,
      'Customer name': customers.get(row.customerId)!.name,
      'Order date': localDateTime(row.at),
      Amount: row.amount,
      Currency: row.currency,
      Product: row.product,
      Category: row.category ?? '',
      Quantity: row.quantity,
    }));
  },
};

function groupIdentities(identities: Identity[]): Map<string, Identity[]> {
  const groups = new Map<string, Identity[]>();
  for (const identity of identities) {
    const list = groups.get(identity.customerId);
    if (list) list.push(identity);
    else groups.set(identity.customerId, [identity]);
  }
  return groups;
}

/** The birthday in a form the import reads back: 1985-03-12, or 3月12日 without a year, 农历… for a lunar one. */
function birthday(dates: ImportantDate[]): string {
  const date = dates.find((candidate) => candidate.kind === 'birthday');
  if (!date) return '';
  const lunar = date.calendar === 'lunar' ? '农历' : '';
  if (date.year === undefined || lunar) return `${lunar}${date.year ?? ''}${date.year ? '年' : ''}${date.month}月${date.day}日`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
function localDate(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function localDateTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${localDate(epochMs)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

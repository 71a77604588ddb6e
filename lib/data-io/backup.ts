import { exportDB } from 'dexie-export-import';
import { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import type { CustomerDatabase } from '../db/database';
import {
  careActionSchema,
  customerSchema,
  identitySchema,
  interactionSchema,
  purchaseSchema,
  settingsSchema,
  surveySchema,
} from '../db/schema';

/**
 * The whole database in one file, in dexie-export-import's JSON format (which
 * Dexie's own tools read too), and back.
 *
 * Restore does not use that library's importInto: with clearTablesBeforeImport
 * it clears each table in a transaction of its own before the import's
 * transaction (dexie-export-import 4.4.0, dist/dexie-export-import.mjs), so a
 * failure half-way would leave an empty database. Here the file is read and
 * every row checked against the zod schemas first; only then are all tables
 * cleared and filled in one transaction.
 */

const TABLE_SCHEMAS = {
  customers: customerSchema,
  identities: identitySchema,
  interactions: interactionSchema,
  purchases: purchaseSchema,
  surveys: surveySchema,
  careActions: careActionSchema,
  settings: settingsSchema,
} as const;
type TableName = keyof typeof TABLE_SCHEMAS;

/** Tables derived from the others (built again after a restore) or kept for readers' copies: not in the file. */
const DERIVED_TABLES = ['histories', 'changeMarks'];

export async function backupDatabase(db: CustomerDatabase): Promise<Blob> {
  return exportDB(db, { prettyJson: false, skipTables: DERIVED_TABLES });
}

/** Why a file is refused, as a message id under backup.refused.* and its values. */
export class BackupRefusedError extends Error {
  constructor(
    readonly code: 'notJson' | 'notBackup' | 'otherDatabase' | 'newerVersion' | 'unknownTable' | 'badRows',
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'BackupRefusedError';
  }
}

const backupFileSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.literal(true), rows: z.array(z.unknown()) })),
  }),
});

export interface CheckedBackup {
  databaseVersion: number;
  rows: Record<TableName, unknown[]>;
  counts: Record<TableName, number>;
}

/** Reads a backup file and checks all of it; throws BackupRefusedError naming the first problem. Writes nothing. */
export async function checkBackup(db: CustomerDatabase, file: Blob): Promise<CheckedBackup> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new BackupRefusedError('notJson', { message: error instanceof Error ? error.message : String(error) });
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) throw new BackupRefusedError('notBackup');
  const { data } = parsed.data;
  if (data.databaseName !== db.name) throw new BackupRefusedError('otherDatabase', { name: data.databaseName.slice(0, 100) });
  if (data.databaseVersion > db.verno) throw new BackupRefusedError('newerVersion', { version: data.databaseVersion, ours: db.verno });

  const rows = Object.fromEntries(Object.keys(TABLE_SCHEMAS).map((name) => [name, [] as unknown[]])) as Record<TableName, unknown[]>;
  let bad = 0;
  let first: Record<string, string | number> | undefined;
  for (const table of data.data) {
    if (DERIVED_TABLES.includes(table.tableName)) continue;
    if (!(table.tableName in TABLE_SCHEMAS)) throw new BackupRefusedError('unknownTable', { table: table.tableName.slice(0, 100) });
    const name = table.tableName as TableName;
    const schema: ZodMiniType = TABLE_SCHEMAS[name];
    table.rows.forEach((raw, index) => {
      const row = untyped(raw);
      const result = row === undefined ? undefined : schema.safeParse(row);
      if (!result) {
        bad++;
        first ??= { table: name, row: index + 1, field: '$types', message: 'holds a kind of value this app never stores' };
        return;
      }
      // The parsed row is stored, not the file's: keys the schemas do not know are dropped.
      if (result.success) return rows[name].push(result.data);
      bad++;
      const issue = result.error.issues[0]!;
      first ??= { table: name, row: index + 1, field: issue.path.join('.') || '—', message: issue.message };
    });
  }
  if (first) throw new BackupRefusedError('badRows', { count: bad, ...first });
  const counts = Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])) as Record<TableName, number>;
  return { databaseVersion: data.databaseVersion, rows, counts };
}

/** Replaces every table with the checked backup's rows, all in one transaction: all or nothing. */
export async function restoreBackup(db: CustomerDatabase, backup: CheckedBackup): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const [name, list] of Object.entries(backup.rows)) if (list.length > 0) await db.table(name).bulkAdd(list);
  });
}

/**
 * A row as stored, from its typeson encoding in the file: dexie-export-import
 * writes an undefined property as 0 marked "undef" and marks arrays
 * "arrayNonindexKeys". Our rows hold plain JSON otherwise, so any other marked
 * type (Date, Blob, Map…) means the file is not a backup of ours: undefined.
 */
function untyped(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('$types' in raw)) return raw;
  const { $types: types, ...row } = raw as Record<string, unknown>;
  if (typeof types !== 'object' || types === null) return undefined;
  for (const [keyPath, type] of Object.entries(types)) {
    if (type === 'arrayNonindexKeys') continue;
    if (type !== 'undef') return undefined;
    const path = keyPath.split('.').map((part) => part.replace(/~1/g, '.').replace(/~0/g, '~'));
    const last = path.pop()!;
    let parent: unknown = row;
    for (const part of path) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[part] : undefined;
    if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[last];
  }
  return row;
}

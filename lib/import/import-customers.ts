import type { CountryCode } from 'libphonenumber-js/min';
import type { CustomerDatabase } from '../db/database';
import { getSettings } from '../db/repository';
import type { ColumnMapping } from './mapping';
import { ContactOwners } from './contact-owners';
import { DEFAULT_CHUNK_BYTES, parseCsv } from './parse';
import { reason } from './reasons';
import { createRowReader, type ImportRecord, type RowError } from './rows';
import { writeChunk } from './write-chunk';

export { reportToCsv } from './report';

export interface ImportProgress {
  /** Data rows read so far (the header and blank lines not counted). */
  rows: number;
  imported: number;
  updated: number;
  /** Rows not imported. */
  rejected: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  mapping: ColumnMapping;
  /** A TextDecoder label, usually from detectFileEncoding. */
  encoding: string;
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
  /** For amounts whose row names no currency; ISO 4217. */
  defaultCurrency?: string;
  /** Bytes per chunk, and so roughly rows per transaction; tests make it small. */
  chunkBytes?: number;
}

export interface ImportReport {
  /** Rows that created a customer. */
  imported: number;
  /** Rows that went into a customer who already existed, or whom an earlier row of the file created. */
  updated: number;
  /** Why rows were not imported; a row may have several entries (one per bad cell). */
  rejected: RowError[];
  rows: number;
  rejectedRows: number;
  /** Entries left out of `rejected` past MAX_REPORTED_ERRORS, so a wrong mapping cannot fill the memory. */
  omittedErrors: number;
}

export const MAX_REPORTED_ERRORS = 10_000;

/** The import was cancelled; `report` tells what the chunks written before it hold. */
export class ImportAbortedError extends Error {
  constructor(readonly report: ImportReport) {
    super(`import cancelled after ${report.rows} rows`);
    this.name = 'AbortError';
  }
}

/**
 * Imports customers (and the purchases and contacts their rows record) from a
 * CSV file. The first row is the header. Each chunk of rows is validated, then
 * written in one transaction; a row that names an existing customer by id,
 * e-mail, phone or CRM record id updates that customer.
 */
export async function importCustomers(db: CustomerDatabase, file: Blob, options: ImportOptions): Promise<ImportReport> {
  const { phoneRegion } = await getSettings(db);
  const report: ImportReport = { imported: 0, updated: 0, rejected: [], rows: 0, rejectedRows: 0, omittedErrors: 0 };
  const started = performance.now();
  const addErrors = (errors: RowError[]) => {
    const room = Math.max(0, MAX_REPORTED_ERRORS - report.rejected.length);
    report.rejected.push(...errors.slice(0, room));
    report.omittedErrors += Math.max(0, errors.length - room);
  };
  let readRow: ReturnType<typeof createRowReader> | undefined;
  /**
   * The chunk being written. The next slice is read and validated while it is
   * written (IndexedDB works in another process meanwhile), and awaited before
   * the next chunk's transaction starts, so that chunks commit in order.
   */
  let writing: Promise<void> = Promise.resolve();
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let owners: ContactOwners | undefined;

  async function write(records: ImportRecord[], rowErrors: RowError[], rowCount: number, rejectedRows: number) {
    if (records.length > 0) {
      owners ??= await contactOwnersFor(db, file.size / chunkBytes, records);
      const written = await writeChunk(db, records, { phoneRegion: phoneRegion as CountryCode, now: Date.now(), owners });
      report.imported += written.imported;
      report.updated += written.updated;
      report.rejectedRows += new Set(written.rejected.map((error) => error.line)).size;
      rowErrors.push(...written.rejected);
    }
    addErrors(rowErrors.sort((a, b) => a.line - b.line));
    report.rows += rowCount;
    report.rejectedRows += rejectedRows;
    const seconds = (performance.now() - started) / 1000;
    options.onProgress?.({
      rows: report.rows,
      imported: report.imported,
      updated: report.updated,
      rejected: report.rejectedRows,
      rowsPerSecond: seconds > 0 ? Math.round(report.rows / seconds) : 0,
    });
  }

  try {
    await parseCsv(file, {
      encoding: options.encoding,
      signal: options.signal,
      chunkBytes,
      async onChunk(rows, _firstLine, { lines, malformed }) {
        let first = 0;
        if (!readRow) {
          readRow = createRowReader(rows[0]!, options.mapping, { defaultCurrency: options.defaultCurrency ?? 'CNY' });
          first = 1;
        }
        const records: ImportRecord[] = [];
        const rowErrors: RowError[] = [];
        let rejectedRows = 0;
        for (let index = first; index < rows.length; index++) {
          const line = lines[index]!;
          if (malformed.has(index)) {
            rowErrors.push({ line, field: '', ...reason('unpairedQuotes') });
            rejectedRows++;
            continue;
          }
          const result = readRow(rows[index]!, line);
          if (result.ok) records.push(result.record);
          else {
            rowErrors.push(...result.errors);
            rejectedRows++;
          }
        }
        await writing;
        // A cancel while this slice was read leaves it unwritten: whole chunks only, and nothing after the click.
        options.signal?.throwIfAborted();
        writing = write(records, rowErrors, rows.length - first, rejectedRows);
        // Awaited by the next slice or at the end; until then a failure must not count as unhandled.
        writing.catch(() => undefined);
      },
    });
    await writing;
  } catch (error) {
    // The chunk in flight commits or rolls back whole either way; the report counts it only if it committed.
    const failedWrite = await writing.then(
      () => undefined,
      (writeError: unknown) => ({ writeError }),
    );
    if (failedWrite && failedWrite.writeError !== error) throw failedWrite.writeError;
    if (options.signal?.aborted) throw new ImportAbortedError(report);
    throw error;
  }
  if (!readRow) throw new Error('the file is empty');
  return report;
}

/** How the file's contacts find their owners, judged from its first chunk of `records` of `chunks` (a file's share). */
function contactOwnersFor(db: CustomerDatabase, chunks: number, records: ImportRecord[]): Promise<ContactOwners> {
  // A file of one chunk asks for its keys once either way.
  if (chunks <= 1) return Promise.resolve(ContactOwners.asking());
  return ContactOwners.open(db, chunks * records.reduce((sum, record) => sum + record.contacts.length, 0));
}

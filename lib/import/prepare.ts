import { detectFileEncoding, type CsvEncoding, type EncodingGuess } from './encoding';
import { guessMapping, type ColumnMapping, type CrmPreset } from './mapping';
import { readCsvPreview } from './parse';

export const PREVIEW_ROWS = 5;

export interface PreparedImport {
  detected: EncodingGuess;
  encoding: CsvEncoding;
  headers: string[];
  /** The first rows, for the preview and the sample beside each column. */
  rows: string[][];
  mapping: ColumnMapping;
  /** Roughly how many data rows the file holds, for the progress bar; never below what was seen. */
  estimatedRows: number;
}

/**
 * What the options page shows before an import: the encoding (detected unless
 * the user chose one), the header and first rows read in it, and the mapping
 * guessed from the header (for the chosen CRM preset, or the detected one).
 */
export async function prepareImport(
  file: Blob,
  choice: { encoding?: CsvEncoding; preset?: CrmPreset } = {},
): Promise<PreparedImport> {
  if (await isSpreadsheetWorkbook(file)) throw new NotCsvError();
  const detected = await detectFileEncoding(file);
  const encoding = choice.encoding ?? detected.encoding;
  const { headers, rows } = await readCsvPreview(file, encoding, PREVIEW_ROWS);
  if (headers.length === 0) throw new Error('the file is empty');
  return {
    detected,
    encoding,
    headers,
    rows,
    mapping: guessMapping(headers, choice.preset),
    estimatedRows: Math.max(rows.length, await estimateRows(file)),
  };
}

/** The user picked the Excel workbook itself, not a CSV saved from it. */
export class NotCsvError extends Error {
  constructor() {
    super('this is an Excel workbook (.xlsx or .xls), not a CSV file');
    this.name = 'NotCsvError';
  }
}

/** .xlsx is a ZIP (PK\x03\x04), .xls an OLE2 compound file (D0 CF 11 E0): neither is text. */
async function isSpreadsheetWorkbook(file: Blob): Promise<boolean> {
  const head = [...new Uint8Array(await file.slice(0, 4).arrayBuffer())];
  const starts = (bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  return starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0]);
}

const SAMPLE_BYTES = 256 * 1024;

/**
 * Line breaks in the first 256 KB, scaled to the file's size. Counting the byte
 * 0x0A is right in UTF-8 and GB18030 alike (it never occurs inside a multi-byte
 * character); quoted values spanning lines make it a slight overestimate.
 */
export async function estimateRows(file: Blob): Promise<number> {
  const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  let breaks = 0;
  for (const byte of sample) if (byte === 0x0a) breaks++;
  const endsWithBreak = sample[sample.length - 1] === 0x0a;
  if (file.size <= SAMPLE_BYTES) return Math.max(0, breaks + (endsWithBreak ? 0 : 1) - 1);
  return Math.round((breaks * file.size) / sample.length) - 1;
}

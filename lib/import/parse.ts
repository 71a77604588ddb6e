import Papa from 'papaparse';

/**
 * Streaming CSV reading with bounded memory: the file is read in byte slices,
 * decoded by one streaming TextDecoder and cut into rows by papaparse's
 * low-level Parser, and each slice's rows are handed over (and awaited) before
 * the next slice is read.
 *
 * Papa.parse(file, { chunk }) is not used because its FileStreamer decodes every
 * slice on its own (FileReader.readAsText per slice), which breaks a UTF-8 or
 * GBK character that straddles a slice boundary, and it cannot wait for an
 * async consumer without pause/resume juggling.
 */

export const DEFAULT_CHUNK_BYTES = 256 * 1024;

/** A quoted value this long means a quote that never closes; stop before holding the whole file. */
const MAX_ROW_CHARS = 4 * 1024 * 1024;

export interface CsvChunkDetail {
  /** The file line each row starts on (header = line 1); a quoted value may span lines. */
  lines: number[];
  /** Indexes into `rows` of rows whose quotes papaparse had to guess at. */
  malformed: ReadonlySet<number>;
}

export interface ParseCsvOptions {
  /** A TextDecoder label: 'utf-8', 'gb18030', 'utf-16le'. */
  encoding: string;
  /**
   * Rows of one slice, blank lines left out. `firstLine` is the line of rows[0];
   * use detail.lines for the others, since a quoted value can span lines.
   */
  onChunk(rows: string[][], firstLine: number, detail: CsvChunkDetail): Promise<void> | void;
  signal?: AbortSignal;
  /** Bytes read per slice; also roughly how many rows one onChunk call gets. */
  chunkBytes?: number;
}

export interface CsvSummary {
  rows: number;
  delimiter: string;
}

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

/** The undocumented but exported papaparse Parser, as ChunkStreamer uses it. */
interface ParseResult {
  data: string[][];
  errors: { row?: number; message: string }[];
  meta: { cursor: number };
}

export async function parseCsv(file: Blob, options: ParseCsvOptions): Promise<CsvSummary> {
  // fatal: false, so that a stray byte becomes U+FFFD in one cell instead of failing the file.
  const decoder = new TextDecoder(options.encoding);
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let parser: Papa.Parser | undefined;
  let delimiter = ',';
  let pending = '';
  let nextLine = 1;
  let total = 0;

  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    options.signal?.throwIfAborted();
    const isLast = offset + chunkBytes >= file.size;
    const bytes = await file.slice(offset, offset + chunkBytes).arrayBuffer();
    const text = pending + decoder.decode(bytes, { stream: !isLast });
    if (!parser) {
      // The delimiter and line ending are guessed from a few whole lines, not from a slice that may end inside the header.
      if (!isLast && text.length < 64 * 1024 && lineBreakCount(text) < 3) {
        pending = text;
        continue;
      }
      const guessed = guessDialect(text);
      delimiter = guessed.delimiter;
      parser = new Papa.Parser({ delimiter, newline: guessed.newline as Papa.ParseConfig['newline'] });
    }
    // Not at the end, the last (possibly incomplete) row is held back and parsed with the next slice.
    const result = parser.parse(text, 0, !isLast) as ParseResult;
    pending = text.slice(result.meta.cursor);

    const malformedSource = new Set(result.errors.flatMap((error) => (error.row === undefined ? [] : [error.row])));
    const rows: string[][] = [];
    const lines: number[] = [];
    const malformed = new Set<number>();
    result.data.forEach((row, index) => {
      const line = nextLine;
      nextLine += 1 + lineBreaksIn(row);
      if (isBlank(row)) return;
      if (malformedSource.has(index)) malformed.add(rows.length);
      rows.push(row);
      lines.push(line);
    });
    // nextLine is now where the held-back row starts.
    if (pending.length > MAX_ROW_CHARS) throw new CsvFormatError(`line ${nextLine}: a quoted value never ends`, nextLine);
    total += rows.length;
    if (rows.length > 0) await options.onChunk(rows, lines[0]!, { lines, malformed });
  }
  options.signal?.throwIfAborted();
  return { rows: total, delimiter };
}

/**
 * The header and the first rows, for choosing the column mapping before the
 * import: reads only the first slice.
 */
export async function readCsvPreview(
  file: Blob,
  encoding: string,
  maxRows = 20,
): Promise<{ headers: string[]; rows: string[][] }> {
  const stop = new AbortController();
  const collected: string[][] = [];
  try {
    await parseCsv(file, {
      encoding,
      signal: stop.signal,
      onChunk(rows) {
        collected.push(...rows.slice(0, maxRows + 1 - collected.length));
        if (collected.length > maxRows) stop.abort();
      },
    });
  } catch (error) {
    if (!stop.signal.aborted) throw error;
  }
  const [headers = [], ...rows] = collected;
  return { headers, rows };
}

/** Papa's own delimiter and line-ending guess, run on the first slice only. */
function guessDialect(sample: string): { delimiter: string; newline: string } {
  const { meta } = Papa.parse<string[]>(sample.slice(0, 64 * 1024), {
    preview: 20,
    // Without it, the empty string after a final line break counts as a one-column row and spoils the guess.
    skipEmptyLines: true,
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  return { delimiter: meta.delimiter || ',', newline: meta.linebreak || '\n' };
}

function lineBreakCount(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Line breaks inside quoted values, each \r\n, \r or \n counted once, as an editor numbers lines. */
function lineBreaksIn(row: string[]): number {
  let count = 0;
  for (const cell of row) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

import type { RowError } from './rows';

/** The words of the report; lib/import/reason-text.ts gives them in the UI's language. */
export interface ReportText {
  headers: [string, string, string];
  reason(error: RowError): string;
  omitted(count: number): string;
}

const ENGLISH: ReportText = {
  headers: ['line', 'column', 'reason'],
  reason: (error) => error.reason,
  omitted: (count) => `${count} more problems not listed`,
};

/**
 * The rejected rows as a CSV the user downloads, fixes in Excel and imports
 * again. The BOM makes Excel read it as UTF-8; without it Chinese headers and
 * reasons show as mojibake in Excel on Windows.
 */
export function reportToCsv(
  report: { rejected: RowError[]; omittedErrors?: number },
  text: ReportText = ENGLISH,
): string {
  const lines = [text.headers, ...report.rejected.map((error) => [String(error.line), error.field, text.reason(error)])];
  if (report.omittedErrors) lines.push(['', '', text.omitted(report.omittedErrors)]);
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A cell starting with = + - @ is run as a formula by Excel; the headers and values quoted come from the imported file.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

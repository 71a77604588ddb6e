import type { RowError } from './rows';

/**
 * The rejected rows as a CSV the user downloads, fixes in Excel and imports
 * again. The BOM makes Excel read it as UTF-8; without it Chinese headers and
 * reasons show as mojibake in Excel on Windows.
 */
export function reportToCsv(report: { rejected: RowError[]; omittedErrors?: number }): string {
  const lines = [['line', 'column', 'reason'], ...report.rejected.map((error) => [String(error.line), error.field, error.reason])];
  if (report.omittedErrors) lines.push(['', '', `${report.omittedErrors} more problems not listed`]);
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A cell starting with = + - @ is run as a formula by Excel; the headers and values quoted come from the imported file.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

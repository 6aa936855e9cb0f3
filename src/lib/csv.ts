// CSV for spreadsheets: quoted by papaparse, a UTF-8 BOM so Excel reads Hangul correctly, and
// cells that a spreadsheet would run as a formula (= + - @, tab, CR) defused with a leading apostrophe.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that starts like a formula gets a leading apostrophe; numbers are left alone. */
export function guardCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Header row plus data rows, as CSV text with a BOM and CRLF line ends. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const data = [header.map(guardCell), ...rows.map((row) => row.map(guardCell))];
  return CSV_BOM + Papa.unparse(data, { newline: '\r\n', quotes: false, escapeFormulae: false });
}

export const csvBlob = (csv: string) => new Blob([csv], { type: 'text/csv;charset=utf-8' });

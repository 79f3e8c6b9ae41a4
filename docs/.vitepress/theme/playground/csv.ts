// The commitments table as CSV (RFC 4180, UTF-8 with BOM so that Excel reads the Chinese).
import type { CommitmentRow } from './view';

const COLUMNS: (keyof CommitmentRow)[] = ['id', 'sectionPath', 'action', 'object', 'value', 'unit', 'deadline', 'actor', 'strength', 'text'];

/** One cell: quoted when needed; a leading = + - @ gets a ' so that a spreadsheet does not run it as a formula. */
function cell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rowsToCsv(rows: readonly CommitmentRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => cell(row[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

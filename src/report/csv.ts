// CSV cells for the report's downloads (spreadsheets are where researchers take the tables).

/** A CSV cell: quoted when needed; a leading = + - @ (or tab, CR) gets a `'` so that a spreadsheet
 * shows the text instead of running it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

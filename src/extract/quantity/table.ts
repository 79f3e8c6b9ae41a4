/**
 * Target tables flattened into text. A plan's table of indicators (指标 2015年 2020年 …
 * 属性) loses its cell borders when a site or a PDF converter turns it into text, and
 * neighbouring cells run together: 21.6623.04〔1.38〕 is 21.66 | 23.04 | 〔1.38〕, and
 * 15.7415左右 is 15.74 | 15左右. The language pattern: a header naming 指标 and two or
 * more years, then rows of a label with its unit in brackets (城镇化率（%）) followed by
 * the cells. Inside such a table a number with two decimal points, or with more decimals
 * than the table's cells have, is two cells glued; it is split where the table's own
 * precision allows exactly one reading, and every figure read from a glued run is marked
 * `uncertain`. Where no reading is sure the value is null: no number is invented.
 */

/** The header of an indicator table: 指标, then two years, within one line (sticky: tried at each 指). */
const HEADER_Y = /指\s*标[^\n。]{0,40}?(?:19|20)\d\d年?[^\n。]{0,12}?(?:19|20)\d\d年?/y;
/** How far a table reaches from its header when no blank line or sentence end closes it. */
const MAX_TABLE = 4000;
/** A run of digits with its decimal points (glued cells have several). */
const DECIMAL_RUN = /[0-9]+(?:\.[0-9]+)+/g;

export interface TableZone {
  start: number;
  end: number;
  /** The decimals most cells of the table have (2 for 15.74), or null. */
  precision: number | null;
}

/** The indicator tables of a text (folded text: half-width digits and points). */
export function tableZones(text: string): TableZone[] {
  const zones: TableZone[] = [];
  // the header starts with 指: indexOf finds each one faster than the pattern's own search
  for (let at = text.indexOf('指'); at >= 0; at = text.indexOf('指', at + 1)) {
    HEADER_Y.lastIndex = at;
    const m = HEADER_Y.exec(text);
    if (!m) continue;
    const start = m.index;
    let end = Math.min(text.length, start + MAX_TABLE);
    const close = /。|\n[ \t]*\n/.exec(text.slice(m.index + m[0].length, end));
    if (close) end = m.index + m[0].length + close.index;
    zones.push({ start, end, precision: commonPrecision(text.slice(start, end)) });
    at = end - 1; // the next header starts after this table
  }
  return zones;
}

/** The most frequent number of decimals among the table's numbers (a glued run counts its last cell). */
function commonPrecision(table: string): number | null {
  const counts = new Map<number, number>();
  for (const m of table.matchAll(DECIMAL_RUN)) {
    const parts = m[0].split('.');
    const p = (parts[parts.length - 1] as string).length;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: number | null = null;
  let n = 0;
  for (const [p, c] of counts) if (c > n || (c === n && best !== null && p < best)) [best, n] = [p, c];
  return n >= 2 ? best : null;
}

export interface TableCell {
  start: number;
  end: number;
  value: number | null;
}

/**
 * The cells of a glued run at `start` (21.6623.04, 15.7415), or null when the run is one
 * ordinary number. A run with two or more decimal points splits into cells that all have
 * the decimals of its last cell (21.66 | 23.04, 2.1 | 2.5), the one reading in which
 * neighbouring cells of a column agree; a run with one point but more decimals than the
 * table's cells have (15.7415: 15.74 | 15? 15.7 | 415?) has no sure reading and is one
 * cell with value null.
 */
export function splitGluedRun(run: string, start: number, precision: number | null): TableCell[] | null {
  const parts = run.split('.');
  if (parts.length === 2) {
    if (precision === null || (parts[1] as string).length <= precision) return null;
    return [{ start, end: start + run.length, value: null }];
  }
  const p = (parts[parts.length - 1] as string).length;
  const cells: TableCell[] = [];
  let i = 0;
  while (i < run.length) {
    const dot = run.indexOf('.', i);
    const cellEnd = dot + 1 + p;
    if (dot <= i || cellEnd > run.length || run.slice(dot + 1, cellEnd).includes('.')) return [{ start, end: start + run.length, value: null }];
    cells.push({ start: start + i, end: start + cellEnd, value: Number(run.slice(i, cellEnd)) });
    i = cellEnd;
  }
  return cells;
}

/** The unit of the row a cell is in: the bracketed unit after the row's label (城镇化率（%）, 人口(万人)). */
export function rowUnit(text: string, zoneStart: number, at: number): string | null {
  const before = text.slice(Math.max(zoneStart, at - 30), at);
  const m = /[(（]([^()（）0-9]{1,6})[)）][^(（)）]*$/.exec(before);
  return m ? (m[1] as string) : null;
}

export { DECIMAL_RUN };

import type { TigangDocument } from '../schema/document.js';
import type { Claim } from '../schema/extraction.js';

export interface ClaimRow {
  file: string | null;
  id: string;
  kind: Claim['kind'];
  strength: Claim['strength'];
  sectionPath: string;
  text: string;
  quantities: string;
  deadline: string | null;
  /** Last day of the deadline's interval (ISO), when it resolved. */
  due: string | null;
  recurrence: string | null;
  actor: string | null;
  action: string | null;
  object: string | null;
  cues: string;
  sectionId: string | null;
  line: number;
  column: number;
  offset: number;
}

export const COLUMNS: readonly (keyof ClaimRow)[] = [
  'file', 'id', 'kind', 'strength', 'sectionPath', 'text', 'quantities', 'deadline', 'due', 'recurrence',
  'actor', 'action', 'object', 'cues', 'sectionId', 'line', 'column', 'offset',
];

/** A quantity as a short cell: ≥30%, 20所, 3-5所, 91.3→94.5%, 1:2000, ?所 (masked), ≈5%. */
export function describeQuantity(q: Claim['quantities'][number]): string {
  const cmp = { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' }[q.comparator];
  const value = q.masked
    ? '?'
    : q.ratio ?? (q.min !== undefined && q.max !== undefined ? `${q.min}-${q.max}` : q.from !== undefined && q.to !== undefined ? `${q.from}→${q.to}` : String(q.value));
  return `${cmp}${value}${q.unit && q.unit !== 'ratio' ? q.unit : ''}`;
}

/** One row per claim (commitments and achievements), in document order. */
export function claimsToRows(doc: TigangDocument): ClaimRow[] {
  return [...doc.commitments, ...doc.achievements]
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
    .map((c) => ({
      file: doc.source.path,
      id: c.id,
      kind: c.kind,
      strength: c.strength,
      sectionPath: c.sectionPath.join(' > '),
      text: c.text,
      quantities: c.quantities.map(describeQuantity).join('; '),
      deadline: c.deadline?.raw ?? null,
      due: c.deadline?.interval?.end ?? null,
      recurrence: c.recurrence?.raw ?? null,
      actor: c.actor,
      action: c.action,
      object: c.object,
      cues: c.cues.join(' '),
      sectionId: c.sectionId,
      line: c.position.start.line,
      column: c.position.start.column,
      offset: c.position.start.offset,
    }));
}

/** A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; leading =+-@ are
 * prefixed with ' so that a spreadsheet does not read the cell as a formula. */
export function cell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, UTF-8 with BOM so that Excel reads the Chinese text. */
export function claimsToCsv(docs: readonly TigangDocument[]): string {
  const lines = [COLUMNS.join(',')];
  for (const doc of docs) for (const row of claimsToRows(doc)) lines.push(COLUMNS.map((c) => cell(row[c])).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

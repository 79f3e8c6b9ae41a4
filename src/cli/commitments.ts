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
  recurrence: string | null;
  actor: string | null;
  action: string | null;
  object: string | null;
  line: number;
  column: number;
  offset: number;
}

const COLUMNS: (keyof ClaimRow)[] = ['file', 'id', 'kind', 'strength', 'sectionPath', 'text', 'quantities', 'deadline', 'recurrence', 'actor', 'action', 'object', 'line', 'column', 'offset'];

function describe(q: Claim['quantities'][number]): string {
  const cmp = { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' }[q.comparator];
  const value = q.masked ? '?' : q.ratio ?? (q.min !== undefined && q.max !== undefined ? `${q.min}-${q.max}` : q.from !== undefined && q.to !== undefined ? `${q.from}→${q.to}` : String(q.value));
  return `${cmp}${value}${q.unit && q.unit !== 'ratio' ? q.unit : ''}`;
}

/** One row per claim (commitments first, then achievements), in document order within each. */
export function claimsToRows(doc: TigangDocument): ClaimRow[] {
  return [...doc.commitments, ...doc.achievements].map((c) => ({
    file: doc.source.path,
    id: c.id,
    kind: c.kind,
    strength: c.strength,
    sectionPath: c.sectionPath.join(' > '),
    text: c.text,
    quantities: c.quantities.map(describe).join('; '),
    deadline: c.deadline?.raw ?? null,
    recurrence: c.recurrence?.raw ?? null,
    actor: c.actor,
    action: c.action,
    object: c.object,
    line: c.position.start.line,
    column: c.position.start.column,
    offset: c.position.start.offset,
  }));
}

function cell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, UTF-8 with BOM so that Excel reads the Chinese text. */
export function claimsToCsv(docs: readonly TigangDocument[]): string {
  const lines = [COLUMNS.join(',')];
  for (const doc of docs) for (const row of claimsToRows(doc)) lines.push(COLUMNS.map((c) => cell(row[c])).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

// Tables for spreadsheets, R, Stata and pandas: documents, sections, claims, quantities and
// deadlines, joined by documentId (and sectionId, claimId). Numbers are written as numbers;
// a quantity's value is in its unit as written (30 with unit % is 30 percent; 1.2 with unit
// 亿元 is 1.2 亿元), and multiplier/baseValue/baseUnit state the scale (1.2亿元 → 1.2e8 元).
import { unitScale, type Claim, type Quantity, type Section, type TigangDocument } from 'tigang/node';
import type { BatchRecord } from './records.js';

type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

export const TABLES = {
  documents: [
    'documentId', 'path', 'sha256', 'size', 'format', 'encoding', 'title', 'date', 'occasion', 'speaker', 'source',
    'truncated', 'missingChars', 'length', 'sections', 'commitments', 'achievements', 'quantities', 'deadlines', 'warnings',
    'errorCode', 'errorMessage',
  ],
  sections: ['documentId', 'sectionId', 'parentId', 'depth', 'marker', 'family', 'ordinal', 'title', 'path', 'origin', 'layout', 'line', 'offset'],
  claims: [
    'documentId', 'file', 'id', 'kind', 'strength', 'sectionId', 'sectionPath', 'text', 'value', 'unit', 'comparator', 'min', 'max',
    'masked', 'quantities', 'deadline', 'due', 'recurrence', 'actor', 'action', 'object', 'cues', 'kindFromSection', 'line', 'column', 'offset',
  ],
  quantities: [
    'documentId', 'quantityId', 'claimId', 'kind', 'raw', 'value', 'unit', 'multiplier', 'baseValue', 'baseUnit', 'yuan', 'comparator',
    'min', 'max', 'from', 'to', 'change', 'points', 'masked', 'approximate', 'counts', 'ratio', 'line', 'column', 'offset', 'rule',
  ],
  deadlines: ['documentId', 'deadlineId', 'raw', 'kind', 'start', 'end', 'resolution', 'recurrence', 'line', 'column', 'offset', 'rule'],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The claim cue that names the section heading which decided the kind (an internal token in `cues`). */
const SECTION_CUE = 'section:';

/** A quantity as a short cell: ≥30%, 20所, 3-5所, 91.3→94.5%, 1:2000, ?所 (masked), ≈5%. */
export function describeQuantity(q: Quantity): string {
  const cmp = { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '≈' }[q.comparator];
  const value = q.masked
    ? '?'
    : q.ratio ?? (q.min !== undefined && q.max !== undefined ? `${q.min}-${q.max}` : q.from !== undefined && q.to !== undefined ? `${q.from}→${q.to}` : String(q.value));
  return `${cmp}${value}${q.unit && q.unit !== 'ratio' ? q.unit : ''}`;
}

/** One row per claim (commitments and achievements), in document order. */
export function claimRows(doc: TigangDocument, documentId: string | null = null): Row[] {
  return [...doc.commitments, ...doc.achievements]
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
    .map((c: Claim) => {
      const first = c.quantities[0];
      const decidedBy = c.cues.find((cue) => cue.startsWith(SECTION_CUE));
      return {
        documentId,
        file: doc.source.path,
        id: c.id,
        kind: c.kind,
        strength: c.strength,
        sectionId: c.sectionId,
        sectionPath: c.sectionPath.join(' > '),
        text: c.text,
        value: first && !first.masked ? first.value : null,
        unit: first?.unit ?? null,
        comparator: first?.comparator ?? null,
        min: first?.min ?? null,
        max: first?.max ?? null,
        masked: first ? first.masked : null,
        quantities: c.quantities.map(describeQuantity).join('; '),
        deadline: c.deadline?.raw ?? null,
        due: c.deadline?.interval?.end ?? null,
        recurrence: c.recurrence?.raw ?? null,
        actor: c.actor,
        action: c.action,
        object: c.object,
        cues: c.cues.filter((cue) => !cue.startsWith(SECTION_CUE)).join(' '),
        kindFromSection: decidedBy ? decidedBy.slice(SECTION_CUE.length) : null,
        line: c.position.start.line,
        column: c.position.start.column,
        offset: c.position.start.offset,
      };
    });
}

/** Keeps 12 significant digits: 1.2 × 1e8 is 120000000, not 120000000.00000001. */
function scaled(value: number, multiplier: number): number {
  return multiplier === 1 ? value : Number((value * multiplier).toPrecision(12));
}

export function quantityRows(doc: TigangDocument, documentId: string | null): Row[] {
  return doc.quantities.map((q, i) => {
    const { multiplier, baseUnit } = unitScale(q.unit === 'ratio' ? null : q.unit);
    return {
      documentId,
      quantityId: `q${i + 1}`,
      claimId: q.claimId,
      kind: q.kind,
      raw: q.raw,
      value: q.value,
      unit: q.unit,
      multiplier,
      baseValue: q.value === null ? null : scaled(q.value, multiplier),
      baseUnit,
      yuan: q.yuan,
      comparator: q.comparator,
      min: q.min,
      max: q.max,
      from: q.from,
      to: q.to,
      change: q.change?.direction,
      points: q.change?.points,
      masked: q.masked,
      approximate: q.approximate,
      counts: q.counts,
      ratio: q.ratio,
      line: q.position.start.line,
      column: q.position.start.column,
      offset: q.position.start.offset,
      rule: q.rule,
    };
  });
}

export function deadlineRows(doc: TigangDocument, documentId: string | null): Row[] {
  return doc.deadlines.map((t, i) => ({
    documentId,
    deadlineId: `t${i + 1}`,
    raw: t.raw,
    kind: t.kind,
    start: t.interval?.start ?? null,
    end: t.interval?.end ?? null,
    resolution: t.resolution,
    recurrence: t.recurrence,
    line: t.position.start.line,
    column: t.position.start.column,
    offset: t.position.start.offset,
    rule: t.rule,
  }));
}

export function sectionRows(doc: TigangDocument, documentId: string | null): Row[] {
  const rows: Row[] = [];
  const walk = (sections: readonly Section[], parent: Section | null, path: string[]) => {
    for (const s of sections) {
      const here = [...path, `${s.marker}${s.title}`];
      rows.push({
        documentId,
        sectionId: s.id,
        parentId: parent?.id ?? null,
        depth: s.depth,
        marker: s.marker,
        family: s.family,
        ordinal: s.ordinal,
        title: s.title,
        path: here.join(' > '),
        origin: s.origin,
        layout: s.layout,
        line: s.heading?.position.start.line ?? null,
        offset: s.heading?.position.start.offset ?? null,
      });
      walk(s.children, s, here);
    }
  };
  walk(doc.outline.children as Section[], null, []);
  return rows;
}

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

export function documentRow(record: BatchRecord): Row {
  const doc = record.document;
  return {
    documentId: record.id,
    path: record.path,
    sha256: record.sha256,
    size: record.size,
    format: record.format,
    encoding: record.encoding,
    title: doc?.title ?? null,
    date: doc?.metadata.date ?? null,
    occasion: doc?.metadata.occasion ?? null,
    speaker: doc?.metadata.speakerRole ?? null,
    source: doc?.metadata.source ?? null,
    truncated: doc ? doc.truncation.truncated : null,
    missingChars: doc?.truncation.missingChars ?? null,
    length: doc?.source.length ?? null,
    sections: doc ? countSections(doc.outline.children as Section[]) : null,
    commitments: doc?.commitments.length ?? null,
    achievements: doc?.achievements.length ?? null,
    quantities: doc?.quantities.length ?? null,
    deadlines: doc?.deadlines.length ?? null,
    warnings: doc?.warnings.length ?? null,
    errorCode: record.error?.code ?? null,
    errorMessage: record.error?.message ?? null,
  };
}

/** The rows of every table for one input (a failed input has its documents row only). */
export function tableRows(record: BatchRecord): Record<TableName, Row[]> {
  const doc = record.document;
  return {
    documents: [documentRow(record)],
    sections: doc ? sectionRows(doc, record.id) : [],
    claims: doc ? claimRows(doc, record.id) : [],
    quantities: doc ? quantityRows(doc, record.id) : [],
    deadlines: doc ? deadlineRows(doc, record.id) : [],
  };
}

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Numbers and
 * booleans are written bare; a text cell starting with = + - @ (or a tab or CR) is
 * prefixed with ' so that a spreadsheet does not run it as a formula.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV lines (CRLF-terminated) of rows in the given columns. */
export function csvLines(columns: readonly string[], rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) out += columns.map((c) => csvCell(row[c])).join(',') + '\r\n';
  return out;
}

/** The header of a table file: UTF-8 BOM (for Excel) and the column names. */
export function csvHeader(columns: readonly string[]): string {
  return '\ufeff' + columns.join(',') + '\r\n';
}

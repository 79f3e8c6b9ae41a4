// Reviewer marks: the JSONL a report exports (one line per mark, see docs/report.md), read
// back to score the parser against the reviewer and to write the reviewed sample as gold in
// the format of fixtures/eval. Browser-safe: the client builds the same lines.
import type { HighlightKind } from '../render/html.js';

export const MARKS_VERSION = 1;

export type Verdict = 'right' | 'wrong' | 'corrected' | 'missed';
export const VERDICTS: readonly Verdict[] = ['right', 'wrong', 'corrected', 'missed'];
export const MARK_KINDS: readonly HighlightKind[] = ['quantity', 'deadline', 'commitment', 'achievement'];

/** What the reviewer says an extraction should be (any field left null keeps the extracted one). */
export interface Correction {
  value: string | number | null;
  unit: string | null;
  /** quantity: commitment | achievement | other; deadline: deadline | period | recurring | past; claims: commitment | achievement. */
  kind: string | null;
}

/** One line of the marks JSONL. */
export interface Mark {
  tigangMarks: typeof MARKS_VERSION;
  /** The document: its path as the report saw it, its sha256 (null when unknown) and its length in UTF-16 units. */
  path: string | null;
  sha256: string | null;
  /** The extraction type. */
  kind: HighlightKind;
  /** Offsets (UTF-16, end exclusive) in the original text, and the text they cover. */
  start: number;
  end: number;
  raw: string;
  verdict: Verdict;
  /** The extraction as the parser gave it (null for a missed one the reviewer added). */
  extracted: { value: number | string | null; unit: string | null; kind: string | null; values?: (number | null)[]; rule: string } | null;
  /** right/wrong: null; corrected: what it should be; missed: what the reviewer added. */
  correction: Correction | null;
  note?: string;
  /** ISO time of the mark. */
  at: string;
}

export class MarksFormatError extends Error {
  override readonly name = 'MarksFormatError';
}

/** Parses a marks JSONL file (blank lines ignored); throws MarksFormatError naming the bad line. */
export function parseMarks(jsonl: string): Mark[] {
  const marks: Mark[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new MarksFormatError(`line ${i + 1}: not JSON (${(error as Error).message})`);
    }
    const m = value as Partial<Mark>;
    if (m.tigangMarks !== MARKS_VERSION) throw new MarksFormatError(`line ${i + 1}: not a tigang mark (expected "tigangMarks": ${MARKS_VERSION})`);
    if (!MARK_KINDS.includes(m.kind as HighlightKind)) throw new MarksFormatError(`line ${i + 1}: unknown kind ${JSON.stringify(m.kind)}`);
    if (!VERDICTS.includes(m.verdict as Verdict)) throw new MarksFormatError(`line ${i + 1}: unknown verdict ${JSON.stringify(m.verdict)}`);
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || (m.end as number) < (m.start as number)) throw new MarksFormatError(`line ${i + 1}: start/end must be integer offsets`);
    marks.push(m as Mark);
  });
  return marks;
}

/** The document a mark belongs to (sha256 when known, else path). */
export const markDocumentKey = (m: Pick<Mark, 'sha256' | 'path'>): string => m.sha256 ?? m.path ?? '';

export interface KindScore {
  kind: HighlightKind;
  right: number;
  corrected: number;
  wrong: number;
  missed: number;
  /** right / (right + corrected + wrong): extractions that were right as they stood. */
  precision: number | null;
  /** right / (right + corrected + missed): things that should have been extracted and were, correctly. */
  recall: number | null;
  /** (right + corrected) / (right + corrected + wrong): extractions at a right place, whatever their value. */
  spanPrecision: number | null;
}

export interface ScoreReport {
  marks: number;
  documents: number;
  kinds: KindScore[];
  all: KindScore;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function scoreOf(kind: HighlightKind, marks: readonly Mark[]): KindScore {
  const n = (v: Verdict) => marks.filter((m) => m.verdict === v).length;
  return scoreOfCounts(kind, n('right'), n('corrected'), n('wrong'), n('missed'));
}

/** Precision counts corrected and wrong marks against the found; recall, corrected and missed ones. */
function scoreOfCounts(kind: HighlightKind, right: number, corrected: number, wrong: number, missed: number): KindScore {
  return {
    kind,
    right,
    corrected,
    wrong,
    missed,
    precision: ratio(right, right + corrected + wrong),
    recall: ratio(right, right + corrected + missed),
    spanPrecision: ratio(right + corrected, right + corrected + wrong),
  };
}

/** Keeps the last mark per document and extraction (a reviewer may change their mind). */
export function latestMarks(marks: readonly Mark[]): Mark[] {
  const byKey = new Map<string, Mark>();
  for (const m of marks) byKey.set(`${markDocumentKey(m)}\u0000${m.verdict === 'missed' ? 'missed:' : ''}${m.kind}:${m.start}:${m.end}`, m);
  return [...byKey.values()];
}

/** Precision and recall per extraction kind; a missed mark counts against the kind the reviewer gave it. */
export function scoreMarks(input: readonly Mark[]): ScoreReport {
  const marks = latestMarks(input);
  const kinds = MARK_KINDS.map((k) => scoreOf(k, marks.filter((m) => m.kind === k)));
  const total = (f: 'right' | 'corrected' | 'wrong' | 'missed') => kinds.reduce((s, k) => s + k[f], 0);
  const [right, corrected, wrong, missed] = [total('right'), total('corrected'), total('wrong'), total('missed')];
  return {
    marks: marks.length,
    documents: new Set(marks.map(markDocumentKey)).size,
    kinds,
    all: scoreOfCounts('all' as HighlightKind, right, corrected, wrong, missed),
  };
}

/** The score as an aligned text table. */
export function formatScore(report: ScoreReport): string {
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  const rows = [
    ['kind', 'right', 'corrected', 'wrong', 'missed', 'precision', 'recall', 'span precision'],
    ...[...report.kinds, report.all].map((k) => [k.kind, k.right, k.corrected, k.wrong, k.missed, f(k.precision), f(k.recall), f(k.spanPrecision)].map(String)),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  return `${report.marks} marks in ${report.documents} document${report.documents === 1 ? '' : 's'}\n${lines.join('\n')}\n`;
}

// ---- gold in the format of fixtures/eval (see /work/shared/eval/GUIDE.md) ----

/** A short copy of the text around [start, end) for the gold files' context column (tabs and breaks folded). */
export function contextOf(text: string | null, start: number, end: number, raw: string): string {
  if (text === null) return raw;
  const from = Math.max(0, start - 8);
  const to = Math.min(text.length, Math.max(end + 8, from + 12));
  return text.slice(from, to).replace(/[\t\r\n]+/g, ' ').trim();
}

function numberCell(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return 'null';
  return String(v);
}

/** The numbers a gold row set holds for a corrected value: "3-5" or "91.3→94.5" give two rows. */
function correctedValues(value: Correction['value']): string[] {
  if (value === null) return ['null'];
  const s = String(value).trim();
  if (/^\d+(\.\d+)?:\d+(\.\d+)?$/.test(s)) return [s]; // a ratio, 1:2000
  const two = s.split(/\s*(?:→|->|–|—|-|~|～|至|到)\s*/).filter(Boolean);
  return two.length === 2 && two.every((x) => /^-?\d+(\.\d+)?$/.test(x)) ? two : [s];
}

export interface GoldFiles {
  quantities: string;
  deadlines: string;
}

/** The reviewed extractions of ONE document as gold rows: right ones as extracted, corrected ones as
 * corrected, missed ones as added; wrong ones dropped. Sorted by position. */
export function goldFiles(marks: readonly Mark[], text: string | null): GoldFiles {
  const kept = latestMarks(marks)
    .filter((m) => m.verdict !== 'wrong')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const q = ['value\tunit\tkind\tcontext'];
  const d = ['raw\tkind\tcontext'];
  const clean = (s: string | null | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ');
  for (const m of kept) {
    const context = clean(contextOf(text, m.start, m.end, m.raw));
    const c = m.verdict === 'right' ? null : m.correction;
    if (m.kind === 'quantity') {
      const unit = clean(c?.unit ?? m.extracted?.unit ?? '');
      const kind = c?.kind ?? m.extracted?.kind ?? 'other';
      const values = c?.value !== undefined && c?.value !== null ? correctedValues(c.value) : (m.extracted?.values ?? [m.extracted?.value ?? null]).map(numberCell);
      for (const v of values) q.push(`${v}\t${unit}\t${kind}\t${context}`);
    } else if (m.kind === 'deadline') {
      d.push(`${clean(m.raw)}\t${c?.kind ?? m.extracted?.kind ?? 'deadline'}\t${context}`);
    }
  }
  return { quantities: q.join('\n') + '\n', deadlines: d.join('\n') + '\n' };
}

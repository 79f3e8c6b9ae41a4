// The report's data model: what the HTML report embeds per document, built from a parsed
// TigangDocument and its original text. Compact on purpose (a batch of 1,000 documents and
// 100,000 highlights is embedded in one file): positions are plain UTF-16 offsets into the
// original text, the unit every tigang position uses. Browser-safe (no Node module).
import { describeQuantity } from '../cli/commitments.js';
import { highlightSpans, message, type Claim, type HighlightKind, type Locale, type Quantity, type Section, type TigangDocument, type TimeExpression } from 'tigang';

/** One extraction as the report shows and reviews it. Keys are short: there can be 100,000 of them. */
export interface ReportExtraction {
  /** quantity | deadline | commitment | achievement */
  k: HighlightKind;
  /** Start and end offsets (UTF-16, end exclusive) in the original text. */
  s: number;
  e: number;
  /** The normalised value as a reader sees it (≥30%, 2025-01-01/2025-12-31, binding: 确保…). */
  n: string;
  /** The rule (quantities, deadlines) or the cue words (claims) that produced it. */
  r: string;
  /** Sub-kind: a quantity's kind (commitment/achievement/other), a time's kind (deadline/period/recurring/past), a commitment's strength. */
  sk: string | null;
  /** Value and unit as extracted (quantities: the number, null when masked; deadlines: the interval). */
  v: number | string | null;
  u: string | null;
  /** Every distinct number of a range or a from-to change, for gold rows (3-5所 → [3, 5]). */
  vs?: (number | null)[];
}

export interface ReportOutlineNode {
  id: string;
  depth: number;
  marker: string;
  title: string;
  /** Heading offsets; null for a heading known only from the table of contents. */
  s: number | null;
  e: number | null;
}

export interface ReportClaimRow {
  k: 'commitment' | 'achievement';
  s: number;
  e: number;
  /** Section id (s2.1.3: its prefixes are the section path; the report resolves titles from the outline). */
  sec: string | null;
  strength: string | null;
  action: string | null;
  object: string | null;
  values: string;
  deadline: string | null;
  actor: string | null;
}

export interface ReportWarning {
  code: string;
  stage: string;
  /** The message in English, and in Chinese (the report's interface switches between them). */
  text: string;
  zh?: string;
  s: number | null;
}

export interface ReportTruncation {
  truncated: boolean;
  missingChars: number | null;
  statedTotalChars: number | null;
  cuts: { kind: string; missingChars: number | null; s: number; e: number }[];
}

/** Everything the report needs to show one document (embedded as JSON, parsed on demand). */
export interface ReportDocument {
  /** The original text; null when it could not be read back (the highlights then cannot be shown). */
  text: string | null;
  title: string | null;
  meta: { date: string | null; source: string | null; speaker: string | null };
  extractions: ReportExtraction[];
  outline: ReportOutlineNode[];
  removed: { s: number; e: number; reason: string }[];
  truncation: ReportTruncation;
  claims: ReportClaimRow[];
  warnings: ReportWarning[];
  /** Why the text is missing, or other notes about how this entry was built. */
  notes: string[];
}

/** One row of the document list (the list is built from these alone, without parsing any document). */
export interface ReportIndexEntry {
  /** Key of the document's reviewer marks: its sha256 when known, else its path. */
  key: string;
  path: string | null;
  name: string;
  sha256: string | null;
  title: string | null;
  format: string | null;
  encoding: string | null;
  length: number;
  /** quantity, deadline, commitment, achievement */
  counts: [number, number, number, number];
  warnings: number;
  removed: number;
  truncated: boolean;
  hasText: boolean;
  /** Set when the file failed to parse (batch `error`): the entry has no document. */
  error: string | null;
}

/** A warning in the shape the core has today ({code, message, source}) or the one it is moving to
 * ({code, params, position?, stage}, with message(issue, locale)): one adapter for both. */
export function warningText(warning: Record<string, unknown>, locale: Locale = 'en'): ReportWarning {
  const code = String(warning.code ?? 'unknown');
  const stage = String(warning.stage ?? warning.source ?? '');
  const position = warning.position as { start?: { offset?: number } } | undefined;
  let text: string | null = typeof warning.message === 'string' ? warning.message : null;
  if (text === null) {
    const format = message as unknown as (...args: unknown[]) => unknown;
    for (const args of [[warning, locale], [code, warning.params ?? {}, locale]]) {
      try {
        const out = format(...args);
        if (typeof out === 'string') {
          text = out;
          break;
        }
      } catch {
        // the other signature
      }
    }
  }
  return { code, stage, text: text ?? code, s: position?.start?.offset ?? null };
}

function quantityValues(q: Quantity): (number | null)[] {
  if (q.min !== undefined && q.max !== undefined) return [q.min, q.max];
  if (q.from !== undefined && q.to !== undefined) return [q.from, q.to];
  return [q.value];
}

function flattenOutline(sections: readonly Section[], out: ReportOutlineNode[] = []): ReportOutlineNode[] {
  for (const s of sections) {
    out.push({ id: s.id, depth: s.depth, marker: s.marker, title: s.title, s: s.heading?.position.start.offset ?? null, e: s.heading?.position.end.offset ?? null });
    flattenOutline(s.children, out);
  }
  return out;
}

/** The extractions of a document, in text order, with the labels and rules of the shared
 * renderer (src/render/html.ts: the playground shows the same). */
export function reportExtractions(doc: TigangDocument, locale: Locale = 'en'): ReportExtraction[] {
  return highlightSpans(doc, { locale }).map((span): ReportExtraction => {
    const base = { k: span.kind, s: span.start, e: span.end, n: span.label, r: span.rule };
    switch (span.kind) {
      case 'quantity': {
        const q = span.item as Quantity;
        const vs = quantityValues(q);
        return { ...base, sk: q.kind, v: q.ratio ?? q.value, u: q.unit, ...(vs.length > 1 ? { vs } : {}) };
      }
      case 'deadline': {
        const t = span.item as TimeExpression;
        return { ...base, sk: t.kind, v: t.interval ? `${t.interval.start}/${t.interval.end}` : null, u: null };
      }
      default:
        return { ...base, sk: (span.item as Claim).strength, v: null, u: null };
    }
  });
}

/** Builds the embedded form of one parsed document. `text` is its original text (positions point into it). */
export function buildReportDocument(doc: TigangDocument, text: string | null, options: { locale?: Locale; notes?: string[] } = {}): ReportDocument {
  const claims = [...doc.commitments, ...doc.achievements].sort((a, b) => a.position.start.offset - b.position.start.offset);
  return {
    text,
    title: doc.title,
    meta: { date: doc.metadata.date, source: doc.metadata.source, speaker: doc.metadata.speakerRole },
    extractions: reportExtractions(doc, options.locale),
    outline: flattenOutline(doc.outline.children),
    removed: doc.removed.map((r) => ({ s: r.position.start.offset, e: r.position.end.offset, reason: r.reason })),
    truncation: {
      truncated: doc.truncation.truncated,
      missingChars: doc.truncation.missingChars,
      statedTotalChars: doc.truncation.statedTotalChars,
      cuts: doc.truncation.cuts.map((c) => ({ kind: c.kind, missingChars: c.missingChars, s: c.position.start.offset, e: c.position.end.offset })),
    },
    claims: claims.map((c) => ({
      k: c.kind,
      s: c.position.start.offset,
      e: c.position.end.offset,
      sec: c.sectionId,
      strength: c.strength,
      action: c.action,
      object: c.object,
      values: c.quantities.map(describeQuantity).join(', '),
      deadline: c.deadline?.raw ?? null,
      actor: c.actor,
    })),
    warnings: doc.warnings.map((w) => {
      const record = w as unknown as Record<string, unknown>;
      const en = warningText(record, 'en');
      const zh = warningText(record, 'zh').text;
      return zh !== en.text ? { ...en, zh } : en;
    }),
    notes: options.notes ?? [],
  };
}

/** The document-list row of a document. */
export function indexEntry(doc: ReportDocument, info: { path: string | null; sha256: string | null; format: string | null; encoding: string | null; length: number }): ReportIndexEntry {
  const count = (k: HighlightKind) => doc.extractions.reduce((n, x) => n + (x.k === k ? 1 : 0), 0);
  return {
    key: info.sha256 ?? info.path ?? doc.title ?? 'document',
    path: info.path,
    name: baseName(info.path) ?? doc.title ?? '(stdin)',
    sha256: info.sha256,
    title: doc.title,
    format: info.format,
    encoding: info.encoding,
    length: info.length,
    counts: [count('quantity'), count('deadline'), count('commitment'), count('achievement')],
    warnings: doc.warnings.length,
    removed: doc.removed.length,
    truncated: doc.truncation.truncated,
    hasText: doc.text !== null,
    error: null,
  };
}

function baseName(path: string | null): string | null {
  if (!path) return null;
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

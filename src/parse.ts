import { clean, type Cut, type Removal } from './clean/index.js';
import { decode } from './decode/index.js';
import { TigangError } from './errors.js';
import { extractClaims } from './extract/claims.js';
import { findQuantities } from './extract/quantities.js';
import { findTimes } from './extract/times.js';
import { quantityRecord, timeRecord } from './extract/output.js';
import { message } from './messages.js';
import { extractMetadata } from './metadata/index.js';
import { projectMarkdown } from './markdown/index.js';
import { composeMaps, identityMap, overlapTest, toDerived, type OffsetMap } from './offset-map.js';
import { buildOutline, type OutlineOptions } from './outline/index.js';
import { Positioner } from './positioner.js';
import { Unfolder } from './fold-output.js';
import { foldForMatching } from './zh/fold.js';
import type { RemovedSpan, Truncation, Warning } from './schema/diagnostics.js';
import { SCHEMA_VERSION, type InputFormat, type TigangDocument } from './schema/document.js';
import type { Quantity, TimeExpression } from './schema/extraction.js';

export interface ParseOptions {
  /** 'markdown' for Markdown from PDF converters (MinerU, marker, docling); default 'text'. */
  format?: InputFormat;
  /** Recorded in the output's `source.path`. */
  path?: string | null;
  /** ISO date (YYYY-MM-DD) that relative deadlines (今年, 年内) resolve against; default: the document's own date. */
  referenceDate?: string | null;
}

/**
 * Parses a Chinese policy text: decode → clean (with an offset map) → metadata →
 * outline → quantities, deadlines, claims. Synchronous and pure; never throws on a
 * string (bytes that decode to nothing throw TigangError 'undecodable').
 */
export function parse(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): TigangDocument {
  if (typeof input !== 'string' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new TigangError('invalid-input', message('invalid-input'), { type: typeof input });
  }
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') {
    throw new TigangError('invalid-option', `Unknown format "${String(format)}": use "text" or "markdown".`, { format });
  }
  const decoded = decode(input);
  const original = decoded.text;
  const warnings: Warning[] = [];

  // Markdown is first projected to plain text (markup deleted), then cleaned like text.
  let working = original;
  let toOriginal: OffsetMap = identityMap;
  const removals: Removal[] = [];
  let hints: OutlineOptions['hints'];
  if (format === 'markdown') {
    const projected = projectMarkdown(original);
    working = projected.text;
    toOriginal = projected.map;
    removals.push(...projected.removed);
    hints = projected.hints;
    if (projected.fallback) warnings.push({ code: 'markdown-fallback', message: message('markdown-fallback'), source: 'markdown' });
  }
  const cleaned = clean(working);
  const cleanedToWorking = cleaned.map;
  for (const r of cleaned.removed) {
    const start = toOriginal.toSource(r.start);
    const end = toOriginal.toSourceEnd(r.end);
    removals.push({ ...r, start, end, text: original.slice(start, end) });
  }
  const cuts: Cut[] = cleaned.cuts.map((c) => ({
    ...c,
    start: toOriginal.toSource(c.start),
    end: toOriginal.toSourceEnd(c.end),
  }));
  const positioner = new Positioner(original, composeMaps(cleanedToWorking, toOriginal));
  const text = cleaned.text;

  const metadata = extractMetadata(text, positioner, { removed: removals.map((r) => r.text) });
  // the stages below match on the folded text (half-width, Simplified; same offsets) and
  // the unfolder re-slices what they output from the text as written
  const folded = foldForMatching(text);
  const unfolder = new Unfolder(text, folded, positioner.map);
  // a dateline in full-width digits or Traditional characters (２０２４年, 發佈時間) is read folded
  if (metadata.date === null && !unfolder.identity) {
    metadata.date = extractMetadata(folded, positioner, { removed: removals.map((r) => foldForMatching(r.text)) }).date;
  }
  // a quantity never runs across a truncation cut (百分之二十……省略715字……左右)
  const barriers = cuts.length ? cleaned.cuts.map((c) => toDerived(cleanedToWorking, c.start, text.length)) : [];
  const outline = buildOutline(folded, positioner, hints ? { hints: mapHints(hints, cleanedToWorking, text.length) } : {});
  warnings.push(...outline.warnings);

  const excluded = [...outline.tocSpans];
  const inToc = overlapTest(excluded);
  const isExcluded = overlapTest([...excluded, ...outline.markerSpans]);

  const quantities = findQuantities(folded, { barriers, folded: true })
    .filter((q) => !isExcluded(q.start, q.end))
    .map((q) => withOffsets(quantityRecord(q, 'other', null, positioner.position(q.start, q.end)), q));
  const referenceDate = options.referenceDate ?? metadata.date ?? null;
  const times = findTimes(folded, { referenceDate })
    .filter((t) => !inToc(t.start, t.end))
    .map((t) => withOffsets(timeRecord(t, positioner.position(t.start, t.end)), t));

  const claims = extractClaims({ text: folded, positioner, outline: outline.outline, quantities, times, excluded });
  const kindOf = new Map<number, { kind: 'commitment' | 'achievement'; id: string }>();
  for (const list of [claims.commitments, claims.achievements]) {
    for (const claim of list) for (const q of claim.quantities) kindOf.set(q.position.start.offset, { kind: claim.kind, id: claim.id });
  }

  if (!unfolder.identity) {
    for (const q of quantities) unfolder.quantity(q, q.start, q.end);
    for (const t of times) unfolder.time(t, t.start, t.end);
    const byOffset = <R extends { position: { start: { offset: number } } }>(rs: readonly R[]) => new Map(rs.map((r) => [r.position.start.offset, r]));
    const quantityAt = byOffset(quantities);
    const timeAt = byOffset(times);
    unfolder.sections(outline.outline.children);
    for (const c of [...claims.commitments, ...claims.achievements]) unfolder.claim(c, quantityAt, timeAt);
    if (outline.toc) unfolder.tocEntries(outline.toc.entries);
  }

  const truncation = buildTruncation(cuts, positioner);
  if (truncation.truncated) {
    for (const cut of truncation.cuts) {
      warnings.push({ code: 'truncated', message: message('truncated', { missing: cut.missingChars }), position: cut.position, source: 'clean' });
    }
  }
  if (decoded.replacements > 0) {
    warnings.push({ code: 'replacement-character', message: message('replacement-character', { count: decoded.replacements }), source: 'decode' });
  }
  for (const t of times) {
    if (t.kind === 'deadline' && t.resolution === 'unresolved' && referenceDate === null) {
      warnings.push({ code: 'unresolved-deadline', message: message('unresolved-deadline', { raw: t.raw }), position: t.position, source: 'extract' });
    }
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? null, format, encoding: decoded.encoding, length: original.length },
    title: metadata.title?.text ?? null,
    metadata,
    removed: removals
      .sort((a, b) => a.start - b.start)
      .map((r): RemovedSpan => ({ reason: r.reason, text: r.text, position: positioner.originalPosition(r.start, r.end) })),
    truncation,
    toc: outline.toc,
    outline: outline.outline,
    quantities: quantities.map((q): Quantity => {
      const owner = kindOf.get(q.position.start.offset);
      return quantityRecord(q, owner ? owner.kind : q.kind, owner ? owner.id : q.claimId, q.position);
    }),
    deadlines: times.map((t): TimeExpression => timeRecord(t, t.position)),
    commitments: claims.commitments,
    achievements: claims.achievements,
    warnings,
  };
}

/** A record with the working-text offsets the later stages need (dropped again from the output). */
function withOffsets<R extends object>(record: R, at: { start: number; end: number }): R & { start: number; end: number } {
  const out = record as R & { start: number; end: number };
  out.start = at.start;
  out.end = at.end;
  return out;
}

/** Hints are in working (projected) offsets; the outline works on cleaned offsets. */
function mapHints<H extends { start: number; end: number }>(hints: readonly H[], cleanedToWorking: OffsetMap, cleanedLength: number): H[] {
  return hints.map((h) => ({ ...h, start: toDerived(cleanedToWorking, h.start, cleanedLength), end: toDerived(cleanedToWorking, h.end, cleanedLength) }));
}

function buildTruncation(cuts: Cut[], positioner: Positioner): Truncation {
  const known = cuts.filter((c) => c.missingChars !== null);
  const stated = cuts.find((c) => c.statedTotalChars !== null)?.statedTotalChars ?? null;
  // a tail notice states the whole text's shortfall, which includes the omitted cuts before it
  const tail = cuts.find((c) => c.kind === 'tail' && c.missingChars !== null);
  const missing = tail ? tail.missingChars : known.length ? known.reduce((n, c) => n + (c.missingChars ?? 0), 0) : null;
  return {
    truncated: cuts.length > 0,
    missingChars: missing,
    statedTotalChars: stated,
    cuts: cuts.map((c) => ({ kind: c.kind, missingChars: c.missingChars, position: positioner.originalPosition(c.start, c.end) })),
  };
}

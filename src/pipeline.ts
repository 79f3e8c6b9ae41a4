// The pipeline file: one object that every stage reads and writes (like vfile), from the
// decoded original to the extractions; `toDocument` turns it into the output once, at the end.
//
//   decode → project (Markdown only) → clean → metadata → outline → zones → quantities → times → claims
//                                                                           ↓
//                                                                      toDocument
import { cleanAndFold, type Cut, type Removal } from './clean/index.js';
import { decode } from './decode/index.js';
import { TigangError } from './errors.js';
import { extractClaims, zoneHeadings, type ClaimResult } from './extract/claims.js';
import { sectionSpans } from './extract/claim/sections.js';
import { parseIso } from './extract/time/calendar.js';
import { inferDocYear } from './extract/time/context.js';
import { decideZones, type Zones } from './extract/zones.js';
import { quantityRecord, timeRecord } from './extract/output.js';
import { findQuantities, type RejectedCandidate } from './extract/quantities.js';
import { findTimes, type HeadingBounds } from './extract/times.js';
import { describeValue, warning, type Warning } from './issues.js';
import { Locator, positionOf } from './location.js';
import type { MarkdownProjection } from './markdown/index.js';
import { extractMetadata, type Piece } from './metadata/index.js';
import { composeMaps, identityMap, overlapTest, toDerived, type OffsetMap, type Span } from './offset-map.js';
import { invalidOption, toExplain, toOptionsObject, toPath, toReferenceDate, checkInput } from './options.js';
import { buildOutline, type Hint, type OutlineResult } from './outline/index.js';
import { outlineOutput, tocOutput } from './outline/output.js';
import type { RemovedSpan, Truncation } from './schema/diagnostics.js';
import type { InputFormat, TigangDocument } from './schema/document.js';
import type { Quantity, TimeExpression } from './schema/extraction.js';
import type { RejectedQuantity } from './schema/explain.js';
import type { Located, Metadata } from './schema/metadata.js';
import { SCHEMA_VERSION } from './schema/version.js';
import { Unfolder } from './fold-output.js';
import { claimOutput, type ClaimAt } from './extract/claim/record.js';
import type { QuantityAt, TimeAt } from './extract/claim/reading.js';
import type { Position } from './schema/position.js';

/** Working spans of a file → positions in its original (a quantity's `start`/`end`, an outline section's `span`). */
export { positionOf } from './location.js';

/** Markdown → plain text with markup deleted (`projectMarkdown` from 'tigang/markdown'). */
export type MarkdownProjector = (source: string) => MarkdownProjection;

export interface ParseOptions {
  /**
   * 'markdown' for Markdown from PDF converters (MinerU, marker, docling); default 'text'.
   * Markdown needs the Markdown projector: `parse` from 'tigang/markdown' or 'tigang/node'
   * has it; with `parse` from 'tigang', pass `markdown: projectMarkdown`.
   */
  format?: InputFormat;
  /** Recorded in the output's `source.path`. */
  path?: string | null;
  /**
   * The date relative deadlines (今年, 年内) resolve against: an ISO date string
   * ('2024-03-15') or a Date; default: the document's own date. A Date at midnight UTC
   * (`new Date('2024-03-15')`) is read in UTC, any other in local time.
   */
  referenceDate?: string | Date | null;
  /** The Markdown projector, for `format: 'markdown'` (see `format`). */
  markdown?: MarkdownProjector;
  /**
   * The HTML projector, for `format: 'html'` (saved web pages): `projectHtml` from 'tigang/node',
   * whose `parse` has it built in. Apart from the core for the same reason as Markdown (bundle size).
   */
  html?: MarkdownProjector;
  /**
   * Also record what the extractors rejected and why: `document.explain.quantities.rejected`
   * lists each candidate a filter rejected (its raw, position, parser and filter). Default false.
   */
  explain?: boolean;
}

/** The stages, in order; `pipeline(input, { until })` stops after the named one. */
export const STAGE_NAMES = ['decode', 'project', 'clean', 'metadata', 'outline', 'zones', 'quantities', 'times', 'claims'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** A quantity or time as its stage found it: working offsets; toDocument makes its position. */
type QuantityWithOffsets = QuantityAt;
type TimeWithOffsets = TimeAt;
/** What a filter rejected (`explain`), at its working offsets. */
interface RejectedAt {
  raw: string;
  start: number;
  end: number;
  parser: string;
  filter: string;
}

/**
 * A warning as a stage raises it. One about the text carries its span instead of a
 * position: `span` in working offsets, or `originalSpan` in ORIGINAL ones (a cut the
 * cleaner made); `toDocument` turns it into the warning's `position`.
 */
export type FileIssue = Warning & { span?: Span; originalSpan?: Span };

/**
 * What the stages share. Offsets are in the WORKING text (`text`) unless a field says
 * ORIGINAL; `map` takes working offsets to original ones. Fields of later stages are
 * undefined until their stage has run.
 */
export interface TigangFile {
  /** The decoded input: every output position points into it. */
  readonly original: string;
  readonly encoding: string;
  /** U+FFFD characters in `original` (undecodable bytes, lone surrogates). */
  readonly replacements: number;
  readonly format: InputFormat;
  readonly path: string | null;
  /** The caller's reference date (YYYY-MM-DD), or null. */
  readonly referenceDate: string | null;
  /** The `explain` option: the extraction stages record what they rejected (`rejectedQuantities`). */
  readonly explain: boolean;
  /** The last stage that ran. */
  stage: StageName;
  /** The working text: the original with Markdown markup and noise deleted (nothing else changed). */
  text: string;
  /** Working → ORIGINAL offsets. */
  map: OffsetMap;
  /**
   * The working text folded for matching (zh/fold.ts: half-width, unified, Simplified), of the
   * same length: the stages after cleaning match on it, and what they output is re-sliced from
   * `text` at the same offsets. Set by the clean stage.
   */
  folded?: string;
  /** Working offsets where the cleaner cut text out (a paywall's ……省略715字……): no quantity reads across one. */
  barriers: number[];
  /** Every deleted span, in ORIGINAL offsets, with its reason and text. */
  removed: Removal[];
  /** Paywall cuts and tail truncations, in ORIGINAL offsets. */
  cuts: Cut[];
  /** Working offsets where deleted text held a line break (a joined hard wrap, a removed page number line). */
  joins: number[];
  /** Headings and list items known from Markdown markup. */
  hints: Hint[];
  /** Warnings, in the order the stages raised them (with spans: `toDocument` gives them positions). */
  issues: FileIssue[];
  /**
   * The lines of `original` (a `Locator`: `lines.position(start, end)` is the unist position
   * of an ORIGINAL span). For a WORKING span, use `positionOf(file, start, end)`.
   */
  readonly lines: Locator;
  metadata?: Metadata;
  outline?: OutlineResult;
  /** Which parts of the text review the past and which set tasks: decided once, read by times and claims. */
  zones?: Zones;
  quantities?: QuantityWithOffsets[];
  /** With `explain`: the quantity candidates a filter rejected, in text order. */
  rejectedQuantities?: RejectedAt[];
  times?: TimeWithOffsets[];
  claims?: ClaimResult;
}

export interface PipelineOptions extends ParseOptions {
  /** Stop after this stage (default: run every stage). */
  until?: StageName;
}

const FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html'];

/**
 * Runs the stages on `input` and returns the pipeline file (the intermediate state: the
 * working text, its map, removed spans, joins, issues and what each stage found), for
 * tests, the playground and the review report. `parse` is `toDocument(pipeline(input))`.
 */
export function pipeline(input: string | Uint8Array | ArrayBuffer, options?: PipelineOptions): TigangFile {
  checkInput('parse', input);
  const opts = toOptionsObject<PipelineOptions>(options);
  const format = opts.format ?? 'text';
  if (!FORMATS.includes(format)) {
    throw new TigangError('unsupported-format', { format: typeof format === 'string' ? format : describeValue(format), supported: [...FORMATS] });
  }
  const projector = opts.markdown;
  if (projector !== undefined && typeof projector !== 'function') throw invalidOption('markdown', projector, 'the projectMarkdown function');
  if (format === 'markdown' && !projector) throw new TigangError('unsupported-format', { format, supported: ['text'] });
  const htmlProjector = opts.html;
  if (htmlProjector !== undefined && typeof htmlProjector !== 'function') throw invalidOption('html', htmlProjector, 'the projectHtml function');
  if (format === 'html' && !htmlProjector) throw new TigangError('unsupported-format', { format, supported: projector ? ['text', 'markdown'] : ['text'] });
  const path = toPath(opts.path);
  const referenceDate = toReferenceDate(opts.referenceDate);
  const explain = toExplain(opts.explain);
  const until = opts.until ?? 'claims';
  if (!STAGE_NAMES.includes(until)) throw invalidOption('until', until, `one of ${STAGE_NAMES.join(', ')}`);
  const last = STAGE_NAMES.indexOf(until);

  const decoded = decode(input);
  const original = decoded.text;
  const file: TigangFile = {
    original,
    encoding: decoded.encoding,
    replacements: decoded.replacements,
    format,
    path,
    referenceDate,
    explain,
    stage: 'decode',
    text: original,
    map: identityMap,
    removed: [],
    cuts: [],
    joins: [],
    barriers: [],
    hints: [],
    issues: [],
    lines: new Locator(original),
  };
  if (decoded.replacements > 0) file.issues.push(warning('replacement-character', { count: decoded.replacements }, 'decode'));
  const stages: Record<Exclude<StageName, 'decode'>, (f: TigangFile) => void> = {
    project: (f) => project(f, format === 'markdown' ? projector! : format === 'html' ? htmlProjector! : null),
    ...stageFunctions,
  };
  for (let i = 1; i <= last; i++) {
    const name = STAGE_NAMES[i] as Exclude<StageName, 'decode'>;
    stages[name](file);
    file.stage = name;
  }
  return file;
}

/**
 * The stages after projection, by name: `pipeline` runs them in order. Exported (not from the
 * package entries) so that a benchmark can time one stage alone on a file made up to the stage
 * before it.
 */
export const stageFunctions = {
  clean: cleanStage,
  metadata: metadataStage,
  outline: outlineStage,
  zones: zonesStage,
  quantities: quantitiesStage,
  times: timesStage,
  claims: claimsStage,
} satisfies Record<Exclude<StageName, 'decode' | 'project'>, (f: TigangFile) => void>;

/** Markdown is projected to plain text (markup deleted); hints keep its headings and list items. */
function project(file: TigangFile, projector: MarkdownProjector | null): void {
  if (!projector) return;
  const projected = projector(file.original);
  file.text = projected.text;
  file.map = projected.map;
  file.removed.push(...projected.removed);
  file.hints = [...projected.hints];
  if (projected.fallback) file.issues.push(warning('markdown-fallback', { reason: projected.fallbackReason ?? 'unknown' }, 'markdown'));
}

function cleanStage(file: TigangFile): void {
  const { original } = file;
  const toOriginal = file.map;
  const cleaned = cleanAndFold(file.text);
  for (const r of cleaned.removed) {
    const start = toOriginal.toSource(r.start);
    const end = toOriginal.toSourceEnd(r.end);
    file.removed.push({ ...r, start, end, text: original.slice(start, end) });
  }
  for (const c of cleaned.cuts) file.cuts.push({ ...c, start: toOriginal.toSource(c.start), end: toOriginal.toSourceEnd(c.end) });
  // hints were in projected offsets; the outline reads cleaned ones
  file.hints = file.hints.map((h) => ({ ...h, start: toDerived(cleaned.map, h.start, cleaned.text.length), end: toDerived(cleaned.map, h.end, cleaned.text.length) }));
  file.barriers = cleaned.cuts.map((c) => toDerived(cleaned.map, c.start, cleaned.text.length));
  file.text = cleaned.text;
  // the cleaner's rules matched on the fold: it hands over the cleaned text's, not folded again
  file.folded = cleaned.folded;
  file.map = toOriginal === identityMap ? cleaned.map : composeMaps(cleaned.map, toOriginal);
  file.joins = joinsOf(file);
  for (const cut of file.cuts) {
    file.issues.push({ ...warning('truncated', { missing: cut.missingChars }, 'clean'), originalSpan: { start: cut.start, end: cut.end } });
  }
  if (!/[^\s\u3000\u00a0\ufeff]/.test(file.text)) file.issues.push(warning('empty-document', { length: original.length }, 'clean'));
}

/** Working offsets at which a deleted span held a line break. */
function joinsOf(file: TigangFile): number[] {
  const joins: number[] = [];
  for (const r of file.removed) {
    if (!/[\n\r]/.test(r.text)) continue;
    joins.push(toDerived(file.map, r.start, file.text.length));
  }
  joins.sort((a, b) => a - b);
  return joins.filter((j, i) => i === 0 || joins[i - 1] !== j);
}

function metadataStage(file: TigangFile): void {
  const m = extractMetadata(file);
  const locate = (p: Piece | null): Located | null => (p ? { text: p.text, position: positionOf(file, p.start, p.end) } : null);
  file.metadata = { title: locate(m.title), occasion: m.occasion, speakerRole: m.speakerRole, date: m.date, dateSource: m.dateSource, source: m.source, salutation: locate(m.salutation), closing: locate(m.closing) };
}

/** The text the stages after cleaning match on (the working text itself before the clean stage ran). */
function foldedOf(file: TigangFile): string {
  return file.folded ?? file.text;
}

function outlineStage(file: TigangFile): void {
  // the file is the outline's input: it reads the folded text, the map and the markup hints
  file.outline = buildOutline(file);
  file.issues.push(...file.outline.warnings);
}

/** Spans that are not body text for extraction: the TOC block, and heading markers (一、 (一) 1.). */
function outlineOf(file: TigangFile): OutlineResult {
  if (!file.outline) throw new Error(`pipeline: stage "${file.stage}" needs the outline`);
  return file.outline;
}

/** Review or tasks, decided once after the outline from its headings and the document's year. */
function zonesStage(file: TigangFile): void {
  const outline = outlineOf(file);
  const referenceDate = file.referenceDate ?? file.metadata?.date ?? null;
  const headings = zoneHeadings(sectionSpans(outline.outline, file.text.length));
  const folded = foldedOf(file);
  file.zones = decideZones(folded, headings, parseIso(referenceDate)?.year ?? inferDocYear(folded));
}

function quantitiesStage(file: TigangFile): void {
  const outline = outlineOf(file);
  const isExcluded = overlapTest([...outline.tocSpans, ...outline.markerSpans]);
  const out: QuantityWithOffsets[] = [];
  const rejected: RejectedCandidate[] | undefined = file.explain ? [] : undefined;
  for (const q of findQuantities(foldedOf(file), { barriers: file.barriers, folded: true, rejected })) {
    if (isExcluded(q.start, q.end)) continue;
    out.push(q);
  }
  file.quantities = out;
  // what a filter rejected in the body, as written (the candidates were read on the folded text)
  if (rejected) {
    file.rejectedQuantities = rejected
      .filter((r) => !isExcluded(r.start, r.end))
      .map((r) => ({ raw: file.text.slice(r.start, r.end), start: r.start, end: r.end, parser: r.parser, filter: r.filter }));
  }
}

function timesStage(file: TigangFile): void {
  const outline = outlineOf(file);
  const inToc = overlapTest(outline.tocSpans);
  const referenceDate = file.referenceDate ?? file.metadata?.date ?? null;
  const out: TimeWithOffsets[] = [];
  const folded = foldedOf(file);
  // the body headings: marker start, marker end, title end
  const headings: HeadingBounds[] = sectionSpans(outline.outline, file.text.length).map((s) => ({
    start: s.headingStart,
    markerEnd: s.headingStart + s.section.marker.length,
    end: s.headingEnd,
  }));
  for (const t of findTimes(folded, { referenceDate, zones: file.zones, headings })) {
    if (inToc(t.start, t.end)) continue;
    out.push(t);
    if (t.kind === 'deadline' && t.resolution === 'unresolved' && referenceDate === null) {
      // the raw as written (the time was read on the folded text)
      const raw = folded.slice(t.start, t.end) === t.raw ? file.text.slice(t.start, t.end) : t.raw;
      file.issues.push({ ...warning('unresolved-deadline', { raw }, 'extract'), span: { start: t.start, end: t.end } });
    }
  }
  file.times = out;
}

function claimsStage(file: TigangFile): void {
  const outline = outlineOf(file);
  file.claims = extractClaims({
    text: foldedOf(file),
    joins: file.joins,
    outline: outline.outline,
    quantities: file.quantities ?? [],
    times: file.times ?? [],
    excluded: outline.tocSpans,
    zones: file.zones,
  });
  unfold(file);
}

/**
 * The stages matched on the folded text: what they output is re-sliced from the text as
 * written (raw, units, titles, markers, claim fields), once every stage that reads the
 * folded forms (zones and claims read section titles) has run.
 */
function unfold(file: TigangFile): void {
  const unfolder = new Unfolder(file.text, foldedOf(file));
  if (unfolder.identity) return;
  const quantities = file.quantities ?? [];
  const times = file.times ?? [];
  for (const q of quantities) unfolder.quantity(q, q.start, q.end);
  for (const t of times) unfolder.time(t, t.start, t.end);
  const outline = outlineOf(file);
  unfolder.sections(outline.outline.children);
  for (const c of [...file.claims!.commitments, ...file.claims!.achievements]) unfolder.claim(c);
  if (outline.toc) unfolder.tocEntries(outline.toc.entries);
}

/** The output document of a file that went through every stage. */
export function toDocument(file: TigangFile): TigangDocument {
  if (file.stage !== 'claims' || !file.metadata || !file.outline || !file.claims) {
    throw new Error(`toDocument: the pipeline stopped after "${file.stage}"; run it to the end`);
  }
  const { claims, outline, metadata, lines } = file;
  // the one place where working spans become positions in the original
  const place = (span: Span) => positionOf(file, span.start, span.end);
  // a record's position is made once: a claim's copy of a quantity or time shares the
  // position object of the document's own record
  const positions = new Map<object, Position>();
  const at = (record: Span): Position => {
    let p = positions.get(record);
    if (!p) positions.set(record, (p = place(record)));
    return p;
  };
  // quantities inside a claim take its kind and id (the claim holds the very record)
  const owner = new Map<QuantityAt, ClaimAt>();
  for (const list of [claims.commitments, claims.achievements]) {
    for (const claim of list) for (const q of claim.quantities) owner.set(q, claim);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: file.path, format: file.format, encoding: file.encoding, length: file.original.length },
    title: metadata.title?.text ?? null,
    metadata,
    removed: [...file.removed]
      .sort((a, b) => a.start - b.start)
      .map((r): RemovedSpan => ({ reason: r.reason, text: r.text, position: lines.position(r.start, r.end) })),
    truncation: truncationOf(file.cuts, lines),
    toc: outline.toc && tocOutput(outline.toc, place),
    outline: outlineOutput(outline.outline, place),
    quantities: (file.quantities ?? []).map((q): Quantity => {
      const o = owner.get(q);
      return quantityRecord(q, o ? o.kind : 'other', o ? o.id : null, at(q));
    }),
    deadlines: (file.times ?? []).map((t): TimeExpression => timeRecord(t, at(t))),
    commitments: claims.commitments.map((c) => claimOutput(c, at)),
    achievements: claims.achievements.map((c) => claimOutput(c, at)),
    warnings: file.issues.map((issue) => warningOutput(issue, file)),
    ...(file.rejectedQuantities
      ? { explain: { quantities: { rejected: file.rejectedQuantities.map((r): RejectedQuantity => ({ raw: r.raw, position: place(r), parser: r.parser, filter: r.filter })) } } }
      : {}),
  };
}

/** The output's warning: an issue's span becomes its position (`file`: the original's lines and the working → original map). */
export function warningOutput(issue: FileIssue, file: Pick<TigangFile, 'lines' | 'map'>): Warning {
  const { span, originalSpan } = issue;
  if (span) return warning(issue.code, issue.params as never, issue.stage, positionOf(file, span.start, span.end));
  if (originalSpan) return warning(issue.code, issue.params as never, issue.stage, file.lines.position(originalSpan.start, originalSpan.end));
  return issue;
}

function truncationOf(cuts: readonly Cut[], lines: Locator): Truncation {
  const known = cuts.filter((c) => c.missingChars !== null);
  const stated = cuts.find((c) => c.statedTotalChars !== null)?.statedTotalChars ?? null;
  // a tail notice states the whole text's shortfall, which includes the omitted cuts before it
  const tail = cuts.find((c) => c.kind === 'tail' && c.missingChars !== null);
  const missing = tail ? tail.missingChars : known.length ? known.reduce((n, c) => n + (c.missingChars ?? 0), 0) : null;
  return {
    truncated: cuts.length > 0,
    missingChars: missing,
    statedTotalChars: stated,
    cuts: cuts.map((c) => ({ kind: c.kind, missingChars: c.missingChars, position: lines.position(c.start, c.end) })),
  };
}

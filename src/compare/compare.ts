// compare(a, b): how two policy texts relate. Browser-safe; imports only the schema's TYPES.
import { diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import { TigangError } from '../errors.js';
import { Locator } from '../location.js';
import { parse } from '../parse.js';
import type { Segmenter } from '../segment/types.js';
import type { CompareResult, DiffOp, DocumentKeywords, Keyword, ReusePassage } from '../schema/compare.js';
import { COMPARE_SCHEMA_VERSION } from './version.js';
import type { TigangDocument } from '../schema/document.js';
import { FORMULAIC_PHRASES } from '../zh/slogans.js';
import { compareCommitments, type CommitmentOptions } from './commitments.js';
import { buildKey, foldForCompare, isContentChar, NUMBER, type Key } from './fold.js';
import { extractKeywords, sectionKeywords, snapToWords, themeScores } from './keywords.js';
import { jaccard, shingleHashes } from './minhash.js';
import { coverage, DEFAULT_REUSE, findChains, selectPassages, type RawPassage, type ReuseOptions } from './reuse.js';
import { alignSections, flattenSections, withinBudget, type AlignOptions, type FlatSection } from './sections.js';

/** A text, or a parsed document with the original text it was parsed from (positions point into it). */
export type CompareInput = string | { text: string; document?: TigangDocument; path?: string | null };

export interface FormulaicOptions {
  /** Phrases that mark 套话; default the shipped list (src/zh/slogans.ts). */
  phrases?: readonly string[];
  /** Add to the shipped list instead of replacing it; default true. */
  extend?: boolean;
  /** Share of a passage's characters inside formulaic phrases that makes it formulaic; default 0.5. */
  share?: number;
  /** A further test, e.g. corpus document frequency (compareCorpus's `isCommon`). */
  isFormulaic?: (text: string) => boolean;
}

export interface CompareOptions {
  /** Reuse detection: seedLength (8), minLength (12), maxEdit (6), maxSeedOccurrences (64). */
  reuse?: Partial<ReuseOptions>;
  /** Section alignment: pin or forbid pairs [idA, idB], minScore (0.3). */
  sections?: AlignOptions;
  formulaic?: FormulaicOptions;
  commitments?: CommitmentOptions;
  /** Keywords per document (default 20) and per section (default 5). */
  keywords?: { limit?: number; perSection?: number };
  /** A word segmenter: when given, keywords shown to people are kept only when they are whole words. */
  segmenter?: Segmenter;
  /** Characters per shingle for the content score; default 5. */
  shingleLength?: number;
}

interface Side {
  text: string;
  doc: TigangDocument;
  folded: string;
  key: Key;
  locator: Locator;
  sections: FlatSection[];
}

function resolve(input: CompareInput, label: 'a' | 'b'): { text: string; doc: TigangDocument } {
  if (typeof input === 'string') return { text: input, doc: parse(input) };
  if (input && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string') {
    const text = input.text;
    const doc = input.document ?? parse(text, { path: input.path ?? null });
    if (doc.source.length !== text.length) {
      throw new TigangError('invalid-input', `compare: ${label}.text is not the text ${label}.document was parsed from (lengths ${text.length} and ${doc.source.length}).`, { side: label });
    }
    return { text, doc };
  }
  if (input && typeof input === 'object' && 'outline' in (input as object)) {
    throw new TigangError('invalid-input', `compare: ${label} is a parsed document without its text; pass { document, text } (positions point into the original text).`, { side: label });
  }
  throw new TigangError('invalid-input', `compare: ${label} must be a string or { text, document? }.`, { side: label, type: typeof input });
}

function side(input: CompareInput, label: 'a' | 'b'): Side {
  const { text, doc } = resolve(input, label);
  const folded = foldForCompare(text);
  const key = buildKey(text);
  return { text, doc, folded, key, locator: new Locator(text), sections: flattenSections(doc.outline.children, text, key, folded) };
}

type Diff = [number, string][];

/** Where offset `x` of the diff's first text falls in its second text (`forward`), or the reverse. */
function mapThrough(diff: Diff, x: number, forward: boolean): number {
  let from = 0;
  let to = 0;
  for (const [op, text] of diff) {
    const mine = forward ? op !== 1 : op !== -1;
    const theirs = forward ? op !== -1 : op !== 1;
    if (mine && x <= from + text.length) return theirs ? to + (x - from) : to;
    if (mine) from += text.length;
    if (theirs) to += text.length;
  }
  return to;
}

/**
 * Cuts passages where a section of A or of B begins inside them, so that each passage names the
 * sections it lies in (a passage copied across 一、 and its (一) becomes two); no piece is made
 * shorter than minLength.
 */
function splitAtHeadings(passages: readonly RawPassage[], A: Side, B: Side, minLength: number): RawPassage[] {
  const startsA = [...new Set(A.sections.map((s) => s.keyStart))].sort((x, y) => x - y);
  const startsB = [...new Set(B.sections.map((s) => s.keyStart))].sort((x, y) => x - y);
  const out: RawPassage[] = [];
  for (const p of passages) {
    let diff: Diff | null = null;
    const diffOf = (): Diff => (diff ??= diffMain(A.key.text.slice(p.aStart, p.aEnd), B.key.text.slice(p.bStart, p.bEnd)));
    const cuts: [number, number][] = [];
    for (const x of startsA) if (x > p.aStart && x < p.aEnd) cuts.push([x, p.bStart + mapThrough(diffOf(), x - p.aStart, true)]);
    for (const y of startsB) if (y > p.bStart && y < p.bEnd) cuts.push([p.aStart + mapThrough(diffOf(), y - p.bStart, false), y]);
    if (!cuts.length) {
      out.push(p);
      continue;
    }
    cuts.sort((u, v) => u[0] - v[0] || u[1] - v[1]);
    // a cut that would leave a piece shorter than minLength is not made (the piece stays joined)
    let a0 = p.aStart;
    let b0 = p.bStart;
    const pieces: RawPassage[] = [];
    for (const [x, y] of cuts) {
      if (x - a0 < minLength || y - b0 < minLength || p.aEnd - x < minLength || p.bEnd - y < minLength) continue;
      pieces.push({ aStart: a0, aEnd: x, bStart: b0, bEnd: y, matched: Math.min(x - a0, p.matched) });
      a0 = x;
      b0 = y;
    }
    pieces.push({ aStart: a0, aEnd: p.aEnd, bStart: b0, bEnd: p.bEnd, matched: Math.min(p.aEnd - a0, p.matched) });
    out.push(...pieces);
  }
  return out;
}

/** The key with each number placeholder written out again (folded digits). */
function literalKey(s: Side): string {
  const parts: string[] = [];
  const text = s.key.text;
  let from = 0;
  for (let i = text.indexOf(NUMBER); i >= 0; i = text.indexOf(NUMBER, i + 1)) {
    parts.push(text.slice(from, i), s.folded.slice(s.key.start[i]!, s.key.end[i]!));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Marks the key characters inside occurrences of the formulaic phrases. */
export function formulaicMask(key: string, phraseKeys: readonly string[]): Uint8Array {
  const mask = new Uint8Array(key.length);
  for (const p of phraseKeys) {
    if (p.length < 2) continue;
    for (let i = key.indexOf(p); i >= 0; i = key.indexOf(p, i + 1)) mask.fill(1, i, i + p.length);
  }
  return mask;
}

let defaultPhraseKeys: string[] | null = null;

export function phraseKeys(options: FormulaicOptions = {}): string[] {
  if (!options.phrases) return (defaultPhraseKeys ??= FORMULAIC_PHRASES.map((p) => buildKey(p).text));
  const own = options.phrases.map((p) => buildKey(p).text);
  return options.extend === false ? own : [...phraseKeys({}), ...own];
}

/** The deepest section whose span holds the offset (sections are in document order). */
function sectionAt(sections: readonly FlatSection[], offset: number): string | null {
  let found: string | null = null;
  for (const s of sections) {
    const start = s.section.position?.start.offset ?? s.section.heading?.position.start.offset;
    const end = s.section.position?.end.offset ?? s.section.heading?.position.end.offset;
    if (start === undefined || end === undefined) continue;
    if (start > offset) break;
    if (offset < end) found = s.ref.id;
  }
  return found;
}

/** Three decimals; only an exact 1 is shown as 1 (a near-identical text is 0.999, not 1). */
const round = (x: number): number => {
  const r = Math.round(x * 1000) / 1000;
  return r === 1 && x < 1 ? 0.999 : r;
};

function toDiff(a: string, b: string): DiffOp[] {
  if (a === b) return [];
  const diff = diffMain(a, b);
  diffCleanupSemantic(diff);
  return diff.map(([op, text]) => [op as -1 | 0 | 1, text]);
}

function keyIdentity(a: string, b: string): number {
  if (a === b) return 1;
  let same = 0;
  for (const [op, text] of diffMain(a, b)) if (op === 0) same += text.length;
  return same / Math.max(a.length, b.length);
}

function keywordsOf(s: Side, options: CompareOptions): DocumentKeywords & { candidates: Keyword[] } {
  const limit = options.keywords?.limit ?? 20;
  const perSection = options.keywords?.perSection ?? 5;
  let candidates = extractKeywords(s.folded, Math.max(200, limit * 4));
  if (options.segmenter) candidates = snapToWords(candidates, s.folded, options.segmenter);
  const forSections = candidates.slice(0, 80);
  const sections = s.sections.filter((x) => x.depth <= 2).map((x) => ({ id: x.ref.id, keywords: sectionKeywords(x.body, forSections, perSection) }));
  return { keywords: candidates.slice(0, limit), themes: themeScores(s.folded), sections, candidates };
}

/**
 * Compares two policy texts (or parsed documents with their texts): similarity with its parts,
 * containment both ways, the two outlines aligned, reused passages with positions in both
 * originals, targets matched and typed, keywords. Pure and synchronous; runs in a browser.
 */
export function compare(a: CompareInput, b: CompareInput, options: CompareOptions = {}): CompareResult {
  const A = side(a, 'a');
  const B = side(b, 'b');
  const reuseOptions: ReuseOptions = { ...DEFAULT_REUSE, ...options.reuse };
  const k = options.shingleLength ?? 5;

  // content compares the figures too (the key masks them for alignment): two texts that differ
  // only in their targets are not identical
  const content = jaccard(shingleHashes(literalKey(A), k), shingleHashes(literalKey(B), k));

  // identical keys are one passage (seeds skip n-grams repeated more than maxSeedOccurrences times,
  // which would leave a highly repetitive text unmatched against itself)
  const n = A.key.text.length;
  const chains = A.key.text === B.key.text && n > 0 ? [{ aStart: 0, aEnd: n, bStart: 0, bEnd: n, matched: n }] : findChains(A.key.text, B.key.text, reuseOptions);
  const passages = splitAtHeadings(selectPassages(chains, A.key, B.key, reuseOptions), A, B, reuseOptions.minLength);
  const long = chains.filter((c) => c.aEnd - c.aStart >= reuseOptions.minLength);
  const aInB = coverage(A.key.text, long.map((c) => [c.aStart, c.aEnd] as const));
  const bInA = coverage(B.key.text, long.map((c) => [c.bStart, c.bEnd] as const));

  const keys = phraseKeys(options.formulaic);
  const maskA = formulaicMask(A.key.text, keys);
  const maskB = formulaicMask(B.key.text, keys);
  const share = options.formulaic?.share ?? 0.5;
  const isFormulaic = (p: RawPassage, textA: string): boolean => {
    let total = 0;
    let inPhrase = 0;
    for (let i = p.aStart; i < p.aEnd; i++) {
      if (!isContentChar(A.key.text.charCodeAt(i))) continue;
      total++;
      if (maskA[i]) inPhrase++;
    }
    let totalB = 0;
    let inB = 0;
    for (let i = p.bStart; i < p.bEnd; i++) {
      if (!isContentChar(B.key.text.charCodeAt(i))) continue;
      totalB++;
      if (maskB[i]) inB++;
    }
    if (total && inPhrase >= share * total && totalB && inB >= share * totalB) return true;
    return options.formulaic?.isFormulaic?.(textA) ?? false;
  };

  const reuse: ReusePassage[] = passages.map((p) => {
    const aStart = A.key.start[p.aStart]!;
    const aEnd = A.key.end[p.aEnd - 1]!;
    const bStart = B.key.start[p.bStart]!;
    const bEnd = B.key.end[p.bEnd - 1]!;
    const textA = A.text.slice(aStart, aEnd);
    const textB = B.text.slice(bStart, bEnd);
    const ka = A.key.text.slice(p.aStart, p.aEnd);
    const kb = B.key.text.slice(p.bStart, p.bEnd);
    return {
      text: textA,
      length: p.aEnd - p.aStart,
      identity: round(keyIdentity(ka, kb)),
      formulaic: isFormulaic(p, textA),
      a: { sectionId: sectionAt(A.sections, aStart), position: A.locator.position(aStart, aEnd), text: textA },
      b: { sectionId: sectionAt(B.sections, bStart), position: B.locator.position(bStart, bEnd), text: textB },
      diff: toDiff(textA, textB),
    };
  });

  const substantive = passages.filter((_, i) => !reuse[i]!.formulaic);
  const reuseScore = (coverage(A.key.text, passages.map((p) => [p.aStart, p.aEnd] as const)) + coverage(B.key.text, passages.map((p) => [p.bStart, p.bEnd] as const))) / 2;
  const reuseNonFormulaic = (coverage(A.key.text, substantive.map((p) => [p.aStart, p.aEnd] as const)) + coverage(B.key.text, substantive.map((p) => [p.bStart, p.bEnd] as const))) / 2;

  const { candidates: candA, ...kwA } = keywordsOf(A, options);
  const { candidates: candB, ...kwB } = keywordsOf(B, options);
  // shared terms: the most specific first (long and rare in the documents: 立德树人 before 教育)
  const specificity = (k: Keyword): number => (Math.min(k.term.length, 6) - 1) / Math.log2(1 + k.count);
  const inBoth = new Set<string>();
  const terms = [...candA.filter((k) => B.folded.includes(k.term)), ...candB.filter((k) => A.folded.includes(k.term))]
    .filter((k) => !inBoth.has(k.term) && inBoth.add(k.term))
    .sort((x, y) => specificity(y) - specificity(x))
    .slice(0, 120);
  const budget = withinBudget(A.sections, B.sections);
  const alignment = alignSections(budget.A, budget.B, options.sections, terms);
  const warnings: CompareResult['warnings'] = [];
  if (budget.maxDepth !== null) {
    warnings.push({ code: 'sections-truncated', message: `${A.sections.length} × ${B.sections.length} sections: only sections down to depth ${budget.maxDepth} were aligned.` });
  }
  const structure = alignment.structure;
  // Content and substantive reuse weigh most; structure adds what the outlines say. A text
  // against itself scores 1 on every part, so 1 in all.
  const similarity = structure === null ? 0.5 * content + 0.5 * reuseNonFormulaic : 0.4 * content + 0.4 * reuseNonFormulaic + 0.2 * structure;

  const termsB = new Set(kwB.keywords.map((x) => x.term));

  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    a: { path: A.doc.source.path, title: A.doc.title, length: A.text.length },
    b: { path: B.doc.source.path, title: B.doc.title, length: B.text.length },
    similarity: round(similarity),
    scores: { content: round(content), structure, reuse: round(reuseScore), reuseNonFormulaic: round(reuseNonFormulaic) },
    containment: { aInB: round(aInB), bInA: round(bInA) },
    sections: alignment.pairs,
    onlyInA: alignment.onlyInA,
    onlyInB: alignment.onlyInB,
    reuse,
    commitments: compareCommitments(A.doc, A.folded, B.doc, B.folded, options.commitments),
    keywords: { a: kwA, b: kwB, shared: kwA.keywords.map((x) => x.term).filter((t) => termsB.has(t)) },
    warnings,
  };
}

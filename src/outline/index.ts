import { message } from '../messages.js';
import type { Positioner } from '../positioner.js';
import type { Warning } from '../schema/diagnostics.js';
import type { OutlineRoot, Section, Toc, TocEntry } from '../schema/outline.js';
import { acceptHeadings, type Accepted } from './accept.js';
import { findAppendices } from './appendix.js';
import { scanMarkers, type Candidate, type Scan } from './scan.js';
import { foldWidth } from '../text/fold.js';
import { titleEnd } from './title-end.js';
import { trimSpan, sameTitle } from './titles.js';
import { detectToc, type TocBlock, type TocLine } from './toc.js';
import { placeHeadings, type PlaceItem, type Placement } from './tree.js';

export interface OutlineOptions {
  /** Headings known from the input's own markup (Markdown headings and list items), in working-text offsets. */
  hints?: readonly { start: number; end: number; kind: 'heading' | 'list-item'; level?: number }[];
}

export interface OutlineResult {
  outline: OutlineRoot;
  toc: Toc | null;
  warnings: Warning[];
  /** Spans of heading markers (一、 (一) 1.) in working-text offsets: not quantities. */
  markerSpans: { start: number; end: number }[];
  /** Spans of the TOC block, in working-text offsets: not body. */
  tocSpans: { start: number; end: number }[];
}

/** A heading of the merged sequence: found in the body, or known only from the TOC. */
interface Draft {
  cand: Candidate;
  /** The TOC line it came from or was matched to. */
  toc: TocLine | null;
  body: boolean;
  strict: boolean;
  titleStart: number;
  titleEnd: number;
  /** The title was cut at the length limit: nothing told where it ends. */
  uncertain?: boolean;
}

/** Characters removed by the cleaner between two working offsets: a paywall cut shows as a large jump. */
const CUT_MIN = 40;
/** A heading in a line this long sits in a text whose line breaks were lost (paragraphs are shorter). */
const LINELESS = 3000;
/** A whole text on one line is lineless when it is longer than this (a few paragraphs). */
const SHORT_TEXT = 200;
/** A title runs at most this far (a "heading" in a text without punctuation). */
const MAX_TITLE = 200;

/** Finds the headings of the body of a cleaned text and builds the outline tree. */
export function buildOutline(text: string, positioner: Positioner, options: OutlineOptions = {}): OutlineResult {
  const scan = scanMarkers(text, options.hints ?? []);
  const block = detectToc(scan);
  const inToc = (offset: number) => block !== null && offset >= block.start && offset < block.end;
  if (block !== null) bodyStartsAfter(scan, block.end);
  const appendices = findAppendices(text);
  // candidates and attachment lists are both in text order: one pass
  let li = 0;
  const inList = (offset: number) => {
    const lists = appendices.lists;
    while (li < lists.length && lists[li]!.end <= offset) li++;
    return li < lists.length && offset >= lists[li]!.start;
  };
  const accepted = acceptHeadings(
    scan,
    scan.candidates.filter((c) => !inToc(c.start) && !inList(c.start)),
  );
  const bodyDrafts = titled(scan, accepted);

  // Align TOC lines with body headings; headings only in the TOC are inserted where they belong.
  const tocLines = block?.lines ?? [];
  const pairs = align(text, tocLines, bodyDrafts);
  const useToc = block !== null && (pairs.length > 0 || bodyDrafts.length === 0);
  const merged = useToc && block ? mergeWithToc(block, bodyDrafts, pairs, positioner) : bodyDrafts;

  // the tree's input: the headings, with appendix starts (附件1) closing every open section
  const items: PlaceItem[] = [];
  const draftAt: number[] = [];
  let r = 0;
  for (const d of merged) {
    while (d.body && r < appendices.resets.length && appendices.resets[r]! < d.cand.start) {
      items.push({ key: '', family: d.cand.family, ordinal: 0, reset: true });
      r++;
    }
    draftAt.push(items.length);
    items.push({
      key: d.cand.key,
      family: d.cand.family,
      ordinal: d.cand.ordinal,
      strict: d.body && d.strict && d.toc === null,
      lenient: !d.body || d.toc !== null || d.cand.hinted,
      line: !d.body || d.cand.context === 'line',
    });
  }
  const rawPlacements = placeHeadings(items);
  const itemToDraft = new Map<number, number>();
  draftAt.forEach((itemIndex, draftIndex) => itemToDraft.set(itemIndex, draftIndex));
  const placements: (Placement | null)[] = draftAt.map((itemIndex) => {
    const p = rawPlacements[itemIndex];
    if (!p) return null;
    return { ...p, parent: p.parent < 0 ? -1 : itemToDraft.get(p.parent)! };
  });

  // Final titles: a run-in title ends at the next heading that was kept.
  const keptBody = merged.filter((d, i) => d.body && placements[i] !== null);
  retitle(scan, keptBody);

  const { outline, idOf, nodeOf } = buildTree(text, positioner, merged, placements);

  const warnings: Warning[] = [];
  merged.forEach((d, i) => {
    const p = placements[i];
    if (!p) return;
    const node = nodeOf.get(i)!;
    if (!d.body) {
      warnings.push({ code: 'toc-only-heading', message: message('toc-only-heading', { marker: d.cand.marker }), position: positioner.position(d.cand.start, d.titleEnd), source: 'outline' });
    } else {
      if (p.expected !== undefined && d.toc === null && !d.cand.hinted) {
        warnings.push({
          code: 'ordinal-gap',
          message: message('ordinal-gap', { previous: p.expected - 1, current: p.ordinal }),
          position: node.heading!.position,
          source: 'outline',
        });
      }
      if (p.parent >= 0 && !merged[p.parent]!.body) {
        warnings.push({ code: 'orphan-heading', message: message('orphan-heading', { marker: d.cand.marker }), position: node.heading!.position, source: 'outline' });
      }
    }
  });

  const markerSpans = merged
    .filter((d, i) => d.body && placements[i] !== null)
    .map((d) => ({ start: d.cand.start, end: d.cand.markerEnd }));
  for (const line of tocLines) markerSpans.push({ start: line.cand.start, end: line.cand.markerEnd });
  markerSpans.sort((a, b) => a.start - b.start);

  const toc = block ? buildToc(block, positioner, merged, placements, idOf, useToc) : null;
  return {
    outline,
    toc,
    warnings,
    markerSpans,
    tocSpans: block ? [{ start: block.start, end: block.end }] : [],
  };
}

/**
 * The body's first heading right after a table of contents on the same line ("…第三章附则5
 * 第一章总则…") stands at a boundary, as after 。.
 */
function bodyStartsAfter(scan: Scan, tocEnd: number): void {
  for (const c of scan.candidates) {
    if (c.start < tocEnd) continue;
    if (c.context === 'mid' && /^[ \t\u3000….。·•．\-—_\d]*$/.test(scan.text.slice(tocEnd, c.start))) c.context = 'clause';
    break;
  }
}

/** Provisional titles of the accepted headings; headings left without a title are dropped. */
function titled(scan: Scan, accepted: readonly Accepted[]): Draft[] {
  let drafts: Draft[] = accepted.map((a) => ({ cand: a.cand, toc: null, body: true, strict: a.strict, titleStart: a.cand.titleStart, titleEnd: a.cand.titleStart }));
  for (let round = 0; round < 2; round++) {
    retitle(scan, drafts);
    drafts = drafts.filter((d) => d.titleEnd > d.titleStart);
  }
  return drafts;
}

/** Sets each draft's title span: to the first 。；：！？ or line end, or the next heading. */
function retitle(scan: Scan, drafts: Draft[]): void {
  const { text } = scan;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const c = d.cand;
    const nextStart = i + 1 < drafts.length ? drafts[i + 1]!.cand.start : text.length;
    let ts = c.titleStart;
    // the title never runs into the next kept heading (a heading right after the marker leaves it empty)
    let te = Math.min(c.seriesEnd, nextStart);
    if (te <= ts && (text[ts] === '\n' || text[ts] === '\r') && c.context === 'line') {
      // a marker alone on its line: the title is the next line's first clause
      let k = ts;
      const limit = Math.min(text.length, ts + 400);
      while (k < limit && /[\s\u3000\u00a0\u200b\ufeff]/.test(text[k]!)) k++;
      if (k < limit && k < nextStart) {
        ts = k;
        // a Markdown heading that holds only its marker ("# 一、") takes the next line too
        te = Math.min(scan.breakAt(k), nextStart, c.hintEnd !== undefined && c.hintEnd > k ? c.hintEnd : text.length);
      }
    }
    let [s, e] = trimSpan(text, ts, Math.min(Math.max(ts, te), ts + MAX_TITLE));
    if (c.context !== 'line') e = spaceEnd(text, s, e);
    // a title that runs on into its paragraph (line breaks lost): see title-end.ts
    const onOwnLine = c.context === 'line' && (e >= text.length || scan.lineEndAt(s) <= Math.max(te, e) || d.cand.hinted);
    const lineless = c.lineEnd - c.lineStart > LINELESS || (c.lineEnd - c.lineStart > SHORT_TEXT && c.lineEnd - c.lineStart >= text.trimEnd().length - 2);
    const bounded = titleEnd(text, s, e, c.family, onOwnLine, lineless);
    if (bounded.rule !== null) [s, e] = trimSpan(text, s, bounded.end);
    let uncertain = bounded.rule === 'limit';
    // the table of contents says where the title ends, when the body repeats it word for word
    // (a one-line text: "一、补齐硬件短板 筑牢优质均衡“基础桩”一是…")
    if (d.toc !== null && !onOwnLine) {
      const known = extentOf(text, s, d.toc.title, nextStart);
      if (known > s) {
        e = known;
        uncertain = false;
      }
    }
    d.titleStart = s;
    d.titleEnd = e;
    d.uncertain = uncertain;
  }
}

/**
 * Where `title` ends if the text at `from` spells it out (spaces and width aside), else -1;
 * never past `limit`.
 */
function extentOf(text: string, from: number, title: string, limit: number): number {
  const want = foldWidth(title).replace(/[\s\u3000]/g, '');
  if (want.length === 0) return -1;
  let k = from;
  let i = 0;
  while (i < want.length && k < limit) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0') {
      k++;
      continue;
    }
    if (foldWidth(c) !== want[i]) return -1;
    i++;
    k++;
  }
  return i === want.length ? k : -1;
}

/** Text after a space that is this long is a paragraph, not the rest of a run-in title. */
const PARAGRAPH_AFTER_SPACE = 10;

/**
 * A run-in title ends at a space followed by a paragraph ("一、总体要求 以习近平新时代中国特色
 * 社会主义思想为指导，": paragraphs joined into one line with spaces). A short second phrase
 * stays (聚焦关键 精准发力).
 */
function spaceEnd(text: string, start: number, end: number): number {
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0x3000 && c !== 9) continue;
    let j = i;
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000 || text.charCodeAt(j) === 9)) j++;
    if (end - j >= PARAGRAPH_AFTER_SPACE) return i;
    i = j;
  }
  return end;
}

/** Longest common subsequence of TOC lines and body headings (same marker, same title start). */
function align(text: string, lines: readonly TocLine[], body: readonly Draft[]): [number, number][] {
  const n = lines.length;
  const m = body.length;
  if (n === 0 || m === 0) return [];
  const titles = body.map((d) => text.slice(d.titleStart, d.titleEnd));
  const eq = (i: number, j: number) => {
    const t = lines[i]!;
    const b = body[j]!;
    return t.cand.key === b.cand.key && t.cand.ordinal === b.cand.ordinal && sameTitle(t.title, titles[j]!);
  };
  if (n * m > 4_000_000) {
    // too large for the table: greedy, in order
    const pairs: [number, number][] = [];
    let j = 0;
    for (let i = 0; i < n && j < m; i++) {
      for (let k = j; k < Math.min(m, j + 200); k++) {
        if (eq(i, k)) {
          pairs.push([i, k]);
          j = k + 1;
          break;
        }
      }
    }
    return pairs;
  }
  const w = m + 1;
  const dp = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = eq(i, j) ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (eq(i, j)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The body headings with the TOC-only ones inserted: between two matched headings, the
 * unmatched body headings come first, then the TOC-only ones — unless the cleaner cut
 * text out (a paywall) before one of those body headings: the TOC-only ones go there.
 */
function mergeWithToc(
  block: TocBlock,
  body: readonly Draft[],
  pairs: readonly [number, number][],
  positioner: Positioner,
): Draft[] {
  const lines = block.lines;
  const out: Draft[] = [];
  const tocDraft = (t: TocLine): Draft => ({ cand: t.cand, toc: t, body: false, strict: false, titleStart: t.titleStart, titleEnd: t.titleEnd });
  const cutBetween = (a: number, b: number) => b > a && positioner.toOriginal(b) - positioner.toOriginal(a) - (b - a) >= CUT_MIN;
  let ti = 0;
  let bj = 0;
  let prevStart = block.end;
  const emitGap = (tEnd: number, bEnd: number) => {
    const group = body.slice(bj, bEnd);
    let split = group.length;
    let p = prevStart;
    for (let g = 0; g < group.length; g++) {
      if (cutBetween(p, group[g]!.cand.start)) {
        split = g;
        break;
      }
      p = group[g]!.cand.start;
    }
    for (let g = 0; g < split; g++) out.push(group[g]!);
    for (let t = ti; t < tEnd; t++) out.push(tocDraft(lines[t]!));
    for (let g = split; g < group.length; g++) out.push(group[g]!);
  };
  for (const [t, b] of pairs) {
    emitGap(t, b);
    const next = body[b]!;
    out.push({ ...next, toc: lines[t]! });
    prevStart = next.cand.start;
    ti = t + 1;
    bj = b + 1;
  }
  emitGap(lines.length, body.length);
  return out;
}

function buildTree(
  text: string,
  positioner: Positioner,
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
): { outline: OutlineRoot; idOf: Map<number, string>; nodeOf: Map<number, Section> } {
  const nodeOf = new Map<number, Section>();
  const roots: Section[] = [];
  merged.forEach((d, i) => {
    const p = placements[i];
    if (!p) return;
    const c = d.cand;
    const node: Section = {
      type: 'section',
      id: '',
      marker: c.marker.trim(),
      family: c.family,
      ordinal: p.ordinal,
      depth: p.depth,
      title: text.slice(d.titleStart, d.titleEnd),
      ...(d.uncertain ? { titleUncertain: true } : {}),
      origin: d.body ? 'body' : 'toc',
      layout: d.body ? layoutOf(text, d) : 'toc',
      heading: d.body ? { position: positioner.position(c.start, Math.max(c.markerEnd, d.titleEnd)) } : undefined,
      position: undefined, // set below, once the tree is known
      children: [],
    };
    if (!d.body) delete node.heading;
    nodeOf.set(i, node);
    if (p.parent < 0) roots.push(node);
    else nodeOf.get(p.parent)!.children.push(node);
  });

  // ids from the section path, and the pre-order list for the section spans
  const order: number[] = []; // draft indices in pre-order
  const subtreeEnd: number[] = [];
  const childrenOf = new Map<number, number[]>();
  const rootIndices: number[] = [];
  merged.forEach((_, i) => {
    const p = placements[i];
    if (!p) return;
    if (p.parent < 0) rootIndices.push(i);
    else {
      const list = childrenOf.get(p.parent);
      if (list) list.push(i);
      else childrenOf.set(p.parent, [i]);
    }
  });
  const idOf = new Map<number, string>();
  // iterative pre-order (trees can be deep on adversarial input); negative entries close a subtree
  const work: number[] = [];
  for (let k = rootIndices.length - 1; k >= 0; k--) {
    idOf.set(rootIndices[k]!, `s${k + 1}`);
    work.push(rootIndices[k]!);
  }
  const posOf = new Map<number, number>();
  while (work.length) {
    const i = work.pop()!;
    if (i < 0) {
      subtreeEnd[posOf.get(-i - 1)!] = order.length;
      continue;
    }
    const node = nodeOf.get(i)!;
    const id = idOf.get(i)!;
    node.id = id;
    posOf.set(i, order.length);
    order.push(i);
    work.push(-i - 1);
    const kids = childrenOf.get(i) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) {
      idOf.set(kids[k]!, `${id}.${k + 1}`);
      work.push(kids[k]!);
    }
  }

  const bodyEnd = trimEnd(text, 0, text.length);
  // firstStart[k]: the first heading start at or after pre-order index k
  const firstStart = new Float64Array(order.length + 1).fill(-1);
  for (let k = order.length - 1; k >= 0; k--) {
    const d = merged[order[k]!]!;
    firstStart[k] = d.body ? d.cand.start : firstStart[k + 1]!;
  }
  for (let k = 0; k < order.length; k++) {
    const d = merged[order[k]!]!;
    const start = d.body ? d.cand.start : subtreeEnd[k]! > k + 1 ? firstStart[k + 1]! : -1;
    if (start < 0) continue;
    const next = firstStart[subtreeEnd[k]!]!;
    const end = trimEnd(text, start, next >= 0 ? next : bodyEnd);
    nodeOf.get(order[k]!)!.position = positioner.position(start, Math.max(end, start));
  }
  for (const node of nodeOf.values()) if (node.position === undefined) delete node.position;
  const outline: OutlineRoot = { type: 'root', children: roots };
  if (text.length > 0) outline.position = positioner.position(0, text.length);
  return { outline, idOf, nodeOf };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u3000\u00a0\u200b\ufeff]/.test(text[e - 1]!)) e--;
  return e;
}

function layoutOf(text: string, d: Draft): Section['layout'] {
  if (d.cand.context !== 'line') return 'run-in';
  // own line: nothing but closing punctuation after the title on its line
  let k = d.titleEnd;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') {
    if (!/[\s\u3000\u00a0。.．;；:：,，!！?？]/.test(text[k]!)) return 'run-in';
    k++;
  }
  return 'line';
}

function buildToc(
  block: TocBlock,
  positioner: Positioner,
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
  idOf: Map<number, string>,
  used: boolean,
): Toc {
  const ownPlacement = placeHeadings(
    block.lines.map((l) => ({ key: l.cand.key, family: l.cand.family, ordinal: l.cand.ordinal, lenient: true, line: true })),
  );
  const sectionOf = new Map<TocLine, string>();
  if (used) {
    merged.forEach((d, i) => {
      if (d.toc && placements[i]) sectionOf.set(d.toc, idOf.get(i)!);
    });
  }
  const entries: TocEntry[] = block.lines.map((l, i) => ({
    marker: l.cand.marker.trim(),
    family: l.cand.family,
    ordinal: ownPlacement[i]?.ordinal ?? l.cand.ordinal,
    depth: ownPlacement[i]?.depth ?? 1,
    title: l.title,
    position: positioner.position(l.cand.start, l.titleEnd),
    sectionId: sectionOf.get(l) ?? null,
  }));
  return { position: positioner.position(block.start, block.end), entries };
}


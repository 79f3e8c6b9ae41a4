import { identityMap, type OffsetMap, type Span } from '../offset-map.js';
import { acceptHeadings } from './accept.js';
import { alignHeadings } from './align.js';
import { findAppendices } from './appendix.js';
import { retitle, titled } from './draft-titles.js';
import type { OutlineToc, OutlineTree, SpanWarning } from './nodes.js';
import { scanMarkers, type Scan } from './scan.js';
import { buildTree } from './sections.js';
import { detectToc, LEADER_GAP } from './toc.js';
import { buildToc, mergeWithToc } from './toc-merge.js';
import { placeHeadings, type PlaceItem, type Placement } from './tree.js';
import { outlineWarnings } from './warnings.js';

// The outline stage: scan the markers, find the TOC, accept the headings, give them titles,
// align and merge them with the TOC, place them in a tree. Each step lives in its own module.
// Everything is in working-text offsets; `toDocument` makes the positions (./output.ts).

export type { OutlineSection, OutlineToc, OutlineTocEntry, OutlineTree, SpanWarning } from './nodes.js';

/** A heading or list item known from the input's own markup (Markdown, HTML), in working-text offsets. */
export interface Hint {
  start: number;
  end: number;
  kind: 'heading' | 'list-item';
  level?: number;
}

/** The markup hints (the projectors type their hints by it). */
export type OutlineOptions = Pick<OutlineInput, 'hints'>;

/** What the outline stage reads of the pipeline file (a `TigangFile` after the clean stage is one). */
export interface OutlineInput {
  /** The working text. */
  text: string;
  /** The working text folded for matching, of the same length: read instead of `text` when given. */
  folded?: string | undefined;
  /** Working → original offsets, read only to see where the cleaner cut much text out (a paywall); default: none cut. */
  map?: OffsetMap;
  /** Headings known from the input's markup. */
  hints?: readonly Hint[];
}

export interface OutlineResult {
  /** The tree, with working-text spans (`toDocument` gives the output's positions). */
  outline: OutlineTree;
  toc: OutlineToc | null;
  /** The outline's warnings, each about a working-text span. */
  warnings: SpanWarning[];
  /** Spans of heading markers (一、 (一) 1.) in working-text offsets: not quantities. */
  markerSpans: Span[];
  /** Spans of the TOC block, in working-text offsets: not body. */
  tocSpans: Span[];
}

/** Finds the headings of the body of a cleaned text and builds the outline tree. */
export function buildOutline(input: OutlineInput): OutlineResult {
  const text = input.folded ?? input.text;
  const scan = scanMarkers(text, input.hints ?? [], input.folded !== undefined);
  const block = detectToc(scan);
  const inToc = (offset: number) => block !== null && offset >= block.start && offset < block.end;
  if (block !== null) bodyStartsAfter(scan, block.end);
  const appendices = findAppendices(text, scan.openers);
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
  const pairs = alignHeadings(
    tocLines.map((l) => ({ key: l.cand.key, ordinal: l.cand.ordinal, title: l.title })),
    bodyDrafts.map((d) => ({ key: d.cand.key, ordinal: d.cand.ordinal, title: text.slice(d.titleStart, d.titleEnd) })),
  );
  const useToc = block !== null && (pairs.length > 0 || bodyDrafts.length === 0);
  const merged = useToc && block ? mergeWithToc(block, bodyDrafts, pairs, input.map ?? identityMap) : bodyDrafts;

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

  const { outline, idOf, nodeOf } = buildTree(text, merged, placements);

  const warnings = outlineWarnings(merged, placements, nodeOf);

  const markerSpans = keptBody.map((d) => ({ start: d.cand.start, end: d.cand.markerEnd }));
  for (const line of tocLines) markerSpans.push({ start: line.cand.start, end: line.cand.markerEnd });
  markerSpans.sort((a, b) => a.start - b.start);

  const toc = block ? buildToc(block, merged, placements, idOf, useToc) : null;
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
    if (c.context === 'mid' && LEADER_GAP.test(scan.text.slice(tocEnd, c.start))) c.context = 'clause';
    break;
  }
}


import type { OffsetMap } from '../offset-map.js';
import type { Draft } from './draft.js';
import type { OutlineToc, OutlineTocEntry } from './nodes.js';
import type { TocBlock, TocLine } from './toc.js';
import { placeHeadings, type Placement } from './tree.js';

/** Characters removed by the cleaner between two working offsets: a paywall cut shows as a large jump. */
const CUT_MIN = 40;

/**
 * The body headings with the TOC-only ones inserted: between two matched headings, the
 * unmatched body headings come first, then the TOC-only ones — unless the cleaner cut
 * text out (a paywall) before one of those body headings: the TOC-only ones go there.
 */
export function mergeWithToc(
  block: TocBlock,
  body: readonly Draft[],
  pairs: readonly [number, number][],
  /** Working → original offsets: read only to see how much text the cleaner removed between two headings. */
  map: OffsetMap,
): Draft[] {
  const lines = block.lines;
  const out: Draft[] = [];
  const tocDraft = (t: TocLine): Draft => ({ cand: t.cand, toc: t, body: false, strict: false, titleStart: t.titleStart, titleEnd: t.titleEnd });
  const cutBetween = (a: number, b: number) => b > a && map.toSource(b) - map.toSource(a) - (b - a) >= CUT_MIN;
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

export function buildToc(
  block: TocBlock,
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
  idOf: readonly (string | undefined)[],
  used: boolean,
): OutlineToc {
  const ownPlacement = placeHeadings(
    block.lines.map((l) => ({ key: l.cand.key, family: l.cand.family, ordinal: l.cand.ordinal, lenient: true, line: true })),
  );
  const sectionOf = new Map<TocLine, string>();
  if (used) {
    merged.forEach((d, i) => {
      if (d.toc && placements[i]) sectionOf.set(d.toc, idOf[i]!);
    });
  }
  const entries: OutlineTocEntry[] = block.lines.map((l, i) => ({
    marker: l.cand.marker.trim(),
    family: l.cand.family,
    ordinal: ownPlacement[i]?.ordinal ?? l.cand.ordinal,
    depth: ownPlacement[i]?.depth ?? 1,
    title: l.title,
    span: { start: l.cand.start, end: l.titleEnd },
    sectionId: sectionOf.get(l) ?? null,
  }));
  return { span: { start: block.start, end: block.end }, entries };
}


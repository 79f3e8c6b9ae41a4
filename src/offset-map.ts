/**
 * Maps offsets in a derived text (cleaned, or projected from Markdown) back to the
 * text it was derived from. The derived text is the source with spans deleted, so it
 * is a sequence of kept segments.
 */
import { firstStartingFrom, lowerBound } from './text/search.js';

/** A span [start, end) of one text, in its offsets (which text: the field that holds it says). */
export interface Span {
  start: number;
  end: number;
}

export interface OffsetMap {
  /** Source offset of the character at `offset` in the derived text. */
  toSource(offset: number): number;
  /** Source offset just after the character before `end` (for exclusive ends). */
  toSourceEnd(end: number): number;
}

export interface Segment {
  /** Start in the derived text. */
  derived: number;
  /** Start in the source text. */
  source: number;
  length: number;
}

export class SegmentMap implements OffsetMap {
  constructor(
    readonly segments: readonly Segment[],
    private readonly sourceLength: number,
  ) {}

  private find(offset: number): Segment | undefined {
    const segs = this.segments;
    if (segs.length === 0) return undefined;
    return segs[Math.max(0, lowerBound(segs.length, (i) => segs[i]!.derived <= offset) - 1)];
  }

  toSource(offset: number): number {
    const seg = this.find(offset);
    if (!seg) return Math.min(offset, this.sourceLength);
    if (offset >= seg.derived + seg.length) {
      // past the end of the derived text: just after the last kept character
      return seg.source + seg.length + (offset - seg.derived - seg.length);
    }
    return seg.source + (offset - seg.derived);
  }

  toSourceEnd(end: number): number {
    if (end <= 0) return this.toSource(0);
    return this.toSource(end - 1) + 1;
  }
}

/**
 * Smallest derived offset (≤ `derivedLength`) whose source offset is ≥ `target`: the
 * inverse of a map, by binary search (maps are monotone).
 */
export function toDerived(map: OffsetMap, target: number, derivedLength: number): number {
  return lowerBound(derivedLength, (i) => map.toSource(i) < target);
}

/**
 * A test for "does [start, end) overlap any of these spans", for callers that ask in
 * text order of many items: a binary search instead of a scan of every span.
 */
export function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // running maximum of ends, so that a long span earlier in the list is not missed
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const s of sorted) maxEnd.push((max = Math.max(max, s.end)));
  return (start, end) => {
    const lo = firstStartingFrom(sorted, end);
    // spans [0, lo) start before `end`; one of them overlaps iff the largest end passes `start`
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}

export const identityMap: OffsetMap = {
  toSource: (o) => o,
  toSourceEnd: (o) => o,
};

/** `outer` maps C→B, `inner` maps B→A; the result maps C→A. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  return {
    toSource: (o) => inner.toSource(outer.toSource(o)),
    toSourceEnd: (o) => inner.toSourceEnd(outer.toSourceEnd(o)),
  };
}

export interface Deletion {
  start: number;
  end: number;
}

/**
 * Deletes the spans (any order, may overlap) from `text`; returns the result, the map
 * back to `text`, and the merged spans actually deleted.
 */
export function applyDeletions<T extends Deletion>(
  text: string,
  deletions: readonly T[],
): { text: string; map: SegmentMap; merged: Deletion[] } {
  const sorted = deletions
    .filter((d) => d.end > d.start)
    .map((d) => ({ start: Math.max(0, d.start), end: Math.min(text.length, d.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Deletion[] = [];
  for (const d of sorted) {
    const last = merged[merged.length - 1];
    if (last && d.start <= last.end) last.end = Math.max(last.end, d.end);
    else merged.push({ ...d });
  }
  const segments: Segment[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let derived = 0;
  for (const d of merged) {
    if (d.start > cursor) {
      segments.push({ derived, source: cursor, length: d.start - cursor });
      parts.push(text.slice(cursor, d.start));
      derived += d.start - cursor;
    }
    cursor = d.end;
  }
  if (cursor < text.length) {
    segments.push({ derived, source: cursor, length: text.length - cursor });
    parts.push(text.slice(cursor));
  }
  return { text: parts.join(''), map: new SegmentMap(segments, text.length), merged };
}

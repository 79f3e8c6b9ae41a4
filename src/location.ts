import type { OffsetMap } from './offset-map.js';
import type { Point, Position } from './schema/position.js';
import { forEachLineBreak } from './text/lines.js';
import { lowerBound } from './text/search.js';

/**
 * The lines of one text, to turn its offsets into unist points (line and column from 1,
 * offset from 0, in UTF-16 code units), like vfile-location. Lines end at \n, \r\n or a
 * lone \r. Made once per text (it records where each line starts); each lookup is a
 * binary search.
 *
 *   new Locator('一、总体要求\n新建学校5所。').point(7) → { line: 2, column: 1, offset: 7 }
 */
export class Locator {
  private readonly lineStarts: number[];
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    forEachLineBreak(text, text.length, (_end, next) => starts.push(next));
    this.lineStarts = starts;
  }

  /** The point at `offset` (clamped to the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.length));
    const starts = this.lineStarts;
    const lo = Math.max(0, lowerBound(starts.length, (i) => starts[i]! <= o) - 1);
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  /** The position of the span [start, end) of this text (an end before `start` is read as `start`). */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

/**
 * The unist position in the ORIGINAL text of the working-text span [start, end) of a
 * pipeline file (any stage's offsets: a quantity's `start`/`end`, an outline section's
 * `span`): `lines` are the original's, `map` takes working offsets to original ones. An
 * empty span is placed where its start maps to.
 */
export function positionOf(file: { readonly lines: Locator; readonly map: OffsetMap }, start: number, end: number): Position {
  const s = file.map.toSource(start);
  const e = end > start ? file.map.toSourceEnd(end) : s;
  return file.lines.position(s, e);
}

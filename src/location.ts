import type { Point, Position } from './schema/position.js';
import { forEachLineBreak } from './text/lines.js';
import { lowerBound } from './text/search.js';

/**
 * Converts offsets in one text to unist points (line and column from 1, offset from 0),
 * like vfile-location. Lines end at \n, \r\n or a lone \r.
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

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.length));
    const starts = this.lineStarts;
    const lo = Math.max(0, lowerBound(starts.length, (i) => starts[i]! <= o) - 1);
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

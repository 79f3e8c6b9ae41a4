import { Locator } from './location.js';
import type { OffsetMap } from './offset-map.js';
import type { Position } from './schema/position.js';

/**
 * Turns offsets in the working (cleaned) text into unist positions in the ORIGINAL
 * text. Every stage after cleaning gets one.
 */
export class Positioner {
  readonly locator: Locator;

  constructor(
    readonly original: string,
    readonly map: OffsetMap,
  ) {
    this.locator = new Locator(original);
  }

  toOriginal(offset: number): number {
    return this.map.toSource(offset);
  }

  toOriginalEnd(end: number): number {
    return this.map.toSourceEnd(end);
  }

  /** Position in the original text of the working-text span [start, end). */
  position(start: number, end: number): Position {
    const s = this.map.toSource(start);
    const e = end > start ? this.map.toSourceEnd(end) : s;
    return this.locator.position(s, e);
  }

  /** Position of a span already in original offsets. */
  originalPosition(start: number, end: number): Position {
    return this.locator.position(start, end);
  }
}

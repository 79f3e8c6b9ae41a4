import { Locator, positionOf } from './location.js';
import type { OffsetMap } from './offset-map.js';
import type { Position } from './schema/position.js';

/**
 * Turns offsets in the working (cleaned) text into unist positions in the ORIGINAL
 * text. Only the metadata stage still takes one (src/metadata/index.ts); every other
 * stage works in working offsets and `toDocument` makes the positions.
 */
export class Positioner {
  constructor(
    readonly original: string,
    readonly map: OffsetMap,
    /** The original's lines, when the caller already has them (the pipeline file's `lines`). */
    readonly locator: Locator = new Locator(original),
  ) {}

  toOriginal(offset: number): number {
    return this.map.toSource(offset);
  }

  toOriginalEnd(end: number): number {
    return this.map.toSourceEnd(end);
  }

  /** Position in the original text of the working-text span [start, end). */
  position(start: number, end: number): Position {
    return positionOf({ lines: this.locator, map: this.map }, start, end);
  }

  /** Position of a span already in original offsets. */
  originalPosition(start: number, end: number): Position {
    return this.locator.position(start, end);
  }
}

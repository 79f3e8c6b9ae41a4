// The outline stage run alone, with its working spans positioned as `toDocument` does it
// (the same functions), for tests that check the tree against the text it came from.
import { Locator, positionOf } from '../../src/location.js';
import type { Warning } from '../../src/issues.js';
import { identityMap, type OffsetMap, type Span } from '../../src/offset-map.js';
import { buildOutline, type Hint } from '../../src/outline/index.js';
import { outlineOutput, tocOutput } from '../../src/outline/output.js';
import { warningOutput } from '../../src/pipeline.js';
import type { OutlineRoot, Toc } from '../../src/schema/outline.js';

export interface PositionedOutline {
  outline: OutlineRoot;
  toc: Toc | null;
  warnings: Warning[];
  markerSpans: Span[];
  tocSpans: Span[];
}

/**
 * The outline of the working text `text`, positioned in `original` through `map` (working →
 * original; default: `text` is the original).
 */
export function outlineWithPositions(text: string, original = text, map: OffsetMap = identityMap, hints?: readonly Hint[]): PositionedOutline {
  const result = buildOutline({ text, map, ...(hints ? { hints } : {}) });
  const file = { lines: new Locator(original), map };
  const place = (span: Span) => positionOf(file, span.start, span.end);
  return {
    outline: outlineOutput(result.outline, place),
    toc: result.toc && tocOutput(result.toc, place),
    warnings: result.warnings.map((w) => warningOutput(w, file)),
    markerSpans: result.markerSpans,
    tocSpans: result.tocSpans,
  };
}

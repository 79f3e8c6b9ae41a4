import { warning } from '../issues.js';
import type { Span } from '../offset-map.js';
import type { Draft } from './draft.js';
import type { OutlineSection, SpanWarning } from './nodes.js';
import type { Placement } from './tree.js';

/** The outline's warnings: headings known only from the TOC, numbers that skip, headings whose parent is missing. */
export function outlineWarnings(
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
  nodeOf: readonly (OutlineSection | undefined)[],
): SpanWarning[] {
  const warnings: SpanWarning[] = [];
  const at = (w: ReturnType<typeof warning>, span: Span): SpanWarning => Object.assign(w, { span });
  merged.forEach((d, i) => {
    const p = placements[i];
    if (!p) return;
    const node = nodeOf[i]!;
    if (!d.body) {
      warnings.push(at(warning('toc-only-heading', { marker: d.cand.marker }, 'outline'), { start: d.cand.start, end: d.titleEnd }));
    } else {
      if (p.expected !== undefined && d.toc === null && !d.cand.hinted) {
        warnings.push(at(warning('ordinal-gap', { previous: p.expected - 1, current: p.ordinal, marker: d.cand.marker }, 'outline'), node.headingSpan!));
      }
      if (p.parent >= 0 && !merged[p.parent]!.body) {
        warnings.push(at(warning('orphan-heading', { marker: d.cand.marker }, 'outline'), node.headingSpan!));
      }
    }
  });
  return warnings;
}

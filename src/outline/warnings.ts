import { warning, type Warning } from '../issues.js';
import type { Positioner } from '../positioner.js';
import type { Section } from '../schema/outline.js';
import type { Draft } from './draft.js';
import type { Placement } from './tree.js';

/** The outline's warnings: headings known only from the TOC, numbers that skip, headings whose parent is missing. */
export function outlineWarnings(
  merged: readonly Draft[],
  placements: readonly (Placement | null)[],
  nodeOf: ReadonlyMap<number, Section>,
  positioner: Positioner,
): Warning[] {
  const warnings: Warning[] = [];
  merged.forEach((d, i) => {
    const p = placements[i];
    if (!p) return;
    const node = nodeOf.get(i)!;
    if (!d.body) {
      warnings.push(warning('toc-only-heading', { marker: d.cand.marker }, 'outline', positioner.position(d.cand.start, d.titleEnd)));
    } else {
      if (p.expected !== undefined && d.toc === null && !d.cand.hinted) {
        warnings.push(warning('ordinal-gap', { previous: p.expected - 1, current: p.ordinal, marker: d.cand.marker }, 'outline', node.heading!.position));
      }
      if (p.parent >= 0 && !merged[p.parent]!.body) {
        warnings.push(warning('orphan-heading', { marker: d.cand.marker }, 'outline', node.heading!.position));
      }
    }
  });
  return warnings;
}

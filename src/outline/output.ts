import type { Span } from '../offset-map.js';
import type { Position } from '../schema/position.js';
import type { OutlineRoot, Section, Toc } from '../schema/outline.js';
import type { OutlineSection, OutlineToc, OutlineTree } from './nodes.js';

/** Position in the original of a working span (`toDocument` passes the file's). */
export type PlaceSpan = (span: Span) => Position;

/**
 * The output's outline tree: the stage's tree with each working span turned into a
 * position by `place`. Called by `toDocument` only. Iterative: trees can be deep on
 * adversarial input.
 */
export function outlineOutput(tree: OutlineTree, place: PlaceSpan): OutlineRoot {
  const root: OutlineRoot = { type: 'root', children: [] };
  if (tree.span) root.position = place(tree.span);
  const work: [readonly OutlineSection[], Section[]][] = [[tree.children, root.children]];
  while (work.length) {
    const [from, to] = work.pop()!;
    for (const s of from) {
      const children: Section[] = [];
      // the output's key order (docs/spec/tree.md)
      to.push({
        type: 'section',
        id: s.id,
        marker: s.marker,
        family: s.family,
        ordinal: s.ordinal,
        depth: s.depth,
        title: s.title,
        ...(s.titleUncertain ? { titleUncertain: true } : {}),
        origin: s.origin,
        layout: s.layout,
        ...(s.headingSpan ? { heading: { position: place(s.headingSpan) } } : {}),
        ...(s.span ? { position: place(s.span) } : {}),
        children,
      });
      if (s.children.length) work.push([s.children, children]);
    }
  }
  return root;
}

/** The output's table of contents (see `outlineOutput`). */
export function tocOutput(toc: OutlineToc, place: PlaceSpan): Toc {
  return {
    position: place(toc.span),
    entries: toc.entries.map((e) => ({
      marker: e.marker,
      family: e.family,
      ordinal: e.ordinal,
      depth: e.depth,
      title: e.title,
      position: place(e.span),
      sectionId: e.sectionId,
    })),
  };
}

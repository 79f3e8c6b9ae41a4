import type { Warning } from '../issues.js';
import type { Span } from '../offset-map.js';
import type { Section, TocEntry } from '../schema/outline.js';

// What the outline stage hands on: the output's tree and TOC with WORKING-text spans where
// the output has positions. The later stages read the spans as they are; `toDocument`
// (src/pipeline.ts, through ./output.ts) turns them into positions in the original.

/** A section as the outline stage builds it: the output's `Section` with working spans. */
export interface OutlineSection extends Omit<Section, 'heading' | 'position' | 'children'> {
  /** The heading (marker + title); absent for TOC-only headings (the output's `heading.position`). */
  headingSpan?: Span;
  /** The whole section, heading to the next heading at the same or a higher level (the output's `position`). */
  span?: Span;
  children: OutlineSection[];
}

export interface OutlineTree {
  type: 'root';
  children: OutlineSection[];
  /** The whole working text; absent when it is empty. */
  span?: Span;
}

export interface OutlineTocEntry extends Omit<TocEntry, 'position'> {
  /** The entry's line, marker to title end. */
  span: Span;
}

export interface OutlineToc {
  /** The TOC block, its header line included. */
  span: Span;
  entries: OutlineTocEntry[];
}

/** A warning about a span of the working text: `toDocument` gives it its position. */
export type SpanWarning = Warning & { span: Span };

import type { OutlineSection, OutlineTree } from '../../outline/nodes.js';
import { lowerBound } from '../../text/search.js';

type Section = OutlineSection;

/** A body section with its span in working-text offsets. */
export interface SectionSpan {
  section: Section;
  /** Sections from the top level down to this one. */
  path: Section[];
  /** Working offsets: the heading, and the whole section (heading to the next heading at the same or a higher level). */
  headingStart: number;
  headingEnd: number;
  end: number;
  /** The span of the nearest enclosing section that has a heading in the text, or null. */
  enclosing: SectionSpan | null;
}

/** Body sections (those with a heading in the text), in document order, with working-text spans (the outline's own). */
export function sectionSpans(outline: OutlineTree, textLength: number): SectionSpan[] {
  const out: SectionSpan[] = [];
  const walk = (nodes: readonly Section[], path: Section[], enclosing: SectionSpan | null) => {
    for (const s of nodes) {
      const here = [...path, s];
      let own: SectionSpan | null = null;
      if (s.headingSpan) {
        const { start: headingStart, end: headingEnd } = s.headingSpan;
        const end = s.span ? s.span.end : textLength;
        own = { section: s, path: here, headingStart, headingEnd, end: Math.max(end, headingEnd), enclosing };
        out.push(own);
      }
      walk(s.children, here, own ?? enclosing);
    }
  };
  walk(outline.children, [], null);
  out.sort((a, b) => a.headingStart - b.headingStart);
  return out;
}

/** Index of the last span whose heading starts at or before `at` (spans sorted by headingStart), or -1. */
export function lastSpanAtOrBefore(spans: readonly SectionSpan[], at: number): number {
  return lowerBound(spans.length, (i) => spans[i]!.headingStart <= at) - 1;
}

/**
 * The deepest section holding working offset `at`, or null before the first heading.
 * Sections nest, so it is the last heading before `at` or one of its ancestors:
 * a binary search and a walk up the enclosing spans (linear overall, even with 100k sections).
 */
export function sectionAt(spans: readonly SectionSpan[], at: number): SectionSpan | null {
  const i = lastSpanAtOrBefore(spans, at);
  if (i < 0) return null;
  for (let span: SectionSpan | null = spans[i]!; span !== null; span = span.enclosing) {
    if (span.headingStart <= at && at < span.end) return span;
  }
  return null;
}

/** Heading text as written: marker and title (一、肯定成绩…; (二)聚焦…; 一是优化学校布局). */
export function headingLabel(s: Section): string {
  return `${s.marker}${s.title}`;
}

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
 * For offsets asked in increasing order (the clauses, in text order): the deepest section
 * holding each, or null before the first heading. Sections nest, so it is the last heading
 * before the offset or one of its ancestors: that heading is found by walking on from the one
 * found last, then the enclosing spans are walked up (linear overall, even with 100k sections).
 */
export function sectionCursor(spans: readonly SectionSpan[]): (at: number) => SectionSpan | null {
  let last = -1;
  return (at) => {
    while (last + 1 < spans.length && spans[last + 1]!.headingStart <= at) last++;
    for (let span: SectionSpan | null = last < 0 ? null : spans[last]!; span !== null; span = span.enclosing) {
      if (span.headingStart <= at && at < span.end) return span;
    }
    return null;
  };
}

/** Heading text as written: marker and title (一、肯定成绩…; (二)聚焦…; 一是优化学校布局). */
export function headingLabel(s: Section): string {
  return `${s.marker}${s.title}`;
}

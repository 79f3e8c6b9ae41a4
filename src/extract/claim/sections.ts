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
}

/** Body sections (those with a heading in the text), in document order, with working-text spans (the outline's own). */
export function sectionSpans(outline: OutlineTree, textLength: number): SectionSpan[] {
  const out: SectionSpan[] = [];
  const walk = (nodes: readonly Section[], path: Section[]) => {
    for (const s of nodes) {
      const here = [...path, s];
      if (s.headingSpan) {
        const { start: headingStart, end: headingEnd } = s.headingSpan;
        const end = s.span ? s.span.end : textLength;
        out.push({ section: s, path: here, headingStart, headingEnd, end: Math.max(end, headingEnd) });
      }
      walk(s.children, here);
    }
  };
  walk(outline.children, []);
  out.sort((a, b) => a.headingStart - b.headingStart);
  return out;
}

/** Index of the last span whose heading starts at or before `at` (spans sorted by headingStart), or -1. */
export function lastSpanAtOrBefore(spans: readonly SectionSpan[], at: number): number {
  return lowerBound(spans.length, (i) => spans[i]!.headingStart <= at) - 1;
}

const spanOfSection = new WeakMap<readonly SectionSpan[], Map<Section, SectionSpan>>();

/**
 * The deepest section holding working offset `at`, or null before the first heading.
 * Sections nest, so it is the last heading before `at` or one of its ancestors:
 * a binary search and a walk up the path (linear overall, even with 100k sections).
 */
export function sectionAt(spans: readonly SectionSpan[], at: number): SectionSpan | null {
  const i = lastSpanAtOrBefore(spans, at);
  if (i < 0) return null;
  let bySection = spanOfSection.get(spans);
  if (!bySection) {
    bySection = new Map(spans.map((s) => [s.section, s]));
    spanOfSection.set(spans, bySection);
  }
  const last = spans[i]!;
  for (let k = last.path.length - 1; k >= 0; k--) {
    const span = bySection.get(last.path[k]!);
    if (span && span.headingStart <= at && at < span.end) return span;
  }
  return null;
}

/** Heading text as written: marker and title (一、肯定成绩…; (二)聚焦…; 一是优化学校布局). */
export function headingLabel(s: Section): string {
  return `${s.marker}${s.title}`;
}

import { toDerived } from '../../offset-map.js';
import type { Positioner } from '../../positioner.js';
import type { OutlineRoot, Section } from '../../schema/outline.js';
import { IMPERATIVE_TITLE, REVIEW_TITLE, TASK_TITLE } from './cues.js';
import { lowerBound } from '../../text/search.js';

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

/** Body sections (those with a heading in the text), in document order, with working-text spans. */
export function sectionSpans(outline: OutlineRoot, positioner: Positioner, textLength: number): SectionSpan[] {
  const out: SectionSpan[] = [];
  const walk = (nodes: readonly Section[], path: Section[]) => {
    for (const s of nodes) {
      const here = [...path, s];
      if (s.heading) {
        const headingStart = toDerived(positioner.map, s.heading.position.start.offset, textLength);
        const headingEnd = toDerived(positioner.map, s.heading.position.end.offset, textLength);
        const end = s.position ? toDerived(positioner.map, s.position.end.offset, textLength) : textLength;
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

/**
 * The lean of a heading: ±5 for a year in it (before the document's year or not), ±4
 * when it says outright what the part is (工作回顾 / 主要任务, 总体要求), ±3 for words that lean (成绩, 成效 /
 * 任务, 要求, 保障), +1 for an imperative title (完善…, 加强…), else 0. `timeKind` is the
 * kind of a time written in the heading (past → results, deadline → tasks).
 */
export function headingLean(title: string, timeKind: string | null): number {
  if (timeKind === 'past') return -5;
  if (timeKind === 'deadline') return 5;
  const review = STRONG_REVIEW.test(title) ? 4 : REVIEW_TITLE.test(title) ? 3 : 0;
  const task = STRONG_TASK.test(title) ? 4 : TASK_TITLE.test(title) ? 3 : 0;
  // “十三五”时期发展成就和“十四五”时期主要目标任务: both, so neither
  if (review && task) return 0;
  if (review) return -review;
  if (task) return task;
  if (IMPERATIVE_TITLE.test(title)) return 1;
  return 0;
}

const STRONG_REVIEW = /回顾|工作总结|过去[一二三四五]年|以来的?工作/;
const STRONG_TASK = /主要任务|工作任务|重点任务|总体要求|工作安排|工作打算|工作思路|下一步|目标任务|工作要点/;

import type { Section } from '../../schema/outline.js';
import { firstStartingFrom, lastStartingBy } from '../../text/search.js';
import type { UnmarkedHeading } from '../../zh/zones.js';
import { TARGET_LEAD } from './cues.js';
import type { ClauseReading, TimeAt } from './reading.js';
import type { SectionSpan } from './sections.js';

/**
 * By clause: the year a list of targets sets, where the clause stands in one. The lead of a
 * list of the year's targets (今年发展主要预期目标是：, 主要目标为：) names the year by a deadline
 * of its own before the lead words, else by one in a heading over it (三、2026年重点工作). What
 * follows the lead in its paragraph is under that year, and so are the list lines under a lead
 * that ends its line with ： (each a sentence starting with a figure), up to the next section.
 */
export function targetFrames(
  text: string,
  readings: readonly ClauseReading[],
  spans: readonly SectionSpan[],
  /** Sorted by start. */
  times: readonly TimeAt[],
  unmarked: readonly UnmarkedHeading[],
): (TimeAt | null)[] {
  const out: (TimeAt | null)[] = new Array<TimeAt | null>(readings.length).fill(null);
  let frame: TimeAt | null = null;
  let paragraph = -1;
  let section: string | null = null;
  let listOpen = false;
  let spanOf: Map<Section, SectionSpan> | null = null;
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    const { clause } = r;
    const sectionId = r.span?.section.id ?? null;
    const isLead = clause.start === clause.sentenceStart;
    if (frame && (sectionId !== section || (clause.paragraph !== paragraph && !(listOpen && isLead && r.quantities.length > 0)))) frame = null;
    if (frame && clause.paragraph !== paragraph) paragraph = clause.paragraph;
    const lead = isLead && r.mayLeadTargets ? TARGET_LEAD.pattern.exec(text.slice(clause.start, clause.end)) : null;
    if (lead) {
      const own = r.times.find((t) => isOneYearDeadline(t) && t.start - clause.start < lead.index);
      spanOf ??= new Map(spans.map((s) => [s.section, s]));
      const found = own ?? headingYear(r.span, clause.start, spanOf, times, unmarked);
      if (found) {
        frame = found;
        paragraph = clause.paragraph;
        section = sectionId;
        listOpen = text.slice(clause.start + lead.index + lead[0].length, clause.end).trim() === '';
      }
    }
    out[i] = frame;
  }
  return out;
}

/** A deadline within one calendar year (年内, 2026年底前). */
function isOneYearDeadline(t: TimeAt): boolean {
  return t.kind === 'deadline' && !!t.interval && t.interval.start.slice(0, 4) === t.interval.end.slice(0, 4);
}

/** The first one-year deadline starting in [start, end), in `times` sorted by start. */
function oneYearIn(times: readonly TimeAt[], start: number, end: number): TimeAt | undefined {
  for (let i = firstStartingFrom(times, start); i < times.length && times[i]!.start < end; i++) {
    if (isOneYearDeadline(times[i]!)) return times[i];
  }
  return undefined;
}

/**
 * The year of the nearest heading over `at` that names one: the deepest heading on the
 * section's path, unless an unmarked heading line (2026年重点工作) after it names one.
 */
function headingYear(
  span: SectionSpan | null,
  at: number,
  spanOf: ReadonlyMap<Section, SectionSpan>,
  times: readonly TimeAt[],
  unmarked: readonly UnmarkedHeading[],
): TimeAt | null {
  let best: TimeAt | null = null;
  for (const s of span ? span.path : []) {
    const whole = spanOf.get(s);
    const t = whole ? oneYearIn(times, whole.headingStart, whole.headingEnd) : undefined;
    if (t) best = t;
  }
  // the unmarked lines up to `at`, nearest first; those before the heading's year do not count
  for (let k = lastStartingBy(unmarked, at); k >= 0; k--) {
    const h = unmarked[k]!;
    if (best && h.start < best.start) break;
    const t = oneYearIn(times, h.start, h.end);
    if (t) return t;
  }
  return best;
}

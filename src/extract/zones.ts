import { headingLean, unmarkedHeadingLines, type UnmarkedHeading } from '../zh/zones.js';
import { lastStartingBy } from '../text/search.js';

/** A heading as the zone decision needs it: where, its title, and how deep (1 = top level). */
export interface ZoneHeading {
  start: number;
  end: number;
  title: string;
  depth: number;
}

/**
 * Which parts of a text review the past and which set tasks, decided once (after the
 * outline) and read by the time stage (past or deadline) and the claim stage (achievement
 * or commitment).
 */
export interface Zones {
  /** The unmarked heading lines (2026年重点工作 on a line of its own), in text order. */
  readonly unmarked: readonly UnmarkedHeading[];
  /**
   * The lean at `at`: negative for a review, positive for tasks; |lean| ≥ 3 when a heading
   * tells (`by` is its title), else the weak leans of the headings above summed into [−2, 2].
   */
  leanAt(at: number): { lean: number; by: string | null };
  /** 'review' / 'task' where a heading tells, else null. */
  zoneAt(at: number): 'review' | 'task' | null;
}

/**
 * The zone decision. Of the headings above a place (its section and the sections holding
 * it), the one that tells most firmly decides (2024年工作回顾 over its 聚焦…任务 subsection;
 * the nearest on a tie); an unmarked heading line stands above everything up to the next one
 * and wins where it tells more firmly. The lexicon is src/zh/zones.ts.
 */
export function decideZones(text: string, headings: readonly ZoneHeading[], docYear: number | null): Zones {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  // each heading's parent: the last heading before it that is less deep
  const parent = new Int32Array(sorted.length).fill(-1);
  const stack: number[] = [];
  sorted.forEach((h, i) => {
    while (stack.length && sorted[stack[stack.length - 1]!]!.depth >= h.depth) stack.pop();
    parent[i] = stack.length ? stack[stack.length - 1]! : -1;
    stack.push(i);
  });
  const lean = sorted.map((h) => headingLean(h.title, docYear));
  const unmarked = unmarkedHeadingLines(text);

  const leanAt = (at: number): { lean: number; by: string | null } => {
    let best = 0;
    let by: string | null = null;
    let weak = 0;
    for (let i = lastStartingBy(sorted, at); i >= 0; i = parent[i]!) {
      const l = lean[i]!;
      if (Math.abs(l) >= 3 && Math.abs(l) > Math.abs(best)) {
        best = l;
        by = sorted[i]!.title;
      } else if (Math.abs(l) < 3) weak += l;
    }
    const u = unmarked[lastStartingBy(unmarked, at)];
    if (u) {
      const l = u.zone === 'review' ? -4 : 4;
      if (Math.abs(l) > Math.abs(best)) {
        best = l;
        by = u.title;
      }
    }
    return best !== 0 ? { lean: best, by } : { lean: Math.max(-2, Math.min(2, weak)), by: null };
  };
  const zoneAt = (at: number) => {
    const l = leanAt(at).lean;
    return l <= -3 ? 'review' : l >= 3 ? 'task' : null;
  };
  return { unmarked, leanAt, zoneAt };
}

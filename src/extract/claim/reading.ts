import type { QuantityMatch } from '../quantity/types.js';
import type { TimeMatch } from '../times.js';
import type { Clause } from './clauses.js';
import { CLAUSE_CUES, TARGET_LEAD } from './cues.js';
import { sectionAt, type SectionSpan } from './sections.js';

/** A quantity or time as its stage found it: working-text offsets, no position yet (toDocument makes it). */
export type QuantityAt = QuantityMatch;
export type TimeAt = TimeMatch;

/** What one clause holds: its quantities and times, its cue words and their score, its section. */
export interface ClauseReading {
  clause: Clause;
  quantities: readonly QuantityAt[];
  times: readonly TimeAt[];
  /** Σ strong cue weights + the weak ones clamped to [−1, 1]: > 0 leans to a commitment. */
  cueScore: number;
  /** The cue words found (each once, at most 8), in rule order. */
  cues: readonly string[];
  /** The deepest section holding the clause, or null before the first heading. */
  span: SectionSpan | null;
  /** Whether the clause holds a character every TARGET_LEAD match holds (else it cannot be a target lead). */
  mayLeadTargets: boolean;
}

const NONE: readonly never[] = Object.freeze([]);

/** Bit k set for the trigger characters of CLAUSE_CUES[k] (31 cues at most: a test checks); the top bit for TARGET_LEAD's. */
const TARGET_BIT = 1 << 31;
const TRIGGERS = new Int32Array(0x10000);
CLAUSE_CUES.forEach((cue, k) => {
  for (let i = 0; i < cue.triggers.length; i++) TRIGGERS[cue.triggers.charCodeAt(i)]! |= 1 << k;
});
for (let i = 0; i < TARGET_LEAD.triggers.length; i++) TRIGGERS[TARGET_LEAD.triggers.charCodeAt(i)]! |= TARGET_BIT;

/**
 * Reads each clause (in text order, not overlapping) against the items sorted by start:
 * two cursors walk the quantities and times, one pass over the clause's characters tells
 * which cue rules can match, and only those run.
 */
export function readClauses(
  text: string,
  clauses: readonly Clause[],
  quantities: readonly QuantityAt[],
  times: readonly TimeAt[],
  spans: readonly SectionSpan[],
): ClauseReading[] {
  const quantitiesIn = cursor(quantities);
  const timesIn = cursor(times);
  return clauses.map((clause) => {
    let present = 0;
    for (let i = clause.start; i < clause.end; i++) present |= TRIGGERS[text.charCodeAt(i)]!;
    const { score, cues } = present & ~TARGET_BIT ? scoreCues(text.slice(clause.start, clause.end), present) : NO_CUES;
    return {
      clause,
      quantities: quantitiesIn(clause),
      times: timesIn(clause),
      cueScore: score,
      cues,
      span: sectionAt(spans, clause.start),
      mayLeadTargets: (present & TARGET_BIT) !== 0,
    };
  });
}

const NO_CUES = { score: 0, cues: NONE as readonly string[] };

/**
 * The cue rules whose bit is set in `present`, run on the clause's text: strong cues add
 * their weight (twice at most), weak ones are summed and clamped to [−1, 1].
 */
function scoreCues(body: string, present: number): { score: number; cues: readonly string[] } {
  let strong = 0;
  let weak = 0;
  let cues: string[] | null = null;
  for (let k = 0; k < CLAUSE_CUES.length; k++) {
    if (!(present & (1 << k))) continue;
    const cue = CLAUSE_CUES[k]!;
    const hits = body.match(cue.pattern);
    if (!hits) continue;
    const w = cue.weight * Math.min(hits.length, 2);
    if (Math.abs(cue.weight) >= 1.5) strong += w;
    else weak += w;
    cues ??= [];
    for (const h of hits) if (!cues.includes(h) && cues.length < 8) cues.push(h);
  }
  return { score: strong + Math.max(-1, Math.min(1, weak)), cues: cues ?? NONE };
}

/** For clauses asked in text order: the items (sorted by start) starting inside each. */
function cursor<X extends { start: number }>(list: readonly X[]): (c: Clause) => readonly X[] {
  let at = 0;
  return (c) => {
    while (at < list.length && list[at]!.start < c.start) at++;
    let end = at;
    while (end < list.length && list[end]!.start < c.end) end++;
    // most clauses hold nothing: one shared empty list rather than one per clause
    return end === at ? (NONE as readonly X[]) : list.slice(at, end);
  };
}

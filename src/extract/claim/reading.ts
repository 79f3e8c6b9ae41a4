import type { QuantityMatch } from '../quantity/types.js';
import type { TimeMatch } from '../times.js';
import type { Clause } from './clauses.js';
import { CLAUSE_CUES, TARGET_LEAD } from './cues.js';
import { sectionCursor, type SectionSpan } from './sections.js';

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
  /**
   * The cue words found (each once, at most 8), in rule order; read only where the clause holds
   * a quantity or a time (a clause without either is never a claim: its cues only weigh).
   */
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
/** Sets `bit` in `table` at each character of `chars`. */
function mark(table: Int32Array, chars: string, bit: number): void {
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= bit;
}
CLAUSE_CUES.forEach((cue, k) => mark(TRIGGERS, cue.triggers, 1 << k));
mark(TRIGGERS, TARGET_LEAD.triggers, TARGET_BIT);

/**
 * The cues' leads (Cue.leads), as bits by character: a rule can match from offset i only if
 * text[i] is a first character of one of its alternatives (LEAD_FIRST) and, unless any
 * character can follow it there (LEAD_ALONE: a one-character match, 已(?!经), or 居[^，]…),
 * text[i + 1] can come second in one of them (LEAD_SECOND). Rules without leads are not gated so.
 */
const LEAD_FIRST = new Int32Array(0x10000);
const LEAD_ALONE = new Int32Array(0x10000);
const LEAD_SECOND = new Int32Array(0x10000);
let UNLED = TARGET_BIT;
CLAUSE_CUES.forEach(({ leads }, k) => {
  if (leads === null) UNLED |= 1 << k;
  else
    for (const { first, second } of leads) {
      mark(LEAD_FIRST, first, 1 << k);
      if (second === null) mark(LEAD_ALONE, first, 1 << k);
      else mark(LEAD_SECOND, second, 1 << k);
    }
});
/** Whether a character is a trigger or starts a lead: the few (about one in 13) the clause scan stops at. */
const CUE_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CUE_CHAR[c] = TRIGGERS[c]! !== 0 || LEAD_FIRST[c]! !== 0 ? 1 : 0;

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
  const sectionOf = sectionCursor(spans);
  const out = new Array<ClauseReading>(clauses.length);
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k]!;
    // the rules that may match: a trigger character holds, and a lead starts somewhere
    let triggered = 0;
    let led = UNLED;
    for (let i = clause.start; i < clause.end; i++) {
      const c = text.charCodeAt(i);
      if (CUE_CHAR[c] === 0) continue;
      triggered |= TRIGGERS[c]!;
      const first = LEAD_FIRST[c]!;
      if (first !== 0) led |= first & (LEAD_ALONE[c]! | (i + 1 < clause.end ? LEAD_SECOND[text.charCodeAt(i + 1)]! : 0));
    }
    const present = triggered & led;
    const quantitiesHere = quantitiesIn(clause);
    const timesHere = timesIn(clause);
    let cueScore = 0;
    let cues: string[] | null = null;
    if (present & ~TARGET_BIT) {
      const body = text.slice(clause.start, clause.end);
      const wordsWanted = quantitiesHere.length > 0 || timesHere.length > 0;
      let strong = 0;
      let weak = 0;
      for (let r = 0; r < CLAUSE_CUES.length; r++) {
        if (!(present & (1 << r))) continue;
        const cue = CLAUSE_CUES[r]!;
        let hits: number;
        if (wordsWanted) {
          const words = body.match(cue.pattern);
          if (words === null) continue;
          hits = Math.min(words.length, 2);
          cues ??= [];
          for (const w of words) if (!cues.includes(w) && cues.length < 8) cues.push(w);
        } else hits = hitsUpToTwo(cue.pattern, body);
        if (hits === 0) continue;
        if (Math.abs(cue.weight) >= 1.5) strong += cue.weight * hits;
        else weak += cue.weight * hits;
      }
      // strong cues add their weight (twice at most), weak ones are summed and clamped to [−1, 1]
      cueScore = strong + Math.max(-1, Math.min(1, weak));
    }
    out[k] = {
      clause,
      quantities: quantitiesHere,
      times: timesHere,
      cueScore,
      cues: cues ?? NONE,
      span: sectionOf(clause.start),
      mayLeadTargets: (present & TARGET_BIT) !== 0,
    };
  }
  return out;
}

/**
 * How often the global `pattern` matches `body`, up to two: `test` goes on after the last
 * hit (lastIndex) as `match` would, but makes no array of the hits.
 */
function hitsUpToTwo(pattern: RegExp, body: string): number {
  pattern.lastIndex = 0;
  const hits = !pattern.test(body) ? 0 : pattern.test(body) ? 2 : 1;
  pattern.lastIndex = 0;
  return hits;
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

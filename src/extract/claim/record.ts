import type { Position } from '../../schema/position.js';
import type { Claim } from '../../schema/extraction.js';
import { quantityRecord, timeRecord } from '../output.js';
import { findAction } from './fields.js';
import type { ClauseReading, QuantityAt, TimeAt } from './reading.js';
import { headingLabel } from './sections.js';

/** A claim's parts, decided by the stages before: what the record is made of. */
export interface ClaimParts {
  id: string;
  kind: Claim['kind'];
  strength: Claim['strength'];
  reading: ClauseReading;
  /** The clause as matched (folded text; unfold re-slices what is written). */
  body: string;
  /** Its quantities less the rhetorical ones. */
  counted: readonly QuantityAt[];
  /** The sentence's frame, when that time stands in another clause of the sentence. */
  sentenceFrame: TimeAt | null;
  /** The title of the heading that decided the zone, if one did. */
  decidedBy: string | null;
  deadline: TimeAt | null;
  recurrence: TimeAt | null;
  actor: string | null;
}

/**
 * A claim as the stage leaves it: the output's fields, its clause's working offsets instead
 * of a position, and the very quantity and time records it holds (restored to their written
 * form by the unfold step, positioned by `toDocument` with `claimOutput`).
 */
export interface ClaimAt extends Omit<Claim, 'quantities' | 'deadline' | 'recurrence' | 'position'> {
  start: number;
  end: number;
  quantities: readonly QuantityAt[];
  deadline: TimeAt | null;
  recurrence: TimeAt | null;
}

/**
 * The output record of a claim. Its `cues` say what decided it, in this order: the cue
 * words, the times (its own, then the sentence's frame), and `section:<title>` for a
 * heading that decided the zone.
 */
export function claimRecord(p: ClaimParts): ClaimAt {
  const { reading, body, counted, kind, id } = p;
  const clause = reading.clause;
  const first = counted[0];
  const { action, object } = first ? findAction(body, first.start - clause.start, first.end - clause.start, first.counts) : { action: null, object: null };
  const cues = [...reading.cues];
  for (const t of reading.times) if (!cues.includes(t.raw)) cues.push(t.raw);
  if (p.sentenceFrame && !cues.includes(p.sentenceFrame.raw)) cues.push(p.sentenceFrame.raw);
  if (p.decidedBy) cues.push(`section:${p.decidedBy}`);
  const span = reading.span;
  return {
    type: 'claim',
    id,
    kind,
    strength: p.strength,
    // raw: the original at `position` with the spans the cleaner removed deleted (docs/times.md)
    text: body,
    cues,
    action,
    object,
    actor: p.actor,
    quantities: counted,
    deadline: p.deadline && kind === 'commitment' ? p.deadline : null,
    recurrence: p.recurrence,
    sectionPath: span ? span.path.map(headingLabel) : [],
    sectionId: span?.section.id ?? null,
    start: clause.start,
    end: clause.end,
  };
}

/**
 * The output record of a claim; `at` gives the position of a working span (the same object
 * for the same record). Its fields keep their order (that of claimRecord); the records it
 * holds become output records, and its working span a position.
 */
export function claimOutput(c: ClaimAt, at: (span: { start: number; end: number }) => Position): Claim {
  const { start, end, ...fields } = c;
  return {
    ...fields,
    quantities: c.quantities.map((q) => quantityRecord(q, c.kind, c.id, at(q))),
    deadline: c.deadline ? timeRecord(c.deadline, at(c.deadline)) : null,
    recurrence: c.recurrence ? timeRecord(c.recurrence, at(c.recurrence)) : null,
    position: at(c),
  };
}

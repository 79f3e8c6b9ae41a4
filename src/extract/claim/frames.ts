import type { TimeExpression } from '../../schema/extraction.js';
import { bySentence } from './clauses.js';
import type { ClauseReading, TimeAt } from './reading.js';

/** Weight of a time expression for the kind of the clause it frames. */
export const TIME_WEIGHT: Record<TimeExpression['kind'], number> = { past: -3, deadline: 3, recurring: 2, period: 0.5 };
/** A time this close to its sentence's start (after a label such as 具体指标：) frames the whole sentence. */
const FRAME_REACH = 8;
/** How much a paragraph frame weighs in its own paragraph, and in the paragraphs after it up to the next heading. */
const PARAGRAPH_FRAME = 0.6;
const LATER_PARAGRAPH_FRAME = 0.5;

const isSentenceLead = (r: ClauseReading) => r.clause.start === r.clause.sentenceStart;

/**
 * By sentence number: the time at the start of the sentence's first clause (近三年，…; 到2025年，…),
 * which frames all its clauses.
 */
export function sentenceFrames(readings: readonly ClauseReading[]): (TimeAt | undefined)[] {
  const frames = bySentence<TimeAt>(readings);
  for (const r of readings) {
    const { clause, times } = r;
    if (times.length === 0 || !isSentenceLead(r) || frames[clause.sentence] !== undefined) continue;
    for (let k = 0; k < times.length; k++) {
      if (times[k]!.start - clause.sentenceStart <= FRAME_REACH) {
        frames[clause.sentence] = times[k];
        break;
      }
    }
  }
  return frames;
}

/** By sentence number: the cue score of its lead clause, which carries into the clauses after it (主要预期目标是：…；…). */
export function leadCueScores(readings: readonly ClauseReading[]): (number | undefined)[] {
  const scores = bySentence<number>(readings);
  for (const r of readings) if (isSentenceLead(r)) scores[r.clause.sentence] = r.cueScore;
  return scores;
}

/**
 * The document's own lean, for clauses nothing else decides: the sign of the clauses'
 * cues and times counted, stronger where the document has no headings to tell.
 */
export function documentLean(readings: readonly ClauseReading[], hasHeadings: boolean): number {
  let total = 0;
  for (const r of readings) {
    let timeScore = 0;
    for (let k = 0; k < r.times.length; k++) timeScore += TIME_WEIGHT[r.times[k]!.kind];
    total += Math.sign(r.cueScore + timeScore);
  }
  return (total > 0 ? 1 : total < 0 ? -1 : 0) * (hasHeadings ? 0.5 : 1.5);
}

/**
 * By clause: the score a paragraph frame carries into it (0 where none does). A sentence's
 * frame carries on through its paragraph, and more faintly through the paragraphs after
 * it, up to the next heading; the clause's own sentence frame is counted apart.
 */
export function carriedFrameScores(readings: readonly ClauseReading[], frames: readonly (TimeAt | undefined)[]): Float64Array {
  const scores = new Float64Array(readings.length);
  let frame: TimeAt | null = null;
  let frameParagraph = -1;
  let section: string | null = null;
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    const sectionId = r.span?.section.id ?? null;
    if (sectionId !== section) {
      frame = null;
      section = sectionId;
    }
    if (frame) scores[i] = TIME_WEIGHT[frame.kind] * (frameParagraph !== r.clause.paragraph ? LATER_PARAGRAPH_FRAME : PARAGRAPH_FRAME);
    const own = frames[r.clause.sentence];
    if (own) {
      frame = own;
      frameParagraph = r.clause.paragraph;
    }
  }
  return scores;
}

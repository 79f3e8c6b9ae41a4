import type { Claim } from '../../schema/extraction.js';
import { ASPIRATIONAL, BINDING } from './cues.js';
import { TIME_WEIGHT } from './frames.js';
import type { ClauseReading, TimeAt } from './reading.js';

/** What, besides its own cues and times, weighs on a clause's kind. */
export interface KindEvidence {
  /** The zone's lean at the clause (zones.leanAt): < 0 review, > 0 tasks, 0 undecided. */
  zoneLean: number;
  /** The document's lean (documentLean), counted where the zone does not tell. */
  documentLean: number;
  /** The cue score of its sentence's lead clause, if the clause is not that clause. */
  leadCue: number | undefined;
  /** The sentence's frame, if the time is not in this clause. */
  sentenceFrame: TimeAt | null;
  /** The score a paragraph frame carries in (carriedFrameScores), counted when the sentence has no frame. */
  carriedFrame: number;
  /** Whether the sentence has a frame (in this clause or another). */
  framed: boolean;
}

/**
 * Commitment or achievement: the clause's cues, the zone (or the document) it stands in,
 * the lead clause's cues, its own times and the frame around it, summed; on a tie, the
 * document's lean. (The order of the sums is kept: it decides the ties.)
 */
export function claimKind(r: ClauseReading, e: KindEvidence): Claim['kind'] {
  let score = r.cueScore + e.zoneLean;
  if (e.zoneLean === 0) score += e.documentLean;
  if (e.leadCue !== undefined) score += e.leadCue * 0.8;
  for (const t of r.times) score += TIME_WEIGHT[t.kind];
  if (e.sentenceFrame) score += TIME_WEIGHT[e.sentenceFrame.kind] * 0.8;
  else if (!e.framed) score += e.carriedFrame;
  return score > 0 ? 'commitment' : score < 0 ? 'achievement' : e.documentLean >= 0 ? 'commitment' : 'achievement';
}

/** How firmly a commitment binds: 确保/必须/不低于 → binding, 力争/争取/鼓励 → aspirational. */
export function strengthOf(kind: Claim['kind'], body: string): Claim['strength'] {
  if (kind !== 'commitment') return null;
  return BINDING.test(body) ? 'binding' : ASPIRATIONAL.test(body) ? 'aspirational' : 'neutral';
}

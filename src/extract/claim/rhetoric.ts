import { DIVISIONS, RHETORIC_BEFORE, RHETORIC_COUNTED, RHETORIC_UNITS, SCOPE_CONDITION, SPEAKER_TAIL, SPEECH_PARTS } from './cues.js';
import type { QuantityAt } from './reading.js';

/** The most names a count may sum up (北京、天津…4个直辖市). */
const MAX_LISTED = 12;
/** By count n (2 … MAX_LISTED): n names separated by 、 just before the count, after a clause start or a ，：（. */
const LISTED: RegExp[] = [];
for (let n = 2; n <= MAX_LISTED; n++) LISTED[n] = new RegExp(`(?:^|[，,：:（(])((?:[\\u4e00-\\u9fa5]{1,8}、){${n - 1}}[\\u4e00-\\u9fa5]{1,8})$`);

/**
 * A count of the speech's own parts or of a definition's scope, not of things in the
 * world: 三点意见, 四个方面, 从五个方面, 6条跑道, 两级, 两个以上省…出现, 北京、天津、上海、重庆4个直辖市.
 * Such a quantity is left out of its clause's claim.
 */
export function isRhetoric(text: string, q: QuantityAt, clause: { start: number; end: number }): boolean {
  const after = text.slice(q.end, q.end + 6);
  const before = text.slice(Math.max(clause.start, q.start - 8), q.start);
  if (q.unit && RHETORIC_UNITS.has(q.unit)) return true;
  if (RHETORIC_COUNTED.test(after) || RHETORIC_COUNTED.test(q.counts ?? '')) return true;
  if (RHETORIC_BEFORE.test(before.replace(SPEAKER_TAIL, '')) && SPEECH_PARTS.test(after)) return true;
  if (DIVISIONS.test(after) && SCOPE_CONDITION.test(text.slice(clause.start, clause.end))) return true;
  // a count summing up the names listed just before it (北京、天津、上海、重庆4个直辖市)
  if (q.value !== null && Number.isInteger(q.value) && q.value >= 2 && q.value <= MAX_LISTED) {
    if (LISTED[q.value]!.test(text.slice(Math.max(clause.start, q.start - 10 * q.value), q.start))) return true;
  }
  return false;
}

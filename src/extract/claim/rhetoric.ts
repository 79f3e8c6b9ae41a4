import { DIVISIONS, RHETORIC_BEFORE, RHETORIC_COUNTED, RHETORIC_UNITS, SCOPE_CONDITION, SPEAKER_TAIL, SPEECH_PARTS } from './cues.js';
import type { QuantityAt } from './reading.js';
import { ENUMERATION_COMMA } from '../../zh/chars.js';

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
  if (q.unit && RHETORIC_UNITS.has(q.unit)) return true;
  const after = text.slice(q.end, q.end + 6);
  if (RHETORIC_COUNTED.test(after) || RHETORIC_COUNTED.test(q.counts ?? '')) return true;
  // the cheap test on what follows first: the words before are read only where it holds
  if (SPEECH_PARTS.test(after) && RHETORIC_BEFORE.test(text.slice(Math.max(clause.start, q.start - 8), q.start).replace(SPEAKER_TAIL, ''))) return true;
  if (DIVISIONS.test(after) && SCOPE_CONDITION.test(text.slice(clause.start, clause.end))) return true;
  // a count summing up the names listed just before it (北京、天津、上海、重庆4个直辖市)
  if (q.value !== null && Number.isInteger(q.value) && q.value >= 2 && q.value <= MAX_LISTED) {
    const from = Math.max(clause.start, q.start - 10 * q.value);
    // n names hold n − 1 enumeration commas: count them before running the pattern
    if (countOf(text, ENUMERATION_COMMA_CODE, from, q.start) >= q.value - 1 && LISTED[q.value]!.test(text.slice(from, q.start))) return true;
  }
  return false;
}

const ENUMERATION_COMMA_CODE = ENUMERATION_COMMA.charCodeAt(0);

/** How often the char code `c` stands in text[from, to). */
function countOf(text: string, c: number, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) n++;
  return n;
}

/**
 * Changes from one amount to another: 从91.3%提升至94.5%, 由4.16万亿元增加到5.67万亿元,
 * 从39个拓展到91个: value = to, with from/to and change "to" (rule `from-to`).
 */
import { readAmount } from '../amount.js';
import { adopt, fromAmount, isYear, sameUnit } from '../candidate.js';
import type { QuantityParser } from '../types.js';
import { NUMBER_FIRST } from '../tokens.js';
import { FROM_TO_VERBS } from '../words.js';

/** What stands between the two amounts: a verb (an optional 了), then 至/到. */
const FROM_TO_Y = new RegExp(`(?:(?:${FROM_TO_VERBS.join('|')})了?)?(?:至|到)`, 'y');

export const fromToParser: QuantityParser = {
  name: 'from-to',
  first: NUMBER_FIRST,
  read(scan, at) {
    const n = scan.number(at);
    if (n === null || typeof n === 'number') return null;
    const { text } = scan;
    const prev = text[at - 1];
    if (prev !== '从' && prev !== '由') return null;
    const a0 = n.amount;
    FROM_TO_Y.lastIndex = a0.end;
    const m = FROM_TO_Y.exec(text);
    if (!m) return null;
    const b = readAmount(text, a0.end + m[0].length);
    if (!(b && b.numeral === a0.numeral && sameUnit(a0, b) && !isYear(b) && !isYear(a0))) return null;
    const a = adopt(a0, b);
    const c = fromAmount(b, 'from-to', a);
    c.from = a.value ?? undefined;
    c.to = b.value ?? undefined;
    c.masked = a.masked || b.masked;
    c.change = { direction: 'to', points: false };
    if (c.from === undefined) delete c.from;
    if (c.to === undefined) delete c.to;
    return { candidate: c, resume: Math.max(n.tokenEnd, b.end) };
  },
};

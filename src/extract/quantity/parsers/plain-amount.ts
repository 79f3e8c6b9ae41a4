/**
 * One amount: a number with its unit (rules `arabic`, `chinese`, `masked`), or a
 * multiplied number with no measure word (惠及1.77亿农民, 九百六十多万贫困人口: value
 * folded, unit null; rule `bare-multiplier`). The last of the number parsers: it takes
 * every number position the others left, with or without a candidate.
 */
import { fromAmount } from '../candidate.js';
import type { QuantityParser } from '../types.js';
import { NUMBER_FIRST } from '../tokens.js';

export const plainAmountParser: QuantityParser = {
  name: 'amount',
  first: NUMBER_FIRST,
  read(scan, at) {
    const n = scan.number(at);
    if (n === null) return null;
    if (typeof n === 'number') return n;
    const a0 = n.amount;
    const none = n.tokenEnd;
    if (a0.unit === null) {
      const multiplied = a0.factorText !== '' || (a0.numeral === 'chinese' && /[万亿]/.test(a0.digits));
      if (!multiplied || /[A-Za-z0-9０-９]/.test(scan.text[a0.end] ?? '')) return none;
      if (a0.numeral === 'chinese' && a0.value !== null && a0.value < 1e4) return none;
      if (scan.text[at - 1] === '每') return none; // 每10万人口: a rate's base
      return { candidate: { ...fromAmount(a0, 'bare-multiplier'), countable: false }, resume: Math.max(n.tokenEnd, a0.end) };
    }
    return { candidate: fromAmount(a0, a0.masked ? 'masked' : a0.numeral === 'chinese' ? 'chinese' : 'arabic'), resume: Math.max(n.tokenEnd, a0.end) };
  },
};

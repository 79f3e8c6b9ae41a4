/**
 * Ranges: 3-5所, 3至5所, 三到五年, 5-20%, 3—5年一遇: value = min, with min/max (rule
 * `range`); a masked range, XX—XX岁, is one masked quantity (rule `masked`). Two years
 * (2025-2030, 2025—2027年) are proposed as a range for the year filter to reject, and two
 * numbers with no unit (12-26) are read as nothing.
 */
import { UNIT_OPTIONAL, readAmount } from '../amount.js';
import { adopt, fromAmount, isYear, sameUnit } from '../candidate.js';
import type { QuantityParser } from '../types.js';
import { NUMBER_FIRST } from '../tokens.js';

const RANGE_SEP_Y = /\s?(?:[-－—–~～〜]{1,2}|至|到)\s?/y;

export const rangeParser: QuantityParser = {
  name: 'range',
  first: NUMBER_FIRST,
  read(scan, at) {
    const n = scan.number(at);
    if (n === null || typeof n === 'number') return null;
    const { text } = scan;
    const a0 = n.amount;
    RANGE_SEP_Y.lastIndex = a0.end;
    const sep = RANGE_SEP_Y.exec(text);
    if (!sep) return null;
    const b = readAmount(text, a0.end + sep[0].length, UNIT_OPTIONAL);
    if (!b) return null;
    const resume = Math.max(n.tokenEnd, b.end);
    // XX—XX岁, X-X所: a masked range is one masked quantity with the unit of its second end
    if (a0.masked && b.masked && b.unit !== null && sameUnit(a0, b) && !isYear(b) && !isYear(a0)) {
      return { candidate: fromAmount(b, 'masked', adopt(a0, b)), resume };
    }
    if (b.numeral !== a0.numeral || b.masked) return null;
    // 2025-2030, 2025—2027年: two years, which the year filter rejects
    if (isYear(a0) && (isYear(b) || b.unit === '年' || /^[0-9]{2}$/.test(b.digits))) return { candidate: fromAmount(b, 'range', a0), resume };
    if (b.unit !== null && sameUnit(a0, b) && a0.value !== null && b.value !== null) {
      const a = adopt(a0, b);
      if (a.value !== null && a.value <= b.value && a.value !== b.value) {
        const c = fromAmount(b, 'range', a);
        c.value = a.value;
        c.min = a.value ?? undefined;
        c.max = b.value;
        c.approx = a.approx || b.approx;
        delete c.yuan;
        if (a.yuan !== undefined) c.yuan = a.yuan;
        else if (b.cls === 'money' && b.yuan !== undefined && a.value !== null) c.yuan = (b.yuan / b.value) * a.value;
        return { candidate: c, resume };
      }
    }
    if (b.unit === null && a0.unit === null) return resume; // 12-26, 1-3 (no unit)
    return null;
  },
};

import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { extendDots } from './notice-span.js';
import { foldedOf } from './lines.js';

/**
 * ……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)…… — a paywall cut in
 * the middle of the text; the site says how many characters it left out. Found from
 * "省略N字" and widened to the brackets around it (at most 60 characters before, 40
 * after, on the same line) and the dots around those, so the scan stays linear. Read on
 * the text folded for matching (zh/fold.ts), so full-width digits (省略７１５字) count too.
 */
const OMITTED = /省略\s*(\d{1,7})\s*字/g;

export const paywallCut = cleanRule({
  name: 'paywall-cut',
  find(text, context) {
    if (!text.includes('省略')) return []; // the same in Traditional
    const folded = foldedOf(text, context);
    const hits: RuleHit[] = [];
    for (const m of folded.matchAll(OMITTED)) {
      const open = enclosingBracket(folded, m.index, 60, -1);
      const close = enclosingBracket(folded, m.index + m[0].length, 40, 1);
      if (open < 0 || close < 0) continue;
      const [start, end] = extendDots(folded, open, close + 1);
      hits.push({ start, end, cut: { kind: 'omitted', missingChars: Number(m[1]), statedTotalChars: null } });
    }
    return hits;
  },
});

/**
 * Offset of the bracket around the notice, looking at most `max` characters on the line: back
 * from `from` for the "(" or "（" that opens it (direction −1), or on from `from` for the ")"
 * or "）" that closes it (direction 1); -1 when a bracket facing the other way, a line break
 * or the end of the text comes first.
 */
function enclosingBracket(text: string, from: number, max: number, direction: -1 | 1): number {
  const [wanted, stop] = direction < 0 ? ['(（', ')）\n\r'] : [')）', '(（\n\r'];
  for (let k = 0; k < max; k++) {
    const i = direction > 0 ? from + k : from - k - 1;
    const c = text[i];
    if (c === undefined) return -1;
    if (wanted.includes(c)) return i;
    if (stop.includes(c)) return -1;
  }
  return -1;
}

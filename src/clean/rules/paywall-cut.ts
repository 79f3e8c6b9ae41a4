import type { CleanRule, RuleHit } from '../types.js';
import { extendDots } from './notice-span.js';

/**
 * ……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)…… — a paywall cut in
 * the middle of the text; the site says how many characters it left out. Found from
 * "省略N字" and widened to the brackets around it (at most 60 characters before, 40
 * after, on the same line) and the dots around those, so the scan stays linear.
 */
const OMITTED = /省略\s*(\d{1,7})\s*字/g;

export const paywallCut: CleanRule = {
  name: 'paywall-cut',
  reason: 'paywall-cut',
  find(text) {
    if (!text.includes('省略')) return [];
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(OMITTED)) {
      const open = findBack(text, m.index, 60);
      const close = findForward(text, m.index + m[0].length, 40);
      if (open < 0 || close < 0) continue;
      const [start, end] = extendDots(text, open, close + 1);
      hits.push({ start, end, cut: { kind: 'omitted', missingChars: Number(m[1]), statedTotalChars: null } });
    }
    return hits;
  },
};

/** Offset of the "(" or "（" opening the notice, looking back at most `max` characters on the line. */
function findBack(text: string, from: number, max: number): number {
  for (let i = from - 1; i >= 0 && i >= from - max; i--) {
    const c = text[i]!;
    if (c === '(' || c === '（') return i;
    if (c === ')' || c === '）' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

/** Offset of the ")" or "）" closing the notice, looking ahead at most `max` characters on the line. */
function findForward(text: string, from: number, max: number): number {
  for (let i = from; i < text.length && i < from + max; i++) {
    const c = text[i]!;
    if (c === ')' || c === '）') return i;
    if (c === '(' || c === '（' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

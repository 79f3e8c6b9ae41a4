import type { CleanRule, RuleHit } from '../types.js';

/** ……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)…… — a cut in the middle of the text. */
const OMITTED = /[…\.。]*[(（][^()（）\n]{0,60}?省略\s*(\d+)\s*字[^()（）\n]{0,40}[)）][…\.。]*/g;

export const paywallCut: CleanRule = {
  name: 'paywall-cut',
  reason: 'paywall-cut',
  find(text) {
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(OMITTED)) {
      const start = m.index;
      let end = start + m[0].length;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      hits.push({ start, end, cut: { kind: 'omitted', missingChars: Number(m[1]), statedTotalChars: null } });
    }
    return hits;
  },
};

import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldedOf, mayHold } from './lines.js';

/**
 * <!-- … --> left in scraped page text (gov.cn pages carry empty ones and their
 * pagination script inside them). Found with indexOf, so an unclosed "<!--" costs one
 * scan and is left alone. A page rewritten in full-width forms writes ＜！－－ … －－＞:
 * then the comments are found in the text folded for matching (zh/fold.ts), which is
 * folded only when that opening is there (a ＜ in the cleaner's input first).
 */
export const htmlComment = cleanRule({
  name: 'html-comment',
  find(raw, context) {
    const text = mayHold(raw, context, '＜') && raw.includes('＜！－－') ? foldedOf(raw, context) : raw;
    const hits: RuleHit[] = [];
    let i = text.indexOf('<!--');
    while (i >= 0) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) break;
      hits.push({ start: i, end: close + 3 });
      i = text.indexOf('<!--', close + 3);
    }
    return hits;
  },
});

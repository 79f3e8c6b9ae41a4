import type { CleanRule, RuleHit } from '../types.js';

/**
 * <!-- … --> left in scraped page text (gov.cn pages carry empty ones and their
 * pagination script inside them). Found with indexOf, so an unclosed "<!--" costs one
 * scan and is left alone.
 */
export const htmlComment: CleanRule = {
  name: 'html-comment',
  reason: 'html-comment',
  find(text) {
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
};

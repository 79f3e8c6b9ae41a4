import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';

/**
 * <!-- … --> left in scraped page text (gov.cn pages carry empty ones and their
 * pagination script inside them). Found with indexOf, so an unclosed "<!--" costs one
 * scan and is left alone.
 */
export const htmlComment = cleanRule({
  name: 'html-comment',
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
});

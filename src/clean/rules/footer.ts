import type { CleanRule, RuleHit } from '../types.js';
import { foldForMatching } from '../../zh/fold.js';
import { FOOTER_LABELS, foldedFirstChars } from '../../zh/page-labels.js';
import { linesOf, lineText } from './lines.js';

/**
 * 本文标题:… / 链接地址:https://… / 转载请注明出处 — the footer a site appends to an article.
 * The labels are data (src/zh/lexicon/page-labels.json), matched on the folded line (本文標題 too).
 */
const FOOTER = new RegExp(`^(?:${FOOTER_LABELS.join('|')})`);
const FIRST = foldedFirstChars(FOOTER_LABELS);

export const footer: CleanRule = {
  name: 'footer',
  reason: 'footer',
  find(text, context) {
    const hits: RuleHit[] = [];
    for (const line of linesOf(text, context)) {
      const body = lineText(text, line);
      if (body.length > 0 && body.length <= 200 && FIRST[body.charCodeAt(0)] && FOOTER.test(foldForMatching(body))) hits.push({ start: line.start, end: line.next });
    }
    return hits;
  },
};

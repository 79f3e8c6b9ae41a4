import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldForMatching } from '../../zh/fold.js';
import { FOOTER_LABELS, foldedFirstChars } from '../../zh/page-labels.js';
import { bodyEnd, bodyStart, linesOf, wholeLine } from './lines.js';

/**
 * 本文标题:… / 链接地址:https://… / 转载请注明出处 — the footer a site appends to an article.
 * The labels are data (src/zh/lexicon/page-labels.json), matched on the folded line (本文標題 too).
 */
const FOOTER = new RegExp(`^(?:${FOOTER_LABELS.join('|')})`);
const FIRST = foldedFirstChars(FOOTER_LABELS);

export const footer = cleanRule({
  name: 'footer',
  find(text, context) {
    const hits: RuleHit[] = [];
    for (const line of linesOf(text, context)) {
      // the first character decides before the line is sliced and folded
      const from = bodyStart(text, line);
      if (!FIRST[text.charCodeAt(from)]) continue;
      const to = bodyEnd(text, line, from);
      if (to - from <= 200 && FOOTER.test(foldForMatching(text.slice(from, to)))) hits.push(wholeLine(line));
    }
    return hits;
  },
});

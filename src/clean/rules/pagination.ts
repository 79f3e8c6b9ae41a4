import type { CleanRule, RuleHit } from '../types.js';
import { foldedOf, linesMatching, linesOf, lineText, mayHold, wholeLine } from './lines.js';

/**
 * 上一页 1 2 3 4 下一页 — the page links of a paginated article (gov.cn); matched on the text
 * folded for matching (zh/fold.ts): 上一頁 １ ２ 下一頁 too.
 */
const STEP = /上一页|下一页|上页|下页/g;
const TOKEN = /^(?:上一页|下一页|首页|尾页|末页|上页|下页|\d{1,3}|[<>«»])$/;

export const pagination: CleanRule = {
  name: 'pagination',
  reason: 'page-chrome',
  find(text, context) {
    // a single-character search is several times faster than the scan below (頁 folds to 页)
    if (!text.includes('页') && !mayHold(text, context, '頁')) return [];
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    const folded = foldedOf(text, context);
    // one scan of the text finds the lines with a step link; no other line is read
    for (const i of linesMatching(folded, lines, STEP)) {
      const line = lines[i]!;
      const body = lineText(folded, line);
      if (body.length > 200) continue;
      // split between words and numbers too: "上一页1 2 3 4 下一页"
      const tokens = body.split(/(上一页|下一页|首页|尾页|末页|上页|下页)|[\s|｜[\]【】]+/).filter((t) => t !== undefined && t.length > 0);
      if (tokens.every((t) => TOKEN.test(t))) hits.push(wholeLine(line));
    }
    return hits;
  },
};

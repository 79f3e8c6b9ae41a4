import type { CleanRule, RuleHit } from '../types.js';
import { linesOf, lineText } from './lines.js';

/** 上一页 1 2 3 4 下一页 — the page links of a paginated article (gov.cn). */
const STEP = /上一页|下一页|上页|下页/;
const TOKEN = /^(?:上一页|下一页|首页|尾页|末页|上页|下页|\d{1,3}|[<>«»])$/;

export const pagination: CleanRule = {
  name: 'pagination',
  reason: 'page-chrome',
  find(text, context) {
    if (!STEP.test(text)) return [];
    const hits: RuleHit[] = [];
    for (const line of linesOf(text, context)) {
      const body = lineText(text, line);
      if (body.length > 200 || !STEP.test(body)) continue;
      // split between words and numbers too: "上一页1 2 3 4 下一页"
      const tokens = body.split(/(上一页|下一页|首页|尾页|末页|上页|下页)|[\s|｜[\]【】]+/).filter((t) => t !== undefined && t.length > 0);
      if (tokens.every((t) => TOKEN.test(t))) hits.push({ start: line.start, end: line.next });
    }
    return hits;
  },
};

import type { CleanRule, RuleHit } from '../types.js';
import { lineSpans } from './lines.js';

/** 当前位置: 首页 > 教育信息 > …, including a continuation line that starts with ">". */
export const breadcrumb: CleanRule = {
  name: 'breadcrumb',
  reason: 'breadcrumb',
  find(text) {
    const hits: RuleHit[] = [];
    let inCrumb = false;
    for (const line of lineSpans(text)) {
      const body = text.slice(line.start, line.end).trim();
      if (/^(当前位置|您的位置|你的位置|您现在的位置|当前的位置)\s*[:：]/.test(body)) {
        hits.push({ start: line.start, end: line.next });
        inCrumb = true;
      } else if (inCrumb && /^[>＞»]/.test(body)) {
        hits.push({ start: line.start, end: line.next });
      } else inCrumb = false;
    }
    return hits;
  },
};

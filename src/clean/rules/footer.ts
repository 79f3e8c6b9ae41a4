import type { CleanRule, RuleHit } from '../types.js';
import { lineSpans, lineText } from './lines.js';

/** 本文标题:… / 链接地址:https://… / 转载请注明出处 — the footer a site appends to an article. */
const FOOTER = /^(?:本文标题|本文链接|链接地址|原文链接|原文地址|文章链接|本文地址|本文网址|文章地址|转载请注明|转载请保留|文章来源地址)/;

export const footer: CleanRule = {
  name: 'footer',
  reason: 'footer',
  find(text) {
    const hits: RuleHit[] = [];
    for (const line of lineSpans(text)) {
      const body = lineText(text, line);
      if (body.length > 0 && body.length <= 200 && FOOTER.test(body)) hits.push({ start: line.start, end: line.next });
    }
    return hits;
  },
};

import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldForMatching } from '../../zh/fold.js';
import { BREADCRUMB_LABELS, foldedFirstChars } from '../../zh/page-labels.js';
import { bodyStart, HEADING_START, isBlankLine, linesOf, lineText, wholeLine } from './lines.js';

// The patterns read the line folded for matching (zh/fold.ts): 當前位置：首頁 > … as 当前位置:首页 > ….
/** 当前位置: 首页 > 教育信息 > …, the line that opens a breadcrumb trail (labels: src/zh/lexicon/page-labels.json). */
const CRUMB_START = new RegExp(`^(?:${BREADCRUMB_LABELS.join('|')})\\s*[:：]`);
/** 首页 > 总结报告 > …: a trail without its label. */
const HOME_TRAIL = /^(?:网站)?首页\s*(?:>|＞|»|›|→|\/|>>)/;
/** 您好,欢迎访问公文包 — the greeting at the top of a site page. */
const GREETING = /^(?:您好|你好|Hi)[,，!！\s]*欢迎(?:访问|来到|光临|您访问)/;
/** The longest line read as a trail. */
const MAX_TRAIL = 200;
const SEPARATOR_START = /^[>＞»›→]/;
const SEPARATOR_END = /[>＞»›→]$/;
const LABEL_END = /[:：]$/;
const HOME = /^(?:网站首页|首页|主页|返回首页)$/;
/** First characters a line opening a trail or greeting can have, folded or not. */
const OPENING = foldedFirstChars([...BREADCRUMB_LABELS, '首页', '网站首页', '您好', '你好', 'Hi']);

/**
 * Breadcrumb trails and the greeting line above them. A trail may be split over lines
 * (当前位置： / 首页 / > / 政务信息 / > / 宁夏要闻, one per line on nx.gov.cn): a line
 * continues the trail when it starts with a separator, when the trail so far ends with
 * one, or when the next line starts with one; each piece is short.
 */
export const breadcrumb = cleanRule({
  name: 'breadcrumb',
  find(text, context) {
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    let inCrumb = false;
    let lastCrumb = '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // outside a trail, a line that cannot open one is passed over unread
      if (!inCrumb && !OPENING[text.charCodeAt(bodyStart(text, line))]) continue;
      const written = lineText(text, line);
      // a line is folded only when it may open a trail or continues one
      // (a line longer than a trail is never matched: only its length is read then)
      const body = (OPENING[written.charCodeAt(0)] || inCrumb) && written.length <= MAX_TRAIL ? foldForMatching(written) : written;
      if (body.length <= MAX_TRAIL && (CRUMB_START.test(body) || HOME_TRAIL.test(body))) {
        hits.push(wholeLine(line));
        inCrumb = true;
        lastCrumb = body;
        continue;
      }
      if (body.length <= 40 && GREETING.test(body)) {
        hits.push(wholeLine(line));
        inCrumb = false;
        continue;
      }
      if (inCrumb && body.length > 0 && body.length <= 40 && !HEADING_START.test(written)) {
        const next = nextNonBlank(text, lines, i + 1);
        const continues =
          SEPARATOR_START.test(body) ||
          SEPARATOR_END.test(lastCrumb) ||
          (LABEL_END.test(lastCrumb) && HOME.test(body)) ||
          (next !== null && SEPARATOR_START.test(next));
        if (continues) {
          hits.push(wholeLine(line));
          lastCrumb = body;
          continue;
        }
      }
      if (!isBlankLine(text, line) || body.length > 0) inCrumb = false;
    }
    return hits;
  },
});

function nextNonBlank(text: string, lines: readonly { start: number; end: number; next: number }[], from: number): string | null {
  for (let j = from; j < lines.length && j < from + 3; j++) {
    const t = lineText(text, lines[j]!);
    if (t.length > 0) return foldForMatching(t);
  }
  return null;
}

import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { extendDots } from './notice-span.js';
import { foldedOf } from './lines.js';

/**
 * The tail cut of document sites: " ……(未完,全文共3811字,当前仅显示2007字,请阅读下面提示信息。"
 * and the "收藏《…》)" line after it. The site states the full length and what it shows,
 * so the cut carries missingChars = total − shown and statedTotalChars = total. Read on the
 * text folded for matching (zh/fold.ts): 當前僅顯示 and full-width digits too.
 */
const TAIL = /全文共\s*(\d{1,7})\s*字\s*[,，、]?\s*当前仅显示\s*(\d{1,7})\s*字/g;
/** What may stand between the opening bracket and 全文共: "未完,". */
const PREFIX = /[(（]\s*(?:未完)?\s*[,，]?\s*$/;
/** The rest of the notice after the counts, on the same line. */
const SUFFIX = /^[^\n\r()（）]{0,30}?(?:[)）]|。|$)/;
/** "收藏《在市教育高质量发展工作会议上的讲话》)" on the next line closes the notice. */
const COLLECT = /^[ \t\u3000]*收藏\s*《[^》\n\r]{0,120}》[)）]?[ \t\u3000]*$/;

export const truncationNotice = cleanRule({
  name: 'truncation-notice',
  find(raw, context) {
    if (!raw.includes('全文共')) return []; // the same in Traditional
    // every offset below is the same in the raw text, and nothing is sliced out of it
    const text = foldedOf(raw, context);
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(TAIL)) {
      // the line start, looked for only as far back as the prefix can reach (a whole text
      // on one line would make lastIndexOf scan back to its start for every notice)
      let lineStart = Math.max(0, m.index - 12);
      for (let i = m.index - 1; i >= lineStart; i--) {
        if (text[i] === '\n') {
          lineStart = i + 1;
          break;
        }
      }
      const before = PREFIX.exec(text.slice(lineStart, m.index));
      let start = before ? lineStart + before.index : m.index;
      let end = m.index + m[0].length;
      const after = SUFFIX.exec(text.slice(end, end + 40));
      if (after) end += after[0].length;
      [start, end] = extendDots(text, start, end);
      // the "收藏《…》)" line that closes the bracket the notice opened
      let lineEnd = end;
      while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
      if (text[lineEnd] === '\r') lineEnd++;
      if (text[lineEnd] === '\n') lineEnd++;
      if (lineEnd > end) {
        const nextEnd = nextLineEnd(text, lineEnd, COLLECT_MAX);
        if (nextEnd >= 0 && COLLECT.test(text.slice(lineEnd, nextEnd))) end = nextEnd;
      }
      const total = Number(m[1]);
      const shown = Number(m[2]);
      hits.push({
        start,
        end,
        cut: { kind: 'tail', missingChars: total >= shown ? total - shown : null, statedTotalChars: total },
      });
    }
    return hits;
  },
});

/** Longest line read as a 收藏《…》 line (the title is at most 120 characters). */
const COLLECT_MAX = 200;

/** End of the line starting at `from`, or -1 when it is longer than `max` (only short lines matter). */
function nextLineEnd(text: string, from: number, max: number): number {
  const limit = Math.min(text.length, from + max);
  for (let i = from; i < limit; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return limit === text.length ? limit : -1;
}

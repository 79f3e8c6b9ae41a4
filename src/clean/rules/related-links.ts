import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { charTable } from '../../text/scan.js';
import { RELATED_LINK_WORDS } from '../../zh/page-labels.js';
import { bodyStart, foldedOf, linesOf, lineText, wholeLine } from './lines.js';

/**
 * Lists of other pages: 展开阅读全文 / 相关资源 / 猜你喜欢 / 相关搜索 (document sites),
 * 相关报道： / 相关附件>> / 相关链接>> (gov.cn), 上一篇：… / 下一篇：…, and the items of a
 * gov.cn link list, an id line ("abcd39f1fb7f426d9dfb6bd0fa1f2146:") and the title after it.
 * The header and neighbour words are data (src/zh/lexicon/page-labels.json, `relatedLinks`),
 * matched on the text folded for matching (zh/fold.ts): 相關閱讀, 上一篇：, full-width ids too.
 */
/** What may follow a header word on its line: a colon or an arrow (相关附件>>). */
const HEADER_TAIL = /\s*(?:[:：]|>>|》》|»)?$/;
const HEADER = new RegExp(`^(?:${RELATED_LINK_WORDS.headers.join('|')})${HEADER_TAIL.source}`);
const NEIGHBOUR = new RegExp(`^(?:${RELATED_LINK_WORDS.neighbours.join('|')})${/\s*[:：]/.source}`);
const HEX_DIGITS = '0123456789abcdef';
const ITEM_ID = /^(?=[0-9]*[a-f])[0-9a-f]{16,64}[:：]$/;
/** The characters a header, a neighbour link or an item id starts with: other lines are not sliced. */
const FIRST = charTable([...RELATED_LINK_WORDS.headers, ...RELATED_LINK_WORDS.neighbours].map((w) => w[0]).join('') + HEX_DIGITS);

export const relatedLinks = cleanRule({
  name: 'related-links',
  find(text, context) {
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    const folded = foldedOf(text, context);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!FIRST[folded.charCodeAt(bodyStart(folded, line))]) continue;
      const body = lineText(folded, line);
      if (body.length === 0 || body.length > 80) continue;
      if (HEADER.test(body) || NEIGHBOUR.test(body)) {
        hits.push(wholeLine(line));
      } else if (ITEM_ID.test(body)) {
        const next = lines[i + 1];
        const title = next ? lineText(folded, next) : '';
        if (next && title.length > 0 && title.length <= 80 && !/。$/.test(title)) {
          hits.push({ start: line.start, end: next.next });
          i++;
        } else hits.push(wholeLine(line));
      }
    }
    return hits;
  },
});

import type { CleanRule, RuleHit } from '../types.js';
import { charTable } from '../../text/scan.js';
import { bodyStart, linesOf, lineText } from './lines.js';

/**
 * Lists of other pages: 展开阅读全文 / 相关资源 / 猜你喜欢 / 相关搜索 (document sites),
 * 相关报道： / 相关附件>> / 相关链接>> (gov.cn), 上一篇：… / 下一篇：…, and the items of a
 * gov.cn link list, an id line ("abcd39f1fb7f426d9dfb6bd0fa1f2146:") and the title after it.
 */
const HEADER_WORDS = ['展开阅读全文', '阅读全文', '点击阅读全文', '相关资源', '猜你喜欢', '相关搜索', '相关文档', '相关推荐', '相关阅读', '相关文章', '相关新闻', '相关报道', '相关附件', '相关链接', '热门推荐', '精彩推荐', '热门文章', '推荐阅读', '延伸阅读', '更多阅读'];
const HEADER = new RegExp(`^(?:${HEADER_WORDS.join('|')})\\s*(?:[:：]|>>|》》|»)?$`);
const NEIGHBOUR_WORDS = ['上一篇', '下一篇', '上一条', '下一条'];
const NEIGHBOUR = new RegExp(`^(?:${NEIGHBOUR_WORDS.join('|')})\\s*[:：]`);
const HEX_DIGITS = '0123456789abcdef';
const ITEM_ID = /^(?=[0-9]*[a-f])[0-9a-f]{16,64}[:：]$/;
/** The characters a header, a neighbour link or an item id starts with: other lines are not sliced. */
const FIRST = charTable([...HEADER_WORDS, ...NEIGHBOUR_WORDS].map((w) => w[0]).join('') + HEX_DIGITS);

export const relatedLinks: CleanRule = {
  name: 'related-links',
  reason: 'related-links',
  find(text, context) {
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!FIRST[text.charCodeAt(bodyStart(text, line))]) continue;
      const body = lineText(text, line);
      if (body.length === 0 || body.length > 80) continue;
      if (HEADER.test(body) || NEIGHBOUR.test(body)) {
        hits.push({ start: line.start, end: line.next });
      } else if (ITEM_ID.test(body)) {
        const next = lines[i + 1];
        const title = next ? lineText(text, next) : '';
        if (next && title.length > 0 && title.length <= 80 && !/。$/.test(title)) {
          hits.push({ start: line.start, end: next.next });
          i++;
        } else hits.push({ start: line.start, end: line.next });
      }
    }
    return hits;
  },
};

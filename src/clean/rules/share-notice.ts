import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldedOf, linesMatching, linesOf, lineText, wholeLine } from './lines.js';

/**
 * What document-sharing sites write around a shared document:
 * - 《教育高质量发展纪实.docx》由会员分享,可在线阅读,更多相关《…》请在优知文库上搜索。
 * - 公文包网友为您分享整理的“…”范文资料,以供您参考学习之用,希望喜欢。 (the whole line:
 *   the summary before it on the same line is the site's description, not the text)
 * - 亲,该文档总共5页,全部预览完了,如果喜欢就下载吧!
 * - 资源描述 (the heading of that description)
 * Matched on the text folded for matching (zh/fold.ts): 由會員分享 and full-width forms too.
 */
const PATTERNS: readonly { pattern: RegExp; needs: RegExp }[] = [
  { pattern: /由会员分享[,，]\s*可在线阅读/, needs: /由会员分享/ },
  { pattern: /为您分享整理的.{0,120}?(?:以供您?参考|希望(?:对您有所帮助|喜欢))/, needs: /为您分享整理的/ },
  { pattern: /^亲[,，]\s*该文档总共\s*\d+\s*页/, needs: /该文档总共/ },
  { pattern: /^(?:资源描述|文档描述|内容简介|文档简介)[:：]?$/, needs: /资源描述|文档描述|内容简介|文档简介/ },
  { pattern: /请在.{1,12}上搜索[。.]?$/, needs: /上搜索/ },
  { pattern: /本文档(?:由用户上传|为用户上传|仅供参考)/, needs: /本文档/ },
];
/** A literal one of the patterns needs (`needs`, plain words or words joined by |): only the lines holding one are tested. */
const NEEDED = new RegExp(PATTERNS.map((p) => p.needs.source).join('|'), 'g');

export const shareNotice = cleanRule({
  name: 'share-notice',
  find(text, context) {
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    const folded = foldedOf(text, context);
    for (const i of linesMatching(folded, lines, NEEDED)) {
      const line = lines[i]!;
      const body = lineText(folded, line);
      if (body.length === 0 || body.length > 500) continue;
      if (PATTERNS.some((p) => p.pattern.test(body))) hits.push(wholeLine(line));
    }
    return hits;
  },
});

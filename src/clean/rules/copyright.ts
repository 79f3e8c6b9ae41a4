import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { bodyEnd, bodyStart, foldedOf, HEADING_START, linesOf, lineText, wholeLine } from './lines.js';

/** copyright@ 2008-2023 yzwku网站版权所有, 经营许可证编号:宁ICP备2022001189号-2, 京公网安备… */
const NOTICE = /版权所有|[Cc]opyright|©|ICP[备证]|经营许可证|公网安备|网安备案|备案号|增值电信业务/;
/** The longest line read as a notice. */
const NOTICE_MAX = 120;
/** 本站为文档C2C交易模式,… — the disclaimer paragraph of document-sharing sites. */
const DISCLAIMER_START = /^(?:本站|本网站|本网|本平台)/;
const DISCLAIMER_WORDS = /C2C|版权|侵权|免责|用户上传|上传的文档|下载所得|不承担/;
/** The licence template Wikisource puts after a work: 本作品是中华人民共和国的法律、法规… / 本作品来自… */
const LICENCE_START = /^本作品(?:是|来自|在)/;
/** 本, the first character of the licence and of the disclaimer. */
const BEN = '本'.charCodeAt(0);
const LICENCE_WORDS = /公有领域|Public domain|版权/;

/**
 * Copyright and registration lines, the site disclaimer, and the Wikisource licence
 * block at the end of a text (from "本作品…" to the end, when what follows speaks of
 * 公有领域/Public domain and is short). A line that ends a sentence with 。 or starts
 * with a heading marker is body text and is kept even if it mentions 版权.
 *
 * Matched on the text folded for matching (zh/fold.ts), so 版權所有, 本作品來自… 公有領域 and
 * full-width ＩＣＰ备 read as their Simplified, half-width forms.
 */
export const copyright = cleanRule({
  name: 'copyright',
  find(text, context) {
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    const folded = foldedOf(text, context);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // a line longer than a notice is sliced only when it starts with 本, as the licence and
      // the disclaimer do (a scan of the whole text for the notice words costs more: most of
      // a text is in long lines)
      const from = bodyStart(folded, line);
      const length = bodyEnd(folded, line, from) - from;
      if (length === 0 || (length > NOTICE_MAX && folded.charCodeAt(from) !== BEN)) continue;
      const body = lineText(folded, line);
      if (LICENCE_START.test(body) && text.length - line.start <= 6000) {
        const rest = folded.slice(line.start);
        if (LICENCE_WORDS.test(rest) && /(?:Public domain|公有领域|false)\s*$/.test(rest)) {
          hits.push({ start: line.start, end: text.length });
          break;
        }
      }
      if (body.length <= NOTICE_MAX && NOTICE.test(body) && !/。$/.test(body) && !HEADING_START.test(body)) {
        hits.push(wholeLine(line));
      } else if (body.length <= 600 && DISCLAIMER_START.test(body) && DISCLAIMER_WORDS.test(body)) {
        hits.push(wholeLine(line));
      }
    }
    return hits;
  },
});

import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { charTable } from '../../text/scan.js';
import { bodyEnd, bodyStart, foldedOf, isBlankLine, linesOf, lineText, SENTENCE_END } from './lines.js';

/**
 * Page numbers and page markers on their own line:
 * - "— 3 —", "- 3 -", "－3－" (official-document PDFs)
 * - "第1页 / 共5页", "第 3 页"
 * - "教育高质量发展纪实.docx_第1页" (the page images of document-sharing sites)
 * When a "— 3 —" line falls inside a paragraph (the line before does not end a sentence),
 * the blank lines around it go with it, so that the two halves of the paragraph meet
 * again and the hard-wrap rule can join them.
 * The markers are matched on the text folded for matching (zh/fold.ts): 第１頁 / 共５頁 too.
 */
/** The dashes around a page number ("-" first: inside a class it would make a range). */
const DASHES = '-—－–―─~';
const DASHED = new RegExp(`^[${DASHES}]{1,2}\\s*\\d{1,4}\\s*[${DASHES}]{1,2}$`);
const PAGE_OF = /^第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?$/;
const FILE_PAGE = /^.{1,120}\.(?:docx?|pdf|pptx?|xlsx?|wps|txt|caj)_第\s*\d{1,4}\s*页$/i;
/** The characters the three markers can end with. */
const LAST_CHAR = charTable('页' + DASHES);

export const pageNumber = cleanRule({
  name: 'page-number',
  find(text, context) {
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    const folded = foldedOf(text, context);
    let lastEnd = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // every marker ends with 页 or a dash: other lines are not sliced
      const from = bodyStart(folded, line);
      const to = bodyEnd(folded, line, from);
      if (to === from || to - from > 130 || !LAST_CHAR[folded.charCodeAt(to - 1)]) continue;
      const body = folded.slice(from, to);
      if (!DASHED.test(body) && !PAGE_OF.test(body) && !FILE_PAGE.test(body)) continue;
      if (!DASHED.test(body)) {
        hits.push({ start: Math.max(lastEnd, line.start), end: line.next });
        lastEnd = line.next;
        continue;
      }
      let a = i;
      while (a > 0 && isBlankLine(text, lines[a - 1]!)) a--;
      let b = i;
      while (b + 1 < lines.length && isBlankLine(text, lines[b + 1]!)) b++;
      // a PDF page break inside a paragraph: the blank lines around go too
      const midSentence = a > 0 && !SENTENCE_END.test(lineText(text, lines[a - 1]!)) && b + 1 < lines.length;
      if (!midSentence) {
        a = i;
        b = i;
      }
      const start = Math.max(lastEnd, a > 0 ? lines[a]!.start : line.start);
      const end = b + 1 < lines.length ? lines[b + 1]!.start : lines[b]!.next;
      hits.push({ start, end });
      lastEnd = end;
      i = b;
    }
    return hits;
  },
});

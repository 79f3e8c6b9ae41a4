import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { endWithoutPadding, foldedOf, isBlankLine, linesOf, lineText, SENTENCE_END, type LineSpan } from './lines.js';

/**
 * The page-chunk numbers of document-sharing sites. They cut the text into pages and
 * number the pieces "1、", "2、", … at the start of a line after a blank line, wherever
 * the page ended, mid-word included: "…初心使命,坚\n\n2、持党对教育事业…". The number and
 * the break before it are deleted so that the word is whole again ("坚持党对").
 *
 * Real 1、 2、 headings also start lines after blank lines, so a numbering is taken for
 * page chunks only when it runs 1, 2, 3, … in order, the pieces are page-sized (150
 * characters on average) and at least two thirds of the breaks fall mid-sentence (the
 * line before does not end with 。！？；：). Where a break does fall after a sentence end,
 * only the number goes and the paragraph break stays. The numbers are read on the text
 * folded for matching (zh/fold.ts): １、 ２、 too.
 */
const NUMBER = /^[ \t\u3000]*(\d{1,3})、/;
const MIN_CHUNKS = 3;
const MIN_AVERAGE_CHARS = 150;

interface Candidate {
  line: number;
  n: number;
  /** Offset just after "N、". */
  numberEnd: number;
  /** Offset where the number (and its indentation) starts. */
  numberStart: number;
}

export const pageChunkNumber = cleanRule({
  name: 'page-chunk-number',
  find(text, context) {
    if (!text.includes('、')) return [];
    const lines = linesOf(text, context);
    const folded = foldedOf(text, context);
    const runs: Candidate[][] = [];
    let run: Candidate[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const m = NUMBER.exec(folded.slice(line.start, Math.min(line.end, line.start + 12)));
      if (!m) continue;
      const n = Number(m[1]);
      // the first chunk follows the site's header, which the other rules may have taken
      const afterBlank = i === 0 || isBlankLine(text, lines[i - 1]!);
      if (!afterBlank && n !== 1) continue;
      const c: Candidate = { line: i, n, numberStart: line.start, numberEnd: line.start + m[0].length };
      if (run.length > 0 && n === run[run.length - 1]!.n + 1) run.push(c);
      else {
        if (run.length > 0) runs.push(run);
        run = n === 1 ? [c] : [];
      }
    }
    if (run.length > 0) runs.push(run);

    const hits: RuleHit[] = [];
    for (const r of runs) {
      if (r.length < MIN_CHUNKS) continue;
      const span = r[r.length - 1]!.numberStart - r[0]!.numberStart;
      if (span / (r.length - 1) < MIN_AVERAGE_CHARS) continue;
      const joints = r.slice(1).map((c) => midSentenceBreak(text, lines, c.line));
      const midSentence = joints.filter((end) => end !== null).length;
      if (midSentence * 3 < joints.length * 2) continue;
      hits.push({ start: r[0]!.numberStart, end: r[0]!.numberEnd });
      // mid-sentence, the break goes with the number; after a sentence end, the number alone
      r.slice(1).forEach((c, k) => hits.push({ start: joints[k] ?? c.numberStart, end: c.numberEnd }));
    }
    return hits;
  },
});

/**
 * Where the break before line `i` starts when it falls mid-sentence: just after the last
 * character of the last non-blank line before it (within 4 lines), when that line holds 20
 * characters or more and does not end a sentence; else null.
 */
function midSentenceBreak(text: string, lines: readonly LineSpan[], i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const line = lines[j]!;
    const body = lineText(text, line);
    if (body.length === 0) continue;
    return body.length >= 20 && !SENTENCE_END.test(body) ? endWithoutPadding(text, line) : null;
  }
  return null;
}

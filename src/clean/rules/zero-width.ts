import type { RuleHit } from '../types.js';
import { cleanRule, matchHits } from './rule.js';
import { HEADING_START, isBlankLine, linesOf, lineText, SENTENCE_END } from './lines.js';

/** Zero-width space, non-joiner, joiner, word joiner, and a BOM inside the text. */
const ZW_CHARS = '\u200b\u200c\u200d\u2060\ufeff';
const ZW = new RegExp(`[${ZW_CHARS}]`);
const ZW_RUN = new RegExp(`[${ZW_CHARS}]+`, 'g');
/** A line of zero-width characters and spaces only (at least one zero-width character: onlyZeroWidth). */
const ZW_OR_SPACE_ONLY = new RegExp(`^[${ZW_CHARS} \\t\\u3000\\u00a0]*$`);
const onlyZeroWidth = (s: string) => ZW_OR_SPACE_ONLY.test(s) && ZW.test(s);

/**
 * Zero-width characters. Wikisource marks its page breaks with a line holding only
 * U+200B, which splits words ("人\n\u200b\n民满意"): when such a line sits between two
 * text lines and the first does not end a sentence, the break, the mark and the break
 * are deleted so the word is whole again (not after a short heading line: the break
 * then stays). Other zero-width lines are deleted with their break, and stray
 * zero-width characters on their own.
 */
export const zeroWidth = cleanRule({
  name: 'zero-width',
  find(text, context) {
    if (!ZW.test(text)) return [];
    const hits: RuleHit[] = [];
    const lines = linesOf(text, context);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const body = text.slice(line.start, line.end);
      if (!ZW.test(body)) continue;
      if (!ZW_OR_SPACE_ONLY.test(body)) { // (it holds a zero-width character: tested above)
        for (const hit of matchHits(body, ZW_RUN, line.start)) hits.push(hit); // a loop: a spread of many hits could overflow the stack
        continue;
      }
      // a group of zero-width-only lines
      let j = i;
      while (j + 1 < lines.length && onlyZeroWidth(text.slice(lines[j + 1]!.start, lines[j + 1]!.end))) j++;
      const prev = i > 0 ? lines[i - 1]! : null;
      const next = j + 1 < lines.length ? lines[j + 1]! : null;
      const last = lines[j]!;
      const joins =
        prev !== null &&
        next !== null &&
        last.next > last.end && // the group ends with a line break
        !isBlankLine(text, prev) &&
        !isBlankLine(text, next) &&
        !SENTENCE_END.test(text.slice(prev.start, prev.end).trimEnd()) &&
        !isHeadingLine(lineText(text, prev));
      if (joins) hits.push({ start: prev.end, end: last.next });
      else hits.push({ start: line.start, end: last.next });
      i = j;
    }
    return hits;
  },
});

function isHeadingLine(body: string): boolean {
  return body.length <= 40 && HEADING_START.test(body);
}

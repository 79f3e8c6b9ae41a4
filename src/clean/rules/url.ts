import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldedOf, mayHold } from './lines.js';

/**
 * Web addresses in running text (http://…, https://…, www.…). Only ASCII URL characters
 * are taken, so a Chinese word after the address stops it; a final . , ; : ! ? ) is
 * left to the sentence.
 *
 * Matched on the text folded for matching (zh/fold.ts), so a page written in full-width
 * forms (ｈｔｔｐｓ：／／ｗｗｗ．…) loses its addresses too; but an address is written in
 * one width: it ends where the raw text leaves the width of its first character (in
 * http://x.cn，２０２４年 the full-width ，２０２４ folds to ASCII and is not part of it).
 */
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+/g;
const TRAILING = /[.,;:!?'*]+$/;

export const url = cleanRule({
  name: 'url',
  find(text, context) {
    // a full-width address has a ． in its domain: without one in the cleaner's input, the text is matched as written
    const fullWidth = mayHold(text, context, '．') && (text.includes('ｈｔｔｐ') || text.includes('ｗｗｗ．'));
    if (!fullWidth && !text.includes('http') && !text.includes('www.')) return [];
    const folded = fullWidth ? foldedOf(text, context) : text;
    const hits: RuleHit[] = [];
    for (const m of folded.matchAll(URL)) {
      const wide = isFullWidth(text.charCodeAt(m.index));
      let length = 1;
      while (length < m[0].length && isFullWidth(text.charCodeAt(m.index + length)) === wide) length++;
      const raw = m[0].slice(0, length).replace(TRAILING, '');
      if (raw.startsWith('www.') && !/^www\.[A-Za-z0-9-]+\.[A-Za-z]/.test(raw)) continue;
      if (/^https?:\/\/$/.test(raw)) continue;
      hits.push({ start: m.index, end: m.index + raw.length });
    }
    return hits;
  },
});

/** Full-width ASCII forms (U+FF01–FF5E): what folds to the ASCII URL characters. */
function isFullWidth(code: number): boolean {
  return code >= 0xff01 && code <= 0xff5e;
}

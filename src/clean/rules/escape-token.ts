import { cleanRule, matchHits } from './rule.js';
import { foldedOf, mayHold } from './lines.js';

/**
 * Literal "<U+00A0>" tokens: what R's print/write of a scraped page leaves for a
 * character it could not show (gwr-2006, gwr-2014). They stand for a space, never for
 * text, so the token is deleted. A page rewritten in full-width forms writes it
 * ＜Ｕ＋００Ａ０＞: that is matched on the text folded for matching (zh/fold.ts), which
 * is folded only when such a token may be there.
 */
const TOKEN = /(?:<U\+[0-9A-Fa-f]{4,6}>)+/g;

export const escapeToken = cleanRule({
  name: 'escape-token',
  find(text, context) {
    if (mayHold(text, context, '＜') && text.includes('＜Ｕ＋')) return matchHits(foldedOf(text, context), TOKEN);
    if (!text.includes('<U+')) return [];
    return matchHits(text, TOKEN);
  },
});

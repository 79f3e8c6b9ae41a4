import { cleanRule, matchHits } from './rule.js';

/**
 * Literal "<U+00A0>" tokens: what R's print/write of a scraped page leaves for a
 * character it could not show (gwr-2006, gwr-2014). They stand for a space, never for
 * text, so the token is deleted.
 */
const TOKEN = /(?:<U\+[0-9A-Fa-f]{4,6}>)+/g;

export const escapeToken = cleanRule({
  name: 'escape-token',
  find(text) {
    if (!text.includes('<U+')) return [];
    return matchHits(text, TOKEN);
  },
});

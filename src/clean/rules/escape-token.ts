import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';

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
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(TOKEN)) hits.push({ start: m.index, end: m.index + m[0].length });
    return hits;
  },
});

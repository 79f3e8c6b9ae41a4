import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';

/**
 * Web addresses in running text (http://…, https://…, www.…). Only ASCII URL characters
 * are taken, so a Chinese word after the address stops it; a final . , ; : ! ? ) is
 * left to the sentence.
 */
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+/g;
const TRAILING = /[.,;:!?'*]+$/;

export const url = cleanRule({
  name: 'url',
  find(text) {
    if (!text.includes('http') && !text.includes('www.')) return [];
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(URL)) {
      const raw = m[0].replace(TRAILING, '');
      if (raw.startsWith('www.') && !/^www\.[A-Za-z0-9-]+\.[A-Za-z]/.test(raw)) continue;
      if (/^https?:\/\/$/.test(raw)) continue;
      hits.push({ start: m.index, end: m.index + raw.length });
    }
    return hits;
  },
});

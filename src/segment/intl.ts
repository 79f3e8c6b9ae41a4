// Word segmentation with the platform's Intl.Segmenter (ICU's dictionary for Chinese).
// Browser-safe: no Node module is imported.
import { TigangError } from '../errors.js';
import { MAX_CHUNK, mergeNumberWords, splitSentences } from './sentences.js';
import { COMMAS, PRESENTATION_COMMAS_SEMICOLONS, SEMICOLONS, charClass } from '../zh/chars.js';
import type { Segmenter } from './types.js';

export interface IntlSegmenterOptions {
  /** Locale for Intl.Segmenter; default 'zh'. */
  locale?: string;
  /** Longest string handed to Intl.Segmenter at once; default 1000. */
  maxChunk?: number;
}

/**
 * Punctuation that UAX #29 counts as MidNum, so that ICU glues numbers across it
 * ("2020，2021" is one word), but that separates numbers in Chinese text.
 */
const SEPARATOR = /* @__PURE__ */ new RegExp(/* @__PURE__ */ charClass(COMMAS, SEMICOLONS, PRESENTATION_COMMAS_SEMICOLONS));
const THOUSANDS = /^,\d{3}(?!\d)/;

function splitAtSeparators(word: string, out: string[]): void {
  let start = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    if (!SEPARATOR.test(c)) continue;
    if (c === ',' && i > 0 && /\d/.test(word[i - 1] ?? '') && THOUSANDS.test(word.slice(i, i + 5))) continue;
    if (i > start) out.push(word.slice(start, i));
    out.push(c);
    start = i + 1;
  }
  if (start < word.length) out.push(word.slice(start));
}

/**
 * A Segmenter over `Intl.Segmenter(locale, { granularity: 'word' })`. Input is fed to
 * ICU sentence by sentence, in chunks of at most `maxChunk` characters: on one long
 * string it slows sharply (minutes on a 400K-character line).
 */
export function createIntlSegmenter(options: IntlSegmenterOptions = {}): Segmenter {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') {
    // a runtime without ICU word segmentation (small-icu builds, old browsers)
    throw new TigangError('unsupported-runtime', { feature: 'Intl.Segmenter' });
  }
  const segmenter = new Intl.Segmenter(options.locale ?? 'zh', { granularity: 'word' });
  const maxChunk = options.maxChunk ?? MAX_CHUNK;
  return {
    name: 'intl',
    cut(sentence: string): string[] {
      const words: string[] = [];
      for (const chunk of splitSentences(String(sentence), maxChunk)) {
        const part: string[] = [];
        for (const s of segmenter.segment(chunk)) {
          if (s.segment.length > 2 && SEPARATOR.test(s.segment)) splitAtSeparators(s.segment, part);
          else part.push(s.segment);
        }
        for (const w of mergeNumberWords(part, chunk)) words.push(w);
      }
      return words;
    },
  };
}

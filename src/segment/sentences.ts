// Sentence splitting and number merging shared by every segmenter. Browser-safe.

// The sentence splitter itself lives in src/zh/split.ts (one splitter for every stage).
import { isDigit, isNumberJoint } from '../zh/split.js';

export { MAX_CHUNK, isDigit, splitSentences } from '../zh/split.js';

/**
 * Joins words that split a number back together: segmenters such as jieba cut "2025"
 * into "2","0","2","5" and "5.5" into "5",".","5". `words` must concatenate to `text`
 * (when they don't, adjacent all-digit words are merged instead).
 */
export function mergeNumberWords(words: readonly string[], text: string): string[] {
  if (words.length < 2) return [...words];
  let joined = 0;
  for (const w of words) joined += w.length;
  if (joined !== text.length || words.join('') !== text) return mergeDigitWords(words);
  const out: string[] = [];
  let current = words[0] ?? '';
  let offset = current.length;
  for (let k = 1; k < words.length; k++) {
    const w = words[k] ?? '';
    if (w.length > 0 && isNumberJoint(text, offset, text.charCodeAt(offset - 1), text.charCodeAt(offset))) current += w;
    else {
      out.push(current);
      current = w;
    }
    offset += w.length;
  }
  out.push(current);
  return out;
}

const ALL_DIGITS = /^[0-9０-９]+$/;

function mergeDigitWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last !== undefined && ALL_DIGITS.test(w) && /[0-9０-９]$/.test(last)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

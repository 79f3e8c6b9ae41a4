// Word segmentation with nodejieba (cppjieba, a native addon). Node-only.
// nodejieba is an optionalDependency whose native build can fail: it is required lazily,
// inside loadNodejiebaSegmenter(), never when this module is imported.
import { createRequire } from 'node:module';
import { MAX_CHUNK, mergeNumberWords, splitSentences } from './sentences.js';
import type { Segmenter } from './types.js';

/** The part of nodejieba's API we use (typed here: the package may be absent). */
interface Nodejieba {
  cut(sentence: string, strict?: boolean): string[];
}

let loaded: Segmenter | null | undefined;
let failure: Error | null = null;

/**
 * Loads nodejieba and its dictionary (about 1 s, once per process) and wraps it as a
 * Segmenter; null when it is not installed or its native binding cannot load (see
 * nodejiebaLoadError()). jieba cuts numbers digit by digit ("20" → "2","0"): the wrapper
 * merges runs of digits and decimal points back into one word.
 */
export function loadNodejiebaSegmenter(): Segmenter | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const jieba = require('nodejieba') as Nodejieba;
    // nodejieba loads its native binding and dictionary on the first cut: a failed build throws here
    const probe = jieba.cut('中文分词');
    if (!Array.isArray(probe)) throw new Error('nodejieba.cut did not return an array');
    loaded = wrap(jieba);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    loaded = null;
  }
  return loaded;
}

/** Why nodejieba could not be loaded, after a failed loadNodejiebaSegmenter(); else null. */
export function nodejiebaLoadError(): Error | null {
  return failure;
}

function wrap(jieba: Nodejieba): Segmenter {
  return {
    name: 'nodejieba',
    cut(sentence: string): string[] {
      const words: string[] = [];
      for (const chunk of splitSentences(String(sentence), MAX_CHUNK)) {
        for (const w of mergeNumberWords(lossless(jieba.cut(chunk), chunk), chunk)) words.push(w);
      }
      return words;
    },
  };
}

/**
 * jieba replaces a lone surrogate with U+FFFD (same length): when the word lengths add up
 * to the input's, the words are re-cut from the input itself so that they join back to it.
 */
function lossless(words: string[], chunk: string): string[] {
  let total = 0;
  for (const w of words) total += w.length;
  if (total !== chunk.length) return words;
  const out: string[] = new Array<string>(words.length);
  let offset = 0;
  for (let k = 0; k < words.length; k++) {
    const len = (words[k] ?? '').length;
    out[k] = chunk.slice(offset, offset + len);
    offset += len;
  }
  return out;
}

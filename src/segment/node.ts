// Node entry for segmentation: nodejieba when it loads, else Intl.Segmenter.
import { TigangError } from '../errors.js';
import { describeValue } from '../issues.js';
import { createIntlSegmenter } from './intl.js';
import { loadNodejiebaSegmenter } from './nodejieba.js';
import type { Segmenter } from './types.js';

export type { Segmenter } from './types.js';
export { createIntlSegmenter, type IntlSegmenterOptions } from './intl.js';
export { loadNodejiebaSegmenter, nodejiebaLoadError } from './nodejieba.js';
export { splitSentences, mergeNumberWords } from './sentences.js';

export interface GetSegmenterOptions {
  /**
   * 'nodejieba' (default): nodejieba if its native module loads, else Intl.Segmenter
   * (check the returned segmenter's `name`, and nodejiebaLoadError() for why).
   * 'intl': always Intl.Segmenter; nodejieba is not loaded.
   */
  prefer?: 'nodejieba' | 'intl';
}

/** A word segmenter for Chinese text. Never throws for a missing or broken nodejieba. */
export function getSegmenter(options: GetSegmenterOptions = {}): Segmenter {
  const prefer = options.prefer ?? 'nodejieba';
  if (prefer !== 'nodejieba' && prefer !== 'intl') {
    throw new TigangError('invalid-option', { option: 'prefer', value: describeValue(prefer), expected: '"nodejieba" or "intl"' });
  }
  if (prefer === 'nodejieba') {
    const jieba = loadNodejiebaSegmenter();
    if (jieba) return jieba;
  }
  return createIntlSegmenter();
}

// Node entry for segmentation: nodejieba when it loads, else Intl.Segmenter.
import { TigangError } from '../errors.js';
import { describeValue } from '../issues.js';
import { createIntlSegmenter } from './intl.js';
import { loadNodejiebaSegmenter, nodejiebaLoadError } from './nodejieba.js';
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
  /**
   * With prefer 'nodejieba': false throws TigangError('unsupported-runtime', { feature:
   * 'nodejieba' }) when nodejieba (an optional peer dependency) is not installed or does not
   * load, instead of falling back to Intl.Segmenter. Default true.
   */
  fallback?: boolean;
}

/** A word segmenter for Chinese text. Never throws for a missing or broken nodejieba (unless `fallback: false`). */
export function getSegmenter(options: GetSegmenterOptions = {}): Segmenter {
  const prefer = options.prefer ?? 'nodejieba';
  if (prefer !== 'nodejieba' && prefer !== 'intl') {
    throw new TigangError('invalid-option', { option: 'prefer', value: describeValue(prefer), expected: '"nodejieba" or "intl"' });
  }
  if (prefer === 'nodejieba') {
    const jieba = loadNodejiebaSegmenter();
    if (jieba) return jieba;
    if (options.fallback === false) throw new TigangError('unsupported-runtime', { feature: 'nodejieba' }, { cause: nodejiebaLoadError() });
  }
  return createIntlSegmenter();
}

// Browser-safe segmentation: the interface, Intl.Segmenter, sentence splitting.
export type { Segmenter } from './types.js';
export { createIntlSegmenter, type IntlSegmenterOptions } from './intl.js';
export { splitSentences, mergeNumberWords } from './sentences.js';

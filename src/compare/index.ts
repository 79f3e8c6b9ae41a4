// Comparing documents: compare(a, b) for two texts, compareCorpus(docs) for many.
export { compare, type CompareInput, type CompareOptions, type FormulaicOptions } from './compare.js';
export { compareCorpus, createCorpusIndex, type BandRow, type CorpusDocument, type CorpusIndex, type CorpusOptions } from './corpus.js';
export { createMinHasher, estimateJaccard, jaccard, shingleHashes, bandBuckets, type MinHasher } from './minhash.js';
export { foldForCompare, buildKey, type Key } from './fold.js';

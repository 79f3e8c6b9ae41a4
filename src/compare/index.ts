// Comparing documents: compare(a, b) for two texts, compareCorpus(docs) for many.
export { compare, type CompareInput, type CompareOptions, type FormulaicOptions } from './compare.js';
export { foldForCompare } from './fold.js';

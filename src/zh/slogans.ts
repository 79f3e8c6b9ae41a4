/**
 * 套话: central slogans and boilerplate that documents of every level and province repeat
 * word for word. Shared passages made of them say nothing about one document following another,
 * so compare() labels them `formulaic` (it never deletes them). Data, not code: override with
 * `options.formulaic.phrases`.
 *
 * The pattern encoded: a passage is formulaic when most of its characters lie inside one of
 * these fixed phrases (the guiding-ideology formula, the 总基调 formula, the 新发展理念 formula,
 * the 党的领导 formulas, the 人民 formulas, and the closing formulas of reports and speeches).
 * Written from the central documents' fixed wording, not from the test pairs. The list is data:
 * src/zh/lexicon/slogans.json, in groups (guiding ideology, 总基调 …, 结尾), read here in order.
 */
import { slogansLexicon } from './lexicon/packed.js';
import { field, flatten } from './lexicon.js';

/** Every formulaic phrase, in the order of the data file. */
export const FORMULAIC_PHRASES: readonly string[] = /* @__PURE__ */ flatten(/* @__PURE__ */ field(slogansLexicon, 'formulaic'));

/**
 * The quantity parsers, in the order they are offered a position: the first that reads
 * there takes it. A blanked figure is tried first (its blank is no token); then the word
 * numerals no amount can start with are passed over; then one parser per token kind
 * (tokens.ts: the token at a position is read once, and decides which of them reads);
 * the number parsers last, the longest reading first (a change, a range, one amount).
 */
import type { QuantityParser } from '../types.js';
import { blankedParser } from './blanked.js';
import { doublingParser } from './doubling.js';
import { fractionParser } from './fraction.js';
import { fromToParser } from './from-to.js';
import { halfParser } from './half.js';
import { percentWordsParser } from './percent-words.js';
import { plainAmountParser } from './plain-amount.js';
import { rangeParser } from './range.js';
import { ratioParser } from './ratio.js';
import { slashFractionParser } from './slash-fraction.js';
import { wordNumeralsParser } from './word-numerals.js';

export const QUANTITY_PARSERS: readonly QuantityParser[] = [
  blankedParser,
  wordNumeralsParser,
  ratioParser,
  slashFractionParser,
  percentWordsParser,
  fractionParser,
  halfParser,
  doublingParser,
  fromToParser,
  rangeParser,
  plainAmountParser,
];

/** The same without the word-numeral shortcut (to test that it changes nothing). */
export const QUANTITY_PARSERS_READING_EVERY_NUMERAL: readonly QuantityParser[] = QUANTITY_PARSERS.filter((p) => p !== wordNumeralsParser);

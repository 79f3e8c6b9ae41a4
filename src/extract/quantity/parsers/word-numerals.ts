/**
 * Most Chinese numerals in a text are words (统一, 一些, 进一步), not amounts. A run of
 * them can only start an amount when the character after it can go on with one: a unit or
 * currency, 余/多/成/点, 分之 or 半, a range separator or a space, or a change verb of a
 * from-to (从三个增加到五个); or when the run itself holds 万/亿 (惠及一亿农民). This parser
 * takes the other runs and reads nothing there, before the number parsers would read them
 * to the same end: the same result, faster.
 */
import { charTable } from '../../../text/scan.js';
import { WHITESPACE } from '../../../zh/chars.js';
import { CURRENCIES, UNITS } from '../../units.js';
import { CHINESE_NUMERAL, CHINESE_NUMERALS } from '../tokens.js';
import type { QuantityParser } from '../types.js';
import { FROM_TO_VERBS } from '../words.js';

const CAN_FOLLOW_CHINESE = charTable(
  [
    ...UNITS.map((u) => u.unit[0]),
    ...CURRENCIES.map((c) => c[0]),
    '余多成点分半',
    '-－—–~～〜至到', // a range separator (range.ts)
    ...FROM_TO_VERBS.map((verb) => verb[0]), // first characters of from-to verbs (from-to.ts)
    WHITESPACE, // \s
  ].join(''),
);
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

export const wordNumeralsParser: QuantityParser = {
  name: 'word-numerals',
  first: CHINESE_NUMERALS,
  read({ text }, at) {
    const code = text.charCodeAt(at);
    let end = at + 1;
    let multiplied = code === WAN || code === YI;
    for (; end < text.length && CHINESE_NUMERAL[text.charCodeAt(end)]; end++) {
      const c = text.charCodeAt(end);
      if (c === WAN || c === YI) multiplied = true;
    }
    if (multiplied || CAN_FOLLOW_CHINESE[text.charCodeAt(end)]) return null;
    return end;
  },
};

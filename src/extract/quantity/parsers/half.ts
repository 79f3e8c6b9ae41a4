/** Halves: 一半 → 0.5, 半数 → 0.5, 过半 → more than 0.5 (rule `half`). */
import { type SpecialResult, fromSpecial } from '../candidate.js';
import type { QuantityParser } from '../types.js';

/** 一半 → 0.5; 过半 → more than 0.5; 半数 → 0.5. */
export function parseHalf(text: string, start: number, word: string): SpecialResult {
  if (word === '过半') return { end: start + word.length + (text[start + 2] === '数' ? 1 : 0), value: 0.5, unit: null, rule: 'half', comparator: 'gt' };
  return { end: start + word.length, value: 0.5, unit: null, rule: 'half' };
}

export const halfParser: QuantityParser = {
  name: 'half',
  first: '一过半',
  read(scan, at) {
    const token = scan.token(at);
    if (token?.kind !== 'half') return null;
    const special = parseHalf(scan.text, at, token.text);
    return { candidate: fromSpecial(at, special), resume: Math.max(at + token.text.length, special.end) };
  },
};

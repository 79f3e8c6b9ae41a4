/** Doubling: 翻一番 → 1 番 with change "multiply", 翻两番 → 2 番 (rule `doubling`). */
import { parseChineseInteger } from '../../../zh/numerals.js';
import { type SpecialResult, fromSpecial } from '../candidate.js';
import type { QuantityParser } from '../types.js';

/** 翻一番 → 1 番 (doubling, as the gold writes it), 翻两番 → 2 番. */
export function parseDoubling(start: number, word: string): SpecialResult | null {
  const digit = word[word.length - 2] as string;
  const v = parseChineseInteger(digit);
  if (v === null) return null;
  return { end: start + word.length, value: v, unit: '番', rule: 'doubling', multiply: true };
}

export const doublingParser: QuantityParser = {
  name: 'doubling',
  first: '翻',
  read(scan, at) {
    const token = scan.token(at);
    if (token?.kind !== 'fan') return null;
    const end = at + token.text.length;
    const special = parseDoubling(at, token.text);
    return special ? { candidate: fromSpecial(at, special), resume: Math.max(end, special.end) } : end;
  },
};

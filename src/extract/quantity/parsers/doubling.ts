/** Doubling: 翻一番 → 1 番 with change "multiply", 翻两番 → 2 番 (rule `doubling`). */
import { parseChineseInteger } from '../../../zh/numerals.js';
import { type SpecialResult, specialFormParser } from '../candidate.js';
import type { QuantityParser } from '../types.js';

/** 翻一番 → 1 番 (doubling, as the gold writes it), 翻两番 → 2 番. */
export function parseDoubling(start: number, word: string): SpecialResult | null {
  const digit = word[word.length - 2] as string;
  const v = parseChineseInteger(digit);
  if (v === null) return null;
  return { end: start + word.length, value: v, unit: '番', rule: 'doubling', multiply: true };
}

export const doublingParser: QuantityParser = specialFormParser('doubling', '翻', 'fan', (_, at, token) => parseDoubling(at, token));

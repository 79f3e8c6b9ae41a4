/** Percentages in words: 百分之三十 → 30 %, 千分之五 → 5 ‰, 百分之百 → 100 % (rule `percent-words`). */
import { readNumberAt } from '../../../zh/numerals.js';
import { type SpecialResult, specialFormParser } from '../candidate.js';
import type { QuantityParser } from '../types.js';

const PCT_UNIT: Record<string, string> = { 百分之: '%', 千分之: '‰', 万分之: '‱' };

/** 百分之三十 → 30 %, 千分之五 → 5 ‰, 百分之百 → 100 %. */
export function parsePercentWords(text: string, start: number, prefix: string): SpecialResult | null {
  const n = readNumberAt(text, start + prefix.length);
  if (!n) return null;
  return { end: n.end, value: n.value, unit: PCT_UNIT[prefix] ?? '%', rule: 'percent-words' };
}

export const percentWordsParser: QuantityParser = specialFormParser('percent-words', '百千万', 'pctw', parsePercentWords);

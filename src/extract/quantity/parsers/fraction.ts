/**
 * Fractions in words: 三分之一 → 0.333…, unit null, a proportion (rule `fraction`); a
 * denominator that is a power of ten of 100 or more is a rate, read like 百分之: 一千分之一 →
 * 1 ‰, 十万分之十六点九 → 16.9 per 100000, unit 十万分之 (rule `percent-words`).
 */
import { parseChineseInteger, readNumberAt } from '../../../zh/numerals.js';
import { type SpecialResult, specialFormParser } from '../candidate.js';
import type { QuantityParser } from '../types.js';

/** A denominator that is a power of ten from 100 on names a rate unit: 一千分之 = ‰. */
const RATE_UNITS: Readonly<Record<number, string>> = { 100: '%', 1000: '‰', 10000: '‱' };

/** 三分之一 → 0.333…; 一千分之一 → 1 ‰; 十万分之十六点九 → 16.9 十万分之. */
export function parseFraction(text: string, start: number, head: string): SpecialResult | null {
  const words = head.slice(0, -2);
  const den = parseChineseInteger(/^[百千万亿]/.test(words) ? `一${words}` : words);
  if (den === null || den === 0) return null;
  const n = readNumberAt(text, start + head.length);
  if (!n) return null;
  const exp = Math.log10(den);
  if (den >= 100 && Number.isInteger(exp)) {
    return { end: n.end, value: n.value, unit: RATE_UNITS[den] ?? `${words.replace(/^一(?=[十百千万亿])/, '')}分之`, rule: 'percent-words' };
  }
  return { end: n.end, value: n.value / den, unit: null, rule: 'fraction' };
}

export const fractionParser: QuantityParser = specialFormParser('fraction', '一二两三四五六七八九十百千万亿', 'frac', parseFraction);

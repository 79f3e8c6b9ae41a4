/** Halves: 一半 → 0.5, 半数 → 0.5, 过半 → more than 0.5 (rule `half`). */
import { type SpecialResult, specialFormParser } from '../candidate.js';
import type { QuantityParser } from '../types.js';

/** 一半 → 0.5; 过半 → more than 0.5; 半数 → 0.5. */
export function parseHalf(text: string, start: number, word: string): SpecialResult {
  if (word === '过半') return { end: start + word.length + (text[start + 2] === '数' ? 1 : 0), value: 0.5, unit: null, rule: 'half', comparator: 'gt' };
  return { end: start + word.length, value: 0.5, unit: null, rule: 'half' };
}

export const halfParser: QuantityParser = specialFormParser('half', '一过半', 'half', parseHalf);

/**
 * Ratios: 1:2000 → value 1/2000, unit "ratio", ratio "1:2000" (rule `ratio`), and masked
 * ones, X:XXXX after 比 or before 比例 (rule `masked`). A clock time (9:30) is not a ratio.
 */
import { parseArabic, toHalfWidth } from '../../../zh/numerals.js';
import { type SpecialResult, latinOrDigitAt, specialFormParser } from '../candidate.js';
import { LOOKBACK } from '../context.js';
import { ARABIC_DIGITS } from '../tokens.js';
import type { QuantityParser } from '../types.js';

const RATIO_SPLIT = /[:：︰∶]/;

/**
 * 1:2000 → value 1/2000, ratio "1:2000". A clock time (9:30) is not a ratio: two
 * integers with a two-digit right side and a left side up to 24 count as a ratio only
 * after 比/比例; a full-width colon only after 比.
 */
export function parseRatio(text: string, start: number, raw: string, before: string): SpecialResult | null {
  const half = toHalfWidth(raw).replace(/[︰∶]/g, ':');
  const parts = half.split(RATIO_SPLIT);
  const nums = parts.map((p) => parseArabic(p));
  if (nums.some((n) => n === null)) return null;
  const ratioContext = /比/.test(before) || /比例/.test(text.slice(start + raw.length, start + raw.length + 4));
  const fullColon = raw.includes('：');
  if (fullColon && !ratioContext) return null;
  const [a, b] = nums as number[];
  // 9:30, 09:45:30: every part after the first has two digits and the first is an hour
  const clock = parts.length <= 3 && parts.slice(1).every((p) => /^[0-9]{2}$/.test(p)) && /^[0-9]{1,2}$/.test(parts[0] as string) && (a as number) <= 24;
  if (clock && !ratioContext) return null;
  const value = b ? (a as number) / (b as number) : null;
  return { end: start + raw.length, value, unit: 'ratio', rule: 'ratio', ratio: half };
}

export const ratioParser: QuantityParser = specialFormParser('ratio', ARABIC_DIGITS + 'Xx×*', 'ratio', (text, at, t) => {
  if (latinOrDigitAt(text, at - 1)) return null;
  const before = text.slice(Math.max(0, at - LOOKBACK), at);
  if (!/[Xx×*]/.test(t[0] as string)) return parseRatio(text, at, t, before);
  // X:XXXX after 比 or before 比例; XX:XX alone is a masked clock time
  const end = at + t.length;
  const ratioContext = /比/.test(before) || /比例/.test(text.slice(end, end + 4));
  return ratioContext ? { end, value: null, unit: 'ratio', rule: 'masked', ratio: t } : null;
});

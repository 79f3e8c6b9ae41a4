/** Shares written with a slash: 约占全国1/10 → 0.1, unit null (rule `fraction`); X/XX masked (rule `masked`). */
import { type SpecialResult, latinOrDigitAt, specialFormParser } from '../candidate.js';
import { LOOKBACK } from '../context.js';
import type { QuantityParser } from '../types.js';

/** After these words a slash fraction is a share (约占全国1/10, 超过1/3), not a date or a code. */
const SHARE_BEFORE = /(占[\u4e00-\u9fff]{0,4}|为|的|超过|超|近|接近|达|达到|约|不足|不到|不低于|不少于|至少|逾|减少|降低|缩短|压缩|提高)$/;

/** 约占全国1/10 → 0.1, unit null (a proportion, like 三分之一). */
export function parseSlashFraction(start: number, raw: string, before: string): SpecialResult | null {
  if (!SHARE_BEFORE.test(before)) return null;
  // 约占全国X/XX: a masked share
  if (/[Xx*]/.test(raw)) return { end: start + raw.length, value: null, unit: null, rule: 'masked' };
  const [n, d] = raw.split('/').map(Number) as [number, number];
  if (!d || !(n < d)) return null;
  return { end: start + raw.length, value: n / d, unit: null, rule: 'fraction' };
}

export const slashFractionParser: QuantityParser = specialFormParser('slash-fraction', '0123456789Xx*', 'afrac', (text, at, token) =>
  latinOrDigitAt(text, at - 1) ? null : parseSlashFraction(at, token, text.slice(Math.max(0, at - LOOKBACK), at)),
);

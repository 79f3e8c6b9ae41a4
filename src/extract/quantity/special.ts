/**
 * Parsers for the forms that are not number + unit: ratios (1:2000), percentages in
 * words (百分之三十, 千分之五), fractions (三分之一), halves (一半, 过半) and doubling
 * (翻一番). Each takes the scan match and returns a partial result or null.
 */
import { parseArabic, parseChineseInteger, readNumberAt, toHalfWidth } from '../../zh/numerals.js';

export interface SpecialResult {
  end: number;
  value: number | null;
  unit: string | null;
  rule: string;
  ratio?: string;
  /** A comparator carried by the form itself (过半 = more than half). */
  comparator?: 'gt';
  multiply?: boolean;
}

const PCT_UNIT: Record<string, string> = { 百分之: '%', 千分之: '‰', 万分之: '‱' };

/** 百分之三十 → 30 %, 千分之五 → 5 ‰, 百分之百 → 100 %. */
export function parsePercentWords(text: string, start: number, prefix: string): SpecialResult | null {
  const n = readNumberAt(text, start + prefix.length);
  if (!n) return null;
  return { end: n.end, value: n.value, unit: PCT_UNIT[prefix] ?? '%', rule: 'percent-words' };
}

/** A denominator that is a power of ten from 100 on names a rate unit: 一千分之 = ‰. */
const RATE_UNITS: Readonly<Record<number, string>> = { 100: '%', 1000: '‰', 10000: '‱' };

/**
 * 三分之一 → 0.333…, unit null (a proportion, like 一半 → 0.5). A denominator that is a
 * power of ten of 100 or more is a rate, read like 百分之: 一千分之一 → 1 ‰, and
 * 十万分之十六点九 → 16.9 per 100000 (unit 十万分之, as written).
 */
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

/** 一半 → 0.5; 过半 → more than 0.5; 半数 → 0.5. */
export function parseHalf(text: string, start: number, word: string): SpecialResult | null {
  if (word === '过半') return { end: start + word.length + (text[start + 2] === '数' ? 1 : 0), value: 0.5, unit: null, rule: 'half', comparator: 'gt' };
  return { end: start + word.length, value: 0.5, unit: null, rule: 'half' };
}

/** 翻一番 → 1 番 (doubling, as the gold writes it), 翻两番 → 2 番. */
export function parseDoubling(text: string, start: number, word: string): SpecialResult | null {
  const digit = word[word.length - 2] as string;
  const v = parseChineseInteger(digit);
  if (v === null) return null;
  return { end: start + word.length, value: v, unit: '番', rule: 'doubling', multiply: true };
}

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

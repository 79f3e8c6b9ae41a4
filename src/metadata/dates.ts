/**
 * Dates as policy texts write them, to ISO YYYY-MM-DD: 2025年3月5日, 2022-12-26 09:52,
 * 2026年02月10日, 2023/12/06, and in Chinese numerals 二〇二六年一月二十七日.
 */
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, О: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '〇零一二三四五六七八九十';

/** A date in Arabic numerals: 2025年3月5日, 2022-12-26, 2023/12/06, 2023.12.06. */
export const ARABIC_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;
/** A date in Chinese numerals: 二〇二六年一月二十七日. */
export const CHINESE_DATE = new RegExp(`([${CN}]{4})年([${CN}]{1,3})月([${CN}]{1,3})日`);
/** Either form, for use inside larger patterns. */
export const ANY_DATE = new RegExp(`(?:${ARABIC_DATE.source}|${CHINESE_DATE.source})`);

/** The first date in `s`, as ISO, or null. */
export function findDate(s: string): string | null {
  const a = ARABIC_DATE.exec(s);
  const c = CHINESE_DATE.exec(s);
  if (a && (!c || a.index <= c.index)) {
    const month = Number(a[2] ?? a[4]);
    const day = Number(a[3] ?? a[5]);
    return iso(Number(a[1]), month, day);
  }
  if (c) return iso(cnYear(c[1]!), cnNumber(c[2]!), cnNumber(c[3]!));
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 二〇二六 → 2026: one numeral per digit. */
function cnYear(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 10 + (CN_DIGIT[ch] ?? NaN);
  return n;
}

/** 一 → 1, 十 → 10, 十二 → 12, 二十七 → 27, 三十一 → 31. */
function cnNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGIT[s] ?? NaN) : cnYear(s);
  const tens = ten === 0 ? 1 : (CN_DIGIT[s[0]!] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (CN_DIGIT[s[ten + 1]!] ?? NaN);
  return tens * 10 + ones;
}

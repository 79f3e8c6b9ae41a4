import { parseChineseNumber, toHalfWidth } from '../../zh/numerals.js';

// The fragments are regex literals (their .source), not strings: see pattern.ts for why.

/** A small count as written in time expressions: Arabic (full- or half-width) or Chinese (三, 十, 两, 几). */
export const NUM = /(?:[0-9０-９]+|[零〇一二两三四五六七八九十百几]+)/.source;

/** A year as written: 2025 or 二〇二五. */
export const YEAR = /(?:(?:19|20)[0-9]{2}|[１２][０-９]{3}|[一二][〇零一二三四五六七八九]{3})/.source;

/** A month or a day (MD) as written: 1–2 digits or 1–3 Chinese numerals (6, 12, 六, 十二, 二十一). An alternation: put it in a group. */
export const MD = /[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}/.source;

/** Years named from the reference year, by their offset from it. */
export const RELATIVE_YEAR: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 明年: 1, 次年: 1, 后年: 2, 去年: -1, 上年: -1, 前年: -2 };

/** Value of a count; 几/多 (a few) → null. */
export function num(s: string): number | null {
  if (/[几多]/.test(s)) return null;
  const v = parseChineseNumber(toHalfWidth(s));
  return v !== null && Number.isFinite(v) ? v : null;
}

/** Value of a year as written; null outside 1900–2100. */
export function year(s: string): number | null {
  const h = toHalfWidth(s);
  const v = /^\d{4}$/.test(h) ? Number(h) : parseChineseNumber(h);
  return v !== null && v >= 1900 && v <= 2100 ? v : null;
}

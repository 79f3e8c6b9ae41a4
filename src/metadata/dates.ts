/**
 * Dates as policy texts write them, to ISO YYYY-MM-DD: 2025年3月5日, 2022-12-26 09:52,
 * 2026年02月10日, 2023/12/06, and in Chinese numerals 二〇二六年一月二十七日.
 */
import { parseChineseInteger } from '../zh/numerals.js';
import { isoDate } from '../zh/dates.js';

/** A digit of a date in Chinese numerals. */
const CN = /[〇零一二三四五六七八九十]/.source;

/** A date in Arabic numerals: 2025年3月5日, 2022-12-26, 2023/12/06, 2023.12.06. */
export const ARABIC_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;
/** A date in Chinese numerals: 二〇二六年一月二十七日. */
export const CHINESE_DATE = new RegExp(`(${CN}{4})年(${CN}{1,3})月(${CN}{1,3})日`);
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

/** The date as ISO when it is a day of the calendar (zh/dates.ts, the one date reader) in a year a policy text can bear. */
function iso(year: number, month: number, day: number): string | null {
  return year >= 1900 && year <= 2100 ? isoDate(year, month, day) : null;
}

/** 二〇二六 → 2026, digit by digit (a Cyrillic or Latin O typed for 〇 reads as 〇). */
function cnYear(s: string): number {
  return parseChineseInteger(s.replace(/[ОO]/g, '〇')) ?? Number.NaN;
}

/** 一 → 1, 十 → 10, 十二 → 12, 二十七 → 27, 三十一 → 31, 廿一 → 21. */
function cnNumber(s: string): number {
  return parseChineseInteger(s) ?? Number.NaN;
}

import type { Interval } from './types.js';
import { daysInMonth, formatIsoDate, isoDate } from '../../zh/dates.js';

// The one date reader is src/zh/dates.ts; the parsers build their intervals with its formatter.
export { daysInMonth };
/** YYYY-MM-DD of a date made by calendar arithmetic (valid by construction): zh/dates.ts formatIsoDate. */
export const iso = formatIsoDate;

export const yearSpan = (y: number): Interval => ({ start: iso(y, 1, 1), end: iso(y, 12, 31) });
export const yearsSpan = (a: number, b: number): Interval => ({ start: iso(a, 1, 1), end: iso(b, 12, 31) });
export const monthSpan = (y: number, m: number): Interval => ({ start: iso(y, m, 1), end: iso(y, m, daysInMonth(y, m)) });
export const quarterSpan = (y: number, q: number): Interval => ({ start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, daysInMonth(y, q * 3)) });
export const halfSpan = (y: number, h: 1 | 2): Interval => (h === 1 ? { start: iso(y, 1, 1), end: iso(y, 6, 30) } : { start: iso(y, 7, 1), end: iso(y, 12, 31) });
/** 年中: June and July. */
export const midYearSpan = (y: number): Interval => ({ start: iso(y, 6, 1), end: iso(y, 7, 31) });
/** 前三季度: January to September. */
export const firstThreeQuartersSpan = (y: number): Interval => ({ start: iso(y, 1, 1), end: iso(y, 9, 30) });
/** Quarter `q`, or with a part word its first month (季度初) or its last (季度末, 季度底: 一季度末 is March). */
export const quarterPartSpan = (y: number, q: number, part: string | undefined): Interval => (part ? monthSpan(y, part === '初' ? q * 3 - 2 : q * 3) : quarterSpan(y, q));
/** 年底 / 年末: the last month of the year, not the whole year. */
export const yearEnd = (y: number): Interval => monthSpan(y, 12);
/** 年初: the first month. */
export const yearStart = (y: number): Interval => monthSpan(y, 1);

/** Shifts an ISO date by whole years (Feb 29 → Feb 28). */
export function addYears(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ny = y + n;
  return iso(ny, m, Math.min(d, daysInMonth(ny, m)));
}

/** Years of the n-th five-year plan (第n个五年计划/规划): 1st 1953–1957, 2nd 1958–1962, then 1966 onward. */
export function fiveYearPlan(n: number): [number, number] | null {
  if (n < 1 || n > 30) return null;
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return [start, start + 4];
}

/**
 * Parses an ISO date (YYYY-MM-DD); null when malformed. A year alone (YYYY, the document
 * date read from a title or heading) stands for 1 January of that year: 今年 and 明年 resolve
 * exactly, spans up to "now" (今年以来, 到2025年) start or end on that day. A Date is read as
 * the day its caller wrote: in UTC at midnight UTC (new Date('2024-03-15')), else in local time.
 */
export function parseIso(value: string | Date | null | undefined): { year: number; month: number; day: number; iso: string } | null {
  if (!value) return null;
  let s: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const utc = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    s = utc ? iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) : iso(value.getFullYear(), value.getMonth() + 1, value.getDate());
  } else if (typeof value === 'string') s = value;
  else return null;
  if (/^\d{4}$/.test(s)) return { year: Number(s), month: 1, day: 1, iso: iso(Number(s), 1, 1) };
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = isoDate(year, month, day);
  return date === null ? null : { year, month, day, iso: date };
}

/** The first day of the month `n` months after (before, if negative) year `y`, month `m`. */
export function monthOffset(y: number, m: number, n: number): { year: number; month: number } {
  const total = y * 12 + (m - 1) + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** Shifts an ISO date by whole months (the day kept, clipped to the month's length). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = monthOffset(y, m, n);
  return iso(t.year, t.month, Math.min(d, daysInMonth(t.year, t.month)));
}

/** Shifts an ISO date by whole days. */
export function addDays(date: string, n: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** The part of month `m` a word names: 底/末/下旬 (21st to the end), 初/上旬 (1st–10th), 中旬 (11th–20th); the whole month otherwise. */
export function monthPart(y: number, m: number, part: string | undefined): Interval {
  if (part === '底' || part === '末' || part === '下旬') return { start: iso(y, m, 21), end: iso(y, m, daysInMonth(y, m)) };
  if (part === '初' || part === '上旬') return { start: iso(y, m, 1), end: iso(y, m, 10) };
  if (part === '中旬') return { start: iso(y, m, 11), end: iso(y, m, 20) };
  return monthSpan(y, m);
}

/**
 * The one rule for deadlines written as "by X" (到X, X前, X之前, X以前, X底前): the window
 * from the reference date to the end of X, when the reference is known and not after X's
 * end; X itself otherwise (no reference, or a date already past). A bare X (年底, 6月底,
 * 今年底) is X itself: 年底 is December, 月底 the 21st to the month's end.
 */
export function byEndOf(x: Interval, ref: { iso: string } | null): Interval {
  return ref && ref.iso <= x.end ? { start: ref.iso, end: x.end } : x;
}

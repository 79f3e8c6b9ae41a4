import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate, isoDate } from '../src/zh/dates.js';
import { findDate } from '../src/metadata/dates.js';
import { parseIso } from '../src/extract/time/calendar.js';

describe('zh/dates: the one date reader', () => {
  it.each([
    [2025, 3, 5, '2025-03-05'],
    [2024, 2, 29, '2024-02-29'],
    [2025, 2, 29, null],
    [2025, 2, 30, null],
    [2025, 4, 31, null],
    [2025, 13, 1, null],
    [2025, 0, 1, null],
    [2025, 1, 0, null],
    [Number.NaN, 1, 1, null],
    [2025.5, 1, 1, null],
    [10000, 1, 1, null],
    [800, 12, 31, '0800-12-31'],
  ])('isoDate(%s, %s, %s) → %s', (y, m, d, expected) => {
    expect(isoDate(y, m, d)).toBe(expected);
  });

  it('formats without a check (calendar arithmetic) and counts the days of a month', () => {
    expect(formatIsoDate(2025, 6, 30)).toBe('2025-06-30');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('metadata and the time stage share the contract: a day the month does not have is no date', () => {
    expect(findDate('二〇二五年二月三十日')).toBeNull();
    expect(findDate('2025年4月31日')).toBeNull();
    expect(findDate('2025年4月30日')).toBe('2025-04-30');
    expect(findDate('1899年4月30日')).toBeNull(); // metadata's own year range
    expect(parseIso('2025-04-31')).toBeNull();
    expect(parseIso('2025-04-30')?.iso).toBe('2025-04-30');
  });
});

describe('daysInMonth and formatIsoDate: the table and template fast paths read as Date.UTC and padStart do', () => {
  it('every month of the years 0–9999 and odd arguments', () => {
    for (let y = 0; y <= 9999; y++) for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    for (const [y, m] of [[2024, 0], [2024, 13], [2024.5, 2], [-4, 2], [10000, 2]] as const) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
  });
  it('formats like padStart, whatever the numbers', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    for (const y of [-5, 0, 7, 999, 1000, 2025, 9999, 10000, 2025.5]) for (const m of [0, 1, 9, 10, 12, 100, 1.5]) for (const d of [1, 9, 10, 31, -1]) expect(formatIsoDate(y, m, d)).toBe(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
  });
});

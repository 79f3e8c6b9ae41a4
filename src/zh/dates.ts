/**
 * THE date reader: year, month and day as read from a text (or computed) → ISO YYYY-MM-DD.
 * One contract for every stage:
 *
 * - `isoDate(y, m, d)` returns the ISO date, or null when y-m-d is not a day of the calendar
 *   (month outside 1–12, day outside the month: 2025年2月30日, 2023年13月1日) or the year is
 *   outside 0–9999 (what YYYY can write). Use it on what a text or an option says.
 * - `formatIsoDate(y, m, d)` only formats, for dates that calendar arithmetic has produced
 *   and that are valid by construction (the year is padded to four digits).
 *
 * A stage that accepts only some years (metadata: 1900–2100) checks that itself.
 */

/** Days in month `m` (1–12) of year `y`, leap years included (years 0–99 are read as 1900–1999, as Date.UTC does: the same leap years but for year 0). */
export function daysInMonth(y: number, m: number): number {
  // the common case by table (a Date per call was a hot spot of the time stage); the rest, as Date.UTC reads it
  if (Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    if (m !== 2) return MONTH_DAYS[m - 1]!;
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isTwoDigits = (n: number) => Number.isInteger(n) && n >= 0 && n <= 99;

/** YYYY-MM-DD, without a check: for dates made by calendar arithmetic. */
export function formatIsoDate(y: number, m: number, d: number): string {
  // the common case without padStart (a hot spot of the time stage); the same text as the general one
  if (Number.isInteger(y) && y >= 1000 && y <= 9999 && isTwoDigits(m) && isTwoDigits(d)) return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** YYYY-MM-DD for a day of the calendar, or null (not integers, year outside 0–9999, month outside 1–12, day outside the month). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return formatIsoDate(y, m, d);
}

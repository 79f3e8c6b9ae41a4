// Checking and normalising what callers pass: every bad value is a TigangError with the
// option named and the value shown, never a silent default.
import { TigangError } from './errors.js';
import { describeValue, typeName } from './issues.js';

/** An ISO date `YYYY-MM-DD` (a time part, `T10:00:00Z`, is allowed and ignored). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** The error for a bad option value: the option named, the value described, what fits. */
export function invalidOption(option: string, value: unknown, expected: string): TigangError<'invalid-option'> {
  return new TigangError('invalid-option', { option, value: describeValue(value), expected });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A reference date as `YYYY-MM-DD`, from an ISO date string or a `Date`; null for
 * null/undefined. A `Date` at exactly midnight UTC (what `new Date('2024-03-15')` gives)
 * is read in UTC, any other `Date` in local time (what `new Date(2024, 2, 15)` and
 * `new Date()` mean): so both name the day the caller wrote, in every time zone.
 * Throws TigangError('invalid-option') for anything else ('yesterday', '2024-02-30', 20240315).
 */
export function toReferenceDate(value: unknown, option = 'referenceDate'): string | null {
  if (value === null || value === undefined) return null;
  const invalid = () => invalidOption(option, value, 'an ISO date string (YYYY-MM-DD) or a valid Date');
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) throw invalid();
    const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
    return utcMidnight
      ? `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
      : `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  if (typeof value !== 'string') throw invalid();
  const m = ISO_DATE.exec(value.trim());
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw invalid();
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** `options` itself: undefined is {}, anything but a plain object is an error. */
export function toOptionsObject<T extends object>(options: unknown): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidOption('options', options, 'an object (or nothing)');
  }
  return options as Partial<T>;
}

/** `path`: a string or null. */
export function toPath(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    throw invalidOption('path', value, 'a string or null');
  }
  return value;
}

/** The input of parse/decode/clean: a string, Uint8Array or ArrayBuffer. */
export function checkInput(fn: string, input: unknown, allowBytes = true): void {
  if (typeof input === 'string') return;
  if (allowBytes && (input instanceof Uint8Array || input instanceof ArrayBuffer)) return;
  const accepts = allowBytes ? ['string', 'Uint8Array', 'ArrayBuffer'] : ['string'];
  throw new TigangError('invalid-input', { function: fn, accepts, received: typeName(input) });
}

/** `explain`: true records what the extractors rejected (`document.explain`); false or absent, nothing. */
export function toExplain(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    throw invalidOption('explain', value, 'true or false');
  }
  return value;
}

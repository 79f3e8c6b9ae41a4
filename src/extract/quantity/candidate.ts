/** Candidates built from the amounts a parser read, and the tests on amounts several parsers and filters share. */
import type { Amount } from './amount.js';
import { ARABIC_DIGITS, type TokenKind } from './tokens.js';
import type { Candidate, QuantityParser } from './types.js';
import { EVENT_UNITS } from '../units.js';

/** A candidate spanning `first` to `a`, with `a`'s value and unit. */
export function fromAmount(a: Amount, rule: string, first: Amount = a): Candidate {
  const c: Candidate = {
    start: first.start, end: a.end, value: a.value, unit: a.unit, masked: a.masked, approx: a.approx, rule, first, last: a,
    countable: (a.cls === 'count' || a.cls === 'level') && !EVENT_UNITS.has(a.unit ?? ''),
  };
  if (a.yuan !== undefined) c.yuan = a.yuan;
  return c;
}

/** What the forms that are not number + unit read (ratios, percentages in words, fractions, halves, doubling). */
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

/** The candidate of a special form read at `start` (no amounts: the filters do not apply to it). */
export function fromSpecial(start: number, special: SpecialResult): Candidate {
  const cand: Candidate = {
    start, end: special.end, value: special.value, unit: special.unit, masked: special.rule === 'masked', approx: false, rule: special.rule, countable: false,
  };
  if (special.ratio !== undefined) cand.ratio = special.ratio;
  if (special.comparator) cand.comparator = special.comparator;
  if (special.multiply) cand.change = { direction: 'multiply', points: false };
  return cand;
}

/**
 * The parser of a special form that is one token kind (tokens.ts): at a token of `kind`, `read`
 * reads the form from the token's text; where it reads none, the token is still taken (the
 * scan resumes after it).
 */
export function specialFormParser(
  name: string,
  first: string,
  kind: TokenKind,
  read: (text: string, at: number, token: string) => SpecialResult | null,
): QuantityParser {
  return {
    name,
    first,
    read(scan, at) {
      const token = scan.token(at);
      if (token?.kind !== kind) return null;
      const end = at + token.text.length;
      const special = read(scan.text, at, token.text);
      return special ? { candidate: fromSpecial(at, special), resume: Math.max(end, special.end) } : end;
    },
  };
}

/** 2025年, and a masked year (202x年, 20XX年, XXXX年: four characters before 年): a date, not an amount. */
export const isYear = (a: Amount): boolean =>
  a.factorText === '' &&
  (a.unit === '年' || a.unit === null) &&
  ((a.numeral === 'arabic' && /^(?:1[89]|20|21)[0-9]{2}$/.test(a.digits)) || (a.numeral === 'masked' && /^[0-9Xx×*]{4}$/.test(a.digits)));

/** The same unit on both ends of a range or change (3-5所, 5%-20%, 从39个到91个). */
export function sameUnit(a: Amount, b: Amount): boolean {
  if (a.unit === null) return true;
  const norm = (u: string | null): string => (u ?? '').replace('％', '%').replace(/^个(?=.)/, '');
  return norm(a.unit) === norm(b.unit);
}

/** The first end of a range takes the unit (and multiplier) of the second: 3-5万人 → 30000–50000 人. */
export function adopt(a: Amount, b: Amount): Amount {
  if (a.unit !== null) return a;
  const value = a.base === null ? null : b.cls === 'money' ? a.base : a.base * b.factor;
  return { ...a, unit: b.unit, cls: b.cls, entry: b.entry, value, factor: b.factor, factorText: b.factorText };
}

import { charTable } from '../../text/scan.js';

/** Characters before an Arabic number that make it part of a code or a name (PM2.5, G20, 2022-12-26), as a char-code table. */
export const LATIN_OR_DIGIT = charTable(`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz${ARABIC_DIGITS}._/\\@#-`);
/** True when the character at `i` of `text` is one of LATIN_OR_DIGIT (false outside the text). */
export const latinOrDigitAt = (text: string, i: number): boolean => LATIN_OR_DIGIT[text.charCodeAt(i)] === 1;

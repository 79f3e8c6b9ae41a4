/**
 * What the number parsers (from-to.ts, range.ts, plain-amount.ts) share: the number token
 * at a position, the tests that make it part of a code, a formula or Markdown rather than
 * an amount, and its first amount. The scan reads this once per position (QuantityScan.number).
 */
import { type Amount, UNIT_OPTIONAL, isLatin, readAmount } from '../amount.js';
import { latinOrDigitAt } from '../candidate.js';
import { isDigit } from '../tokens.js';
import type { QuantityScan } from '../types.js';

/** Longest numeral read as an amount (1,234,567,890.12 or 一千二百三十四万五千六百七十八 fit). */
const MAX_NUMBER_LENGTH = 40;
const LATIN = /[A-Za-z]/;
const HYPHEN = 0x2d;
const PLUS = 0x2b;
const FULL_WIDTH_PLUS = 0xff0b;
const NEWLINE = 0x0a;

/** A number that starts an amount, or (a number) where the scan resumes when the number starts none. */
export type NumberStart = { amount: Amount; tokenEnd: number } | number;

/**
 * True when a Markdown bold run is open on this line before `pos`: a ** after a
 * non-word character opens one, the next ** closes it; a ** right after a word with no
 * run open is a mask (资金**亿元) and is skipped.
 */
function openBold(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && from > pos - 200 && text[from - 1] !== '\n') from--;
  let open = false;
  for (let i = from; i < pos - 1; i++) {
    if (text[i] !== '*' || text[i + 1] !== '*') continue;
    const prev = text[i - 1] ?? '';
    // *.**万亿元, **个, ***公里: stars that read as a masked figure with a unit are not bold
    if (prev === '.' || readAmount(text, i)?.masked) {
      while (text[i + 1] === '*' || text[i + 1] === '.') i++;
      continue;
    }
    if (open) open = false;
    else if (!/[\u4e00-\u9fffA-Za-z0-9]/.test(prev)) open = true;
    i++;
    while (text[i + 1] === '*') i++;
  }
  if (!open) return false;
  // an opener with no closer after it on the line (**号线 masked, then ***公里) opened nothing
  for (let i = pos; i < text.length - 1 && text[i] !== '\n'; i++) {
    if (text[i] === '*' && text[i + 1] === '*' && text[i - 1] !== '*' && text[i - 1] !== '.' && !readAmount(text, i)?.masked) return true;
  }
  return false;
}

/** The number token at `start` and its first amount (a unit not required: the first end of 3-5所), or null when the token is no number. */
export function readNumberStart(scan: QuantityScan, start: number): NumberStart | null {
  const token = scan.token(start);
  if (token?.kind !== 'num') return null;
  const { text } = scan;
  const tokenEnd = start + token.text.length;
  const fail = tokenEnd;
  // a run this long is an ID, a hash or garbage, never an amount; skipping it keeps
  // the scan linear (number arithmetic on it is not)
  if (token.text.length > MAX_NUMBER_LENGTH) return fail;
  // char codes, not one-character strings: this runs at every number
  const prev = text.charCodeAt(start - 1);
  const code = text.charCodeAt(start);
  const arabic = isDigit(code); // 0-9 ０-９
  if (arabic && latinOrDigitAt(text, start - 1) && !(prev === HYPHEN && !/[0-9]/.test(text[start - 2] ?? ''))) return fail; // PM2.5, G20, 2022-12-26
  const next = text.charCodeAt(tokenEnd);
  if (next === PLUS || next === FULL_WIDTH_PLUS || prev === PLUS || prev === FULL_WIDTH_PLUS) return fail; // 1+7, 1+X
  // a list marker at line start followed by a year: "1.2025年…" is "1." + "2025年"
  if (arabic && (start === 0 || prev === NEWLINE)) {
    const m = /^[0-9]{1,2}[.．](?=[12][0-9]{3}年)/.exec(text.slice(start, start + 8));
    if (m) return Math.max(tokenEnd, start + m[0].length);
  }
  const first = text[start] as string;
  if (first === '*') {
    // **所 is a masked figure; **加强…** is Markdown bold: the mask follows a word and closes no bold run
    if (/[A-Za-z0-9_\\]/.test(text[start - 1] ?? '') || /\s/.test(text[tokenEnd] ?? ' ') || openBold(text, start)) return fail;
  } else if (!arabic && (first === 'X' || first === 'x' || first === '×') && latinOrDigitAt(text, start - 1)) return fail; // XXL, Max

  const amount = readAmount(text, start, UNIT_OPTIONAL);
  if (!amount) return fail;
  if (amount.numeral !== 'chinese' && isLatin(text.charCodeAt(amount.numEnd)) && (amount.unit === null || !LATIN.test(amount.unit))) return fail; // 5G, 4K
  return { amount, tokenEnd };
}

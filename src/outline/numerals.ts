/** Value of a marker's numeral (一百二十三, 十一, 12): the one numeral reader, src/zh/numerals.ts. */
export { numeralValue } from '../zh/numerals.js';

/** Circled numbers ①–⑳ and ㉑–㉟ → 1–35; 0 when not circled. */
export function circledValue(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return 0;
}

/** ⑴–⒇ (parenthesized digits) → 1–20; 0 otherwise. */
export function parenthesizedValue(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2474 + 1 : 0;
}

/** ⒈–⒛ (digit full stop) → 1–20; 0 otherwise. */
export function fullStopValue(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2488 && c <= 0x249b ? c - 0x2488 + 1 : 0;
}

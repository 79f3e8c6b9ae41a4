/** Chinese numerals as written in heading markers: 一 … 九十九, 一百 …, 〇/零, 两. */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese (一百二十三) or Arabic numeral; NaN when it is neither. */
export function numeralValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      current = current * 10 + d; // 一〇 (rare) reads as digits
      seen = true;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
      seen = true;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
      seen = true;
    } else return Number.NaN;
  }
  return seen ? total + current : Number.NaN;
}

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

/**
 * THE Chinese numeral reader: every stage that reads a number written in Chinese or in
 * Arabic digits reads it here (quantities, times, dates, heading markers).
 *
 * Numbers as written in Chinese policy texts: Arabic (1,200 / 17.56 / full-width １２),
 * Chinese (三十, 一百二十, 两万, 一万五, 一万零十二, 〇/零, 两/俩, 廿/卅), digit-by-digit
 * (二〇二五), financial (壹贰叁, 拾佰仟), and Arabic with a multiplier (1.2万, 134.9万亿).
 *
 * Pure functions, no regex with nested quantifiers; every function runs in time linear
 * in its input.
 */

/** Chinese digits (including the financial forms and 俩) → value. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Value of one Chinese or Arabic digit (三 → 3, ３ → 3, 两 → 2); undefined otherwise. */
export function digitValue(ch: string): number | undefined {
  const d = CN_DIGITS[ch];
  if (d !== undefined) return d;
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c >= 48 && c <= 57) return c - 48;
  if (ch.length === 1 && c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return undefined;
}

/** Place units inside a section (below 万). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Section units: 万 and 亿 (万亿 = 10^12 is 万 after 亿… read as a product). */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * CN_DIGITS and SMALL_UNITS by char code, for the readers' loops (a property lookup by a
 * one-character string costs a string per character): -1 / 0 where a character is none.
 */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = v;
const SMALL_UNIT_OF = new Int16Array(0x10000);
for (const [ch, v] of Object.entries(SMALL_UNITS)) SMALL_UNIT_OF[ch.charCodeAt(0)] = v;
const BIG_UNIT_CODES: number[] = [];
for (const [ch, v] of Object.entries(BIG_UNITS)) BIG_UNIT_CODES.push(ch.charCodeAt(0), v);
/** The value of a section unit (万, 亿) by char code, or undefined. */
function bigUnitOf(code: number): number | undefined {
  for (let k = 0; k < BIG_UNIT_CODES.length; k += 2) if (BIG_UNIT_CODES[k] === code) return BIG_UNIT_CODES[k + 1];
  return undefined;
}

/** 廿 (twenty) and 卅 (thirty), written in dates and counts: read as 二十, 三十. */
const CONTRACTIONS = /[廿卅]/g;
const expandContractions = (s: string): string => s.replace(CONTRACTIONS, (c) => (c === '廿' ? '二十' : '三十'));

/** Multipliers written after an Arabic number (1.2万, 3.7亿, 134.9万亿). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
  百: 1e2,
};

/** Full-width digits, dot, comma, percent, colon → half-width; other characters unchanged. */
export function toHalfWidth(s: string): string {
  let i = 0;
  while (i < s.length && !isWide(s.charCodeAt(i))) i++;
  if (i === s.length) return s; // nothing to fold: no copy
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/** The characters toHalfWidth changes: the full-width forms and the ideographic space. */
const isWide = (c: number): boolean => (c >= 0xff01 && c <= 0xff5e) || c === 0x3000;

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Value of an Arabic numeral (half- or full-width, thousands commas, one decimal point); null otherwise. */
export function parseArabic(s: string): number | null {
  const h = toHalfWidth(s.trim());
  if (!ARABIC.test(h)) return null;
  const v = Number(h.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/**
 * `value × 10^exp` computed on the decimal string, so 17.56 × 10^8 is exactly 1756000000
 * (not 1756000000.0000002).
 */
export function scaleDecimal(value: number, factor: number): number {
  if (factor === 1) return value;
  // an integer product within 2^53 is exact in floating point: what the decimal string gives
  if (value !== 0 && Number.isInteger(value) && Number.isInteger(factor) && Math.abs(value * factor) <= Number.MAX_SAFE_INTEGER) return value * factor;
  const exp = Math.round(Math.log10(factor));
  if (10 ** exp !== factor) return value * factor;
  const s = String(value);
  if (s.includes('e')) return value * factor; // String(number) writes an exponent with a lower-case e
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const digits = int + frac;
  const point = int.length + exp;
  let str: string;
  if (point >= digits.length) str = digits + '0'.repeat(point - digits.length);
  else if (point <= 0) str = '0.' + '0'.repeat(-point) + digits;
  else str = digits.slice(0, point) + '.' + digits.slice(point);
  const v = Number(str);
  return neg ? -v : v;
}

/** True for a run of Chinese digits without place units (二〇二五, 一二): read digit by digit. */
export function isDigitByDigit(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) if (DIGIT_OF[s.charCodeAt(i)] === -1) return false;
  return true;
}

/**
 * Value of a Chinese numeral with place units (三十, 一百二十, 两万, 一万五, 三千零五,
 * 十二亿); null when the string is not a well-formed numeral (十四五, 二十大, 四五).
 * Digit-by-digit runs (二〇二五) are read digit by digit.
 */
export function parseChineseInteger(input: string): number | null {
  if (input.length === 0) return null;
  const s = input.indexOf('廿') >= 0 || input.indexOf('卅') >= 0 ? expandContractions(input) : input;
  if (isDigitByDigit(s)) {
    let v = 0;
    for (let i = 0; i < s.length; i++) v = v * 10 + (DIGIT_OF[s.charCodeAt(i)] as number);
    return v;
  }
  let total = 0; // completed sections above the current one (亿, 万)
  let section = 0; // value inside the current section (below 万)
  let digit: number | null = null; // pending digit
  let lastSmall = 10000; // last small place unit inside the section; must decrease
  let lastBig = Infinity; // last section unit; must decrease
  let zeroSeen = false; // a 零 since the last place unit
  let lastPlace = 0; // the place of the last unit (for 一万五 = 15000)
  let sawUnit = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const d = DIGIT_OF[code] as number;
    if (d !== -1) {
      if (d === 0) {
        if (digit !== null && digit !== 0) return null; // 三零
        zeroSeen = true;
        digit = 0;
        continue;
      }
      if (digit !== null && digit !== 0) return null; // two digits in a row: 十四五, 四五
      digit = d;
      continue;
    }
    const small = SMALL_UNIT_OF[code] as number;
    if (small !== 0) {
      if (small >= lastSmall) return null; // 十百, 百百
      // 一万零十二 = 10012: after 零 a bare 十 is 一十; 零百, 零千 are malformed
      if (digit === 0 && (small !== 10 || !sawUnit)) return null; // 零十 alone
      if (digit === 0) digit = null;
      // a unit with no digit before it reads 一 only at the start (十二, 百) or for 十 (一百十, 一万零十二)
      if (digit === null && i !== 0 && small !== 10) return null;
      section += (digit ?? 1) * small;
      lastSmall = small;
      lastPlace = small;
      digit = null;
      zeroSeen = false;
      sawUnit = true;
      continue;
    }
    const big = bigUnitOf(code);
    if (big !== undefined) {
      if (digit === 0) return null;
      const sec = section + (digit ?? 0);
      if (sec === 0 && i !== 0 && !(big > lastBig)) return null; // 三万万
      if (big < lastBig) total += (sec || 1) * big;
      else if (big > lastBig) total = (total + sec) * big; // 一万亿 = (1×10^4)×10^8
      else return null;
      lastBig = big;
      lastPlace = big;
      section = 0;
      digit = null;
      lastSmall = 10000;
      zeroSeen = false;
      sawUnit = true;
      continue;
    }
    return null;
  }
  if (digit !== null && digit !== 0) {
    // 一万五 = 15000, 三百五 = 350: a digit right after a unit above 十 (no 零 between) is the next place down
    if (sawUnit && !zeroSeen && lastPlace >= 100) return total + section + digit * (lastPlace / 10);
    section += digit;
  }
  return total + section;
}

/**
 * Value of any numeral: Arabic (1,200 / 1.2 / full-width), Arabic with a multiplier
 * (1.2万 → 12000, 134.9万亿 → 1.349e14), Chinese (三十, 两万, 〇), digit-by-digit
 * (二〇二五 → 2025). Null when `s` is not a numeral.
 */
export function parseChineseNumber(s: string): number | null {
  const t = toHalfWidth(s.trim());
  if (t === '') return null;
  const a = parseArabic(t);
  if (a !== null) return a;
  // Arabic + multiplier
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)$/.exec(t);
  if (m) {
    const v = parseArabic(m[1] as string);
    const f = MULTIPLIERS[m[2] as string];
    return v === null || f === undefined ? null : scaleDecimal(v, f);
  }
  // 百万 / 千万 / 万 / 亿 alone: one of them
  if (/^[百千]?[万亿]+$/.test(t) || /^[十百千]$/.test(t)) return parseChineseInteger('一' + t);
  return parseChineseInteger(t);
}

/** Value of a Chinese (一百二十三, 两, 廿) or Arabic numeral, as in heading markers and dates; NaN when it is neither. */
export function numeralValue(s: string): number {
  const v = /^[0-9０-９]+$/.test(s) ? parseArabic(s) : parseChineseInteger(s);
  return v === null ? Number.NaN : v;
}

/** The decimal part after 点 (七十八点二 → "2"), digit by digit; null when a character is not a digit. */
export function chineseDecimalDigits(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out;
}

const NUMBER_AT_Y = /([零〇一二两三四五六七八九十百千万亿]+)(?:点([零〇一二三四五六七八九]+))?|([0-9０-９]+(?:[.．][0-9０-９]+)?)/y;

/**
 * The number written at `pos` (Chinese with an optional 点 part, or Arabic): 三十, 三点五,
 * 十六点九, 12.5, 百 (一百); null when none is there. For what follows 百分之 / 分之.
 */
export function readNumberAt(text: string, pos: number): { value: number; end: number } | null {
  NUMBER_AT_Y.lastIndex = pos;
  const m = NUMBER_AT_Y.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  if (m[3] !== undefined) {
    const v = parseArabic(m[3]);
    return v === null ? null : { value: v, end };
  }
  const cn = m[1] as string;
  const int = parseChineseInteger(cn[0] === '百' || cn[0] === '千' ? `一${cn}` : cn); // 百分之百
  if (int === null) return null;
  if (m[2] === undefined) return { value: int, end };
  return { value: Number(`${int}.${chineseDecimalDigits(m[2] as string) ?? ''}`), end };
}

/**
 * The tokens an amount can start with, read at one position by dispatching on its first
 * character: cheaper than one big alternation tried at every candidate position. The
 * order of the checks per first character is the priority of the readings:
 * ratio, 百分之, 分之, slash fraction, 一半, 翻一番, then a plain number (or a mask). The
 * scan reads the token once per position; its kind decides which parser (parsers/) reads.
 */
import { charTable } from '../../text/scan.js';

export type TokenKind = 'ratio' | 'pctw' | 'frac' | 'afrac' | 'half' | 'fan' | 'num';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Chinese numerals as the scan reads them (the financial forms 壹贰叁 are left out: 陆家嘴, 伍 are names). */
export const CHINESE_NUMERALS = '零〇一二两三四五六七八九十百千万亿几';
const MASKS = '*＊XxＸｘ×';
/** Arabic digits, half- and full-width. */
export const ARABIC_DIGITS = '0123456789０１２３４５６７８９';
/** The characters a number token (kind `num`) can start with: the number parsers' `first`. */
export const NUMBER_FIRST = ARABIC_DIGITS + CHINESE_NUMERALS + MASKS;
/** The characters a token can start with (tokenAt reads none elsewhere: test/quantities.test.ts; the scan needs no table of them). */
export const TOKEN_START = /* @__PURE__ */ charTable(`${NUMBER_FIRST}过半翻`);

/** The Chinese numerals as a char-code table (also used to skip runs that cannot start an amount). */
export const CHINESE_NUMERAL = charTable(CHINESE_NUMERALS);
const RATIO_Y = /[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[:：︰∶][0-9０-９]+(?:[.．][0-9０-９]+)?)+/y;
const SLASH_FRACTION_Y = /[0-9]{1,3}\/[0-9]{1,3}(?![0-9/])/y;
/** An Arabic numeral: half- or full-width digits, thousands commas, decimal points (amount.ts reads its value). */
export const ARABIC_Y = /[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)*/y;
const FRACTION_Y = /[一二两三四五六七八九十百千万亿]{1,6}分之/y;
const DOUBLING_Y = /翻了?[一两二三四五六七八九]番/y;
/**
 * A figure masked by a site or a template: X亿元, XX.X%, ××所, *人, **所, 1X.X%; a masked
 * year (202x年, 20XX年) is read here too and rejected as a year. Digits mix only with
 * X/x (202x), never with * (**2025** is Markdown bold around a year).
 */
export const MASK_Y = /[Xx×*]+(?:[.,][Xx×*]+)*|[0-9]+[Xx][0-9Xx]*(?:\.[0-9Xx]+)?/y;
/** A masked slash fraction: X/XX (约占全国1/10 with its digits masked). */
const MASK_SLASH_Y = /[Xx*]{1,3}\/[Xx*]{1,3}(?![Xx*/])/y;
/** A masked ratio: X:XXXX (1:2000 with its digits masked). */
const MASK_RATIO_Y = /[Xx×*]+(?:[.][Xx×*]+)?(?:[:∶︰][Xx×*]+(?:[.][Xx×*]+)?)+/y;

/** The match of the sticky `re` at `i`, or null (test, then the text up to lastIndex: no match array built). */
export function stickyAt(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  return re.test(text) ? text.slice(i, re.lastIndex) : null;
}

/** A half- or full-width Arabic digit, by char code. */
export const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isRatioColon = (c: number) => c === 0x3a || c === 0xff1a || c === 0xfe30 || c === 0x2236; // : ： ︰ ∶
const isDecimalPoint = (c: number) => c === 0x2e || c === 0xff0e; // . ．
const FEN = 0x5206; // 分

/** The end of the run of characters passing `test` from `i`. */
function runEnd(text: string, i: number, test: (c: number) => boolean): number {
  while (i < text.length && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * True when a colon follows the digits at `i` (after an optional decimal part): what RATIO_Y
 * needs before it can match, tested without running it at every number.
 */
function colonAfterDigits(text: string, i: number): boolean {
  let e = runEnd(text, i, isDigit);
  if (isDecimalPoint(text.charCodeAt(e)) && isDigit(text.charCodeAt(e + 1))) {
    if (isRatioColon(text.charCodeAt(runEnd(text, e + 1, isDigit)))) return true;
  }
  return isRatioColon(text.charCodeAt(e));
}

/** The token starting exactly at `i`, or null. */
export function tokenAt(text: string, i: number): Token | null {
  const c = text.charCodeAt(i);
  let s: string | null;
  if (isDigit(c)) {
    // each sticky pattern runs only where the character after the digits lets it match
    const asciiEnd = runEnd(text, i, isAsciiDigit);
    const afterAscii = text.charCodeAt(asciiEnd);
    if (asciiEnd > i && (afterAscii === 88 || afterAscii === 120) && (s = stickyAt(MASK_Y, text, i))) return { kind: 'num', text: s }; // digits then X: a mask (202x年)
    if (colonAfterDigits(text, i) && (s = stickyAt(RATIO_Y, text, i))) return { kind: 'ratio', text: s };
    if (c <= 57 && afterAscii === 0x2f && (s = stickyAt(SLASH_FRACTION_Y, text, i))) return { kind: 'afrac', text: s };
    return { kind: 'num', text: stickyAt(ARABIC_Y, text, i)! };
  }
  if (CHINESE_NUMERAL[c]) {
    const end = runEnd(text, i + 1, (d) => CHINESE_NUMERAL[d] === 1);
    if (text.startsWith('分之', i + 1) && (c === 0x767e || c === 0x5343 || c === 0x4e07)) return { kind: 'pctw', text: text.slice(i, i + 3) }; // 百 千 万
    // the numerals of FRACTION_Y are Chinese numerals: its 分 can only be the first character after the run
    if (text.charCodeAt(end) === FEN && (s = stickyAt(FRACTION_Y, text, i))) return { kind: 'frac', text: s };
    if (text.startsWith('一半', i)) return { kind: 'half', text: '一半' };
    return { kind: 'num', text: text.slice(i, end) };
  }
  if (text.startsWith('过半', i) || text.startsWith('半数', i)) return { kind: 'half', text: text.slice(i, i + 2) };
  if ((s = stickyAt(DOUBLING_Y, text, i))) return { kind: 'fan', text: s };
  if ((s = stickyAt(MASK_RATIO_Y, text, i))) return { kind: 'ratio', text: s };
  if ((s = stickyAt(MASK_SLASH_Y, text, i))) return { kind: 'afrac', text: s };
  if ((s = stickyAt(MASK_Y, text, i))) return { kind: 'num', text: s };
  return null;
}

// Text normalisation for comparison. Two steps:
// 1. foldForCompare: the same-length fold of zh/fold.ts (full-width → half-width, compatibility
//    ideographs, Traditional → Simplified), so that offsets in the folded text are offsets in the original.
// 2. buildKey: the sequence of characters that comparison works on, each mapped back to its span
//    in the ORIGINAL text. Whitespace and quotes are dropped (a PDF hard-wrap or “立德树人” vs
//    立德树人 must not break a passage) and every number becomes one placeholder (5%左右 against
//    6%左右, 2021年 against 2025年 still align).
import { foldForMatching } from '../zh/fold.js';
import { lowerBound } from '../text/search.js';

/** Same-length fold used by every compare stage: the library's fold for matching (zh/fold.ts). */
export function foldForCompare(text: string): string {
  return foldForMatching(text);
}

/** The placeholder every number stands for in the key (a private-use character). */
export const NUMBER = '\ue000';
export const NUMBER_CODE = 0xe000;

/** Dropped from the key: whitespace, quotes and title marks, zero-width characters. */
function isDropped(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0x22 || c === 0x27 || // " '
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || // “ ” ‘ ’
    c === 0x300c || c === 0x300d || c === 0x300e || c === 0x300f || // 「 」 『 』
    c === 0x300a || c === 0x300b || c === 0x3008 || c === 0x3009 || // 《 》 〈 〉
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff
  );
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Chinese numeral characters; a run of them is a number only when it has a place unit or 〇/零 (一千二百万, 二〇二五), not 一是/十四五. */
const CN_NUMERAL = /* @__PURE__ */ new Set('〇零一二三四五六七八九十百千万亿两');
const CN_PLACE = /* @__PURE__ */ new Set('百千万亿〇零');
/** Multipliers written after Arabic digits, part of the number (1200万, 1.3万亿). */
const AFTER_DIGITS = /* @__PURE__ */ new Set('万亿千百');

export interface Key {
  /** The key characters. */
  text: string;
  /** start[i], end[i]: the span of key character i in the ORIGINAL text. */
  start: Int32Array;
  end: Int32Array;
}

/** The comparison key of a text: folded, whitespace and quotes dropped, numbers as one placeholder each. */
export function buildKey(original: string): Key {
  const folded = foldForCompare(original);
  const n = folded.length;
  const chars: string[] = [];
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isDropped(c)) {
      i++;
      continue;
    }
    let j = i;
    if (isDigit(c)) {
      j = i + 1;
      while (j < n) {
        const d = folded.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < n && isDigit(folded.charCodeAt(j + 1))) j += 2;
        else break;
      }
      while (j < n && AFTER_DIGITS.has(folded[j]!)) j++;
    } else if (CN_NUMERAL.has(folded[i]!)) {
      let e = i;
      let place = false;
      while (e < n && CN_NUMERAL.has(folded[e]!)) {
        if (CN_PLACE.has(folded[e]!)) place = true;
        e++;
      }
      // 万/亿 alone (万众一心, 亿万) is a word, not a number
      if (place && e - i >= 2) j = e;
    }
    if (j > i) {
      chars.push(NUMBER);
      start[k] = i;
      end[k] = j;
      k++;
      i = j;
      continue;
    }
    chars.push(folded[i]!);
    start[k] = i;
    end[k] = i + 1;
    k++;
    i++;
  }
  return { text: chars.join(''), start: start.subarray(0, k), end: end.subarray(0, k) };
}

/** Key characters that carry content (CJK, letters, the number placeholder), not punctuation. */
export function isContentChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === NUMBER_CODE || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** Index of the first key character whose original span starts at or after `offset`. */
export function keyIndexAt(key: Key, offset: number): number {
  return lowerBound(key.start.length, (i) => key.start[i]! < offset);
}

/**
 * Reads one amount at a position: a number (Arabic, Chinese or masked), an optional
 * 余/多/几, an optional multiplier (万, 亿, 万亿), and a unit from the lexicon or a
 * currency. Every step is a sticky regex anchored at the current position, so reading
 * costs time proportional to what it reads.
 */
import { CN_DIGITS, MULTIPLIERS, isDigitByDigit, parseArabic, parseChineseInteger, scaleDecimal, toHalfWidth } from '../../zh/numerals.js';
import { CURRENCIES, MULTIPLIER_WORDS, PER_UNITS, UNITS, YUAN_CURRENCIES, type UnitClass, type UnitEntry } from '../units.js';
import { charTable } from '../../text/scan.js';
import { ARABIC_Y, CHINESE_NUMERAL, MASK_Y, isDigit as isArabicDigit, stickyAt as sticky } from './tokens.js';

export type Numeral = 'arabic' | 'chinese' | 'masked';

export interface Amount {
  /** Offset of the number's first character. */
  start: number;
  /** Offset after the number itself (before 余/多, multiplier and unit). */
  numEnd: number;
  /** Offset after the unit (or after the number when there is none). */
  end: number;
  /** Value with a measure word's multiplier folded in; money keeps its multiplier in the unit. */
  value: number | null;
  /** The number before any multiplier (for ranges whose first end has no unit: 3-5万人). */
  base: number | null;
  /** The multiplier written after the number (万 → 10^4), 1 when none. */
  factor: number;
  factorText: string;
  unit: string | null;
  cls: UnitClass | 'money' | null;
  /** The unit entry (for its notBefore list), when the unit came from the lexicon. */
  entry: UnitEntry | null;
  /** 余/多/几/上百: an approximate figure. */
  approx: boolean;
  masked: boolean;
  numeral: Numeral;
  /** The numeral as written (一, 两, 三十, 1,200). */
  digits: string;
  yuan?: number;
}

/** 余/多 after a number: an approximate figure (3万余人, 十多个). */
const isApproxAt = (text: string, pos: number): boolean => {
  const c = text.charCodeAt(pos);
  return c === 0x4f59 || c === 0x591a; // 余 多
};
const byLength = (a: string, b: string): number => b.length - a.length;

/**
 * The longest of a list of words that starts exactly at a position: the words bucketed by
 * their first character, longest first. It reads what a sticky alternation of the words
 * sorted by length reads, with one table lookup and a few `startsWith` instead of a regex
 * run and a match string per call.
 */
interface LongestWord<T> {
  at(text: string, pos: number): T | null;
}
function longestWord<T>(items: Iterable<T>, word: (item: T) => string): LongestWord<T> {
  const bucketOf = new Int16Array(0x10000).fill(-1);
  const buckets: T[][] = [];
  for (const item of items) {
    const code = word(item).charCodeAt(0);
    if (bucketOf[code] === -1) {
      bucketOf[code] = buckets.length;
      buckets.push([]);
    }
    buckets[bucketOf[code]!]!.push(item);
  }
  for (const bucket of buckets) bucket.sort((a, b) => byLength(word(a), word(b)));
  // the words beside the items, and their second characters (-1: a one-character word, which
  // its bucket already matched): most words are ruled out by one comparison, not a startsWith
  const words = buckets.map((bucket) => bucket.map(word));
  const seconds = words.map((list) => list.map((w) => (w.length === 1 ? -1 : w.charCodeAt(1))));
  return {
    at(text, pos) {
      const k = bucketOf[text.charCodeAt(pos)];
      if (k === undefined || k < 0) return null;
      const list = words[k]!;
      const second = seconds[k]!;
      const next = text.charCodeAt(pos + 1);
      for (let j = 0; j < list.length; j++) {
        if (second[j] === -1 || (second[j] === next && text.startsWith(list[j]!, pos))) return buckets[k]![j]!;
      }
      return null;
    },
  };
}
const itself = (w: string): string => w;

/** The unit entries by unit (the first entry of a unit written twice). */
const UNIT_MAP = new Map<string, UnitEntry>();
for (const u of UNITS) if (!UNIT_MAP.has(u.unit)) UNIT_MAP.set(u.unit, u);
/** A unit of the lexicon with its notBefore words by their first character: only those of the character that follows can match (人 has 37). */
interface UnitReading {
  entry: UnitEntry;
  notBefore: Map<number, string[]> | null;
}
function unitReading(entry: UnitEntry): UnitReading {
  if (!entry.notBefore) return { entry, notBefore: null };
  const byFirst = new Map<number, string[]>();
  for (const w of entry.notBefore) {
    const code = w.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), w]);
  }
  return { entry, notBefore: byFirst };
}
const UNIT_AT = longestWord([...UNIT_MAP.values()].map(unitReading), (r) => r.entry.unit);
const CURRENCY_AT = longestWord(CURRENCIES, itself);
const MULTIPLIER_AT = longestWord(MULTIPLIER_WORDS, itself);
const PER_UNIT_AT = longestWord(PER_UNITS, itself);
const SLASH = 0x2f;
const FULL_WIDTH_SLASH = 0xff0f;
/** A denominator after a slash (42万元/人, 元/平方米): the slash and the unit, or null. */
function perUnitAt(text: string, pos: number): string | null {
  const c = text.charCodeAt(pos);
  if (c !== SLASH && c !== FULL_WIDTH_SLASH) return null;
  const unit = PER_UNIT_AT.at(text, pos + 1);
  return unit === null ? null : text[pos] + unit;
}
const CURRENCY_NOT_BEFORE = /[素旦宵首帅老件器勋音气谋]/y;
/** 个多月, 个余小时: 个 + 多/余 + a time unit. */
const GE_APPROX_Y = /[多余](月|小时|星期|工作日|学期)/y;
const LATIN = /[A-Za-z]/;
/** 成 as a percentage (三成 → 30%), only before a boundary: 七成以上, 三成, 近五成的. */
const CHENG_Y = /成(?=以上|以下|左右|上下|多|的|[，,。；;、）)\s]|$)/y;
/** …or anywhere after a word of approximation: 近五成企业, 超三成农户, 不到两成. */
const APPROX_BEFORE_CHENG = /(?:近|约|超|逾|超过|不到|将近|接近|不足)$/;

/** The decimal part of a Chinese numeral: 点 + digits (七十八点二, 十一点六). */
const CN_DECIMAL_Y = /点[零〇一二三四五六七八九]+/y;

const CHENG = 0x6210; // 成
/** A numeral that starts with a place unit (百家, 万人): no digit before it. */
const PLACE_UNIT_FIRST = charTable('百千万亿佰仟');
const DIAN = 0x70b9; // 点

/** The run of Chinese numerals (tokens.ts: the financial forms 壹贰叁 are left out: 陆家嘴, 伍 are names) at `pos`, or null. */
function chineseRunAt(text: string, pos: number): string | null {
  let end = pos;
  while (end < text.length && CHINESE_NUMERAL[text.charCodeAt(end)] === 1) end++;
  return end === pos ? null : text.slice(pos, end);
}

/**
 * The value of an Arabic numeral as ARABIC_Y reads it (half- or full-width digits, thousands
 * commas, decimal points), or null: several points (2022.12.26, 1.2.3), more than 16
 * digits, or no numeral by parseArabic. Plain half-width digits with one point at most, the
 * common case, are read without the half-width copy.
 */
function arabicValue(digits: string): number | null {
  let points = 0;
  let plain = true;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c === 46) points++;
    else if (c < 48 || c > 57) plain = false;
  }
  if (plain) {
    if (points > 1 || digits.length - points > 16) return null;
    return Number(digits); // digits, and a point followed by digits: what parseArabic reads, minus its copies
  }
  const h = toHalfWidth(digits);
  if (h.indexOf('.') !== h.lastIndexOf('.')) return null; // 2022.12.26, 1.2.3
  if (h.replace(/[,.]/g, '').length > 16) return null;
  return parseArabic(h);
}

/** 点 + digits after a Chinese numeral (七十八点二), or null. */
const chineseDecimalAt = (text: string, pos: number): string | null => (text.charCodeAt(pos) === DIAN ? sticky(CN_DECIMAL_Y, text, pos) : null);


/** The multiplier characters that end a Chinese numeral (三千万 → 万), for money units (三千万元 → 3000 万元). */
const TRAILING_MULT = /(万亿|亿|万)$/;

/**
 * A multiplier written after 多/余 applies to the last section of a Chinese numeral:
 * 一亿一千多万 = 1亿 + 1千×10^4, not (1亿 + 1千)×10^4.
 */
function applyFactor(base: number, digits: string, numeral: Numeral, factor: number): number {
  if (factor === 1) return base;
  if (numeral === 'chinese') {
    const yi = digits.lastIndexOf('亿');
    const wan = digits.lastIndexOf('万');
    const cut = factor < 1e8 && yi >= 0 ? yi : factor < 1e4 && wan >= 0 ? wan : -1;
    if (cut >= 0 && cut < digits.length - 1) {
      const head = parseChineseInteger(digits.slice(0, cut + 1));
      const tail = parseChineseInteger(digits.slice(cut + 1).replace(/几/g, ''));
      if (head !== null && tail !== null) return head + tail * factor;
    }
  }
  return scaleDecimal(base, factor);
}

/** The unit read is a measure word here, not the first character of another word (14亿人口, 76万群众). */
function unitFits(text: string, end: number, unit: string, reading: UnitReading, numeral: Numeral): boolean {
  if (reading.entry.arabicOnly && numeral === 'chinese') return false;
  if (isLatin(unit.charCodeAt(0)) && isLatin(text.charCodeAt(end))) return false;
  const notBefore = reading.notBefore?.get(text.charCodeAt(end));
  if (notBefore) for (const w of notBefore) if (text.startsWith(w, end)) return false;
  return true;
}

/** A-Z a-z (LATIN), by char code. */
export const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);


export interface ReadOptions {
  /** Accept an amount without a unit (the first end of a range: 3-5所). */
  allowNoUnit?: boolean;
}
/** The options as constants: no object allocated per read. */
const UNIT_REQUIRED: ReadOptions = {};
export const UNIT_OPTIONAL: ReadOptions = { allowNoUnit: true };

/**
 * The amount starting exactly at `pos`, or null when there is no number there or the
 * number has no unit (unless `allowNoUnit`). Rejects malformed numerals (十四五),
 * digit-by-digit runs (二〇二五), dotted dates and versions (2022.12.26).
 */
export function readAmount(text: string, pos: number, options: ReadOptions = UNIT_REQUIRED): Amount | null {
  let numeral: Numeral;
  let digits = isArabicDigit(text.charCodeAt(pos)) ? sticky(ARABIC_Y, text, pos) : null;
  let base: number | null = null;
  let approx = false;
  let masked = false;
  // 202x年, 1X.X%: digits with a mask in them are a mask
  if (digits !== null) {
    const next = text.charCodeAt(pos + digits.length);
    if (next === 88 || next === 120) digits = null; // X x
  }
  if (digits !== null) {
    numeral = 'arabic';
    base = arabicValue(digits);
    if (base === null) return null;
  } else if ((digits = chineseRunAt(text, pos)) !== null) {
    numeral = 'chinese';
    if (digits.length > 32) return null; // 四亿五千六百四十二万零一十五 has 14; longer runs are not numerals
    let run = digits;
    if (run.includes('几')) {
      if (run.startsWith('几')) return null; // 几十, 几个: no value
      run = run.replace(/几/g, '');
      approx = true;
    }
    if (isDigitByDigit(run)) return null; // 二〇二五, 四五
    if ((run === '零' || run === '〇') && chineseDecimalAt(text, pos + digits.length) === null) return null; // 零容忍, 零距离
    if (PLACE_UNIT_FIRST[run.charCodeAt(0)] === 1) {
      // 百家, 万人 are idioms; 上百/近千/逾万 are rough counts
      const prev = text[pos - 1];
      if (prev === '上' || prev === '近' || prev === '逾' || prev === '超' || prev === '过') approx = true;
      else return null;
      run = '一' + run;
    }
    base = parseChineseInteger(run);
    if (base === null) return null;
    // 七十八点二, 零点八: a Chinese decimal
    const dec = chineseDecimalAt(text, pos + digits.length);
    if (dec !== null) {
      let frac = '';
      for (const ch of dec.slice(1)) frac += String(CN_DIGITS[ch] ?? '');
      base = Number(`${base}.${frac}`);
      digits += dec;
    }
  } else if ((digits = sticky(MASK_Y, text, pos)) !== null) {
    numeral = 'masked';
    masked = true;
  } else return null;

  let p = pos + digits.length;
  const numEnd = p;
  // 三成 → 30%
  const cheng = text.charCodeAt(p) === CHENG && (sticky(CHENG_Y, text, p) !== null || APPROX_BEFORE_CHENG.test(text.slice(Math.max(0, pos - 2), pos)));
  if (cheng && (numeral === 'masked' ? digits.length === 1 : base !== null && base >= 1 && base <= 10 && Number.isInteger(base))) {
    const value = base === null ? null : base * 10; // X成: a masked share
    return {
      start: pos, numEnd, end: p + 1, value, base: value, factor: 1, factorText: '', unit: '%', cls: 'percent',
      entry: null, approx, masked, numeral, digits,
    };
  }
  const a1 = isApproxAt(text, p);
  let afterApprox = p;
  if (a1) afterApprox = p + 1;
  let factorText = MULTIPLIER_AT.at(text, afterApprox) ?? '';
  // 多/余 only counts when a multiplier or a unit follows; checked below
  let q = afterApprox + factorText.length;
  let a2 = false;
  if (factorText) {
    a2 = isApproxAt(text, q);
    if (a2) q += 1;
    // 4万多亿元, 1万多亿斤: a second multiplier after 多/余 multiplies the first
    const second = a2 ? MULTIPLIER_AT.at(text, q) : null;
    if (second !== null && (MULTIPLIERS[second] ?? 0) > (MULTIPLIERS[factorText] ?? 0)) {
      const combined = factorText + second;
      if (MULTIPLIERS[combined] !== undefined) {
        factorText = combined;
        q += second.length;
      }
    }
  }
  // 一 次, 5 个: a PDF's space between the number and its unit (one space, never a line break)
  // (not after a number at a line start: 9.1 本预案 is a section number and its title)
  if ((text[q] === ' ' || text[q] === '\u00a0') && text[q + 1] !== ' ' && !atLineStart(text, pos) && (CURRENCY_AT.at(text, q + 1) !== null || UNIT_AT.at(text, q + 1) !== null)) q++;
  // money
  let currency = CURRENCY_AT.at(text, q);
  if (currency !== null && sticky(CURRENCY_NOT_BEFORE, text, q + currency.length) !== null && currency === '元') currency = null;
  if (currency !== null) {
    if (a1 || a2) approx = true;
    let value = base;
    let ft = factorText;
    if (numeral === 'chinese' && !factorText && base !== null) {
      // 三千万元 → 3000 万元: split a trailing multiplier off the Chinese numeral
      const m = TRAILING_MULT.exec(digits);
      const head = m ? digits.slice(0, digits.length - (m[1] as string).length) : '';
      // the head may hold only smaller sections: 二万八千亿元 → 28000 亿元, but not 十二亿五千万元
      const tail = m ? (m[1] as string) : '';
      if (m && head && !(tail === '亿' ? /亿/ : /[万亿]/).test(head)) {
        const hv = parseChineseInteger(head.replace(/几/g, '')) ?? null;
        if (hv !== null) {
          value = hv;
          ft = m[1] as string;
        }
      }
    }
    let unit = ft + currency;
    let end = q + currency.length;
    const per = perUnitAt(text, end);
    if (per !== null) {
      unit += per;
      end += per.length;
    }
    const factor = ft ? (MULTIPLIERS[ft] ?? 1) : 1;
    if (value !== null && ft === factorText && factor !== 1 && numeral === 'chinese') value = applyFactor(value, digits, numeral, factor) / factor;
    const out: Amount = {
      start: pos, numEnd, end, value, base: value, factor, factorText: ft, unit, cls: 'money', entry: null, approx, masked, numeral, digits,
    };
    if (value !== null && per === null && YUAN_CURRENCIES.has(currency)) out.yuan = scaleDecimal(value, factor);
    return out;
  }
  const reading = UNIT_AT.at(text, q);
  const entry = reading === null ? null : reading.entry;
  const unit = entry === null ? null : entry.unit;
  if (reading !== null && unit !== null && unitFits(text, q + unit.length, unit, reading, numeral)) {
    let end = q + unit.length;
    let u = unit;
    let geTime = false; // 三个多月: a duration, subject to the time-span rules like 三个月
    if (a1 || a2) approx = true;
    if (u === '个') {
      const ge = sticky(GE_APPROX_Y, text, end);
      if (ge !== null) {
        u = '个' + ge.slice(1);
        end += ge.length;
        approx = true;
        geTime = true;
      }
    }
    const per = perUnitAt(text, end);
    if (per !== null && entry?.cls !== 'percent') {
      u += per;
      end += per.length;
    }
    const factor = factorText ? (MULTIPLIERS[factorText] ?? 1) : 1;
    return {
      start: pos, numEnd, end, value: base === null ? null : applyFactor(base, digits, numeral, factor), base, factor, factorText, unit: u,
      cls: geTime ? 'time' : (entry?.cls ?? null), entry, approx, masked, numeral, digits,
    };
  }
  if (!options.allowNoUnit) return null;
  if ((a1 || a2) && !factorText) return null;
  if (a1 || a2) approx = true;
  const factor = factorText ? (MULTIPLIERS[factorText] ?? 1) : 1;
  return {
    start: pos, numEnd, end: q, value: base === null ? null : applyFactor(base, digits, numeral, factor), base, factor,
    factorText, unit: null, cls: null, entry: null, approx, masked, numeral, digits,
  };
}

/** True when only spaces stand between the line start and `pos`. */
function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** A percent sign the OCR misread (100%o): the stray o belongs to the percent. */
export function percentSlipEnd(text: string, end: number, unit: string | null): number {
  if ((unit === '%' || unit === '％') && (text[end] === 'o' || text[end] === 'O') && !LATIN.test(text[end + 1] ?? '')) return end + 1;
  return end;
}

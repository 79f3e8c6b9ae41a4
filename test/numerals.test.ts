// The numeral parser: Arabic, full-width, Chinese, digit-by-digit, multipliers.
import { describe, expect, it } from 'vitest';
import { numeralValue, readNumberAt, isDigitByDigit, parseArabic, parseChineseInteger, parseChineseNumber, scaleDecimal, toHalfWidth } from '../src/zh/numerals.js';

const cases: [string, number | null][] = [
  // Arabic
  ['0', 0],
  ['7', 7],
  ['28', 28],
  ['1,200', 1200],
  ['12,345,678', 12345678],
  ['1.2', 1.2],
  ['17.56', 17.56],
  ['０', 0],
  ['１２', 12],
  ['１．５', 1.5],
  ['1，200', 1200], // full-width forms fold to half-width
  ['1,20', null],
  ['1.2.3', null],
  ['', null],
  ['  ', null],
  // Arabic with a multiplier
  ['1.2万', 12000],
  ['1256万', 12560000],
  ['3.7亿', 370000000],
  ['17.56亿', 1756000000],
  ['134.9万亿', 134900000000000],
  ['1.4万亿', 1400000000000],
  ['5千', 5000],
  ['3百万', 3000000],
  // Chinese
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['两', 2],
  ['十', 10],
  ['十一', 11],
  ['二十', 20],
  ['三十', 30],
  ['九十九', 99],
  ['一百', 100],
  ['百', 100],
  ['一百零五', 105],
  ['一百一十', 110],
  ['一百二十', 120],
  ['一百二十五', 125],
  ['三百五', 350],
  ['一千', 1000],
  ['三千零五', 3005],
  ['两千零二十五', 2025],
  ['一万', 10000],
  ['万', 10000],
  ['两万', 20000],
  ['一万五', 15000],
  ['一万五千', 15000],
  ['十万', 100000],
  ['十六万', 160000],
  ['四十二万八千', 428000],
  ['九千六百万', 96000000],
  ['一亿', 100000000],
  ['十四亿', 1400000000],
  ['十二亿五千万', 1250000000],
  ['一亿一千一百六十三万', 111630000],
  ['七百六十六亿四千万', 76640000000],
  ['一万亿', 1000000000000],
  ['壹佰贰拾', 120],
  // longer than 12 characters; 零十 inside a numeral; 两/俩/廿/卅/〇
  ['四亿五千六百四十二万零一十五', 456420015],
  ['一万零十二', 10012],
  ['三百零十', 310], // informal (三百一十), read leniently
  ['俩', 2],
  ['廿', 20],
  ['廿一', 21],
  ['卅', 30],
  ['两千零二十', 2020],
  ['〇', 0],
  ['叁仟零伍', 3005],
  // digit by digit
  ['二〇二五', 2025],
  ['二〇三五', 2035],
  ['一九五五', 1955],
  ['二〇〇五', 2005],
  // malformed
  ['十四五', null],
  ['十三五', null],
  ['二十大', null],
  ['百百', null],
  ['十百', null],
  ['三零', 30], // digit by digit
  ['零十', null],
  ['三万万', null],
  ['abc', null],
  ['五育', null],
];

describe('parseChineseNumber', () => {
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${want}`, () => {
      const got = parseChineseNumber(input);
      if (want === null) expect(got).toBeNull();
      else expect(got).toBe(want);
    });
  }
});

describe('helpers', () => {
  it('toHalfWidth folds full-width digits and punctuation', () => {
    expect(toHalfWidth('１２．５％，')).toBe('12.5%,');
    expect(toHalfWidth('\u3000')).toBe(' ');
    expect(toHalfWidth('三十')).toBe('三十');
  });
  it('parseArabic reads thousands separators and one decimal point', () => {
    expect(parseArabic('1,200.5')).toBe(1200.5);
    expect(parseArabic('2022.12.26')).toBeNull();
  });
  it('scaleDecimal is exact on the decimal string', () => {
    expect(scaleDecimal(17.56, 1e8)).toBe(1756000000);
    expect(scaleDecimal(1.2, 1e4)).toBe(12000);
    expect(scaleDecimal(5506.3, 1e4)).toBe(55063000);
    expect(scaleDecimal(0.07, 1e4)).toBe(700);
    expect(scaleDecimal(134.9, 1e12)).toBe(134900000000000);
    expect(scaleDecimal(3, 1)).toBe(3);
  });
  it('isDigitByDigit spots year-style runs', () => {
    expect(isDigitByDigit('二〇二五')).toBe(true);
    expect(isDigitByDigit('二十')).toBe(false);
    expect(isDigitByDigit('五')).toBe(false);
  });
  it('parseChineseInteger rejects two digits in a row', () => {
    expect(parseChineseInteger('十四五')).toBeNull();
    expect(parseChineseInteger('四十五')).toBe(45);
  });
  it('never throws on arbitrary strings', () => {
    for (const s of ['一二三四五六七八九十'.repeat(50), '9'.repeat(400), '万亿万亿', '点', '.', ',', '亿', '千万']) {
      expect(() => parseChineseNumber(s)).not.toThrow();
    }
  });
});

describe('the one reader serves every stage', () => {
  it('numeralValue reads heading-marker and date numerals', () => {
    expect(numeralValue('二十三')).toBe(23);
    expect(numeralValue('一百零一')).toBe(101);
    expect(numeralValue('１２')).toBe(12);
    expect(numeralValue('廿一')).toBe(21);
    expect(Number.isNaN(numeralValue('十四五'))).toBe(true);
  });
  it('readNumberAt reads the number after 百分之/分之, with its 点 part', () => {
    expect(readNumberAt('百分之十六点九', 3)).toEqual({ value: 16.9, end: 7 });
    expect(readNumberAt('百分之百', 3)).toEqual({ value: 100, end: 4 });
    expect(readNumberAt('占12.5', 1)).toEqual({ value: 12.5, end: 5 });
    expect(readNumberAt('占全部', 1)).toBeNull();
  });
});

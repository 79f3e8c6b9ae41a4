// findQuantities on whole texts: positions slice to raw, output is ordered and well-formed,
// the scan is linear (no catastrophic regex), and it never throws.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/extract/quantities.js';
import { TOKEN_START, tokenAt } from '../src/extract/quantity/tokens.js';
import { parse } from '../src/parse.js';
import { UNITS, UNIT_CLASSES } from '../src/extract/units.js';
import lexicon from '../src/zh/lexicon/units.json';
import quantityWords from '../src/zh/lexicon/quantity-words.json';
import { Comparator } from '../src/schema/extraction.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const texts = ['corpus', 'eval'].flatMap((dir) =>
  readdirSync(FIXTURES + dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${FIXTURES}${dir}/${f}`, 'utf8') })),
);

describe('findQuantities on the corpus', () => {
  it('reads the fixture texts', () => {
    expect(texts.length).toBeGreaterThan(20);
  });
  for (const { name, text } of texts) {
    it(`${name}: every match slices to its raw, in order, without overlap`, () => {
      const qs = findQuantities(text);
      let last = 0;
      for (const q of qs) {
        expect(text.slice(q.start, q.end)).toBe(q.raw);
        expect(q.start).toBeGreaterThanOrEqual(last);
        expect(q.end).toBeGreaterThan(q.start);
        last = q.end;
        if (q.masked) expect(q.value).toBeNull();
        else expect(typeof q.value === 'number' && Number.isFinite(q.value)).toBe(true);
        if (q.min !== undefined) expect(q.max).toBeGreaterThan(q.min);
        if (q.yuan !== undefined) expect(q.unit).toMatch(/元/);
        expect(q.rule).toBeTruthy();
      }
    });
  }
  it('finds the figures of a government work report', () => {
    const gwr = texts.find((t) => t.name === 'corpus/gwr-2025-national-wikisource.txt');
    const qs = findQuantities(gwr?.text ?? '');
    const keys = new Set(qs.map((q) => `${q.value}|${q.unit}`));
    for (const k of ['134.9|万亿元', '12560000|人', '1400000000000|斤', '370000000|千瓦', '34000000|人次', '1|个百分点']) expect(keys).toContain(k);
  });
});

// Hang guards: a quadratic path on these inputs would run for minutes and hit the test
// timeout. Speed itself is measured by `npm run bench`, never asserted here.
describe('pathological inputs', () => {
  const sliced = (s: string) => {
    const qs = findQuantities(s);
    for (const q of qs) expect(s.slice(q.start, q.end)).toBe(q.raw);
    return qs;
  };
  it('200 KB of Chinese numerals: no amount without a unit', { timeout: 60_000 }, () => {
    expect(sliced('一二三四五六七八九十'.repeat(20_000))).toEqual([]);
  });
  it('200 KB of digits, dotted digits, numbers with units, and unfinished forms', { timeout: 60_000 }, () => {
    expect(sliced('1234567890'.repeat(20_000))).toEqual([]);
    expect(sliced('1.2.3,4,5'.repeat(20_000))).toEqual([]);
    expect(sliced('12个、'.repeat(40_000)).length).toBe(40_000);
    for (const unit of ['百分之', '**', '1:', '三分之']) sliced(unit.repeat(200_000 / unit.length));
  });
  it('the corpus four times over: four times the quantities', { timeout: 60_000 }, () => {
    const all = texts.map((t) => t.text).join('\n');
    expect(findQuantities(all.repeat(4) + '\n').length).toBe(4 * findQuantities(all + '\n').length);
  });
});

describe('robustness', () => {
  const alphabet = ['1', '2', '0', '.', ',', '%', '万', '亿', '元', '个', '所', '一', '两', '十', '百', '千', '年', '月', '以上', '左右', '从', '到', '至', '-', '—', ':', '：', '*', 'X', '多', '余', '第', '“', '”', '\n', '。', '，', '分之', '百分之', '翻一番', '一半', '比'];
  it('never throws and always slices to raw', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const qs = findQuantities(text);
        let last = 0;
        for (const q of qs) {
          if (text.slice(q.start, q.end) !== q.raw || q.start < last) return false;
          last = q.end;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
  it('returns nothing for empty or non-string input', () => {
    expect(findQuantities('')).toEqual([]);
    expect(findQuantities(undefined as unknown as string)).toEqual([]);
  });
});

describe('scan shortcuts change nothing', () => {
  // The reference the token reader replaced: one alternation, its groups in priority order.
  const NUM_CLASS = '零〇一二两三四五六七八九十百千万亿几';
  const REFERENCE = new RegExp(
    [
      '(?<ratio>(?![0-9]+[Xx])[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[:：︰∶][0-9０-９]+(?:[.．][0-9０-９]+)?)+)',
      '(?<pctw>百分之|千分之|万分之)',
      '(?<ratio2>[Xx×*]+(?:[.][Xx×*]+)?(?:[:∶︰][Xx×*]+(?:[.][Xx×*]+)?)+)',
      '(?<afrac2>[Xx*]{1,3}\\/[Xx*]{1,3}(?![Xx*/]))',
      '(?<frac>[一二两三四五六七八九十百千万亿]{1,6}分之)',
      '(?<afrac>(?![0-9]+[Xx])[0-9]{1,3}/[0-9]{1,3}(?![0-9/]))',
      '(?<half>一半|过半|半数)',
      '(?<fan>翻了?[一两二三四五六七八九]番)',
      // masks (folded text: no full-width forms): 202x, XX.X, *, ××
      `(?<num>[0-9]+[Xx][0-9Xx]*(?:\\.[0-9Xx]+)?|[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)*|[${NUM_CLASS}]+|[Xx×*]+(?:[.,][Xx×*]+)*)`,
    ].join('|'),
    'y',
  );
  const referenceAt = (text: string, i: number) => {
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(text);
    if (!m) return null;
    const [kind, value] = Object.entries(m.groups!).find(([, v]) => v !== undefined)!;
    return { kind: kind.replace(/2$/, ''), text: value };
  };
  const pieces = ['1', '23', '２', '.', '．', ':', '：', '/', ',000', '百分之', '千', '万', '分之', '三', '十', '一半', '过半', '半数', '翻', '了', '番', '两', '**', '＊＊', 'XX', '×', '所', '个', '人', '增加到', '至', '-', ' ', '，', '统一', '进一步', '亿元', '多', '余', '成', '点'];
  const samples = () => [...texts.map((t) => t.text), ...fc.sample(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join('')), 500)];

  it('the token reader reads what the one-alternation scan read, at every position', () => {
    for (const text of samples()) {
      for (let i = 0; i < text.length; i++) {
        const expected = referenceAt(text, i);
        expect(TOKEN_START[text.charCodeAt(i)] ? tokenAt(text, i) : null, `${text.slice(i, i + 12)}`).toEqual(expected);
      }
    }
  });

  it('skipping Chinese numerals that cannot start an amount finds the same quantities', () => {
    for (const text of samples()) expect(findQuantities(text)).toEqual(findQuantities(text, { skipWordNumerals: false }));
  });
});

describe('quantities through parse: the fold and the cuts', () => {
  it('never reads a quantity across a truncation cut', () => {
    const text = '到2025年，优质学校覆盖率达到百分之二十……(新文秘网http://www.wm114.cn省略715字,正式会员可完整阅读)……左右的学校完成改造。';
    const doc = parse(text);
    expect(doc.truncation.truncated).toBe(true);
    const q = doc.quantities.find((x) => x.raw.startsWith('百分之'));
    expect(q?.raw).toBe('百分之二十');
    expect(q?.comparator).toBe('eq'); // 左右 after the cut does not bind
    expect(doc.quantities.some((x) => x.raw.includes('左右'))).toBe(false);
  });

  it('reads Traditional, full-width and compatibility forms, and gives raw, unit and titles as written', () => {
    const text = '一、主要目標\n全年地區生產總值達到５．６７萬億元、增長5.4％，新建公路120公\uf9e9。\n';
    const doc = parse(text);
    const got = doc.quantities.map((q) => [q.raw, q.value, q.unit]);
    expect(got).toEqual([
      ['５．６７萬億元', 5.67, '萬億元'],
      ['5.4％', 5.4, '%'],
      ['120公\uf9e9', 120, '公里'],
    ]);
    for (const q of doc.quantities) expect(text.slice(q.position.start.offset, q.position.end.offset)).toBe(q.raw);
    expect(doc.outline.children[0]?.title).toBe('主要目標');
    expect(doc.quantities[1]?.change?.direction).toBe('increase');
  });
});

describe('a target table flattened into text', () => {
  // the indicator table of a 十三五 plan as a site flattened it: cells run together
  const table =
    '主要指标\n指标 2015年 2020年 年均增长〔累计〕 属性\n' +
    '研发经费投入强度（%）2.12.5〔0.4〕预期性\n' +
    '森林覆盖率（%）21.6623.04〔1.38〕约束性\n' +
    '森林蓄积量（亿立方米）15.7415左右 预期性\n\n' +
    '会议于2022.12.26召开。';
  const found = findQuantities(table);
  const cells = found.filter((q) => q.rule === 'table-cell').map((q) => [q.raw, q.value, q.unit, q.uncertain]);

  it('splits runs with two decimal points by the precision of their last cell, marked uncertain', () => {
    expect(cells).toContainEqual(['2.1', 2.1, '%', true]);
    expect(cells).toContainEqual(['2.5', 2.5, '%', true]);
    expect(cells).toContainEqual(['21.66', 21.66, '%', true]);
    expect(cells).toContainEqual(['23.04', 23.04, '%', true]);
  });
  it('invents no number where the run has no sure reading (15.7415: 15.74|15 or 15.7|415)', () => {
    expect(cells).toContainEqual(['15.7415左右', null, '亿立方米', true]);
  });
  it('reads nothing of the kind outside a table, and leaves bracketed cells and dates alone', () => {
    expect(found.some((q) => q.raw.includes('1.38') || q.raw.includes('2022'))).toBe(false);
    expect(findQuantities('森林覆盖率21.6623.04').length).toBe(0);
  });
});

describe('the units lexicon (src/zh/lexicon/units.json)', () => {
  // the JSON is not type-checked: its shape is checked here
  it('has one row per unit: [unit, class, words not after it, Arabic only], no unit twice', () => {
    expect(lexicon.units.length).toBe(UNITS.length);
    for (const row of lexicon.units as unknown[][]) {
      const [unit, cls, notBefore, arabicOnly, ...rest] = row;
      expect(typeof unit === 'string' && unit.length > 0, String(unit)).toBe(true);
      expect(UNIT_CLASSES, String(unit)).toContain(cls);
      if (notBefore !== undefined) expect(typeof notBefore, String(unit)).toBe('string');
      if (arabicOnly !== undefined) expect(arabicOnly, String(unit)).toBe(true);
      expect(rest).toEqual([]);
    }
    expect(new Set(UNITS.map((u) => u.unit)).size).toBe(UNITS.length);
    for (const list of [lexicon.currencies, lexicon.yuanCurrencies, lexicon.perUnits]) for (const w of list) expect(typeof w).toBe('string');
  });
  it('reads as before: 14亿人民 is no count (人 not before 民), 克 only after Arabic numerals', () => {
    expect(UNITS.find((u) => u.unit === '人')?.notBefore).toContain('民');
    expect(findQuantities('14亿人民').map((q) => q.unit)).not.toContain('人');
    expect(UNITS.find((u) => u.unit === '克')).toMatchObject({ cls: 'measure', arabicOnly: true });
  });
});

describe('the quantity words (src/zh/lexicon/quantity-words.json)', () => {
  // each list is one string of words separated by single spaces: a double or trailing space would make an empty word
  const lists = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.entries(value as object).flatMap(([key, v]) => (key.startsWith('$') ? [] : lists(v)));
  it('holds only space-separated word lists, with no empty word, and comparators by a comparator name', () => {
    for (const source of [...lists(quantityWords), lexicon.multipliers, lexicon.eventUnits, lexicon.notCountsAfterOne]) {
      expect(source.split(' ').every((w) => w.length > 0), source).toBe(true);
    }
    const names = Comparator.options as readonly string[];
    for (const groups of [quantityWords.comparatorsBefore, quantityWords.comparatorsAfter]) {
      for (const key of Object.keys(groups)) if (!key.startsWith('$')) expect(names).toContain(key);
    }
  });
  it('reads as before: comparators before and after, a change verb, a slogan tail and an idiom', () => {
    const one = (text: string) => findQuantities(text).map((q) => ({ raw: q.raw, comparator: q.comparator, change: q.change?.direction }));
    expect(one('不低于90%')).toEqual([{ raw: '90%', comparator: 'gte', change: undefined }]);
    expect(one('约为3所')).toEqual([{ raw: '3所', comparator: 'approx', change: undefined }]);
    expect(one('5万人以下')).toEqual([{ raw: '5万人以下', comparator: 'lte', change: undefined }]);
    expect(one('增长5%')).toEqual([{ raw: '5%', comparator: 'eq', change: 'increase' }]);
    expect(one('降至5%')).toEqual([{ raw: '5%', comparator: 'eq', change: 'to' }]);
    expect(one('增强四个意识')).toEqual([]);
    expect(one('走进千家万户')).toEqual([]);
  });
});

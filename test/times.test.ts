import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimes, TIME_PARSERS } from '../src/extract/times.js';
import { parse } from '../src/parse.js';
import { firstCharactersOf } from '../src/text/first-character.js';
import { foldWidth } from '../src/text/fold.js';
import { goldDocs } from './helpers/gold.js';

const key = (s: string) => foldWidth(s).replace(/[\s“”"'‘’]/g, '');

describe('deadlines against the gold: raw and kind', () => {
  for (const g of goldDocs().filter((d) => d.deadlines)) {
    it(g.name, () => {
      const doc = parse(readFileSync(g.textPath), { path: g.textPath });
      const found = doc.deadlines.map((d) => ({ key: key(d.raw), kind: d.kind, used: false }));
      let kindOk = 0;
      let matched = 0;
      for (const row of g.deadlines!) {
        const hit = found.find((f) => !f.used && f.key === key(row.raw ?? ''));
        if (!hit) continue;
        hit.used = true;
        matched++;
        if (hit.kind === row.kind) kindOk++;
      }
      expect(matched / g.deadlines!.length).toBeGreaterThanOrEqual(0.9);
      expect(kindOk).toBe(matched);
      // every time's position slices the original text to its raw
      const original = readFileSync(g.textPath, 'utf8').replace(/^\uFEFF/, '');
      for (const d of doc.deadlines) expect(original.slice(d.position.start.offset, d.position.end.offset)).toBe(d.raw);
    });
  }
});

describe('resolution', () => {
  it('resolves relative years against the reference date and leaves them unresolved without one', () => {
    const [withRef] = findTimes('年内完成改造', { referenceDate: '2024-05-01' });
    expect(withRef).toMatchObject({ raw: '年内', interval: { start: '2024-01-01', end: '2024-12-31' }, resolution: 'implied' });
    const [without] = findTimes('年内完成改造');
    expect(without).toMatchObject({ raw: '年内', interval: null, resolution: 'unresolved' });
  });

  it('reads 年底 as the end of the year, not the whole year; "by" it (年底前) from the reference date', () => {
    expect(findTimes('年底，全市建成10所', { referenceDate: '2025-03-01' })[0]!.interval).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(findTimes('年底前完成', { referenceDate: '2025-03-01' })[0]!.interval).toEqual({ start: '2025-03-01', end: '2025-12-31' });
  });

  it('reads every "by X" deadline by one rule: [reference, end of X], relative or stated alike', () => {
    const ref = { referenceDate: '2025-03-05' };
    const by = (s: string) => findTimes(s, ref).map((t) => [t.raw, t.interval?.start, t.interval?.end]);
    expect(by('年底前完成')).toEqual([['年底前', '2025-03-05', '2025-12-31']]);
    expect(by('今年底前完成')).toEqual([['今年底前', '2025-03-05', '2025-12-31']]);
    expect(by('2025年底前完成')).toEqual([['2025年底前', '2025-03-05', '2025-12-31']]);
    expect(by('到2025年底完成')).toEqual([['到2025年底', '2025-03-05', '2025-12-31']]);
    expect(by('6月底前完成')).toEqual([['6月底前', '2025-03-05', '2025-06-30']]);
    expect(by('今年6月底前完成')).toEqual([['今年6月底前', '2025-03-05', '2025-06-30']]);
    expect(by('2025年6月底前完成')).toEqual([['2025年6月底前', '2025-03-05', '2025-06-30']]);
    // a date already past when the text speaks, or no reference: X itself
    expect(findTimes('2019年4月底前完成', { referenceDate: null })[0]!.interval).toEqual({ start: '2019-04-21', end: '2019-04-30' });
    expect(findTimes('6月底前完成', { referenceDate: '2025-09-01' })[0]!.interval).toEqual({ start: '2025-06-21', end: '2025-06-30' });
  });

  it('reads 十四五 as the plan period 2021–2025, not as 14', () => {
    const [t] = findTimes('“十四五”期间');
    expect(t).toMatchObject({ kind: 'period', interval: { start: '2021-01-01', end: '2025-12-31' }, resolution: 'stated' });
  });

  it('keeps a stated year whatever the reference date says', () => {
    const [t] = findTimes('2024年内完成', { referenceDate: '2025-06-01' });
    expect(t!.interval).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('ignores a malformed reference date', () => {
    const [t] = findTimes('今年完成', { referenceDate: '2025-13-40' });
    expect(t).toMatchObject({ raw: '今年', interval: null, resolution: 'unresolved' });
  });

  it('warns about unresolved deadlines only when there is no reference date', () => {
    const text = '一、重点任务\n年内完成20所学校改造。';
    expect(parse(text).warnings.some((w) => w.code === 'unresolved-deadline')).toBe(true);
    expect(parse(text, { referenceDate: '2025-01-01' }).warnings.some((w) => w.code === 'unresolved-deadline')).toBe(false);
  });
});

describe('properties', () => {
  const pieces = ['年内', '今年', '到2025年底', '十四五', '“十五五”时期', '每学期', '近三年', '2025-2030', '，', '。', '\n', '一、', '完成', '20所', '2025年', '比', '去年', '三年行动', '过去一年', '第一次', '二十大', '1:2000', '年', '月', '每', '近', '连续16年', '以来', '自印发之日起'];
  it('returns non-overlapping expressions in order, each raw the slice at its offsets, with valid intervals', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.option(fc.constantFrom('2025-03-05', '2019-01-24'), { nil: null }), (parts, ref) => {
        const text = parts.join('');
        const found = findTimes(text, { referenceDate: ref });
        let last = 0;
        for (const t of found) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.raw);
          if (t.interval) {
            expect(t.interval.start <= t.interval.end).toBe(true);
            expect(t.interval.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
          expect(t.resolution === 'unresolved').toBe(t.interval === null);
          if (t.kind === 'recurring') expect(t.recurrence).not.toBeNull();
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  // Anchored parsers try their pattern only near anchor hits, the others only at their first
  // characters, all in one pass: each must find exactly what its own full scan finds.
  const anchored = TIME_PARSERS.filter((p) => p.anchor);
  const firstLed = TIME_PARSERS.filter((p) => p.first !== undefined);
  const fullScan = (p: (typeof TIME_PARSERS)[number]) => ({ ...p, anchor: undefined, first: undefined });
  // numerals glued to the words the anchors look for, in random order
  const numerals = fc.constantFrom('三', '20', '2025', '二〇二五', '十二', '两', '几', '一百二十', '12345', '３');
  const words = fc.constantFrom('年内', '个月内', '个工作日以内', '年来', '年以来', '年行动计划', '年一轮', '个月一次', '月底前', '月中旬', '年底', '年末前', '上半年', '季度', '第一季度', '以来', '年前', '个月后', '年半以来', '个多月以来', '—11月', '-9月份', '个月之内', '年中', '季度末', '本季度', '民国', '年底前', '前十一个月', '年初', '月份后', '今年', '明年', '去年', '上一年', '次年', '提前', '半', '月1日起', '改革开放以来', '党的二十大以来', '“十四五”时期', '十五末', '截至', '到', '第', '近', '每', '个', '年', '月', '，', '\n');
  it('anchored parsers find exactly what a full scan finds', () => {
    expect(anchored.length).toBeGreaterThanOrEqual(8);
    fc.assert(
      fc.property(fc.array(fc.oneof(numerals, words), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const p of anchored) expect(findTimes(text, {}, [p])).toEqual(findTimes(text, {}, [fullScan(p)]));
      }),
      { numRuns: 400 },
    );
    for (const doc of goldDocs()) {
      const text = readFileSync(doc.textPath, 'utf8');
      for (const p of anchored) expect(findTimes(text, {}, [p])).toEqual(findTimes(text, {}, [fullScan(p)]));
    }
  });

  const phraseList = [
    '今年', '本年度', '本年底', '年内', '明年底', '后年', '去年同期', '前年', '全年', '新的一年', '本学期', '下个学年', '这个学期', '秋季学期', '春季学年',
    '过去五年', '近三年来', '截至目前', '截止当前', '到目前为止', '迄今为止', '这几年', '连续3年', '每年', '每个月', '每两周', '每年3月底前', '每季度末',
    '定期', '逐年', '逐季', '年度', '最迟不超过3个工作日', '最长', '为期三年', '延长30年', '期限五年', '有效期5年', '再延长2年', '今后五年', '未来三年',
    '再用五年时间', '经过3—5年努力', '力争用三年', '用两年时间', '当前和今后一个时期', '今后一段时期', '下一阶段', '过渡期内', '规定时间内', '自印发之日起',
    '从即日起', '即日起', '开学前', '秋季开学前', '新学期开学初', '春节前', '元旦前', '国庆节前', '汛期到来前', '主汛期前', '中考前', '高考前', '到本世纪中叶',
    '至本世纪中叶', '本世纪中叶', '次年年末', '上一年', '今明两年', '今年6月底前', '明年3月份', '去年12月', '提前半年', '脱贫攻坚期内', '今冬明春', '过去的一学年',
    '每', '年', '过', '这', '本', '下', '新', '，', '。',
  ];
  const phrases = fc.constantFrom(...phraseList);
  it('first-character parsers, scanned together, find exactly what each full scan finds', () => {
    expect(firstLed.length).toBeGreaterThanOrEqual(20);
    // every declared first character starts some phrase, so dropping one would show
    for (const p of firstLed) for (const ch of p.first!) expect(phraseList.some((w) => w.startsWith(ch)), `${p.name}: ${ch}`).toBe(true);
    const check = (text: string) => {
      const together = findTimes(text, {}, firstLed);
      const separately = firstLed.map((p) => findTimes(text, {}, [fullScan(p)]));
      // findTimes settles overlaps; compare before that, parser by parser, through single-parser runs
      firstLed.forEach((p, k) => expect(findTimes(text, {}, [p])).toEqual(separately[k]));
      expect(together).toEqual(findTimes(text, {}, firstLed.map(fullScan)));
    };
    fc.assert(fc.property(fc.array(fc.oneof(phrases, numerals), { maxLength: 30 }), (parts) => check(parts.join(''))), { numRuns: 300 });
    for (const doc of goldDocs()) check(readFileSync(doc.textPath, 'utf8'));
  });

  it('all parsers in one pass (anchors shared between parsers, tested once per position) find what their full scans find', () => {
    const check = (text: string) => {
      expect(findTimes(text, {}, TIME_PARSERS)).toEqual(findTimes(text, {}, TIME_PARSERS.map(fullScan)));
    };
    fc.assert(fc.property(fc.array(fc.oneof(phrases, numerals, words), { maxLength: 30 }), (parts) => check(parts.join(''))), { numRuns: 200 });
    for (const doc of goldDocs()) check(readFileSync(doc.textPath, 'utf8'));
  });

  it('the first characters read from each pattern are those the first-character parsers declare', () => {
    for (const p of firstLed) expect([...firstCharactersOf(p.pattern)].sort(), p.name).toEqual([...p.first!].sort());
  });

  // a hang guard: a quadratic path would hit the test timeout (speed is measured by the bench)
  it('finds every expression in 200,000 characters of repeated text', { timeout: 60_000 }, () => {
    const unit = '年内完成20所乡镇初中改造，到2025年底实现全覆盖；近三年累计投入17.56亿元，每学期开展2次教研。“十四五”以来成效明显。\n';
    const found = findTimes(unit.repeat(4000), { referenceDate: '2025-01-01' });
    expect(found.length).toBe(5 * 4000);
  });
});

describe("the outline's headings bound clauses", () => {
  // a title run into its paragraph with no punctuation between (a one-line text, a scraped
  // page): 一、2025年和“十四五”时期工作回顾2025年是… — the heading's year and the year that opens
  // the paragraph are read as they are when the heading stands on its own line
  const deadlinesOf = (text: string) => parse(text).deadlines.map((d) => `${d.raw}|${d.kind}|${text.slice(d.position.start.offset, d.position.start.offset + 12)}`);

  it('a one-line report keeps the years of its headings and of the paragraphs after them (Guangdong 2026)', () => {
    const text = readFileSync(new URL('../fixtures/corpus/gwr-2026-guangdong.txt', import.meta.url), 'utf8');
    const oneLine = text.replace(/\s*\r?\n\s*/g, '');
    const found = deadlinesOf(oneLine);
    expect(found).toContain('2025年|past|2025年和“十四五”时');
    expect(found).toContain('2025年|past|2025年是中国式现代化');
    expect(found).toContain('2026年|deadline|2026年工作安排202');
    expect(found).toContain('2026年|deadline|2026年是“十五五”第');
    const asIs = parse(text).deadlines.map((d) => `${d.raw}|${d.kind}`).sort();
    const joined = parse(oneLine).deadlines.map((d) => `${d.raw}|${d.kind}`);
    // every kind of deadline the original has, the one-line text has too
    expect(asIs.filter((k) => !joined.includes(k))).toEqual([]);
  });

  it('a scraped page that runs a heading into its paragraph (2014 report): 二、2014年工作总体部署2014年，…', () => {
    const text = readFileSync(new URL('../fixtures/corpus/gwr-2014-national-scraped.txt', import.meta.url), 'utf8');
    const found = parse(text).deadlines.filter((d) => text.startsWith('2014年，我国面临', d.position.start.offset));
    expect(found.map((d) => [d.raw, d.kind])).toEqual([['2014年', 'deadline']]);
  });
});

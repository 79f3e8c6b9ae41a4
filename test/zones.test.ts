import { describe, expect, it } from 'vitest';
import { decideZones } from '../src/extract/zones.js';
import { findTimes } from '../src/extract/times.js';
import { parse } from '../src/parse.js';
import { headingLean, headingZone, unmarkedHeadingLines } from '../src/zh/zones.js';

describe('zones: one decision, one lexicon (issue 11 item 3)', () => {
  it('reads a heading by its year against the document year, then by a time in it, then by its words', () => {
    expect(headingZone('2024年工作回顾', 2025)).toBe('review');
    expect(headingZone('2025年政府工作任务', 2025)).toBe('task');
    expect(headingZone('2024年工作回顾', null)).toBe('review'); // no year known: the words
    expect(headingZone('过去五年的工作和新时代十年的伟大变革', null)).toBe('review');
    expect(headingZone('到2025年，基本建成教育强市', null)).toBe('task');
    expect(headingZone('肯定成绩，“五张答卷”精彩纷呈', null)).toBe('review');
    expect(headingZone('总体要求', null)).toBe('task');
    expect(headingZone('“十三五”时期发展成就和“十四五”时期主要目标任务', null)).toBeNull();
    expect(headingLean('完善学校布局', null)).toBe(1); // imperative: a weak lean only
  });

  it('finds unmarked heading lines that say what follows', () => {
    const text = '“十四五”时期工作回顾\n正文。\n2026年重点工作\n今年要……。\n这是一句很长的话，不是标题。';
    expect(unmarkedHeadingLines(text).map((h) => [h.title, h.zone])).toEqual([
      ['“十四五”时期工作回顾', 'review'],
      ['2026年重点工作', 'task'],
    ]);
  });

  it('the firmest heading above a place decides: a year heading over an imperative subsection', () => {
    const text = '一、2024年工作回顾\n（一）聚焦重点任务\n全年新增就业10万人。\n二、2025年主要任务\n（一）加强学校建设\n全年新建学校5所。';
    const headings = [
      { start: text.indexOf('一、'), end: text.indexOf('\n'), title: '2024年工作回顾', depth: 1 },
      { start: text.indexOf('（一）聚焦'), end: text.indexOf('\n全年新增'), title: '聚焦重点任务', depth: 2 },
      { start: text.indexOf('二、'), end: text.indexOf('\n（一）加强'), title: '2025年主要任务', depth: 1 },
      { start: text.indexOf('（一）加强'), end: text.indexOf('\n全年新建'), title: '加强学校建设', depth: 2 },
    ];
    const zones = decideZones(text, headings, 2025);
    expect(zones.zoneAt(text.indexOf('全年新增'))).toBe('review');
    expect(zones.leanAt(text.indexOf('全年新增')).by).toBe('2024年工作回顾');
    expect(zones.zoneAt(text.indexOf('全年新建'))).toBe('task');
  });

  it('the time and claim stages read the same decision', () => {
    const text = '一、2024年工作回顾\n（一）聚焦重点任务\n全年新增就业10万人。\n二、2025年主要任务\n（一）加强学校建设\n全年新建学校5所。';
    const doc = parse(text, { referenceDate: '2025-03-05' });
    const kinds = doc.deadlines.filter((t) => t.raw === '全年').map((t) => t.kind);
    expect(kinds).toEqual(['past', 'deadline']);
    expect(doc.achievements.map((c) => c.text)).toEqual(['全年新增就业10万人。']);
    expect(doc.commitments.map((c) => c.text)).toEqual(['全年新建学校5所。']);
    // findTimes on its own decides from the top-level headings with the same lexicon
    expect(findTimes(text, { referenceDate: '2025-03-05' }).filter((t) => t.raw === '全年').map((t) => t.kind)).toEqual(['past', 'deadline']);
  });
});

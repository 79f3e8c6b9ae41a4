// The one heading-marker grammar (src/zh/markers.ts): the outline scan and the cleaner's
// "does a heading start this line" test read the same forms.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { outlineWithPositions } from './helpers/outline.js';
import { HEADING_START } from '../src/clean/rules/lines.js';
import { MARKER_FIRST, MARKER_PATTERN, gluedChapterAt, markerAt, startsWithHeading } from '../src/zh/markers.js';
import { foldWidth } from '../src/text/fold.js';

const HEADINGS = [
  '一、总体要求', '（一）指导思想', '(一)指导思想', '一）加强组织领导', '一)加强组织领导', '1.问题导向', '１．问题导向',
  '1、问题导向', '1)问题导向', '（1）问题导向', '①问题导向', '⑴问题导向', '⒈问题导向', '1.1 编制目的', '1.2.1 国家级',
  '1 总则', '一是加强领导', '一要加快发展', '第一章 总则', '第 一 章 总则', '第十二条 本办法', '第一部分 总论', '第一编 总则',
  '第一，加快', '首先，要', '十二、保障措施',
];
const NOT_HEADINGS = ['1.5万元', '3.所学校', '一、二年级学生', '一是一，二是二', '一要，二要', '12%的', '2019.1.2', '统一要求', '同时要求'];

describe('marker grammar', () => {
  it('the cleaner sees a heading start wherever the outline scan reads a marker', () => {
    for (const h of HEADINGS) {
      expect(markerAt(foldWidth(h), 0), h).not.toBeNull();
      expect(startsWithHeading(h), h).toBe(true);
      expect(HEADING_START.test(h), h).toBe(true);
    }
  });
  it('markerAt, which tries only the forms that can start with the character at hand, reads what the whole pattern reads', () => {
    const whole = new RegExp(MARKER_PATTERN.source, 'y');
    // what may follow a marker's first character: every form is completed by one of these
    const tails = ['、', '.', ')', ' )', '是', '要', '要务', '章', ' 章', '部分', ',', ':', '.1 ', '.2.3', ' 总则', '二、', '十一、', '1.2', '%', '一)', '1)', '一章', '一,', '先,', '次:', '后、', ''];
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      for (const tail of tails) {
        const text = String.fromCharCode(c) + tail;
        whole.lastIndex = 0;
        const m = whole.exec(text);
        const got = markerAt(text, 0);
        // null only where the whole pattern fails or the form's reader rejects the match (0.0)
        if (m === null ? got !== null : MARKER_FIRST[c] !== 1 || (got !== null && got.end !== m[0].length)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
    // and the readers do accept what they should: one of each form
    for (const h of ['第一章', '第一,', '1.1', '(一)', '(1)', '一、', '一是', '1.', '①', '首先,', '1 总', '一要加', '一)']) {
      expect(markerAt(h, 0), h).not.toBeNull();
    }
  });
  it('numbers and lists of numbers do not start a heading', () => {
    for (const s of NOT_HEADINGS) expect(startsWithHeading(s), s).toBe(false);
  });
  it('a number cut by a wrap is not a heading (PM2. / 5）平均)', () => {
    expect(startsWithHeading('5）平均浓度下降2.7%', 'PM2.')).toBe(false);
    expect(startsWithHeading('5）平均浓度下降2.7%', '。')).toBe(true);
  });
  it('a hard-wrapped line is not joined to a following 一） heading', () => {
    const line = '各地要按照本通知要求认真组织实施确保各项任务落到实处并及时';
    const body = Array.from({ length: 12 }, () => line).join('\n');
    const text = `${body}\n一）加强组织领导\n${body}\n二）强化督促检查\n${body}`;
    const r = clean(text);
    expect(r.text).toContain('\n一）加强组织领导');
    const outline = outlineWithPositions(r.text, r.text, r.map).outline;
    expect(outline.children.map((s) => s.title)).toEqual(['加强组织领导', '强化督促检查']);
  });

  it('a top-level number glued to its title is a chapter only when its first subsection follows', () => {
    const text = '为做好应急工作，制定本预案。1总则1.1编制目的为保障粮食供应。全年增加3个百分点，达到5年来最高。';
    expect(gluedChapterAt(text, text.indexOf('1总则'))).toMatchObject({ family: 'decimal', path: [1], end: text.indexOf('1总则') + 1 });
    expect(gluedChapterAt(text, text.indexOf('3个'))).toBeNull();
    expect(gluedChapterAt(text, text.indexOf('5年'))).toBeNull();
    expect(gluedChapterAt('2 组织机构和职责2.1 国家粮食应急工作指挥部', 0)).toMatchObject({ path: [2] });
    expect(gluedChapterAt('2 组织机构，和职责2.1 国家', 0)).toBeNull();
  });
});

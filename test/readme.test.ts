// The README's "Use" example must do what the README says.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

describe('README example', () => {
  const doc = parse('一、总体要求\n到2025年，新建义务教育学校5所。\n二、重点任务\n（一）优化布局。年内完成20所乡镇初中校舍改造。');

  it('gives the outline, the commitment quantities and the deadlines it shows', () => {
    expect(doc.outline.children.map((s) => s.marker + s.title)).toEqual(['一、总体要求', '二、重点任务']);
    expect(doc.commitments[0]?.quantities[0]?.value).toBe(5);
    expect(doc.deadlines.map((d) => d.raw)).toEqual(['到2025年', '年内']);
  });
});

import { describe, expect, it } from 'vitest';
import { withFragments } from '../src/extract/time/pattern.js';
import { MD, NUM, YEAR } from '../src/extract/time/numbers.js';

describe('withFragments (time patterns as regex literals with named fragments)', () => {
  it('puts the shared fragments where their names stand, keeping the flags', () => {
    const re = withFragments(/(YEAR)年(MD)月底前/g);
    expect(re.source).toBe(`(${YEAR})年(${MD})月底前`);
    expect(re.flags).toBe('g');
    expect([...'到2025年6月底前完成，二〇二六年十二月底前全覆盖'.matchAll(re)].map((m) => [m[1], m[2]])).toEqual([
      ['2025', '6'],
      ['二〇二六', '十二'],
    ]);
  });

  it('takes a file\'s own fragments, as a regex or a source, before the shared ones', () => {
    const TAIL = /(前|之前|以前)?/;
    const re = withFragments(/(NUM)个工作日内TAIL/, { TAIL });
    expect(re.source).toBe(`(${NUM})个工作日内${TAIL.source}`);
    expect(re.exec('应当在5个工作日内作出决定')?.[0]).toBe('5个工作日内');
    expect(withFragments(/[^ENDS\n]+/, { ENDS: '。！？' }).exec('三年行动计划。')?.[0]).toBe('三年行动计划');
  });

  it('refuses a name it has no fragment for, rather than matching the name', () => {
    expect(() => withFragments(/(MONTH)月/)).toThrow(/MONTH/);
  });
});

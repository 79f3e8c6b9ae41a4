import { num } from '../numbers.js';
import { withFragments } from '../pattern.js';
import type { TimeCandidate, TimeParser } from '../types.js';

const UNIT: Record<string, string> = { 学期: 'semester', 学年: 'school-year', 年度: 'year', 年: 'year', 季度: 'quarter', 季: 'quarter', 月: 'month', 周: 'week', 星期: 'week', 天: 'day', 日: 'day', 半年: 'half-year' };

function cand(m: RegExpExecArray, recurrence: string, rule: string): TimeCandidate {
  return { start: m.index, end: m.index + m[0].length, kind: 'recurring', interval: null, resolution: 'unresolved', recurrence, rule };
}

const every = (n: number | null, unit: string) => (n === null || n === 1 ? unit : `${n} ${unit}s`);

/** 每学期, 每学年, 每年, 每月, 每周, 每天, 每季度, 每5年, 每两周, 每个月. */
export const everyParser: TimeParser = {
  name: 'every',
  pattern: withFragments(/每(?:个)?(?:(学期|学年|年度|半年|季度|星期|年|季|月|周|天|日)|(NUM)(?:个)?(学期|学年|年|季度|月|周|星期|天|日))(?![级龄薪轻])/g),
  first: '每',
  build(m) {
    if (m[1]) return cand(m, UNIT[m[1]]!, 'every');
    const n = num(m[2]!);
    return cand(m, every(n, UNIT[m[3]!]!), 'every');
  },
};

/**
 * A recurring date: 每年3月底前, 每年6月, 每月10日前, 每月底, 每季度末, 每学期初, 每年年底前
 * (the date comes round each period; read whole rather than as 每年 alone).
 */
export const everyDateParser: TimeParser = {
  name: 'every-date',
  pattern: withFragments(/每(?:(年)(?:(?:MD)月(?:(?:MD)日)?(?:底|末|初|中旬|上旬|下旬)?|年?(?:底|末|初))|(月)(?:(?:MD)日|底|末|初|中旬|上旬|下旬)|(季度|学期|学年)(?:末|初|结束))(?:前|之前|以前)?/g),
  first: '每',
  build(m) {
    const unit = m[1] ?? m[2] ?? m[3]!;
    return cand(m, UNIT[unit]!, 'every-date');
  },
};

/** 定期 (regularly), 逐年/逐月 (year by year). */
export const regularParser: TimeParser = {
  name: 'regular',
  pattern: /定期(?!存款|存单|储蓄|寿险|理财|存)|逐年|逐月|逐季/g,
  first: '定逐',
  build(m) {
    const r = m[0] === '定期' ? 'regular' : m[0] === '逐月' ? 'month' : m[0] === '逐季' ? 'quarter' : 'year';
    return cand(m, r, m[0] === '定期' ? 'regular' : 'year-by-year');
  },
};

/** 年度 as an attribute (年度报告制度, 年度为民办实事项目): yearly. */
export const annualParser: TimeParser = {
  name: 'annual',
  pattern: /(?<![0-9０-９〇零一二三四五六七八九十本上下该今明去每跨全半当])年度(?![内])/g,
  first: '年',
  build(m) {
    return cand(m, 'year', 'annual');
  },
};

/** 5年一周期, 一年一次, 三年一轮. */
export const cycleParser: TimeParser = {
  name: 'cycle',
  pattern: withFragments(/(?<![0-9０-９零〇一二两三四五六七八九十每])(NUM)(?:个)?(年|月|周)一(?:个)?(周期|轮|次|届|度)/g),
  anchor: { pattern: /[年月周]一(?:个)?(?:周期|轮|次|届|度)/, reach: 32 },
  build(m) {
    return cand(m, every(num(m[1]!), UNIT[m[2]!]!), 'cycle');
  },
};

export const recurringParsers: TimeParser[] = [everyParser, everyDateParser, regularParser, annualParser, cycleParser];

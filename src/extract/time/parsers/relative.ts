import { halfSpan, iso, monthSpan, quarterSpan, yearEnd, yearSpan, yearStart } from '../calendar.js';
import { pastOrDeadline } from '../kinds.js';
import { num } from '../numbers.js';
import type { Interval, TimeCandidate, TimeParser } from '../types.js';


function cand(m: RegExpExecArray, kind: TimeCandidate['kind'], interval: Interval | null, rule: string, offset = 0, length = m[0].length): TimeCandidate {
  return { start: m.index + offset, end: m.index + offset + length, kind, interval, resolution: interval ? 'implied' : 'unresolved', recurrence: null, rule };
}

/** The part of year `y` a tail names (底, 上半年, 一季度 …); the whole year without one. */
function partOf(y: number, tail: string | undefined): Interval {
  if (!tail) return yearSpan(y);
  if (/底|末/.test(tail)) return yearEnd(y);
  if (/初/.test(tail)) return yearStart(y);
  if (tail === '上半年') return halfSpan(y, 1);
  if (tail === '下半年') return halfSpan(y, 2);
  if (tail === '前三季度') return { start: iso(y, 1, 1), end: iso(y, 9, 30) };
  const q = /([一二三四])季度/.exec(tail);
  if (q) return quarterSpan(y, num(q[1]!)!);
  return yearSpan(y);
}

const TAIL = '(年初|年底|年末|底|末|初(?![步始心衷])|上半年|下半年|前三季度|第?[一二三四]季度)?';

/** 今年, 今年以来, 今年底, 今年上半年, 本年度. */
export const thisYearParser: TimeParser = {
  name: 'this-year',
  pattern: new RegExp(`(?:今年|本年度|本年)${TAIL}(以来|内)?(?![龄级])`, 'g'),
  first: '今本',
  build(m, ctx) {
    const y = ctx.ref?.year ?? null;
    if (m[2] === '以来') return cand(m, 'past', y !== null ? { start: iso(y, 1, 1), end: ctx.ref!.iso } : null, 'this-year/since');
    return cand(m, 'deadline', y !== null ? partOf(y, m[1]) : null, 'this-year');
  },
};

/** 年内 (this year, by its end). */
export const withinYearParser: TimeParser = {
  name: 'within-year',
  pattern: /(?<![0-9０-９零〇一二两三四五六七八九十百千几多半今本当该同上下去明近每个周成少青老全])年内(?![涵容部外])/g,
  first: '年',
  build(m, ctx) {
    return cand(m, 'deadline', ctx.ref ? yearSpan(ctx.ref.year) : null, 'within-year');
  },
};

/** 明年, 明年底, 后年. */
export const nextYearParser: TimeParser = {
  name: 'next-year',
  pattern: new RegExp(`(明年|后年)${TAIL}`, 'g'),
  first: '明后',
  build(m, ctx) {
    const y = ctx.ref ? ctx.ref.year + (m[1] === '后年' ? 2 : 1) : null;
    return cand(m, 'deadline', y !== null ? partOf(y, m[2]) : null, 'next-year');
  },
};

/** 去年, 去年一季度, 去年底, 前年 (not 比去年, a comparison base). */
export const lastYearParser: TimeParser = {
  name: 'last-year',
  pattern: new RegExp(`(?<![比较同与于上])(去年|前年)(同期)?${TAIL}(以来)?`, 'g'),
  first: '去前',
  build(m, ctx) {
    const y = ctx.ref ? ctx.ref.year - (m[1] === '前年' ? 2 : 1) : null;
    if (m[4] === '以来') return cand(m, 'past', y !== null ? { start: iso(y, 1, 1), end: ctx.ref!.iso } : null, 'last-year/since');
    return cand(m, 'past', y !== null ? partOf(y, m[3]) : null, 'last-year');
  },
};

/** 年底, 年末, 到年底, 年底前 (this year's end). */
export const yearEndParser: TimeParser = {
  name: 'year-end',
  pattern: /(?<![0-9０-９〇零一二三四五六七八九今明去本当该同上下每前])(到|至)?年(底|末)(前|之前|以前)?(?![线数色部])/g,
  anchor: { pattern: /年[底末]/, reach: 1 },
  build(m, ctx) {
    return cand(m, 'deadline', ctx.ref ? yearEnd(ctx.ref.year) : null, 'year-end');
  },
};

/** 上半年, 下半年, 一季度, 前三季度, 二季度以后 on their own (the year from context). */
export const partOfYearParser: TimeParser = {
  name: 'part-of-year',
  pattern: /(?<![0-9０-９〇零一二三四五六七八九今明去本当该年每])(上半年|下半年|前三季度|第?[一二三四]季度)(以来|以后|之后|末|底|前|之前)?/g,
  anchor: { pattern: /半年|季度/, reach: 2 },
  build(m, ctx) {
    const kind = m[2] === '以来' ? 'past' : pastOrDeadline(ctx, m.index);
    const y = ctx.ref ? (kind === 'past' && ctx.zoneAt(m.index) === 'review' ? ctx.ref.year - 1 : ctx.ref.year) : null;
    return cand(m, kind, y !== null ? partOf(y, m[1]) : null, 'part-of-year');
  },
};

/** 全年: past in a review (全年经济运行…), a deadline in tasks (努力完成全年…目标任务). */
export const wholeYearParser: TimeParser = {
  name: 'whole-year',
  pattern: /(?<![今去明本该当同上下0-9０-９])全年(?![龄级])/g,
  first: '全',
  build(m, ctx) {
    const kind = pastOrDeadline(ctx, m.index);
    const interval = ctx.ref && kind === 'deadline' ? yearSpan(ctx.ref.year) : null;
    return cand(m, kind, interval, 'whole-year');
  },
};

/** 新的一年 (the year ahead). */
export const newYearParser: TimeParser = {
  name: 'new-year',
  pattern: /新的一年|新一年/g,
  first: '新',
  build(m, ctx) {
    return cand(m, 'deadline', ctx.ref ? yearSpan(ctx.ref.year) : null, 'new-year');
  },
};

/** 本学期, 下学期, 新学期, 本学年, 秋季学期 (school terms: no calendar dates). */
export const termParser: TimeParser = {
  name: 'term',
  pattern: /(?<!每)(?:本|下|新|这个|下个|秋季|春季)(?:学期|学年)/g,
  first: '本下新这秋春',
  build(m) {
    return cand(m, 'deadline', null, 'term');
  },
};

/** A month with a deadline word: 6月底前, 3月前, 本月, 月底前. */
export const monthParser: TimeParser = {
  name: 'month',
  pattern: /(?<![0-9０-９年月日一二三四五六七八九十每])(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(底|末|中旬|上旬|下旬|份)?(前|之前|以前|起)|(本月|下月|月底前|月底之前))/g,
  anchor: { pattern: /月/, reach: 3 },
  build(m, ctx) {
    if (m[4]) {
      const y = ctx.ref?.year;
      const mo = ctx.ref ? (m[4] === '下月' ? (ctx.ref.month % 12) + 1 : ctx.ref.month) : null;
      return cand(m, 'deadline', y !== undefined && mo !== null ? monthSpan(mo < ctx.ref!.month ? y + 1 : y, mo) : null, 'month');
    }
    const mo = num(m[1]!);
    if (mo === null || mo < 1 || mo > 12) return null;
    return cand(m, 'deadline', ctx.ref ? (m[2] === '底' || m[2] === '末' ? { start: iso(ctx.ref.year, mo, 21), end: monthSpan(ctx.ref.year, mo).end } : monthSpan(ctx.ref.year, mo)) : null, 'month');
  },
};

export const relativeParsers: TimeParser[] = [thisYearParser, withinYearParser, nextYearParser, lastYearParser, yearEndParser, partOfYearParser, wholeYearParser, newYearParser, termParser, monthParser];


import { byEndOf, daysInMonth, firstThreeQuartersSpan, halfSpan, iso, midYearSpan, monthOffset, monthPart, monthSpan, quarterPartSpan, yearEnd, yearSpan, yearStart } from '../calendar.js';
import { pastOrDeadline, yearOfPart } from '../kinds.js';
import { RELATIVE_YEAR, num } from '../numbers.js';
import { withFragments } from '../pattern.js';
import { candidate as cand } from '../candidate.js';
import type { Interval, TimeCandidate, TimeContext, TimeParser } from '../types.js';

/** The part of year `y` a tail names (底, 年中, 上半年, 一季度, 一季度末 …); the whole year without one. */
function partOf(y: number, tail: string | undefined): Interval {
  if (!tail) return yearSpan(y);
  if (tail === '前三季度') return firstThreeQuartersSpan(y);
  const q = /([一二三四])季度(末|底|初)?/.exec(tail);
  if (q) return quarterPartSpan(y, num(q[1]!)!, q[2]);
  if (/底|末/.test(tail)) return yearEnd(y);
  if (/初/.test(tail)) return yearStart(y);
  if (tail === '年中') return midYearSpan(y);
  if (tail === '上半年') return halfSpan(y, 1);
  if (tail === '下半年') return halfSpan(y, 2);
  return yearSpan(y);
}

const TAIL = /(年初|年底|年末|年中|底|末|初(?![步始心衷])|上半年|下半年|前三季度|第?[一二三四]季度(?:末|底|初)?)?/.source;
const BY = /^(?:前|之前|以前)$/;

/** 今年, 今年以来, 今年底, 今年底前, 今年年中, 今年上半年, 本年度. */
export const thisYearParser: TimeParser = {
  name: 'this-year',
  pattern: withFragments(/(?:今年|本年度|本年)TAIL(以来|内|前|之前|以前)?(?![龄级])/g, { TAIL }),
  first: '今本',
  build(m, ctx) {
    const y = ctx.ref?.year ?? null;
    if (m[2] === '以来') return cand(m, 'past', y !== null ? { start: iso(y, 1, 1), end: ctx.ref!.iso } : null, 'this-year/since');
    if (m[2] && BY.test(m[2]) && !m[1]) return { ...cand(m, 'deadline', y !== null ? partOf(y, m[1]) : null, 'this-year'), end: m.index + m[0].length - m[2].length }; // 今年前…: not a deadline word
    return cand(m, 'deadline', y !== null ? (m[2] && BY.test(m[2]) ? byEndOf(partOf(y, m[1]), ctx.ref) : partOf(y, m[1])) : null, 'this-year');
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

/** 明年, 明年底, 后年, 次年年末 (the year after; 次年 read against the reference date). */
export const nextYearParser: TimeParser = {
  name: 'next-year',
  pattern: withFragments(/(明年|后年|次年)TAIL(前|之前|以前)?/g, { TAIL }),
  anchor: { pattern: /明年|后年|次年/, reach: 0 }, // 后 alone is too common a first character
  build(m, ctx) {
    const y = ctx.ref ? ctx.ref.year + (m[1] === '后年' ? 2 : 1) : null;
    if (y === null) return cand(m, 'deadline', null, 'next-year');
    return cand(m, 'deadline', m[3] ? byEndOf(partOf(y, m[2]), ctx.ref) : partOf(y, m[2]), 'next-year');
  },
};

/** 去年, 去年一季度, 去年底, 前年, 上一年, 上一年度 (not 比去年 / 比上一年, comparison bases). */
export const lastYearParser: TimeParser = {
  name: 'last-year',
  pattern: withFragments(/(?<![比较同与于上])(去年|前年|上一年(?:度)?)(同期)?TAIL(以来)?/g, { TAIL }),
  anchor: { pattern: /去年|前年|上一年/, reach: 0 }, // 前 and 上 alone are too common
  build(m, ctx) {
    const y = ctx.ref ? ctx.ref.year - (m[1] === '前年' ? 2 : 1) : null;
    if (m[4] === '以来') return cand(m, 'past', y !== null ? { start: iso(y, 1, 1), end: ctx.ref!.iso } : null, 'last-year/since');
    return cand(m, 'past', y !== null ? partOf(y, m[3]) : null, 'last-year');
  },
};

/** 今明两年 (this year and the next). */
export const thisAndNextYearParser: TimeParser = {
  name: 'this-and-next-year',
  pattern: /今明两年/g,
  first: '今',
  build(m, ctx) {
    return cand(m, 'deadline', ctx.ref ? { start: iso(ctx.ref.year, 1, 1), end: iso(ctx.ref.year + 1, 12, 31) } : null, 'this-and-next-year');
  },
};

/**
 * A month or date in a year named relatively: 今年6月底前, 明年3月份, 去年12月, 今年3月1日起,
 * 明年6月以前. The year comes from the reference date; the month as in 2025年6月底前.
 */
export const relativeMonthParser: TimeParser = {
  name: 'relative-month',
  pattern: withFragments(/(?<![比较同与于上])(今年|本年|明年|后年|次年|去年|前年)(MD)月(?:(MD)[日号])?(底|末|初|中旬|上旬|下旬|份)?(前|之前|以前|起|以来|以后|内|中)?/g),
  anchor: { pattern: /(?:今年|本年|明年|后年|次年|去年|前年)(?:[0-9０-９]|[一二三四五六七八九十]月|[一二三四五六七八九十]{2}月)/, reach: 0 },
  build(m, ctx) {
    const [, word, monthText, dayText, part, suffix] = m;
    const mo = num(monthText!);
    if (mo === null || mo < 1 || mo > 12) return null;
    if (dayText && !suffix) return null; // 去年5月12日: the date of an event, not a time frame (as 2008年5月12日)
    const past = word === '去年' || word === '前年';
    const kind: TimeCandidate['kind'] = past || suffix === '以来' ? 'past' : 'deadline';
    if (!ctx.ref) return cand(m, kind, null, 'relative-month');
    const y = ctx.ref.year + RELATIVE_YEAR[word!]!;
    let base = monthPart(y, mo, part === '份' ? undefined : part);
    if (dayText) {
      const d = num(dayText);
      if (d === null || d < 1 || d > 31) return null;
      base = { start: iso(y, mo, d), end: iso(y, mo, d) };
    }
    if (suffix === '以来') return cand(m, 'past', { start: base.start, end: ctx.ref.iso >= base.start ? ctx.ref.iso : base.end }, 'relative-month/since');
    if (suffix && BY.test(suffix)) return cand(m, kind, byEndOf(base, ctx.ref), 'relative-month/by');
    return cand(m, kind, base, 'relative-month');
  },
};

/** 年底, 年末, 到年底, 年底前 (this year's end: December; "by" it, from the reference date). */
export const yearEndParser: TimeParser = {
  name: 'year-end',
  pattern: /(?<![0-9０-９〇零一二三四五六七八九今明去本当该同上下每前])(到|至)?年(底|末)(前|之前|以前)?(?![线数色部])/g,
  anchor: { pattern: /年[底末]/, reach: 1 },
  build(m, ctx) {
    if (!ctx.ref) return cand(m, 'deadline', null, 'year-end');
    const end = yearEnd(ctx.ref.year);
    return cand(m, 'deadline', m[1] || m[3] ? byEndOf(end, ctx.ref) : end, 'year-end');
  },
};

/**
 * The build of 年初 and 年中 (groups: 到/至, then 前/之前/以前): with either, a deadline by
 * that part of this year; bare, where it frames a statement, past or deadline by its context
 * (年中，在国际能源…价格处于高位 in a review: last year's middle).
 */
function buildPartOfThisYear(span: (y: number) => Interval, rule: string): TimeParser['build'] {
  return (m, ctx) => {
    const by = !!(m[1] || m[2]);
    if (!by && !ctx.clauseStart(m.index)) return null;
    const kind = by ? 'deadline' : pastOrDeadline(ctx, m.index);
    if (!ctx.ref) return cand(m, kind, null, rule);
    const part = span(yearOfPart(ctx, ctx.ref.year, kind, m.index));
    return cand(m, kind, by ? byEndOf(part, ctx.ref) : part, rule);
  };
}

/** 年初, 到年初, 年初前 (the start of this year: January) where it frames a statement; last year's in a review. */
export const yearStartParser: TimeParser = {
  name: 'year-start',
  pattern: /(?<![0-9０-９〇零一二两三四五六七八九十百几多今明去本当该同上下每前全半近个次])(到|至)?年初(前|之前|以前)?(?![步始心衷])/g,
  anchor: { pattern: /年初/, reach: 2 },
  build: buildPartOfThisYear(yearStart, 'year-start'),
};

/** 年中, 到年中, 年中前 (the middle of this year: June and July), where it frames a statement. */
export const midYearParser: TimeParser = {
  name: 'mid-year',
  pattern: /(?<![0-9０-９〇零一二两三四五六七八九十百几多今明去本当该同上下每前全半近个])(到|至)?年中(前|之前|以前)?(?![央国心小学等间期层])/g,
  anchor: { pattern: /年中/, reach: 1 },
  build: buildPartOfThisYear(midYearSpan, 'mid-year'),
};

/** 上半年, 下半年, 一季度, 一季度末, 前三季度, 二季度以后 on their own (the year from context). */
export const partOfYearParser: TimeParser = {
  name: 'part-of-year',
  pattern: /(?<![0-9０-９〇零一二三四五六七八九今明去本当该年每前])(上半年|下半年|前三季度|第?[一二三四]季度(?:末|底|初)?)(以来|以后|之后|前|之前|起|开始)?/g,
  anchor: { pattern: /半年|季度/, reach: 2 },
  build(m, ctx) {
    const kind = m[2] === '以来' ? 'past' : pastOrDeadline(ctx, m.index);
    if (!ctx.ref) return cand(m, kind, null, 'part-of-year');
    const part = partOf(yearOfPart(ctx, ctx.ref.year, kind, m.index), m[1]);
    return cand(m, kind, m[2] === '前' || m[2] === '之前' ? byEndOf(part, ctx.ref) : part, 'part-of-year');
  },
};

/** The shift 上/上个 (the one before: -1), 下/下个 (the one after: 1) or 本/这个/当 (this one: 0) names. */
const shiftOf = (which: string | undefined) => (which?.startsWith('上') ? -1 : which?.startsWith('下') ? 1 : 0);

/** The quarter of a date: 1–4. */
const quarterOf = (month: number) => Math.ceil(month / 3);

/**
 * Quarters named from now: 本季度, 上季度末, 下季度, 季度末, 季度初, 本季度末前 (not 每季度, 一季度,
 * 个季度). 季度末 is the quarter's last month, 季度初 its first. A bare 季度末/季度初 is this quarter's.
 */
export const relativeQuarterParser: TimeParser = {
  name: 'relative-quarter',
  pattern: /(?<![0-9０-９〇零一二三四五六七八九十每第个该年])(本|上|下|这个|上个|下个|当)?季度(末|底|初)?(前|之前|以前)?/g,
  anchor: { pattern: /季度/, reach: 2 },
  build(m, ctx) {
    const [, which, part, by] = m;
    if (!which && !part) return null; // 季度 alone: an attribute (季度报表)
    const shift = shiftOf(which);
    const kind: TimeCandidate['kind'] = shift < 0 ? 'past' : 'deadline';
    if (!ctx.ref) return cand(m, kind, null, 'relative-quarter');
    const t = monthOffset(ctx.ref.year, (quarterOf(ctx.ref.month) - 1) * 3 + 1, shift * 3);
    const q = quarterOf(t.month);
    const span = quarterPartSpan(t.year, q, part);
    return cand(m, kind, by ? byEndOf(span, ctx.ref) : span, 'relative-quarter');
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

/**
 * A month or date of this year with a deadline word: 6月底前, 3月前, 10月起, 9月1日起; this month and the next:
 * 本月, 本月内, 下月, 下个月, 上个月, 月底前, 月初, 本月底, 下月初 (月初 the 1st–10th, 月底 the 21st to the end).
 */
export const monthParser: TimeParser = {
  name: 'month',
  pattern: withFragments(/(?<![0-9０-９年月日一二三四五六七八九十每个比较同与于])(?:(MD)月(?:(MD)[日号])?(底|末|中旬|上旬|下旬|份)?(前|之前|以前|起|以后|之后|后)|(本|下个|上个|这个|下|上|当)?月(底|末|初|中旬|上旬|下旬)?(前|之前|以前|内)?)/g),
  anchor: { pattern: /月/, reach: 3 },
  build(m, ctx) {
    if (m[1] === undefined) {
      const [, , , , , which, part, by] = m;
      if (!which && !part) return null; // 月 alone
      if (!which && !by && !ctx.clauseStart(m.index)) return null; // 月初 framing a statement, or 月底前
      const shift = shiftOf(which);
      const kind: TimeCandidate['kind'] = shift < 0 ? 'past' : 'deadline';
      if (!ctx.ref) return cand(m, kind, null, 'month');
      const t = monthOffset(ctx.ref.year, ctx.ref.month, shift);
      const span = monthPart(t.year, t.month, part);
      return cand(m, kind, by && by !== '内' ? byEndOf(span, ctx.ref) : span, 'month');
    }
    const mo = num(m[1]!);
    const d = m[2] ? num(m[2]) : null;
    if (mo === null || mo < 1 || mo > 12 || (m[2] && (d === null || d < 1 || d > daysInMonth(2024, mo)))) return null;
    // 9月份后，国际经济形势急转直下: from that month on; in a review, last year's
    const after = m[4] === '后' || m[4] === '以后' || m[4] === '之后';
    const kind = after ? pastOrDeadline(ctx, m.index) : 'deadline';
    if (!ctx.ref) return cand(m, kind, null, 'month');
    if (after) return cand(m, kind, monthSpan(yearOfPart(ctx, ctx.ref.year, kind, m.index), mo), 'month/after');
    const span = d !== null ? { start: iso(ctx.ref.year, mo, Math.min(d, daysInMonth(ctx.ref.year, mo))), end: iso(ctx.ref.year, mo, Math.min(d, daysInMonth(ctx.ref.year, mo))) } : monthPart(ctx.ref.year, mo, m[3] === '份' ? undefined : m[3]);
    return cand(m, 'deadline', m[4] === '起' ? span : byEndOf(span, ctx.ref), 'month');
  },
};

export const relativeParsers: TimeParser[] = [
  thisYearParser,
  withinYearParser,
  nextYearParser,
  lastYearParser,
  thisAndNextYearParser,
  relativeMonthParser,
  yearEndParser,
  yearStartParser,
  midYearParser,
  partOfYearParser,
  relativeQuarterParser,
  wholeYearParser,
  newYearParser,
  termParser,
  monthParser,
];

export type { TimeContext };

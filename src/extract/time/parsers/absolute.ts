import { headingZone } from '../../../zh/zones.js';
import { COLONS, COMMAS, SEMICOLONS, SENTENCE_ENDS, charClass } from '../../../zh/chars.js';
import { daysInMonth, firstThreeQuartersSpan, halfSpan, iso, midYearSpan, monthPart, quarterPartSpan, yearEnd, yearSpan, yearStart, yearsSpan } from '../calendar.js';
import { candidate } from '../candidate.js';
import { pastOrDeadline } from '../kinds.js';
import { RELATIVE_YEAR, YEAR, num, year } from '../numbers.js';
import { withFragments } from '../pattern.js';
import type { Interval, TimeCandidate, TimeContext, TimeParser } from '../types.js';

/** A quarter's number: 一 to 四, 1 to 4. */
const QUARTER_NUM = /[一二三四1-4１-４]/.source;

/** Tail of a clause that names a meeting, report or document (2025年全国教育工作会议, 2026年上海市政府工作报告): the year belongs to a name. */
const NAME_TAIL = /会议|大会|报告|讲话|纲要|公报|年鉴|博览会|运动会|峰会|论坛|白皮书|预算|决算|目录|名单|通知|意见|办法|条例|规定|文件|统计|评选|考试|高考|中考|招生/;
/** Plan documents named after their year (优化营商环境2026年行动方案): the year is the plan's period. */
const PLAN_AFTER = /^(?:度)?(?:行动方案|行动计划|工作方案|实施方案|实施计划)/;
const HEADING_MARKER = /(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|章|节|篇))[ \t\u3000]*$/;

/** 到, 至, 截至, 截止到, 截止, 从, 自 before a stated date. */
const PREFIX = /(到|至|截至|截止到|截止|从|自)?/.source;
/** What may follow a stated year: a part (底, 上半年, 三季度, 6月底, 秋季学期), then a deadline word (前, 起, 以来, 内). */
const DATED_TAIL = withFragments(
  /(?:(底|末|初(?![步始心衷])|中(?=前|期))|([上下])半年|第?(QUARTER_NUM)季度(末|底|初)?|(前三季度)|(MD)月(?:(MD)日)?(底|末|初|中旬|上旬|下旬|份)?|(春季|秋季)(?:学期)?)?(前|之前|以前|起|开始|以来|以后|之后|内)?/,
  { QUARTER_NUM },
).source;


/**
 * Years, months and dates as written: 到2025年底, 2025年6月底前, 截至2024年底, 从2019年起,
 * 2020年起, 2012年以来, 2024年内, 2025年上半年, and a bare 2025年 where it is the time
 * frame of a statement (at a clause start or in a heading), not part of a name.
 */
export const absoluteParser: TimeParser = {
  name: 'absolute',
  pattern: withFragments(/PREFIX(YEAR)年DATED_TAIL/g, { PREFIX, DATED_TAIL }),
  anchor: { pattern: withFragments(/YEAR年/), reach: 3 },
  build(m, ctx) {
    const y = year(m[2]!);
    if (y === null) return null;
    return buildDated(m, ctx, y, tailGroups(m, 3));
  },
};

/** The groups of a match of PREFIX, a year and DATED_TAIL, the tail's groups from index `k`. */
interface DatedGroups {
  prefix: string | undefined;
  part: string | undefined;
  half: string | undefined;
  quarter: string | undefined;
  quarterPart: string | undefined;
  firstThree: string | undefined;
  monthText: string | undefined;
  dayText: string | undefined;
  monthPart: string | undefined;
  season: string | undefined;
  suffix: string | undefined;
}
function tailGroups(m: RegExpExecArray, k: number): DatedGroups {
  return { prefix: m[1], part: m[k], half: m[k + 1], quarter: m[k + 2], quarterPart: m[k + 3], firstThree: m[k + 4], monthText: m[k + 5], dayText: m[k + 6], monthPart: m[k + 7], season: m[k + 8], suffix: m[k + 9] };
}

/**
 * Years of the Republic of China era (民国 1 = 1912): 民國100年, 民国100年底, 民国一百年; and in a text
 * that writes that era (ctx.rocEra), a bare 2–3-digit year with a part or a deadline word:
 * 100年底, 到105年, 108年6月底前. Resolved to the Gregorian year and read as 2011年底 would be.
 */
export const rocYearParser: TimeParser = {
  name: 'roc-year',
  pattern: withFragments(/PREFIX(?:民[国國]\s*([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})|(?<![0-9０-９])([0-9０-９]{2,3}))年DATED_TAIL/g, { PREFIX, DATED_TAIL }),
  anchor: { pattern: /民[国國]|(?<![0-9０-９])[0-9０-９]{2,3}年/, reach: 3 },
  build(m, ctx) {
    const stated = m[2] !== undefined;
    if (!stated && !ctx.rocEra) return null;
    const n = num((m[2] ?? m[3])!);
    if (n === null || n < 1 || n > 200) return null;
    const g = tailGroups(m, 4);
    const bare = !g.prefix && !g.suffix && !g.part && !g.half && !g.quarter && !g.firstThree && !g.monthText;
    // a bare ROC year counts only with something that makes it a date (100年底, 到105年, 108年6月)
    if (!stated && bare) return null;
    const y = 1911 + n;
    // 民国100年 alone is unmistakably a date, unlike a bare 2011年 (which may belong to a name)
    const c = buildDated(m, ctx, y, g) ?? (stated && bare && !g.season
      ? candidate(m, pastOrDeadline(ctx, m.index, y), yearSpan(y), 'absolute/year', true)
      : null);
    const rename = (x: TimeCandidate) => ({ ...x, rule: x.rule.replace(/^absolute/, 'roc-year') });
    return c === null ? null : Array.isArray(c) ? c.map(rename) : rename(c);
  },
};

/** DATED_TAIL's deadline words that end a span there (2025年底前) and that start one (2025年起). */
const BEFORE_SUFFIX = /^(?:前|之前|以前)$/;
const FROM_SUFFIX = /^(?:起|开始|以后|之后)$/;

/** The interval and kind of a stated year with its tail (shared by the Gregorian and ROC forms). */
function buildDated(m: RegExpExecArray, ctx: TimeContext, y: number, g: DatedGroups): TimeCandidate | TimeCandidate[] | null {
  {
    const raw = m[0];
    const { prefix, part, half, quarter, quarterPart, firstThree, monthText, dayText, monthPart: monthPartText, season, suffix } = g;
    const start = m.index;
    const end = start + raw.length;
    const after = ctx.text.slice(end, end + 1);
    if (/[0-9０-９月日号]/.test(after) || /^[-–—~～至到][0-9０-９]/.test(ctx.text.slice(end, end + 2))) return null; // spans are the span parser's

    // the interval the year/month/date names
    let base: Interval;
    let hasDay = false;
    if (monthText) {
      const mo = num(monthText);
      if (mo === null || mo < 1 || mo > 12) return null;
      if (dayText) {
        const d = num(dayText);
        if (d === null || d < 1 || d > daysInMonth(y, mo)) return null;
        base = { start: iso(y, mo, d), end: iso(y, mo, d) };
        hasDay = true;
      } else base = monthPart(y, mo, monthPartText); // 份 (6月份) names the whole month
    } else if (part === '底' || part === '末') base = yearEnd(y);
    else if (part === '初') base = yearStart(y);
    else if (part === '中') base = midYearSpan(y);
    else if (half) base = halfSpan(y, half === '上' ? 1 : 2);
    else if (quarter) base = quarterPartSpan(y, num(quarter)!, quarterPart);
    else if (firstThree) base = firstThreeQuartersSpan(y);
    else if (season === '秋季') base = { start: iso(y, 9, 1), end: iso(y, 12, 31) };
    else if (season === '春季') base = { start: iso(y, 2, 1), end: iso(y, 6, 30) };
    else base = yearSpan(y);

    const make = (kind: TimeCandidate['kind'], interval: Interval, rule: string) => candidate(m, kind, interval, `absolute/${rule}`, true);
    const byDate = (ctx: TimeContext) => (ctx.ref && ctx.ref.iso <= base.end ? ctx.ref.iso : base.start);

    if (suffix === '以来') return make('past', { start: base.start, end: ctx.ref && ctx.ref.iso >= base.start ? ctx.ref.iso : base.end }, 'since');
    if (prefix?.startsWith('截')) { // 截至, 截止, 截止到
      const future = ctx.docYear !== null && y > ctx.docYear;
      return make(future ? 'deadline' : 'past', { start: base.end, end: base.end }, 'as-of');
    }
    // a year before the document's, told in the past tense (到2020年，…已经…), was reached: past
    const reached = () => (ctx.docYear !== null && y < ctx.docYear && ctx.tenseAt(start) === 'past' ? 'past' : 'deadline');
    if (prefix === '到' || prefix === '至') {
      return make(reached(), { start: byDate(ctx), end: base.end }, 'by');
    }
    if (BEFORE_SUFFIX.test(suffix ?? '')) return make('deadline', { start: byDate(ctx), end: base.end }, 'before');
    const fromPrefix = prefix === '从' || prefix === '自';
    if (FROM_SUFFIX.test(suffix ?? '') || fromPrefix) {
      if (!suffix && fromPrefix) return null; // 从2019年的… is not a start
      return make(reached(), base, 'from');
    }
    if (suffix === '内') return make('deadline', base, 'within');
    if (hasDay) return null; // a date (signature, event): not a time frame

    const rest = restOfClause(ctx.text, end);
    if (!part && !half && !quarter && !firstThree && !monthText && !season) {
      // 一、2024年工作回顾 / 三、2025年政府工作任务
      if (ctx.headingTitleAt(start) || HEADING_MARKER.test(ctx.text.slice(Math.max(0, start - 12), start))) {
        const zone = headingZone(ctx.text.slice(start, start + 40).split('\n')[0] ?? '', ctx.docYear);
        const kind = zone === 'review' ? 'past' : zone === 'task' ? 'deadline' : pastOrDeadline(ctx, start, y);
        return make(kind, base, 'heading');
      }
      // 优化营商环境2026年行动方案: the plan's year
      if (PLAN_AFTER.test(ctx.text.slice(end, end + 6))) return make('period', base, 'plan-year');
    }
    // a bare year/month/part at the start of a clause frames the statement: 2020年初步建成…, 2025年是…
    if (!ctx.clauseStart(start)) return null;
    if (/^(?:度|级|版|届|第|期|号|秋季|春季|新|的)/.test(rest)) return null;
    if (!/^(?:是|要|将|，|,)/.test(rest) && NAME_TAIL.test(rest)) return null;
    // a bare year closing its line (a title, a label) frames nothing; a month or part of a year does
    if (rest.length === 0 && !/[，,]/.test(after) && !(part || half || quarter || firstThree || monthText || season)) return null;
    return make(pastOrDeadline(ctx, start, y), base, monthText ? 'month' : part || half || quarter || firstThree || season ? 'part' : 'year');
  }
}

const CLAUSE_STOP = new RegExp(charClass(COMMAS, SENTENCE_ENDS, SEMICOLONS, COLONS, '\n'));

/** The rest of the clause after `offset`, up to the next ，。；：! ? or line break. */
function restOfClause(text: string, offset: number): string {
  const m = CLAUSE_STOP.exec(text.slice(offset, offset + 80));
  return text.slice(offset, m ? offset + m.index : offset + 80);
}

/** Year spans: 2025-2030, 2021—2025年, (2025-2030) in a plan's name. */
export const yearSpanParser: TimeParser = {
  name: 'year-span',
  pattern: withFragments(/(?<![0-9０-９])(YEAR)(?:年)?[ \t]*[-–—~～至到][ \t]*(YEAR)(?:年)?(?![0-9０-９月-])/g),
  anchor: { pattern: new RegExp(YEAR), reach: 0 },
  build(m) {
    const a = year(m[1]!);
    const b = year(m[2]!);
    if (a === null || b === null || b <= a || b - a > 50) return null;
    return candidate(m, 'period', yearsSpan(a, b), 'year-span', true);
  },
};

/** Date ranges: 2019年1月1日至2020年12月31日, 2019年6月至12月, 2024年3月—2025年6月. */
export const dateRangeParser: TimeParser = {
  name: 'date-range',
  pattern: withFragments(/(YEAR)年(MD)月(?:(MD)日)?[ \t]*[-–—~～至到][ \t]*(?:(YEAR)年)?(MD)月(?:(MD)日)?/g),
  anchor: { pattern: withFragments(/YEAR年/), reach: 0 },
  build(m, ctx) {
    const y1 = year(m[1]!);
    const y2 = m[4] ? year(m[4]) : y1;
    const m1 = num(m[2]!);
    const m2 = num(m[5]!);
    if (y1 === null || y2 === null || m1 === null || m2 === null || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
    const d1 = m[3] ? num(m[3]) : 1;
    const d2 = m[6] ? num(m[6]) : daysInMonth(y2, m2);
    if (d1 === null || d2 === null || d1 > daysInMonth(y1, m1) || d2 > daysInMonth(y2, m2)) return null;
    const interval = { start: iso(y1, m1, d1), end: iso(y2, m2, d2) };
    if (interval.end < interval.start) return null;
    const kind = ctx.docYear !== null && y2 < ctx.docYear ? 'past' : 'period';
    return candidate(m, kind, interval, 'date-range', true);
  },
};

const RANGE_DASH = /[ \t]*(?:[-–—~～]{1,2}|至|到)[ \t]*/.source;

/**
 * Month ranges within one year: 2024年1-9月, 2018年2——4月, 1—11月, 1至9月份, 今年1—5月. Statistics for
 * months gone by are past; a range still ahead is a period. Without a year, the range is the
 * reference year's, or the year before when it reports months that have not ended yet
 * (1—11月 in a report of January 2026 is 2025's).
 */
export const monthRangeParser: TimeParser = {
  name: 'month-range',
  pattern: withFragments(/(?<![0-9０-９年月日./-])(?:(YEAR)年|(今年|本年|去年|上年|明年))?(MD)RANGE_DASH(MD)月(份)?/g, { RANGE_DASH }),
  anchor: { pattern: withFragments(/RANGE_DASH(?:MD)月/, { RANGE_DASH }), reach: 9 },
  build(m, ctx) {
    const relative = m[2] ? RELATIVE_YEAR[m[2]]! : null;
    const y0 = m[1] ? year(m[1]) : relative !== null && ctx.ref ? ctx.ref.year + relative : null;
    if (m[1] && y0 === null) return null;
    const a = num(m[3]!);
    const b = num(m[4]!);
    if (a === null || b === null || a < 1 || b > 12 || b <= a) return null;
    if (/^[日号]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null; // 1-9月5日: a date range, not months
    const future = ctx.tenseAt(m.index) === 'future' && ctx.zoneAt(m.index) !== 'review';
    let y = y0;
    if (y === null && ctx.ref) y = !future && b >= ctx.ref.month ? ctx.ref.year - 1 : ctx.ref.year;
    const kind: TimeCandidate['kind'] = y0 !== null && ctx.docYear !== null && y0 < ctx.docYear ? 'past' : future ? 'period' : 'past';
    const interval = y === null ? null : { start: iso(y, a, 1), end: iso(y, b, daysInMonth(y, b)) };
    return candidate(m, kind, interval, 'month-range', !!m[1]);
  },
};

/**
 * The first months of a year, reported: 2022年前十一个月, 今年前五个月, 去年前三个月 (January to
 * the n-th month; not "before 2022").
 */
export const firstMonthsParser: TimeParser = {
  name: 'first-months',
  pattern: withFragments(/(?:(YEAR)年|(今年|本年|去年|上年))前(MD|两)个月/g),
  anchor: { pattern: /年前(?:[0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})个月/, reach: 5 },
  build(m, ctx) {
    const n = num(m[3]!);
    if (n === null || n < 1 || n > 12) return null;
    const y = m[1] ? year(m[1]) : ctx.ref ? ctx.ref.year + RELATIVE_YEAR[m[2]!]! : null;
    if (m[1] && y === null) return null;
    const kind: TimeCandidate['kind'] = ctx.tenseAt(m.index) === 'future' && !(y !== null && ctx.docYear !== null && y < ctx.docYear) ? 'period' : 'past';
    const interval = y === null ? null : { start: iso(y, 1, 1), end: iso(y, n, daysInMonth(y, n)) };
    return candidate(m, kind, interval, 'first-months', !!m[1]);
  },
};

/**
 * A span from a stated date up to now: 自2003年1月就职以来, 从2001年起至今, 自2018年实施以来,
 * 2019年10月至今, 一九五三年下半年到现在 (a verb phrase of up to eight characters may stand between
 * the date and 以来).
 */
export const sinceDateParser: TimeParser = {
  name: 'since-date',
  pattern: withFragments(/(自|从)?(YEAR)年(?:(MD)月(?:(MD)日)?|([上下])半年)?(?:(?:起|开始)?(?:至今|到现在|迄今)|[\u4e00-\u9fa5]{0,8}?以来)/g),
  anchor: { pattern: withFragments(/YEAR年/), reach: 1 },
  build(m, ctx) {
    const [raw, from, yearText, monthTextGiven, dayText, half] = m;
    const monthText = monthTextGiven ?? (half === '下' ? '7' : undefined);
    const y = year(yearText!);
    if (y === null) return null;
    const upToNow = /至今|到现在|迄今$/.test(raw);
    if (!from && !upToNow) return null; // 2012年以来: the absolute parser's; 2019年会议以来 needs 自/从
    const mo = monthText ? num(monthText) : 1;
    const d = dayText ? num(dayText) : 1;
    if (mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const start = iso(y, mo, d);
    // up to the reference date; without one, to the end of the date as stated (as 2012年以来 does)
    const stated = dayText ? start : half ? iso(y, half === '上' ? 6 : 12, half === '上' ? 30 : 31) : monthText ? iso(y, mo, daysInMonth(y, mo)) : iso(y, 12, 31);
    const interval = { start, end: ctx.ref && ctx.ref.iso >= start ? ctx.ref.iso : stated };
    return candidate(m, 'past', interval, 'since-date', true);
  },
};

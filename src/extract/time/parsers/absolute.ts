import { classifyHeading } from '../context.js';
import { daysInMonth, halfSpan, iso, monthSpan, quarterSpan, yearEnd, yearSpan, yearStart, yearsSpan } from '../calendar.js';
import { pastOrDeadline } from '../kinds.js';
import { YEAR, num, year } from '../numbers.js';
import type { Interval, TimeCandidate, TimeContext, TimeParser } from '../types.js';

const M = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const Q = '[一二三四1-4１-４]';

/** Tail of a clause that names a meeting, report or document (2025年全国教育工作会议, 2026年上海市政府工作报告): the year belongs to a name. */
const NAME_TAIL = /会议|大会|报告|讲话|纲要|公报|年鉴|博览会|运动会|峰会|论坛|白皮书|预算|决算|目录|名单|通知|意见|办法|条例|规定|文件|统计|评选|考试|高考|中考|招生/;
/** Plan documents named after their year (优化营商环境2026年行动方案): the year is the plan's period. */
const PLAN_AFTER = /^(?:度)?(?:行动方案|行动计划|工作方案|实施方案|实施计划)/;
const HEADING_MARKER = /(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|章|节|篇))[ \t\u3000]*$/;


/**
 * Years, months and dates as written: 到2025年底, 2025年6月底前, 截至2024年底, 从2019年起,
 * 2020年起, 2012年以来, 2024年内, 2025年上半年, and a bare 2025年 where it is the time
 * frame of a statement (at a clause start or in a heading), not part of a name.
 */
export const absoluteParser: TimeParser = {
  name: 'absolute',
  pattern: new RegExp(
    `(到|至|截至|截止到|截止|从|自)?(${YEAR})年` +
      `(?:(底|末|初(?![步始心衷])|中(?=前|期))|([上下])半年|第?(${Q})季度|(前三季度)|(${M})月(?:(${M})日)?(底|末|初|中旬|上旬|下旬|份)?|(春季|秋季)(?:学期)?)?` +
      `(前|之前|以前|起|开始|以来|以后|之后|内)?`,
    'g',
  ),
  anchor: { pattern: new RegExp(`${YEAR}年`), reach: 3 },
  build(m, ctx) {
    const [raw, prefix, yearText, part, half, quarter, firstThree, monthText, dayText, monthPart, season, suffix] = m;
    const y = year(yearText!);
    if (y === null) return null;
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
      } else if (monthPart === '底' || monthPart === '末' || monthPart === '下旬') base = { start: iso(y, mo, 21), end: iso(y, mo, daysInMonth(y, mo)) };
      else if (monthPart === '初' || monthPart === '上旬') base = { start: iso(y, mo, 1), end: iso(y, mo, 10) };
      else if (monthPart === '中旬') base = { start: iso(y, mo, 11), end: iso(y, mo, 20) };
      else base = monthSpan(y, mo);
    } else if (part === '底' || part === '末') base = yearEnd(y);
    else if (part === '初') base = yearStart(y);
    else if (part === '中') base = { start: iso(y, 6, 1), end: iso(y, 7, 31) };
    else if (half) base = halfSpan(y, half === '上' ? 1 : 2);
    else if (quarter) base = quarterSpan(y, num(quarter)!);
    else if (firstThree) base = { start: iso(y, 1, 1), end: iso(y, 9, 30) };
    else if (season === '秋季') base = { start: iso(y, 9, 1), end: iso(y, 12, 31) };
    else if (season === '春季') base = { start: iso(y, 2, 1), end: iso(y, 6, 30) };
    else base = yearSpan(y);

    const make = (kind: TimeCandidate['kind'], interval: Interval | null, rule: string): TimeCandidate => ({
      start,
      end,
      kind,
      interval,
      resolution: interval ? 'stated' : 'unresolved',
      recurrence: null,
      rule: `absolute/${rule}`,
    });
    const byDate = (ctx: TimeContext) => (ctx.ref && ctx.ref.iso <= base.end ? ctx.ref.iso : base.start);

    if (suffix === '以来') return make('past', { start: base.start, end: ctx.ref && ctx.ref.iso >= base.start ? ctx.ref.iso : base.end }, 'since');
    if (prefix === '截至' || prefix === '截止' || prefix === '截止到') {
      const future = ctx.docYear !== null && y > ctx.docYear;
      return make(future ? 'deadline' : 'past', { start: base.end, end: base.end }, 'as-of');
    }
    if (prefix === '到' || prefix === '至') {
      const kind = ctx.docYear !== null && y < ctx.docYear && ctx.tenseAt(start) === 'past' ? 'past' : 'deadline';
      return make(kind, { start: byDate(ctx), end: base.end }, 'by');
    }
    if (suffix === '前' || suffix === '之前' || suffix === '以前') return make('deadline', { start: byDate(ctx), end: base.end }, 'before');
    if (suffix === '起' || suffix === '开始' || suffix === '以后' || suffix === '之后' || prefix === '从' || prefix === '自') {
      if (!suffix && (prefix === '从' || prefix === '自')) return null; // 从2019年的… is not a start
      const kind = ctx.docYear !== null && y < ctx.docYear && ctx.tenseAt(start) === 'past' ? 'past' : 'deadline';
      return make(kind, base, 'from');
    }
    if (suffix === '内') return make('deadline', base, 'within');
    if (hasDay) return null; // a date (signature, event): not a time frame

    const rest = restOfClause(ctx.text, end);
    if (!part && !half && !quarter && !firstThree && !monthText && !season) {
      // 一、2024年工作回顾 / 三、2025年政府工作任务
      if (HEADING_MARKER.test(ctx.text.slice(Math.max(0, start - 12), start))) {
        const zone = classifyHeading(ctx.text.slice(start, start + 40).split('\n')[0] ?? '', ctx.docYear);
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
    if (rest.length === 0 && !/[，,]/.test(after)) return null;
    return make(pastOrDeadline(ctx, start, y), base, monthText ? 'month' : part || half || quarter || firstThree || season ? 'part' : 'year');
  },
};

/** The rest of the clause after `offset`, up to the next ，。；：! ? or line break. */
function restOfClause(text: string, offset: number): string {
  const m = /[，,。；;：:！？!?\n]/.exec(text.slice(offset, offset + 80));
  return text.slice(offset, m ? offset + m.index : offset + 80);
}

/** Year spans: 2025-2030, 2021—2025年, (2025-2030) in a plan's name. */
export const yearSpanParser: TimeParser = {
  name: 'year-span',
  pattern: new RegExp(`(?<![0-9０-９])(${YEAR})(?:年)?[ \\t]*[-–—~～至到][ \\t]*(${YEAR})(?:年)?(?![0-9０-９月-])`, 'g'),
  anchor: { pattern: new RegExp(YEAR), reach: 0 },
  build(m) {
    const a = year(m[1]!);
    const b = year(m[2]!);
    if (a === null || b === null || b <= a || b - a > 50) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'period', interval: yearsSpan(a, b), resolution: 'stated', recurrence: null, rule: 'year-span' };
  },
};

/** Date ranges: 2019年1月1日至2020年12月31日, 2019年6月至12月, 2024年3月—2025年6月. */
export const dateRangeParser: TimeParser = {
  name: 'date-range',
  pattern: new RegExp(`(${YEAR})年(${M})月(?:(${M})日)?[ \\t]*[-–—~～至到][ \\t]*(?:(${YEAR})年)?(${M})月(?:(${M})日)?`, 'g'),
  anchor: { pattern: new RegExp(`${YEAR}年`), reach: 0 },
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
    return { start: m.index, end: m.index + m[0].length, kind, interval, resolution: 'stated', recurrence: null, rule: 'date-range' };
  },
};

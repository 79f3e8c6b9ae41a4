import { addDays, addMonths, addYears, iso, monthOffset, monthSpan, yearSpan } from '../calendar.js';
import { num, year } from '../numbers.js';
import { withFragments } from '../pattern.js';
import { candidate } from '../candidate.js';
import type { Interval, TimeCandidate, TimeParser } from '../types.js';

/** Most of these spans are past; streak and offset say which. */
const cand = (m: RegExpExecArray, interval: Interval | null, rule: string, kind: TimeCandidate['kind'] = 'past') => candidate(m, kind, interval, rule);

/** The `n` years up to the reference date. */
function yearsBack(ref: { iso: string } | null, n: number | null): Interval | null {
  return ref && n !== null && n > 0 && n <= 100 ? { start: addYears(ref.iso, -n), end: ref.iso } : null;
}

/** 过去一年, 过去五年, 过去这些年, 回顾过去一年, 过去的一学年 (a school year: a year back). */
export const pastYearsParser: TimeParser = {
  name: 'past-years',
  pattern: withFragments(/过去(?:的)?(NUM|这些|这几|几)(?:个)?(?:学年|年)(?:来|里|中|间)?(?![级龄])/g),
  first: '过',
  build(m, ctx) {
    // 刚刚过去的2025年: a year, not a count of years
    const y = /^[0-9０-９]{4}$/.test(m[1]!) ? year(m[1]!) : null;
    if (y !== null) return candidate(m, 'past', yearSpan(y), 'past-years/year', true);
    return cand(m, yearsBack(ctx.ref, num(m[1]!)), 'past-years');
  },
};

/**
 * 一年来, 五年来, 五年间, 多年来, 三年多来, 3年半以来, 三个多月以来, 两个月来 (not 近年来: its own parser).
 * 多 (more than) leaves the start unknown; 半 adds six months.
 */
export const yearsSinceParser: TimeParser = {
  name: 'years-since',
  pattern: withFragments(/(?<![近过去这连续每第0-9０-９零〇一二两三四五六七八九十百今后未来])(NUM|多|几|数)(个)?(多)?(年|月)(多|半)?(?:来|以来|间(?![隔距]))(?![看])/g),
  anchor: { pattern: /[年月][多半]?(?:来|以来|间)/, reach: 32 },
  build(m, ctx) {
    const [, count, ge, more1, unit, more2] = m;
    if (unit === '月' && !ge) return null; // 5月以来: a month of the year (the absolute or month parser's)
    if (unit === '年' && ge) return null;
    const n = num(count!);
    const rule = unit === '月' ? 'months-since' : 'years-since';
    if (more1 || more2 === '多' || n === null || !ctx.ref) return cand(m, null, rule);
    const months = (unit === '年' ? n * 12 : n) + (more2 === '半' ? 6 : 0);
    if (months <= 0 || months > 1200) return null;
    return cand(m, { start: addMonths(ctx.ref.iso, -months), end: ctx.ref.iso }, rule);
  },
};

/** 近年来, 近三年, 近几年来, 近些年, 近5年, 近三个月. */
export const recentYearsParser: TimeParser = {
  name: 'recent-years',
  pattern: withFragments(/近(NUM|几|些|两)?(个)?(年|月)(?:来|以来)?(?![级龄轻代])/g),
  first: '近',
  build(m, ctx) {
    if (!m[1] && m[3] === '月') return null; // 近月: not a phrase
    // a bare 近年 frames a statement only before a comma (近年，…); 近年最高水平 is not a span
    if (!m[1] && !/来$/.test(m[0]) && !/^[，,]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
    const n = m[1] ? num(m[1]) : null;
    if (n !== null && (n < 1 || n > 100)) return null; // 近2025年: not a span
    if (m[3] === '月') {
      return cand(m, ctx.ref && n !== null && n <= 120 ? { start: shiftMonths(ctx.ref, -n), end: ctx.ref.iso } : null, 'recent-months');
    }
    return cand(m, yearsBack(ctx.ref, n), 'recent-years');
  },
};

function shiftMonths(ref: { year: number; month: number; day: number }, n: number): string {
  const t = monthOffset(ref.year, ref.month, n);
  return iso(t.year, t.month, Math.min(ref.day, 28));
}

/** 截至目前, 截止目前, 到目前为止, 迄今为止. */
export const asOfNowParser: TimeParser = {
  name: 'as-of-now',
  pattern: /截至目前|截止目前|截至当前|截止当前|截至现在|到目前为止|迄今为止|截至今日|截至日前/g,
  first: '截到迄',
  build(m, ctx) {
    return cand(m, ctx.ref ? { start: ctx.ref.iso, end: ctx.ref.iso } : null, 'as-of-now');
  },
};

/** X以来 for the milestones policy texts count from: 改革开放以来, 党的十八大以来, 新中国成立以来; and 长期以来, 一直以来. */
export const sinceEventParser: TimeParser = {
  name: 'since-event',
  pattern: /(?:长期|一直|(?:全国)?解放|改革开放|新中国成立|中华人民共和国成立|建国|(?:党的)?(?:十[六七八九]|二十)大|(?:党的)?(?:十[六七八九]|二十)届[一二三四五六七]中全会|新时代|入汛|入冬|入夏|疫情发生|脱贫攻坚战打响)以来/g,
  anchor: { pattern: /以来/, reach: 12 },
  build(m) {
    return cand(m, null, 'since-event', 'past');
  },
};

/** 这五年, 这些年, 这一年 (the span just reported on). */
export const theseYearsParser: TimeParser = {
  name: 'these-years',
  pattern: /(?<!过去)这(一|两|三|四|五|六|七|八|九|十|几|些)年(?:来|里|间|中)?(?![级龄轻代])/g,
  first: '这',
  build(m, ctx) {
    const n = /[几些]/.test(m[1]!) ? null : num(m[1]!);
    return cand(m, yearsBack(ctx.ref, n), 'these-years');
  },
};

/** 连续16年, 连续三年, 连续16个季度 (a streak up to now). */
export const streakParser: TimeParser = {
  name: 'streak',
  pattern: withFragments(/连续(NUM)(?:个)?(?:年|季度|月)(?![级龄])/g),
  first: '连',
  build(m, ctx) {
    const kind = ctx.tenseAt(m.index) === 'future' && ctx.zoneAt(m.index) !== 'review' ? 'period' : 'past';
    return cand(m, null, 'streak', kind);
  },
};

/**
 * A point counted from now: 两年前, 3年后, 半年之后, 两个月后, 10天后. The year (month, day)
 * it falls in, by the unit: 3年后 is the year three years on, 两个月后 that month. A month
 * count needs 个 (6月前 is June, the month parser's). Not after 了 (执行了两年之后: counted
 * from an event, not from now).
 */
export const offsetParser: TimeParser = {
  name: 'offset',
  pattern: withFragments(/(?<![0-9０-９零〇一二两三四五六七八九十百千几多第近连续每这过去再个了])(NUM|半)(个)?(年|月|周|天)(半)?(前|以前|之前|后|以后|之后)(?![夕期年])/g),
  anchor: { pattern: /[年月周天]半?(?:前|以前|之前|后|以后|之后)/, reach: 12 },
  build(m, ctx) {
    const [, count, ge, unit, half, dir] = m;
    if (unit === '月' && !ge) return null;
    if (unit !== '月' && ge && unit !== '周') return null;
    const n = count === '半' ? 0.5 : num(count!);
    if (n === null || n <= 0 || n > 100 || /^[0-9０-９]{3,}$/.test(count!)) return null;
    const back = dir!.endsWith('前');
    const kind: TimeCandidate['kind'] = back ? 'past' : 'deadline';
    if (!ctx.ref) return cand(m, null, 'offset', kind);
    const sign = back ? -1 : 1;
    const amount = n + (half ? 0.5 : 0);
    let interval: Interval;
    if (unit === '年' && Number.isInteger(amount)) interval = yearSpan(ctx.ref.year + sign * amount);
    else if (unit === '年' || unit === '月') {
      const months = unit === '年' ? amount * 12 : amount;
      if (!Number.isInteger(months)) return null;
      const [y, mo] = addMonths(ctx.ref.iso, sign * months).split('-').map(Number) as [number, number];
      interval = monthSpan(y, mo);
    } else {
      const days = unit === '周' ? amount * 7 : amount;
      if (!Number.isInteger(days)) return null;
      const d = addDays(ctx.ref.iso, sign * days);
      interval = { start: d, end: d };
    }
    return cand(m, interval, 'offset', kind);
  },
};

export const pastParsers: TimeParser[] = [offsetParser, pastYearsParser, yearsSinceParser, recentYearsParser, asOfNowParser, sinceEventParser, theseYearsParser, streakParser];

import { addYears, iso, yearSpan } from '../calendar.js';
import { NUM, num, year } from '../numbers.js';
import type { Interval, TimeCandidate, TimeParser } from '../types.js';

function cand(m: RegExpExecArray, interval: Interval | null, rule: string, kind: TimeCandidate['kind'] = 'past'): TimeCandidate {
  return { start: m.index, end: m.index + m[0].length, kind, interval, resolution: interval ? 'implied' : 'unresolved', recurrence: null, rule };
}

/** The `n` years up to the reference date. */
function yearsBack(ref: { iso: string } | null, n: number | null): Interval | null {
  return ref && n !== null && n > 0 && n <= 100 ? { start: addYears(ref.iso, -n), end: ref.iso } : null;
}

/** 过去一年, 过去五年, 过去这些年, 回顾过去一年. */
export const pastYearsParser: TimeParser = {
  name: 'past-years',
  pattern: new RegExp(`过去(?:的)?(${NUM}|这些|这几|几)年(?:来|里|中|间)?(?![级龄])`, 'g'),
  first: '过',
  build(m, ctx) {
    // 刚刚过去的2025年: a year, not a count of years
    const y = /^[0-9０-９]{4}$/.test(m[1]!) ? year(m[1]!) : null;
    if (y !== null) return { ...cand(m, yearSpan(y), 'past-years/year'), resolution: 'stated' };
    return cand(m, yearsBack(ctx.ref, num(m[1]!)), 'past-years');
  },
};

/** 一年来, 五年来, 多年来 (not 近年来: its own parser). */
export const yearsSinceParser: TimeParser = {
  name: 'years-since',
  pattern: new RegExp(`(?<![近过去这连续每第0-9０-９零〇一二两三四五六七八九十百])(${NUM}|多|几|数)年(?:来|以来)(?![看])`, 'g'),
  anchor: { pattern: /年(?:来|以来)/, reach: 32 },
  build(m, ctx) {
    return cand(m, yearsBack(ctx.ref, num(m[1]!)), 'years-since');
  },
};

/** 近年来, 近三年, 近几年来, 近些年, 近5年, 近三个月. */
export const recentYearsParser: TimeParser = {
  name: 'recent-years',
  pattern: new RegExp(`近(${NUM}|几|些|两)?(个)?(年|月)(?:来|以来)?(?![级龄轻代])`, 'g'),
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
  const total = ref.year * 12 + (ref.month - 1) + n;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  return iso(y, mo, Math.min(ref.day, 28));
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

/** X以来 for the milestones policy texts count from: 改革开放以来, 党的十八大以来, 新中国成立以来. */
export const sinceEventParser: TimeParser = {
  name: 'since-event',
  pattern: /(?:改革开放|新中国成立|中华人民共和国成立|建国|(?:党的)?(?:十[六七八九]|二十)大|(?:党的)?(?:十[六七八九]|二十)届[一二三四五六七]中全会|新时代|入汛|入冬|入夏|疫情发生|脱贫攻坚战打响)以来/g,
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
  pattern: new RegExp(`连续(${NUM})(?:个)?(?:年|季度|月)(?![级龄])`, 'g'),
  first: '连',
  build(m, ctx) {
    const kind = ctx.tenseAt(m.index) === 'future' && ctx.zoneAt(m.index) !== 'review' ? 'period' : 'past';
    return cand(m, null, 'streak', kind);
  },
};

export const pastParsers: TimeParser[] = [pastYearsParser, yearsSinceParser, recentYearsParser, asOfNowParser, sinceEventParser, theseYearsParser, streakParser];

import { pastOrDeadline } from '../kinds.js';
import { addDays, addMonths } from '../calendar.js';
import { num } from '../numbers.js';
import { withFragments } from '../pattern.js';
import { candidate } from '../candidate.js';
import type { TimeParser } from '../types.js';

// A count not glued to a preceding numeral (so 二十三年 is read whole) nor to words that make it something else.
const FREE = /(?<![0-9０-９零〇一二两三四五六七八九十百千几多第近连续每这过去再个])/.source;

/** 三年内, 30日内, 6个月内, 两个工作日内, 5日之内, 1个月之内, 半年内, 一年半以内 (a window from now or from a trigger). */
export const withinParser: TimeParser = {
  name: 'within',
  pattern: withFragments(/FREE(NUM|半)(?:个)?(年|月|日|天|周|星期|工作日|小时|学期|季度)半?(?:以|之)?内/g, { FREE }),
  anchor: { pattern: /(?:年|月|日|天|周|星期|工作日|小时|学期|季度)半?(?:以|之)?内/, reach: 32 },
  build(m) {
    if (m[1] !== '半' && num(m[1]!) === null && !/几/.test(m[1]!)) return null;
    if (/^[0-9０-９]{4}$/.test(m[1]!) && m[2] === '年') return null; // 2024年内: a stated year, the absolute parser's
    if (m[2] === '月' && !/个月/.test(m[0])) return null; // 6月内: June, not six months
    return candidate(m, 'deadline', null, 'within');
  },
};

/** 最迟不超过4个小时, 最晚不迟于3个工作日. */
export const latestParser: TimeParser = {
  name: 'latest',
  pattern: withFragments(/(?:最迟|最晚|最长)(?:不得|不)?(?:超过|迟于|晚于)?(NUM)(?:个)?(小时|日|天|工作日|周|月|年)/g),
  first: '最',
  build(m) {
    return candidate(m, 'deadline', null, 'latest');
  },
};

/** 三年行动计划, 五年行动计划, 三年培养行动, 长江十年禁渔 (the span a programme runs). */
export const programmeParser: TimeParser = {
  name: 'programme',
  pattern: withFragments(/FREE(NUM)年(?=[\u4e00-\u9fa5]{0,4}?(?:行动|计划|规划|攻坚|禁渔|专项))(?![级龄以])/g, { FREE }),
  anchor: { pattern: /年(?=[\u4e00-\u9fa5]{0,4}?(?:行动|计划|规划|攻坚|禁渔|专项))/, reach: 32 },
  build(m) {
    const n = num(m[1]!);
    if (n === null || n < 1 || n > 50) return null;
    return candidate(m, 'period', null, 'programme');
  },
};

/** 延长30年, 为期三年, 期限五年 (a span granted): the count and 年 only. */
export const extendParser: TimeParser = {
  name: 'extend',
  pattern: withFragments(/(?:再延长|延长|为期|期限为|期限|有效期为|有效期)(NUM)(?:个)?年/g),
  first: '再延为期有',
  build(m) {
    // the count and 年 only
    return { ...candidate(m, 'period', null, 'extend'), start: m.index + m[0].search(/[0-9０-９零〇一二两三四五六七八九十百几]/) };
  },
};

/** 今后五年, 未来三年, 未来两个月 (the span ahead: from the reference date, that long). */
export const aheadParser: TimeParser = {
  name: 'ahead',
  pattern: withFragments(/(?:今后|未来)(NUM)(个)?(年|月|季度)/g),
  first: '今未',
  build(m, ctx) {
    const [, count, ge, unit] = m;
    if (unit !== '年' && !ge) return null; // 未来3月: a month name
    const n = num(count!);
    if (n === null || n <= 0 || n > 100 || !ctx.ref) return candidate(m, 'period', null, 'ahead');
    const months = unit === '年' ? n * 12 : unit === '季度' ? n * 3 : n;
    return candidate(m, 'period', { start: ctx.ref.iso, end: addDays(addMonths(ctx.ref.iso, months), -1) }, 'ahead');
  },
};

/** 再奋斗五年, 再用三年, 经过5—10年左右时间, 用三年时间 (a term to reach a goal): the count, 年 and 左右. */
export const termToGoalParser: TimeParser = {
  name: 'term-to-goal',
  pattern: withFragments(/(再奋斗|再用|再经过|经过|力争用|用)(NUM(?:[—–\-~～至到]NUM)?(?:个)?年半?(?:左右)?)(?:的)?(时间|努力|奋斗)?/g),
  first: '再经力用',
  build(m, ctx) {
    const [, lead, span, tail] = m;
    if ((lead === '经过' || lead === '用' || lead === '力争用') && !tail) return null;
    // 经过五年努力，…又上了一个大台阶: in a review, the span behind us
    const kind = lead === '经过' ? pastOrDeadline(ctx, m.index) : 'deadline';
    const start = m.index + lead!.length; // the span only
    return { ...candidate(m, kind, null, 'term-to-goal'), start, end: start + span!.length };
  },
};

/** 提前半年, 提前一年, 提前两个月 (done that long before the date set): a shift of a deadline. */
export const aheadOfScheduleParser: TimeParser = {
  name: 'ahead-of-schedule',
  pattern: withFragments(/提前(NUM|半)(个)?(年|月|季度|周|天)(半)?(?![级度])/g),
  anchor: { pattern: /提前[0-9０-９零〇一二两三四五六七八九十百几半]/, reach: 0 }, // 提 alone is common
  build(m) {
    if (m[3] === '月' && !m[2]) return null; // 提前3月: a month name
    return candidate(m, 'deadline', null, 'ahead-of-schedule');
  },
};

export const durationParsers: TimeParser[] = [aheadOfScheduleParser, withinParser, latestParser, programmeParser, extendParser, aheadParser, termToGoalParser];

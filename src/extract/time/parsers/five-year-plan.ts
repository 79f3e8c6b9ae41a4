import { fiveYearPlan, iso, yearSpan, yearsSpan } from '../calendar.js';
import { candidate } from '../candidate.js';
import { num } from '../numbers.js';
import type { TimeParser } from '../types.js';


/**
 * Five-year plan periods: “十四五” (2021–2025), “十五五”时期, 十四五期间, “十四五”以来, “十四五”末,
 * and the earlier ones quoted: “九五”以来 (1996 on), “八五”期间. Not “八五”普法 (the legal-education
 * plans are counted on their own: “八五”普法 is 2021–2025).
 * A bare 十五 counts only quoted or with 规划/时期/期间 after it (第十五届 is not a time).
 */
export const fiveYearPlanParser: TimeParser = {
  name: 'five-year-plan',
  pattern: /(?<![第0-9一二三四五六七八九十百较比])([“"‘「『]?)(十[一二三四五六七八九]?|[六七八九])五([”"’」』]?)(时期|期间|以来|期末|末期|末|初期|初|中期|前期)?(?![届次个年条号大周岁]|普法)/g,
  anchor: { pattern: /(?:十[一二三四五六七八九]?|[六七八九])五/, reach: 1 },
  build(m, ctx) {
    const [, open, plan, close, suffix] = m;
    const middle = plan!.startsWith('十') ? plan!.slice(1) : null;
    if (middle === null && !(open && close)) return null; // 九五 unquoted: not a plan (“九五”以来 is)
    const quoted = !!open && !!close;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const planAfter = /^(?:规划|计划)/.test(after);
    if (!quoted && !suffix && !planAfter) return null;
    if (middle === '' && !(quoted && (suffix || planAfter))) return null; // 十五 alone: only “十五”规划/时期
    if ((open && !close) || (!open && close)) return null;
    const n = middle === null ? num(plan!)! : 10 + (middle ? num(middle)! : 0);
    const years = fiveYearPlan(n);
    if (!years) return null;
    const [a, b] = years;
    const start = m.index;
    if (suffix === '以来') {
      const until = ctx.ref && ctx.ref.iso >= iso(a, 1, 1) ? ctx.ref.iso : iso(b, 12, 31);
      return candidate(m, 'past', { start: iso(a, 1, 1), end: until }, 'five-year-plan/since', true);
    }
    let interval = yearsSpan(a, b);
    if (suffix && /末/.test(suffix)) interval = yearSpan(b);
    else if (suffix && /初/.test(suffix)) interval = yearSpan(a);
    // a plan period already over when the document speaks, told as a span (“十四五”时期，上海发展…): past
    const over = ctx.docYear !== null && b < ctx.docYear;
    const kind = over && !planAfter && (suffix === '时期' || suffix === '期间' || !suffix) && ctx.tenseAt(start) !== 'future' ? 'past' : 'period';
    return candidate(m, kind, interval, 'five-year-plan', true);
  },
};

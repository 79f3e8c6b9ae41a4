import { yearSpan } from '../calendar.js';
import { candidate } from '../candidate.js';
import type { TimeParser } from '../types.js';

/** 当前和今后一个时期, 当前及今后一段时期, 今后一个时期. */
export const comingPeriodParser: TimeParser = {
  name: 'coming-period',
  pattern: /(?:当前(?:和|及|与|以及)?)?今后(?:一个|一段|较长一段|较长一个|一定)时(?:期|间)(?:内)?/g,
  first: '当今',
  build(m) {
    return candidate(m, 'period', null, 'coming-period');
  },
};

/** 下一阶段, 下阶段. */
export const nextStageParser: TimeParser = {
  name: 'next-stage',
  pattern: /下一个阶段|下一阶段|下阶段/g,
  first: '下',
  build(m) {
    return candidate(m, 'period', null, 'next-stage');
  },
};

/** 过渡期, 过渡期后, 过渡期内. */
export const transitionParser: TimeParser = {
  name: 'transition',
  pattern: /过渡期(?:结束后|满后|后|内|间)?/g,
  first: '过',
  build(m) {
    return candidate(m, 'period', null, 'transition');
  },
};

/** 脱贫攻坚期内, 脱贫攻坚期间 (the poverty-alleviation campaign's period, as policy texts name it). */
export const campaignPeriodParser: TimeParser = {
  name: 'campaign-period',
  pattern: /脱贫攻坚期(?:内|间)?/g,
  first: '脱',
  build(m) {
    return candidate(m, 'period', null, 'campaign-period');
  },
};

/** 今冬明春 (this winter and next spring: a season's campaign; no calendar dates). */
export const winterSpringParser: TimeParser = {
  name: 'winter-spring',
  pattern: /今冬明春/g,
  first: '今',
  build(m) {
    return candidate(m, 'period', null, 'winter-spring');
  },
};

/** 规定时间内, 规定期限内, 规定时限内. */
export const prescribedParser: TimeParser = {
  name: 'prescribed',
  pattern: /规定(?:的)?(?:时间|期限|时限)(?:之)?内/g,
  first: '规',
  build(m) {
    return candidate(m, 'deadline', null, 'prescribed');
  },
};

/** 自印发之日起, 自发布之日起, 自公布之日起, 即日起. */
export const effectiveParser: TimeParser = {
  name: 'effective',
  pattern: /自(?:本[\u4e00-\u9fa5]{1,6})?(?:印发|发布|公布|颁布|施行|下发|签发|实施)之日起|(?:从|自)?即日起/g,
  first: '自从即',
  build(m, ctx) {
    // from the day it is issued: the reference date (自施行之日起 is a date the text does not give)
    const issued = ctx.ref && /印发|发布|公布|颁布|下发|签发/.test(m[0]);
    return candidate(m, 'deadline', issued ? { start: ctx.ref!.iso, end: ctx.ref!.iso } : null, 'effective');
  },
};

/** Deadlines set by a school or calendar event: 秋季开学前, 开学前, 春节前, 汛期前, 中考前. */
export const eventParser: TimeParser = {
  name: 'event',
  pattern: /(?:(?:春季|秋季|新学期|新学年)?开学(?:前|之前|初)|春节(?:前|之前)|元旦(?:前|之前)|国庆(?:节)?(?:前|之前)|汛期(?:到来)?(?:前|之前)|主汛期(?:前|之前)|(?:中考|高考)(?:前|之前))/g,
  first: '春秋新开元国汛主中高',
  build(m) {
    return candidate(m, 'deadline', null, 'event');
  },
};

/** 到本世纪中叶 (the long-range goal year of national plans: 2050). */
export const midCenturyParser: TimeParser = {
  name: 'mid-century',
  pattern: /(?:到|至)?本世纪中叶/g,
  first: '到至本',
  build(m) {
    return candidate(m, 'deadline', yearSpan(2050), 'mid-century', true);
  },
};

export const phraseParsers: TimeParser[] = [campaignPeriodParser, winterSpringParser, comingPeriodParser, nextStageParser, transitionParser, prescribedParser, effectiveParser, eventParser, midCenturyParser];

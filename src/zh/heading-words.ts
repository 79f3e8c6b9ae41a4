/**
 * Words that tell where a heading's title ends when nothing else does: in a text whose line
 * breaks were lost, "一、总体要求以习近平新时代…" runs the title into its paragraph. Data only;
 * the outline's title rules (outline/title-end.ts) read it.
 */

/**
 * Whole titles that official documents use again and again for their parts (意见, 方案, 通知,
 * 预案, 规划, 讲话). A title that starts with one of them and goes on with more text right away
 * ends after it ("总体要求以习近平…" → 总体要求), unless the phrase goes on (总体要求和主要目标).
 */
export const HEADING_PHRASES: readonly string[] = [
  // what a plan is for and how it is meant
  '总体要求', '指导思想', '基本原则', '工作原则', '总体思路', '基本思路', '工作思路', '总体目标', '主要目标',
  '发展目标', '工作目标', '目标任务', '总体框架', '编制目的', '编制依据', '适用范围', '工作依据',
  // what is to be done
  '主要任务', '重点任务', '工作任务', '试点任务', '重点工作', '主要内容', '工作内容', '试点内容', '试点范围',
  '实施范围', '支持范围', '政策措施', '主要措施', '工作措施', '支持政策', '重点领域', '建设内容',
  // how it is carried out
  '保障措施', '组织实施', '组织保障', '组织领导', '加强组织领导', '工作要求', '工作机制', '职责分工', '任务分工',
  '实施步骤', '进度安排', '工作安排', '工作进度', '时间安排', '实施时间', '工作步骤', '监督管理', '监督检查',
  '考核评估', '督促检查', '宣传引导', '资金保障', '经费保障', '附则', '总则',
  // reports and speeches
  '基本情况', '工作成效', '主要成效', '存在问题', '主要问题', '意见建议', '下一步工作', '工作回顾', '形势分析',
];

/**
 * How a paragraph typically opens (after a heading whose line break was lost). Each is long
 * enough not to occur inside a heading's own words: 以习近平…为指导, 按照…要求, 根据…,
 * 到2025年, 近年来, 本预案所称…, 各地要…. One-character openers (要, 为, 以, 在) are left
 * out: they are as common inside titles (以改革为动力).
 */
export const PARAGRAPH_OPENINGS: readonly string[] = [
  '以习近平', '以新时代', '坚持以', '高举中国', '全面贯彻', '深入贯彻', '认真贯彻', '按照', '围绕', '根据', '依据', '依托',
  '为了', '为深入', '为进一步', '为加快', '为全面', '为切实', '为贯彻', '为推动', '为促进', '为加强', '为有效',
  '到20', '到二〇', '力争到', '截至', '截止', '近年来', '近几年', '多年来', '过去一年', '过去五年', '过去的一', '一年来', '五年来',
  '今年以来', '目前', '当前', '今年是', '去年是', '明年是', '各地区', '各地要', '各地各', '各部门', '各有关', '各单位',
  '本预案', '本方案', '本办法', '本规定', '本意见', '本条例', '本计划', '本细则', '本规划', '本通知', '本标准',
  '我们要', '我们将', '我们坚持', '党的十八大以来', '党的十九大以来', '党的二十大以来',
];

/**
 * The last word of a short heading ("试点任务", "工作进度"): a four-character title ending with
 * one of these, followed straight away by more text that does not continue the phrase, ends
 * there. Kept to nouns that end titles, not ones that go on into longer names (评估机制).
 */
export const HEADING_HEAD_NOUNS: readonly string[] = [
  '要求', '思想', '原则', '目标', '任务', '措施', '范围', '进度', '安排', '步骤', '分工', '思路', '依据', '目的', '成效',
];

/** Characters that continue a phrase (总体要求和主要目标, 目标任务, 原则、目标): no cut before them. */
export const PHRASE_CONTINUES = '和与及、,，的之等并或暨/';

/**
 * Time words that open a paragraph with a comma after them (过去一年，… 近年来，… 当前，…): after
 * a title they start the paragraph even when the clause they open is short.
 */
export const TIME_OPENINGS: readonly string[] = [
  '近年来', '近几年', '近几年来', '多年来', '过去一年', '过去五年', '过去的一年', '过去的一学年', '一年来', '五年来', '今年以来',
  '目前', '当前', '现阶段', '新的一年', '今年', '去年',
];

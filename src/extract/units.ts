/**
 * The lexicon of units and measure words the quantity extractor recognises after a
 * number: data in src/zh/lexicon/units.json (compromise-style word lists), typed here.
 *
 * Each entry: the unit as written, its class, and optionally the characters or words
 * that, when they follow it, show that it is the first character of another word
 * rather than a measure word (3人 but not 14亿人民; 2名 but not 三级名校长).
 */
import { unitsLexicon as lexicon } from '../zh/lexicon/packed.js';

export type UnitClass =
  /** counts of things: 个 所 名 家 项 … */
  | 'count'
  /** durations: 年 个月 天 小时 … (subject to the time-span rules) */
  | 'time'
  /** physical measures: 公里 平方米 吨 千瓦 … */
  | 'measure'
  /** percent and points: % ‰ 个百分点 */
  | 'percent'
  /** multiples: 倍 番 */
  | 'multiple'
  /** categories and levels: 类 级 — only before punctuation (三级名校长 is a title) */
  | 'level'
  /** medals: 金 银 铜 — only before punctuation (19金、35银) */
  | 'medal';

export interface UnitEntry {
  unit: string;
  cls: UnitClass;
  /** Words that must not follow (the unit is then part of another word). */
  notBefore?: readonly string[];
  /** Only after Arabic numerals (十分 is "very", not 10 分). */
  arabicOnly?: boolean;
}

/** One row of units.json: [unit, class, words that must not follow (space-separated), only after Arabic numerals]. */
type UnitRow = [unit: string, cls: string, notBefore?: string, arabicOnly?: boolean];

/** The classes, listed for the test that checks the data (the JSON is not type-checked). */
export const UNIT_CLASSES: readonly UnitClass[] = ['count', 'time', 'measure', 'percent', 'multiple', 'level', 'medal'];

function entry([unit, cls, notBefore, arabicOnly]: UnitRow): UnitEntry {
  return {
    unit,
    cls: cls as UnitClass,
    ...(notBefore ? { notBefore: notBefore.split(' ') } : {}),
    ...(arabicOnly ? { arabicOnly } : {}),
  };
}

/** Currencies; a money unit is [multiplier] + currency (元, 亿元, 万亿美元), kept whole. */
export const CURRENCIES: readonly string[] = lexicon.currencies;

/** Currencies that normalise to yuan. */
export const YUAN_CURRENCIES: ReadonlySet<string> = new Set(lexicon.yuanCurrencies);

/** Denominators after a slash (42万元/人, 微克/立方米 is a unit of its own). */
export const PER_UNITS: readonly string[] = lexicon.perUnits;

/** The units and measure words (the reader tries the longest that matches there: 个百分点 before 百分点). */
export const UNITS: readonly UnitEntry[] = (lexicon.units as UnitRow[]).map(entry);

/**
 * Slogans and names built as numeral + 个/项/位 + word: 四个意识, 两个维护, 八项规定,
 * 五位一体. When one of these words follows the measure word, the phrase is a name,
 * not a count.
 */
export const SLOGAN_TAILS: readonly string[] = [
  '意识', '自信', '维护', '确立', '全面', '代表', '务必', '结合', '大局', '面向', '毫不动摇', '有利于', '只增不减',
  '必由之路', '明确', '坚持', '一百年', '转变', '最严', '不摘', '先行', '区分开来', '规定', '一体', '没有变', '倍增',
  '不发生', '必须', '不动摇', '不减', '不降', '只增', '一批', '决不', '绝不', '基本点', '有之', '到位',
];

/**
 * Phrases that contain a numeral and a measure word but are idioms or names; matched
 * against the text at the numeral's start.
 */
export const IDIOMS: readonly string[] = [
  '千家万户', '万家灯火', '百家争鸣', '万人空巷', '千人一面', '千军万马', '一家一户', '三令五申', '三番五次',
  '一人一档', '一生一档', '一校一品', '一校一案', '一人一策', '一企一策', '一县一策', '一事一议', '一岗双责',
  '一张图', '一张网', '一张蓝图', '一件事', '一次性', '一条龙', '一门式', '一站式', '一揽子', '一部分',
  '五项原则', '约法三章', '两条腿', '一个个', '一项项', '一批批', '一次次', '一件件', '一座座', '一所所', '一年年', '一天天',
  '三天打鱼', '十年树木', '百年树人', '百年大计', '千年大计', '五年规划', '两点论', '一点点', '两点一线',
  '九年义务', '十二年义务',
];

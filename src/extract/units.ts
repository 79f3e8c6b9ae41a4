/**
 * The lexicon of units and measure words the quantity extractor recognises after a
 * number: data in src/zh/lexicon/units.json (compromise-style word lists), typed here.
 *
 * Each entry: the unit as written, its class, and optionally the characters or words
 * that, when they follow it, show that it is the first character of another word
 * rather than a measure word (3人 but not 14亿人民; 2名 but not 三级名校长).
 */
import { spaced } from '../zh/lexicon.js';
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
    ...(notBefore ? { notBefore: spaced(notBefore) } : {}),
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

/** The multipliers written after a number (1.2万, 3.7亿, 134.9万亿; 万亿 is read before 亿 and 万). */
export const MULTIPLIER_WORDS: readonly string[] = spaced(lexicon.multipliers);

/** Measure words of events and rounds (次, 人次, 届, 学时): what follows them is an action, not a noun counted. */
export const EVENT_UNITS: ReadonlySet<string> = new Set(spaced(lexicon.eventUnits));

/** Measure words after 一 that never make a count (一批, 一种, 一支, 一方面): rhetoric. */
export const NOT_COUNTS_AFTER_ONE: ReadonlySet<string> = new Set(spaced(lexicon.notCountsAfterOne));

/**
 * The named filters: each rejects a candidate read from amounts that the rules of Chinese
 * policy language make something else than a quantity: a year, an ordinal, a name, an
 * idiom, a slogan, a time span. They run in this order; the first that rejects names the
 * reason (recorded with the `explain` option). Special forms (ratios, 百分之, 一半 …) carry
 * no amounts and are not filtered.
 */
import { charTable } from '../../text/scan.js';
import { CLOSING_QUOTES, CLOSING_TITLE_MARK, COMMAS, OPENING_QUOTES, OPENING_TITLE_MARK, SENTENCE_BREAKS } from '../../zh/chars.js';
import { NOT_COUNTS_AFTER_ONE } from '../units.js';
import type { Amount } from './amount.js';
import { isYear } from './candidate.js';
import { isTimeSpan, lastCharacters, prefixChange } from './context.js';
import type { FilterInput, QuantityFilter } from './types.js';
import { IDIOMS, SESSION_WORDS, SLOGAN_TAILS, WORD_BEFORE_NUMERAL } from './words.js';

const OPEN_QUOTE = charTable(`${OPENING_QUOTES}"${OPENING_TITLE_MARK}`);
const CLOSE_QUOTE = charTable(`${CLOSING_QUOTES}"${CLOSING_TITLE_MARK}`);
/** A quoted name ends within its sentence and clause: 。！？；, a line break or a comma. */
const QUOTE_STOP = charTable(SENTENCE_BREAKS + COMMAS);
const STRAIGHT_QUOTE = 34; // " opens and closes
const BOUNDARY = /^(?:$|[\s，,。；;、：:）)(（！!？?“”"]|以上|以下|和|与|及|或|[0-9])/;
const IDIOM_RE = new RegExp(IDIOMS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const MAX_IDIOM = Math.max(...IDIOMS.map((w) => w.length));
/**
 * Every two neighbouring characters of an idiom, as the char codes that follow each char code
 * in one: an idiom covering a position holds the pair that starts or ends there.
 */
const IDIOM_PAIRS = new Map<number, Set<number>>();
for (const w of IDIOMS) {
  for (let i = 0; i + 1 < w.length; i++) {
    const c = w.charCodeAt(i);
    IDIOM_PAIRS.set(c, (IDIOM_PAIRS.get(c) ?? new Set()).add(w.charCodeAt(i + 1)));
  }
}
const idiomPair = (first: number, second: number): boolean => IDIOM_PAIRS.get(first)?.has(second) === true;
/** Characters and words before a Chinese numeral that make it part of a word (第三, 初二, 周三, 统一, 唯一). */
const CN_WORD_BEFORE = new RegExp(`(?:${WORD_BEFORE_NUMERAL.join('|')})$`);
const CN_WORD_LAST = lastCharacters(WORD_BEFORE_NUMERAL);
/** Session ordinals: 十四届全国人大三次会议, 二十届三中全会. */
const SESSION_BEFORE = new RegExp(`(${SESSION_WORDS.join('|')})$`);
const SESSION_LAST = lastCharacters(SESSION_WORDS);
/** True when `s` ends in a character of `last` (the table of a pattern's last characters) and matches the end-anchored `pattern`. */
const endsWith = (s: string, last: Uint8Array, pattern: RegExp): boolean => last[s.charCodeAt(s.length - 1)] === 1 && pattern.test(s);
const LEVEL_LIST_BEFORE = /[省市县区乡镇村]$/;
const SESSION_AFTER = /^(?:会议|全会|全体会议|代表大会|党代会)/;
const COUNTED_TERMS_BEFORE = /(连续|举办|已办|累计|共|历经|办了)$/;
const ADMIN_AFTER = /^(?:省|自治区|直辖市|市|县|区|地区|国家)/;
/** Comparators strict enough to make 一 + measure word a count (至少一所, 一个以上); not 突破/近/约. */
const STRICT_CMP = new Set(['gte', 'lte', 'lt']);

/** True when an idiom (千家万户, 约法三章) covers the number at [start, end). */
function inIdiom(text: string, start: number, end: number): boolean {
  // an idiom covering `start` holds the pair of characters before or after it: without either, none does
  const here = text.charCodeAt(start);
  if (!idiomPair(text.charCodeAt(start - 1), here) && !idiomPair(here, text.charCodeAt(start + 1))) return false;
  const from = Math.max(0, start - MAX_IDIOM + 1);
  const window = text.slice(from, Math.min(text.length, end + MAX_IDIOM));
  IDIOM_RE.lastIndex = 0;
  for (let m = IDIOM_RE.exec(window); m; m = IDIOM_RE.exec(window)) {
    const s = from + m.index;
    if (s <= start && s + m[0].length > start) return true;
  }
  return false;
}

/** A short quoted name around the number (“五个中心”, “最多跑一次”, “一次挂号管三天”). */
function inShortQuote(text: string, start: number, end: number): boolean {
  const MAX = 12;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - MAX); i--) {
    const c = text.charCodeAt(i);
    if (CLOSE_QUOTE[c] && c !== STRAIGHT_QUOTE) return false;
    if (OPEN_QUOTE[c]) { open = i; break; }
    if (QUOTE_STOP[c]) return false;
  }
  if (open < 0) return false;
  for (let i = end; i < Math.min(text.length, open + MAX + 2); i++) {
    const c = text.charCodeAt(i);
    if (CLOSE_QUOTE[c]) return true;
    if (OPEN_QUOTE[c] && c !== STRAIGHT_QUOTE) return false;
    if (QUOTE_STOP[c]) return false;
  }
  return false;
}

/** The eight characters after the last amount. */
const after = ({ text, last }: FilterInput): string => text.slice(last.end, last.end + 8);
const chineseOne = (a: Amount): boolean => a.numeral === 'chinese' && (a.digits === '一' || a.digits === '壹');

/**
 * 一 + measure word is rhetoric (一支队伍, 每一个孩子, 一批) unless clearly a count: a strict
 * comparator (至少一所), an amount of change (增长一倍, 提高一个百分点), 各, or 在一个省.
 */
function rhetoricalOne({ text, first: a, before, prefix, suffix }: FilterInput): boolean {
  if (!chineseOne(a)) return false;
  if (a.unit !== null && NOT_COUNTS_AFTER_ONE.has(a.unit)) return true;
  if ((prefix && STRICT_CMP.has(prefix.comparator)) || (suffix && STRICT_CMP.has(suffix.comparator))) return false;
  if (a.cls === 'multiple' || a.cls === 'percent' || prefixChange(before) !== null) return false;
  if (/各$/.test(before)) return false;
  if (a.unit === '个' && /[在跨]$/.test(before) && ADMIN_AFTER.test(text.slice(a.end, a.end + 3))) return false;
  return true;
}

/**
 * A duration that is a time expression (the time extractor's), not an amount: 每5年,
 * 三年内, 近三年, 5日之内; but a bound duration (至少1个月, 不超过4个小时) is a quantity
 * even where a span word precedes it, unless 每 does.
 */
function timeSpan({ text, first: a, last: b, before, prefix: pre, suffix, end }: FilterInput): boolean {
  if (b.cls !== 'time') return false;
  const afterText = text.slice(suffix ? end + suffix.word.length : end, end + 12);
  const hasGte = !!(suffix && suffix.comparator === 'gte') || !!(pre && (pre.comparator === 'gte' || pre.comparator === 'gt'));
  const bound = !!pre && pre.comparator !== 'approx';
  const gteOrRange = hasGte || a !== b;
  // a mask that cannot be a year (X.X年, XX年: a year has four digits and no decimals)
  // is a length, read like 10.5年; a single X may be either and is read as a Chinese 年 is
  const numeral = a.numeral === 'masked' && (a.digits.includes('.') || a.digits.length === 2 || a.digits.length === 3) ? 'arabic' : a.numeral;
  const span =
    suffix?.word === '之内' || // 5日之内, 1个月之内: a window (the time extractor's), not an amount ≤ 1
    isTimeSpan(before, afterText, b.unit ?? '', numeral, gteOrRange) ||
    (!!pre && isTimeSpan(before.slice(0, pre.at), afterText, b.unit ?? '', numeral, gteOrRange));
  return span && (!bound || /每(?:隔)?$/.test(before.slice(0, pre?.at ?? before.length)));
}

export const QUANTITY_FILTERS: readonly QuantityFilter[] = [
  // (第 is one of the last two characters before the pattern can match)
  { name: 'ordinal', rejects: ({ before }) => before.indexOf('第', before.length - 2) >= 0 && /第\s?$/.test(before) },
  { name: 'word', rejects: ({ first, before }) => first.numeral === 'chinese' && endsWith(before, CN_WORD_LAST, CN_WORD_BEFORE) },
  { name: 'session', rejects: ({ first, last, before }) => endsWith(before, SESSION_LAST, SESSION_BEFORE) && (last.unit === '次' || last.unit === '届' || first.numeral === 'chinese') },
  { name: 'year', rejects: ({ first, last }) => isYear(first) || isYear(last) },
  // names in quotes: “五个中心”, “最多跑一次”
  { name: 'quoted-name', rejects: ({ text, first, last }) => inShortQuote(text, first.start, last.end) },
  { name: 'idiom', rejects: ({ text, first, last }) => inIdiom(text, first.start, last.end) },
  // before a measure word 2 is 两; a lone 二 is an ordinal (二期, 二轮, 二类, 二次开发)
  { name: 'ordinal-two', rejects: ({ first, last }) => first.numeral === 'chinese' && first.digits === '二' && last.cls !== 'percent' },
  {
    name: 'slogan', // 四个意识, 两个维护, 八项规定, 五位一体
    rejects: ({ text, last }) => {
      if (!(last.numeral === 'chinese' && (last.unit === '个' || last.unit === '项' || last.unit === '位' || last.unit === '条'))) return false;
      for (const t of SLOGAN_TAILS) if (text.startsWith(t, last.end)) return true;
      return false;
    },
  },
  { name: 'medal-name', rejects: (input) => input.last.cls === 'medal' && !BOUNDARY.test(after(input)) },
  {
    // 市、区两级; 省市县三级: a count of levels; otherwise 三级名校长, 二级以上, 四类优秀教师 are grades
    name: 'level-name',
    rejects: (input) => {
      const { last, before } = input;
      return last.cls === 'level' && !(last.digits === '两' || (LEVEL_LIST_BEFORE.test(before) && BOUNDARY.test(after(input))) || (last.unit === '类' && last.numeral !== 'chinese'));
    },
  },
  // 二次: an ordinal; 三次会议, 八次全会: a session
  { name: 'ordinal-times', rejects: ({ last }) => last.unit === '次' && last.numeral === 'chinese' && last.digits === '二' },
  { name: 'session-meeting', rejects: (input) => input.last.unit === '次' && input.last.numeral === 'chinese' && input.last.digits !== '两' && SESSION_AFTER.test(after(input)) },
  {
    // 二期工程, 18号线二期, 二十届历次全会: a Chinese numeral before 期/届 names a phase or a term
    name: 'phase',
    rejects: ({ last, before }) => last.numeral === 'chinese' && last.digits !== '两' && (last.unit === '期' || (last.unit === '届' && !COUNTED_TERMS_BEFORE.test(before))),
  },
  // 前五位, 前10名: a rank
  { name: 'rank', rejects: ({ last, before }) => (last.unit === '位' || last.unit === '名') && /[前后]$/.test(before) },
  // 15分钟社区生活圈, 1小时通勤圈: names of service radii
  { name: 'circle-name', rejects: (input) => input.last.cls === 'time' && /^[\u4e00-\u9fff]{0,6}圈/.test(after(input)) },
  // 1%人口抽样调查: the name of a sample survey
  { name: 'survey-name', rejects: (input) => input.last.cls === 'percent' && /^(?:人口)?抽样/.test(after(input)) },
  { name: 'clock', rejects: ({ text, last }) => last.unit === '点' && last.numeral !== 'chinese' && !/[\u4e00-\u9fff]/.test(text[last.end] ?? '') },
  { name: 'time-span', rejects: timeSpan },
  // a single amount only: 一 at the start of a range or change is a figure
  { name: 'rhetorical-one', rejects: (input) => input.first === input.last && rhetoricalOne(input) },
];

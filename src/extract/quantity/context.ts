/**
 * The words around a number that bind to it: comparators (至少, 以上, 左右), change
 * verbs (提高, 下降, 提高到) and the time-span contexts in which a duration is a
 * deadline or a recurrence rather than a quantity (每5年, 三年内, 近三年).
 *
 * Comparators follow the legal reading of 民法典 第1259条: 以上/以下/以内 include the
 * number; 超过/不满 exclude it.
 */
import type { Change, Comparator } from '../../schema/extraction.js';
import { charTable } from '../../text/scan.js';
import {
  CHANGE_TO, COMPARATORS_AFTER, COMPARATORS_BEFORE, COMPARATOR_LINKS, type ComparatorWord, DECREASE_VERBS, INCREASE_VERBS, LOOSE_COMPARATORS,
  SHORT_DECREASE_VERBS, SHORT_INCREASE_VERBS,
} from './words.js';

/** How far back the prefix readers look (characters). */
export const LOOKBACK = 12;

interface PrefixComparator {
  comparator: Comparator;
  approximate: boolean;
  /** Offset (in `before`) where the comparator word starts. */
  at: number;
}

const CMP_MAP = new Map(COMPARATORS_BEFORE.map((c) => [c.word, c]));
const CMP_WORDS = COMPARATORS_BEFORE.map((c) => c.word);
const alt = (ws: readonly string[]): string => ws.join('|');
/** The last characters of `words`, as a table: a string ending in none of them ends in no word (a cheap test before an end-anchored pattern). */
export const lastCharacters = (words: readonly string[]): Uint8Array => charTable(words.map((w) => w[w.length - 1]).join(''));
/** A comparator right before the number (allowing 为/达/达到/在 between: 不低于达到…, 超过了). */
const CMP_ADJ = new RegExp(`(${alt(CMP_WORDS)})(?:${alt(COMPARATOR_LINKS)})? ?$`);
const CMP_ADJ_LAST = lastCharacters([...CMP_WORDS, ...COMPARATOR_LINKS]);
/** Comparators that bind across a short verb phrase: 至少开辟1块, 原则上至少建设一所, 不少于安排2次. */
const CMP_LOOSE = new RegExp(`(${alt(LOOSE_COMPARATORS)})[\\u4e00-\\u9fff]{1,4}$`);
const CMP_LOOSE_LAST = lastCharacters(LOOSE_COMPARATORS);
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** True when CMP_ADJ can match `before`: its last character (before one optional space) ends a comparator or a link word. */
function mayEndInComparator(before: string): boolean {
  let i = before.length - 1;
  if (before.charCodeAt(i) === 32) i--;
  return i >= 0 && CMP_ADJ_LAST[before.charCodeAt(i)] === 1;
}

/** True when CMP_LOOSE can match `before`: it ends in a CJK character, and a loose comparator can end 1 to 4 characters before its end. */
function mayHoldLooseComparator(before: string): boolean {
  const n = before.length;
  if (!isCjk(before.charCodeAt(n - 1))) return false;
  for (let i = Math.max(0, n - 5); i <= n - 2; i++) if (CMP_LOOSE_LAST[before.charCodeAt(i)] === 1) return true;
  return false;
}

/** The comparator bound to a number from the text right before it. */
export function prefixComparator(before: string): PrefixComparator | null {
  let m = mayEndInComparator(before) ? CMP_ADJ.exec(before) : null;
  if (!m && mayHoldLooseComparator(before)) m = CMP_LOOSE.exec(before);
  if (!m) return null;
  const word = (m[1] as string).replace(/^力争/, '');
  const c = CMP_MAP.get(word);
  if (!c) return null;
  // 近 inside a word (最近, 附近, 近年来) is not a comparator
  if (word === '近' && /(最|附|临|接|将|靠|就)近$/.test(before.slice(0, m.index + 1))) return null;
  if (word === '超' && /[赶高]超$/.test(before.slice(0, m.index + 1))) return null;
  return { comparator: c.comparator, approximate: c.approximate, at: m.index };
}

const SUFFIX_MAP = new Map(COMPARATORS_AFTER.map((c) => [c.word, c]));
const SUFFIX_Y = new RegExp(alt(COMPARATORS_AFTER.map((c) => c.word)), 'y');
/** The first characters of the suffix comparators: after any other character there is none. */
const SUFFIX_FIRST = charTable(COMPARATORS_AFTER.map((c) => c.word[0]).join(''));

/** A comparator right after the unit: 以上 (gte), 以下/以内 (lte), 左右/上下 (approx). */
export function suffixComparator(text: string, pos: number): ComparatorWord | null {
  if (SUFFIX_FIRST[text.charCodeAt(pos)] !== 1) return null;
  SUFFIX_Y.lastIndex = pos;
  const m = SUFFIX_Y.exec(text);
  if (!m) return null;
  // 上下 only as "about" when not a verb phrase (上下功夫, 上下联动)
  if (m[0] === '上下' && /[功联贯齐一同协级游]/.test(text[pos + 2] ?? '')) return null;
  return SUFFIX_MAP.get(m[0])!;
}

const CHANGE_RE = new RegExp(
  `(${alt([...INCREASE_VERBS, ...DECREASE_VERBS])}|${alt([...SHORT_INCREASE_VERBS, ...SHORT_DECREASE_VERBS])})(了)?(${alt(CHANGE_TO)})?$`,
);
const CHANGE_LAST = lastCharacters([...INCREASE_VERBS, ...DECREASE_VERBS, ...SHORT_INCREASE_VERBS, ...SHORT_DECREASE_VERBS, '了', ...CHANGE_TO]);
const INCREASE_SET = new Set([...INCREASE_VERBS, ...SHORT_INCREASE_VERBS]);

/** The change verb right before a number (or before its comparator): 增长5%, 下降2.7%, 提高到90.4%. */
export function prefixChange(before: string): Change | null {
  if (CHANGE_LAST[before.charCodeAt(before.length - 1)] !== 1) return null; // ends in no verb: the pattern cannot match
  const m = CHANGE_RE.exec(before);
  if (!m) return null;
  const verb = m[1] as string;
  const to = m[3] !== undefined;
  // single-character verbs only with 至/到 (增至, 降至): 新增9个 is an addition, not a change
  if (verb.length === 1 && !to) return null;
  if (verb === '降幅' || verb === '减幅') return { direction: 'decrease', points: false };
  if (to) return { direction: 'to', points: false };
  return { direction: INCREASE_SET.has(verb) ? 'increase' : 'decrease', points: false };
}

/** Before a duration: recurrence (每5年) or a span that is a deadline/period (近三年, 今后五年, 经过5年); 民国100年 is a year. */
const SPAN_BEFORE = /(民国|民國|每|每隔|隔|近|过去|未来|今后|这|那|经过|再用|用|历时|头|前|后|最近|此后|其后|之后|再过|奋斗|之前|此前|以前|以后|往后|截至)$/;
/** After a duration: 三年内, 三年来, 5年一周期, 24小时之内, 三年后, 五年时间, 3年半以来, 一年多来. */
const SPAN_AFTER = /^(?:半|多)?(?:内|之内|以来|来|后|以后|之后|前|以前|之前|间|期间|时间|一周期|一个周期|的时间|里|中|一次|一轮|一届|一换|计划|规划|行动|纲要|攻坚|建设规划)/;
/** The contexts in which a Chinese-numeral 年 is a length of time being counted (连续三年, 延长五年). */
const CN_YEAR_OK = /(连续|延长|延长至|满|至少|不少于|超过|长达|工作|累计|达)$/;

/** True when the duration at this place is a time expression (the time extractor's), not a quantity. */
export function isTimeSpan(before: string, after: string, unit: string, numeral: 'arabic' | 'chinese' | 'masked', hasGte: boolean): boolean {
  if (SPAN_BEFORE.test(before)) {
    // 在…期间 is a span; but 至少/超过 before wins (handled by the caller's comparator)
    return true;
  }
  if (SPAN_AFTER.test(after)) return true;
  // 三年, X年: without a counting context a Chinese-numeral or masked 年 is a time (X年 is
  // as often a masked year, 到X年底, as a length)
  if (unit === '年' && numeral !== 'arabic' && !hasGte && !CN_YEAR_OK.test(before)) return true;
  return false;
}

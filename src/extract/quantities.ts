/**
 * The quantity extractor: every measurable amount in a policy text, in chrono-node's shape.
 *
 * - PARSERS (quantity/parsers/, one form each: a plain amount, a range, a from-to change,
 *   a blanked figure, a ratio, 百分之, 分之, a slash share, 一半, 翻一番) are offered the
 *   positions their `first` characters start, by the first-character scan engine the time
 *   parsers share (text/first-character.ts); the first that reads at a position takes it.
 * - FILTERS (quantity/filters.ts), named, reject the candidates that Chinese policy language
 *   makes a year, a date, an ordinal, a name, a slogan, an idiom or a time span; the words
 *   around a kept one bind to it (quantity/context.ts: comparators and change verbs).
 * - REFINERS (quantity/refiners.ts) rework the list: cells glued in a flattened table, a
 *   change verb carried along a list (分别增长8.9%、7.7%).
 * Every step reads a bounded window around the candidate, so the whole extraction is
 * linear in the text. Each quantity names the rule that produced it (`rule`).
 *
 * Conventions (see docs in the tests' case table):
 * - value: the number; 万/亿 folded in for measure words (1256万人 → 12560000 人), kept
 *   in the unit for money (17.56亿元 → 17.56 亿元, yuan 1756000000).
 * - ranges: value = min, with min/max; from-to: value = to, with from/to and change "to".
 * - 三成 → 30 %; 三分之一 → 0.333…, unit null (a proportion, like 一半 → 0.5);
 *   翻一番 → 1 番 with change "multiply"; 1:2000 → 0.0005, unit "ratio", ratio "1:2000".
 * - raw covers the number, unit and a trailing comparator (以上, 左右), not a leading one.
 */
import type { Comparator } from '../schema/extraction.js';
import { type FirstCharacterIndex, indexByFirstCharacter, nextStart } from '../text/first-character.js';
import { foldForMatching, foldForms } from '../zh/fold.js';
import { percentSlipEnd } from './quantity/amount.js';
import { LOOKBACK, prefixChange, prefixComparator, suffixComparator } from './quantity/context.js';
import { countedNoun } from './quantity/counts.js';
import { QUANTITY_FILTERS } from './quantity/filters.js';
import { type NumberStart, readNumberStart } from './quantity/parsers/number.js';
import { QUANTITY_PARSERS, QUANTITY_PARSERS_READING_EVERY_NUMERAL } from './quantity/parsers/index.js';
import { QUANTITY_REFINERS } from './quantity/refiners.js';
import { type Token, tokenAt } from './quantity/tokens.js';
import type { Candidate, QuantityMatch, QuantityParser, QuantityScan, RejectedCandidate } from './quantity/types.js';

export type { QuantityMatch, RejectedCandidate } from './quantity/types.js';

export interface FindQuantitiesOptions {
  /** False only to test that skipping word numerals changes nothing. */
  skipWordNumerals?: boolean;
  /**
   * Offsets where text was cut out (a paywall's ……省略715字……): no quantity reads across
   * one, so 百分之二十……(省略)……左右 is 百分之二十, not 百分之二十左右.
   */
  barriers?: readonly number[];
  /** The text is already folded for matching (zh/fold.ts), as in `parse`: the fold is skipped. */
  folded?: boolean;
  /**
   * When given, every candidate a filter rejected is pushed to it (`parse`'s `explain`
   * option): which parser proposed it and which filter rejected it, in working offsets.
   */
  rejected?: RejectedCandidate[];
}

/** A parser list with its first-character index, built once per list (module constants). */
interface ParserSet {
  parsers: readonly QuantityParser[];
  index: FirstCharacterIndex;
}
const withIndex = (parsers: readonly QuantityParser[]): ParserSet => ({ parsers, index: indexByFirstCharacter(parsers) });
const DEFAULT_SET = withIndex(QUANTITY_PARSERS);
const EVERY_NUMERAL_SET = withIndex(QUANTITY_PARSERS_READING_EVERY_NUMERAL);

/**
 * Every measurable amount in `text`; start/end are offsets into `text`; text.slice(start,end) === raw.
 * Matching runs on the text folded (half-width, Simplified: zh/fold.ts); `raw` is as written and
 * `unit` has its forms folded only (億元, %). Never throws, linear time.
 */
export function findQuantities(input: string, options: FindQuantitiesOptions = {}): QuantityMatch[] {
  let out: QuantityMatch[] = [];
  if (typeof input !== 'string' || input.length === 0) return out;
  const text = options.folded ? input : foldForMatching(input);
  const set = options.skipWordNumerals ?? true ? DEFAULT_SET : EVERY_NUMERAL_SET;
  const ends = [...(options.barriers ?? [])].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b);
  ends.push(text.length);
  let from = 0;
  for (const end of ends) {
    // the segment is scanned on the text cut at its end: a reader can look back, never past the cut
    scan(end === text.length ? text : text.slice(0, end), from, set, out, options.rejected);
    from = end;
  }
  for (const refiner of QUANTITY_REFINERS) out = refiner.refine(text, out);
  if (text !== input) for (const q of out) asWritten(q, input, text);
  return out;
}

/** A quantity's raw as written in `input`, and its unit with the forms folded only (億元 stays 億元). */
function asWritten(q: QuantityMatch, input: string, folded: string): void {
  const matched = folded.slice(q.start, q.end);
  q.raw = input.slice(q.start, q.end);
  if (q.unit === null) return;
  const k = matched.lastIndexOf(q.unit);
  if (k >= 0) q.unit = foldForms(input.slice(q.start + k, q.start + k + q.unit.length));
}

/** One pass of the parsers over `text` from `from`: at each position, the first parser that reads there takes it. */
function scan(text: string, from: number, { parsers, index }: ParserSet, out: QuantityMatch[], rejected: RejectedCandidate[] | undefined): void {
  // the token and the number at the position being read, read once whichever parsers ask
  let tokenPos = -1;
  let token: Token | null = null;
  let numberPos = -1;
  let number: NumberStart | null = null;
  const context: QuantityScan = {
    text,
    token(at) {
      if (at !== tokenPos) {
        tokenPos = at;
        token = tokenAt(text, at);
      }
      return token;
    },
    number(at) {
      if (at !== numberPos) {
        numberPos = at;
        number = readNumberStart(context, at);
      }
      return number;
    },
  };
  const { bucketOf, buckets } = index;
  const to = text.length;
  let at = nextStart(text, index, from, to);
  while (at < to) {
    let resume = at + 1;
    for (const k of buckets[bucketOf[text.charCodeAt(at)]!]!) {
      const parser = parsers[k]!;
      // no try/catch: a parser that throws is a bug to see, not a quantity to drop silently
      const reading = parser.read(context, at);
      if (reading === null) continue;
      if (typeof reading === 'number') {
        resume = Math.max(resume, reading);
        break;
      }
      const q = finish(text, reading.candidate, text.slice(Math.max(0, at - LOOKBACK), at), parser.name, rejected);
      if (q) {
        out.push(q);
        resume = Math.max(resume, reading.resume, q.end);
        break;
      }
      if (parser.fallThrough) continue;
      resume = Math.max(resume, reading.resume);
      break;
    }
    at = nextStart(text, index, resume, to);
  }
}

/**
 * Where a minus sign before the number at `start` begins, or -1: -2.5%, −3, 负四十五亿. A
 * hyphen after a digit, a letter or a closing bracket joins a range or a code (3-5, G-20),
 * and 负 is a sign only right before the numeral.
 */
function signAt(text: string, start: number): number {
  const c = text.charCodeAt(start - 1);
  if (c === 0x8d1f) return /[正胜抱担欠自]/.test(text[start - 2] ?? '') ? -1 : start - 1; // 负
  if (c !== 0x2d && c !== 0x2212) return -1; // - −
  return /[0-9A-Za-z.%)\]\-−~]/.test(text[start - 2] ?? '') ? -1 : start - 1;
}

/** Runs the filters on a candidate and binds its sign, comparator and change: the quantity, or null when a filter rejects it. */
function finish(text: string, c: Candidate, beforeNumber: string, parser: string, rejected: RejectedCandidate[] | undefined): QuantityMatch | null {
  let before = beforeNumber;
  const sign = c.value !== null && c.min === undefined && c.from === undefined && c.ratio === undefined ? signAt(text, c.start) : -1;
  if (sign >= 0) {
    // 增长-2.5%: the words before the sign bind (a growth of −2.5 %)
    before = text.slice(Math.max(0, sign - LOOKBACK), sign);
    c = { ...c, start: sign, value: -(c.value as number) };
    if (c.yuan !== undefined) c.yuan = -c.yuan;
  }
  let end = percentSlipEnd(text, c.end, c.unit);
  const suffix = suffixComparator(text, end);
  const pre = prefixComparator(before);
  if (c.first && c.last) {
    const input = { text, candidate: c, first: c.first, last: c.last, before, prefix: pre, suffix, end };
    for (const filter of QUANTITY_FILTERS) {
      if (!filter.rejects(input)) continue;
      rejected?.push({ start: c.start, end: c.end, parser, filter: filter.name });
      return null;
    }
  }
  if (suffix) end += suffix.word.length;
  let comparator: Comparator = c.comparator ?? 'eq';
  let approximate = c.approx;
  if (pre && !c.comparator) {
    comparator = pre.comparator;
    approximate ||= pre.approximate;
  }
  if (suffix && (comparator === 'eq' || (suffix.comparator !== 'approx' && pre?.comparator === 'approx'))) {
    comparator = suffix.comparator;
    approximate ||= suffix.approximate;
  } else if (suffix?.approximate) approximate = true;
  if (comparator === 'eq' && approximate) comparator = 'approx';
  let change = c.change;
  if (!change) {
    const ch = prefixChange(pre ? before.slice(0, pre.at) : before);
    if (ch) change = ch;
  }
  if (change && c.unit && /百分点$/.test(c.unit)) change = { ...change, points: true };
  const raw = text.slice(c.start, end);
  const q: QuantityMatch = {
    raw,
    value: c.masked ? null : c.value,
    unit: c.unit,
    counts: c.countable ? countedNoun(text, c.start, end) : null,
    comparator,
    approximate,
    masked: c.masked,
    rule: c.rule,
    start: c.start,
    end,
  };
  if (c.min !== undefined) q.min = c.min;
  if (c.max !== undefined) q.max = c.max;
  if (c.from !== undefined) q.from = c.from;
  if (c.to !== undefined) q.to = c.to;
  if (change) q.change = change;
  if (c.yuan !== undefined && !c.masked) q.yuan = c.yuan;
  if (c.ratio !== undefined) q.ratio = c.ratio;
  return q;
}

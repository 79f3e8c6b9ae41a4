import type { TimeExpression } from '../schema/extraction.js';
import { createContext } from './time/context.js';
import { absoluteParser, dateRangeParser, firstMonthsParser, monthRangeParser, rocYearParser, sinceDateParser, yearSpanParser } from './time/parsers/absolute.js';
import { durationParsers } from './time/parsers/duration.js';
import { fiveYearPlanParser } from './time/parsers/five-year-plan.js';
import { pastParsers } from './time/parsers/past.js';
import { phraseParsers } from './time/parsers/phrases.js';
import { recurringParsers } from './time/parsers/recurring.js';
import { relativeParsers } from './time/parsers/relative.js';
import type { TimeCandidate, TimeParser } from './time/types.js';
import type { Zones } from './zones.js';
import { type FirstCharacterIndex, indexByFirstCharacter, nextStart } from '../text/first-character.js';

export type TimeMatch = Omit<TimeExpression, 'type' | 'position'> & { start: number; end: number };

export interface TimeOptions {
  /**
   * Date the relative expressions (今年, 年内, 明年) resolve against: an ISO date (YYYY-MM-DD),
   * a year alone (YYYY, a document date read from a title), or a Date; null leaves them
   * unresolved. A Date at midnight UTC (new Date('2024-03-15')) is read in UTC, any other in
   * local time (new Date(2024, 2, 15)).
   */
  referenceDate?: string | Date | null;
  /** The zone decision made after the outline (parse passes it); without it, from the top-level headings. */
  zones?: Zones;
}

/** Every parser, in no particular order: overlaps are settled by length, then priority. */
export const TIME_PARSERS: readonly TimeParser[] = [
  fiveYearPlanParser,
  yearSpanParser,
  dateRangeParser,
  absoluteParser,
  rocYearParser,
  monthRangeParser,
  firstMonthsParser,
  sinceDateParser,
  ...relativeParsers,
  ...pastParsers,
  ...recurringParsers,
  ...durationParsers,
  ...phraseParsers,
];

/**
 * Every temporal expression in `text` that frames a statement: deadlines (年内, 到2025年底,
 * 2025年6月底前, 三年内, 自印发之日起), periods (“十四五”, 2025-2030, 三年行动计划,
 * 当前和今后一个时期), recurring ones (每学期, 定期, 逐年) and past spans (近三年, 截至目前,
 * 过去一年, “十四五”以来). Dates inside names (2025年全国教育工作会议), comparison bases
 * (比上年) and signature dates are not times. Relative ones resolve against
 * `referenceDate`; without it they stay unresolved (interval null). Linear in the text.
 * `parsers` narrows the search to some of TIME_PARSERS (all by default).
 */
export function findTimes(text: string, options: TimeOptions = {}, parsers: readonly TimeParser[] = TIME_PARSERS): TimeMatch[] {
  const ctx = createContext(text, options.referenceDate, options.zones);
  const perParser: TimeCandidate[][] = parsers.map(() => []);
  const keep = (k: number, m: RegExpExecArray) => {
    const built = parsers[k]!.build(m, ctx);
    if (!built) return;
    for (const c of Array.isArray(built) ? built : [built]) if (c.end > c.start) perParser[k]!.push(c);
  };
  parsers.forEach((parser, k) => {
    if (parser.first === undefined) for (const m of matches(parser, text)) keep(k, m);
  });
  scanFirstCharacters(parsers, text, keep);
  // candidates in parser order, each parser's in text order (settle breaks ties by that order)
  const found = perParser.flat();
  return settle(found).map((c) => ({
    kind: c.kind,
    interval: c.interval,
    resolution: c.resolution,
    recurrence: c.recurrence,
    rule: c.rule,
    start: c.start,
    end: c.end,
    raw: text.slice(c.start, c.end),
  }));
}

/**
 * The parsers that declare the characters their matches start with, all in one pass over
 * the text (the shared first-character engine, text/first-character.ts): at a position
 * whose character starts some of them, each of those is tried (sticky) unless its last
 * match still covers the position. Each finds what its own global scan would find; the
 * text is read once instead of once per parser.
 */
function scanFirstCharacters(parsers: readonly TimeParser[], text: string, keep: (k: number, m: RegExpExecArray) => void): void {
  const { index, sticky } = firstCharacterIndex(parsers);
  const { bucketOf, buckets } = index;
  const next = new Int32Array(parsers.length); // the first start each parser's global scan would still try
  const to = text.length;
  for (let i = nextStart(text, index, 0, to); i < to; i = nextStart(text, index, i + 1, to)) {
    for (const k of buckets[bucketOf[text.charCodeAt(i)]!]!) {
      if (i < next[k]!) continue;
      const re = sticky[k]!;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      keep(k, m);
      next[k] = i + m[0].length;
    }
  }
}

interface TimeParserIndex {
  index: FirstCharacterIndex;
  /** Each parser's pattern as a sticky regex (for the parsers with first characters). */
  sticky: (RegExp | undefined)[];
}

const FIRST_CHARACTER_INDEXES = new WeakMap<readonly TimeParser[], TimeParserIndex>();
function firstCharacterIndex(parsers: readonly TimeParser[]): TimeParserIndex {
  let index = FIRST_CHARACTER_INDEXES.get(parsers);
  if (index) return index;
  index = { index: indexByFirstCharacter(parsers), sticky: parsers.map((p) => (p.first === undefined ? undefined : compiled(p.pattern, 'y'))) };
  FIRST_CHARACTER_INDEXES.set(parsers, index);
  return index;
}

/** The non-empty matches of a parser's pattern, left to right, as a global scan finds them. */
function* matches(parser: TimeParser, text: string): Generator<RegExpExecArray> {
  if (parser.anchor) {
    yield* anchoredMatches(parser, parser.anchor.reach, text);
    return;
  }
  const re = compiled(parser.pattern, 'g');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

/**
 * The same matches as a global scan, but the pattern is only tried (sticky) at the starts
 * within `reach` before an anchor hit: every start is still tried in order, once, except
 * those no match can begin at.
 */
function* anchoredMatches(parser: TimeParser, reach: number, text: string): Generator<RegExpExecArray> {
  const anchor = compiled(parser.anchor!.pattern, 'g');
  const sticky = compiled(parser.pattern, 'y');
  let next = 0; // first start a global scan would still try
  let a: RegExpExecArray | null;
  anchor.lastIndex = 0;
  while ((a = anchor.exec(text))) {
    const at = a.index;
    anchor.lastIndex = at + 1; // anchor hits may overlap
    for (let s = Math.max(next, at - reach); s <= at; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        yield m;
        s = s + m[0].length - 1;
      }
      next = s + 1;
    }
  }
}

/** Each pattern compiled once per flag set (compiling per call was a hot spot). */
const COMPILED = new Map<string, WeakMap<RegExp, RegExp>>();
function compiled(pattern: RegExp, mode: 'g' | 'y'): RegExp {
  let cache = COMPILED.get(mode);
  if (!cache) COMPILED.set(mode, (cache = new WeakMap()));
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + mode);
    cache.set(pattern, re);
  }
  return re;
}

/** Keeps the longest of overlapping candidates (then the higher priority, then the earlier), in text order. */
function settle(found: TimeCandidate[]): TimeCandidate[] {
  const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start);
  const kept: TimeCandidate[] = [];
  // Marks the characters covered by kept candidates: overlap is then a scan of the candidate's
  // own span instead of a scan of every kept candidate (quadratic on long texts).
  let limit = 0;
  for (const c of found) if (c.end > limit) limit = c.end;
  const taken = new Uint8Array(limit);
  for (const c of order) {
    let overlaps = false;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        overlaps = true;
        break;
      }
    }
    if (overlaps) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

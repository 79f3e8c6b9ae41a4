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
import { type FirstCharacterIndex, indexByFirstCharacter, leadingCharactersOf } from '../text/first-character.js';

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
  /**
   * The outline's headings (parse passes them): each from its marker's start to its title's
   * end, with the marker's end. A heading's title starts a clause and its end closes one, also
   * where a run-in title has no punctuation after it (a one-line text: 一、2025年工作回顾2025年是…).
   */
  headings?: readonly HeadingBounds[];
}

/** A heading's span in the text: marker start, marker end, title end. */
export interface HeadingBounds {
  start: number;
  markerEnd: number;
  end: number;
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
  const ctx = createContext(text, options.referenceDate, options.zones, options.headings);
  const perParser: TimeCandidate[][] = parsers.map(() => []);
  const keep = (k: number, m: RegExpExecArray) => {
    const built = parsers[k]!.build(m, ctx);
    if (!built) return;
    for (const c of Array.isArray(built) ? built : [built]) if (c.end > c.start) perParser[k]!.push(c);
  };
  parsers.forEach((parser, k) => {
    if (parser.first === undefined && parser.anchor === undefined) for (const m of matches(parser, text)) keep(k, m);
  });
  scanFirstCharacters(parsers, text, keep);
  // candidates in parser order, each parser's in text order (settle breaks ties by that order)
  const found: TimeCandidate[] = [];
  for (const list of perParser) for (const c of list) found.push(c); // not .flat(): its generic path cost more than the push loop
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
 * The parsers that declare where their matches start (`first`) or carry an anchor, all in
 * one pass over the text (the shared first-character engine, text/first-character.ts). A
 * parser with `first` is tried (sticky) at each position whose character starts it, unless
 * its last match still covers the position. An anchored parser is offered the positions
 * whose character can start its anchor: where the anchor matches (each distinct anchor is
 * tested once per position, whichever parsers share it), its pattern is tried at the starts
 * within `reach` before, each start once, skipping the characters no match begins with.
 * Neither is tried where the next character cannot be the second of a match (of the
 * pattern, of the anchor): a table lookup instead of a regex call.
 * Each parser finds what its own global scan would find; the text is read once instead of
 * once per parser and once per anchor.
 */
function scanFirstCharacters(parsers: readonly TimeParser[], text: string, keep: (k: number, m: RegExpExecArray) => void): void {
  const { index, entry, someSecond, bucketStart, bucketParsers, sticky, anchorOf, anchors, reach, startMasks, secondMaskOf, bitOf } = scanIndex(parsers);
  const { bucketOf } = index;
  const next = new Int32Array(parsers.length); // the first start each parser's global scan would still try
  const anchorTestedAt = new Int32Array(anchors.length).fill(-1); // the position each anchor was last tested at
  const anchorHit = new Uint8Array(anchors.length); // and whether it matched there
  const to = text.length;
  for (let i = 0; i < to; i++) {
    const code = text.charCodeAt(i);
    const enter = entry[code]!;
    if (enter === NO_ENTRY) continue;
    const second = i + 1 < to ? text.charCodeAt(i + 1) : 0; // 0: the text ends (a one-character match's "second")
    if (enter === ENTRY_BY_SECOND && someSecond[second] === 0) continue;
    const b = bucketOf[code]!;
    for (let j = bucketStart[b]!, end = bucketStart[b + 1]!; j < end; j++) {
      const k = bucketParsers[j]!;
      if (i < next[k]! || (secondMaskOf[k]![second]! & bitOf[k]!) === 0) continue;
      const re = sticky[k]!;
      const a = anchorOf[k]!;
      if (a < 0) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (m === null || m[0].length === 0) continue;
        keep(k, m);
        next[k] = i + m[0].length;
        continue;
      }
      if (anchorTestedAt[a] !== i) {
        anchorTestedAt[a] = i;
        const anchor = anchors[a]!;
        anchor.lastIndex = i;
        anchorHit[a] = anchor.test(text) ? 1 : 0;
      }
      if (anchorHit[a] === 0) continue;
      // the starts a global scan tries that are within reach of this anchor hit
      const mask = startMasks[k >> 5]!;
      const bit = bitOf[k]!;
      for (let s = Math.max(next[k]!, i - reach[k]!); s <= i; s++) {
        if ((mask[text.charCodeAt(s)]! & bit) !== 0) {
          re.lastIndex = s;
          const m = re.exec(text);
          if (m !== null && m[0].length > 0) {
            keep(k, m);
            s += m[0].length - 1;
          }
        }
        next[k] = s + 1;
      }
    }
  }
}

/** entry[code]: no parser is offered a position holding that character … */
const NO_ENTRY = 0;
/** … some are, if the next character can come second for one of them (someSecond) … */
const ENTRY_BY_SECOND = 1;
/** … some are, whatever comes next (one of them can match one character, or any character second). */
const ENTRY_ALWAYS = 2;
/** Every character can come second (a parser whose matches can be one character long). */
const ANY_SECOND = new Uint32Array(0x10000).fill(0xffffffff);

interface TimeParserIndex {
  /** By character: the parsers with `first` that start with it, and the anchored parsers whose anchor can. */
  index: FirstCharacterIndex;
  /** By character: NO_ENTRY, ENTRY_BY_SECOND or ENTRY_ALWAYS. */
  entry: Uint8Array;
  /** 1 for the characters that can come second for some parser (the union of secondMaskOf). */
  someSecond: Uint8Array;
  /** Bucket b's parsers are bucketParsers[bucketStart[b] … bucketStart[b + 1]) (index.buckets, flat). */
  bucketStart: Int32Array;
  bucketParsers: Int32Array;
  /** Each scanned parser's pattern as a sticky regex. */
  sticky: (RegExp | undefined)[];
  /** Each parser's anchor (an index into `anchors`), or -1. */
  anchorOf: Int32Array;
  /** The distinct anchors (by source), sticky. */
  anchors: RegExp[];
  /** Each anchored parser's reach. */
  reach: Int32Array;
  /** bitOf[k] of startMasks[k >> 5][code]: a match of anchored parser k's pattern can start with that character. */
  startMasks: Uint32Array[];
  /** bitOf[k] of secondMaskOf[k][code]: that character can come second in a match of parser k's pattern (its anchor's, if it has one); 0 stands for the text's end. */
  secondMaskOf: Uint32Array[];
  /** 1 << (k & 31). */
  bitOf: Int32Array;
}

const SCAN_INDEXES = new WeakMap<readonly TimeParser[], TimeParserIndex>();
/** A parser list's scan index, built once per list (the lists are module constants). */
function scanIndex(parsers: readonly TimeParser[]): TimeParserIndex {
  let built = SCAN_INDEXES.get(parsers);
  if (built) return built;
  const anchorSources = new Map<string, number>();
  const anchors: RegExp[] = [];
  const anchorOf = new Int32Array(parsers.length).fill(-1);
  const reach = new Int32Array(parsers.length);
  const bitOf = new Int32Array(parsers.length).map((_, k) => 1 << (k & 31));
  const words = Math.ceil(parsers.length / 32);
  const startMasks = Array.from({ length: words }, () => new Uint32Array(0x10000));
  const secondMasks = Array.from({ length: words }, () => new Uint32Array(0x10000));
  const secondMaskOf: Uint32Array[] = parsers.map((_, k) => secondMasks[k >> 5]!);
  const someSecond = new Uint8Array(0x10000);
  const always = new Set<number>(); // the parsers tried whatever comes second
  const mark = (masks: Uint32Array[], k: number, chars: string) => {
    for (let j = 0; j < chars.length; j++) masks[k >> 5]![chars.charCodeAt(j)]! |= bitOf[k]!;
  };
  const markSecond = (k: number, chars: string | null) => {
    if (chars === null) {
      secondMaskOf[k] = ANY_SECOND;
      always.add(k);
    } else {
      mark(secondMasks, k, chars);
      for (let j = 0; j < chars.length; j++) someSecond[chars.charCodeAt(j)] = 1;
    }
  };
  const triggers: { first?: string }[] = parsers.map((p, k) => {
    if (!p.anchor) {
      if (p.first !== undefined) markSecond(k, leadingCharacters(p.pattern).second);
      return { first: p.first };
    }
    const key = `${p.anchor.pattern.flags}/${p.anchor.pattern.source}`;
    let a = anchorSources.get(key);
    if (a === undefined) {
      anchorSources.set(key, (a = anchors.length));
      anchors.push(compiled(p.anchor.pattern, 'y'));
    }
    anchorOf[k] = a;
    reach[k] = p.anchor.reach;
    mark(startMasks, k, leadingCharacters(p.pattern).first);
    const anchor = leadingCharacters(p.anchor.pattern);
    markSecond(k, anchor.second);
    return { first: anchor.first };
  });
  const index = indexByFirstCharacter(triggers);
  const entry = new Uint8Array(0x10000);
  for (const t of triggers) for (const ch of t.first ?? '') entry[ch.charCodeAt(0)] = ENTRY_BY_SECOND;
  for (const k of always) for (const ch of triggers[k]!.first ?? '') entry[ch.charCodeAt(0)] = ENTRY_ALWAYS;
  const bucketStart = new Int32Array(index.buckets.length + 1);
  index.buckets.forEach((bucket, b) => (bucketStart[b + 1] = bucketStart[b]! + bucket.length));
  const bucketParsers = Int32Array.from(index.buckets.flat());
  const sticky = parsers.map((p, k) => (triggers[k]!.first === undefined ? undefined : compiled(p.pattern, 'y')));
  built = { index, entry, someSecond, bucketStart, bucketParsers, sticky, anchorOf, anchors, reach, startMasks, secondMaskOf, bitOf };
  SCAN_INDEXES.set(parsers, built);
  return built;
}

/** The leading characters of a pattern, read once per pattern (the patterns are module constants). */
const LEADING = new WeakMap<RegExp, ReturnType<typeof leadingCharactersOf>>();
function leadingCharacters(pattern: RegExp): ReturnType<typeof leadingCharactersOf> {
  let leading = LEADING.get(pattern);
  if (!leading) LEADING.set(pattern, (leading = leadingCharactersOf(pattern)));
  return leading;
}

/** The non-empty matches of a parser's pattern, left to right, as a global scan finds them (for parsers with neither `first` nor an anchor). */
function* matches(parser: TimeParser, text: string): Generator<RegExpExecArray> {
  const re = compiled(parser.pattern, 'g');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
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

import type { TimeExpression } from '../schema/extraction.js';
import { createContext } from './time/context.js';
import { absoluteParser, dateRangeParser, yearSpanParser } from './time/parsers/absolute.js';
import { durationParsers } from './time/parsers/duration.js';
import { fiveYearPlanParser } from './time/parsers/five-year-plan.js';
import { pastParsers } from './time/parsers/past.js';
import { phraseParsers } from './time/parsers/phrases.js';
import { recurringParsers } from './time/parsers/recurring.js';
import { relativeParsers } from './time/parsers/relative.js';
import type { TimeCandidate, TimeParser } from './time/types.js';

export type TimeMatch = Omit<TimeExpression, 'type' | 'position'> & { start: number; end: number };

export interface TimeOptions {
  /** ISO date the relative expressions (今年, 年内, 明年) resolve against; null leaves them unresolved. */
  referenceDate?: string | null;
}

/** Every parser, in no particular order: overlaps are settled by length, then priority. */
export const TIME_PARSERS: readonly TimeParser[] = [
  fiveYearPlanParser,
  yearSpanParser,
  dateRangeParser,
  absoluteParser,
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
 */
export function findTimes(text: string, options: TimeOptions = {}): TimeMatch[] {
  const ctx = createContext(text, options.referenceDate);
  const found: TimeCandidate[] = [];
  for (const parser of TIME_PARSERS) {
    const re = new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : parser.pattern.flags + 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const built = parser.build(m, ctx);
      if (!built) continue;
      for (const c of Array.isArray(built) ? built : [built]) if (c.end > c.start) found.push(c);
    }
  }
  return settle(found).map(({ priority: _p, ...c }) => ({ ...c, raw: text.slice(c.start, c.end) }));
}

/** Keeps the longest of overlapping candidates (then the higher priority, then the earlier), in text order. */
function settle(found: TimeCandidate[]): TimeCandidate[] {
  const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start);
  const kept: TimeCandidate[] = [];
  const taken: [number, number][] = [];
  for (const c of order) {
    if (taken.some(([s, e]) => c.start < e && c.end > s)) continue;
    kept.push(c);
    taken.push([c.start, c.end]);
  }
  return kept.sort((a, b) => a.start - b.start);
}

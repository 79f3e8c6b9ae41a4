import type { Interval, TimeCandidate } from './types.js';

/**
 * The candidate match `m` stands for, over the whole match (a parser that keeps part of it
 * overrides start or end). Its interval is stated (written out: 2025年底) when `stated`,
 * implied (read against the reference date: 今年底) otherwise, unresolved without one.
 */
export function candidate(m: RegExpExecArray, kind: TimeCandidate['kind'], interval: Interval | null, rule: string, stated = false): TimeCandidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind,
    interval,
    resolution: interval === null ? 'unresolved' : stated ? 'stated' : 'implied',
    recurrence: null,
    rule,
  };
}

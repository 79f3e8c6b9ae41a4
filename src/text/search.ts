/**
 * THE binary search: the first index in [0, length) at which `before(index)` is false,
 * for a predicate that is true on a prefix of the range and false after it (items
 * sorted by the key it tests); `length` when it is true everywhere. O(log length).
 *
 *   lowerBound(list.length, (i) => list[i].start < at)    first item starting at or after `at`
 *   lowerBound(list.length, (i) => list[i].start <= at) - 1  last item starting at or before `at`
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In items sorted by start: the index of the first starting at or after `at` (the length when none does). */
export const firstStartingFrom = (items: readonly { start: number }[], at: number): number => lowerBound(items.length, (i) => items[i]!.start < at);

/** In items sorted by start: the index of the last starting at or before `at` (−1 when none does). */
export const lastStartingBy = (items: readonly { start: number }[], at: number): number => lowerBound(items.length, (i) => items[i]!.start <= at) - 1;

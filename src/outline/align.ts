/**
 * Alignment of two heading lists by number and title: the longest common subsequence of
 * pairs that have the same marker family and number and the same title start (first 8
 * characters, see titles.ts sameTitle). The outline aligns its TOC with its body headings;
 * a comparison of two documents aligns their outlines the same way.
 */
import { sameTitle } from './titles.js';

/** What alignment reads of a heading. */
export interface AlignedHeading {
  /** Family key ("cn-dun", "decimal:2"). */
  key: string;
  ordinal: number;
  title: string;
}

/** Above this many cells the table is not built: a greedy in-order match within a window instead. */
const MAX_CELLS = 4_000_000;
const GREEDY_WINDOW = 200;

/**
 * Pairs [i, j] of a longest common subsequence of two lists of lengths n and m, under `same`,
 * in order. Quadratic in time and memory below MAX_CELLS; greedy above.
 */
export function longestCommonSubsequence(n: number, m: number, same: (i: number, j: number) => boolean): [number, number][] {
  if (n === 0 || m === 0) return [];
  if (n * m > MAX_CELLS) {
    const pairs: [number, number][] = [];
    let j = 0;
    for (let i = 0; i < n && j < m; i++) {
      for (let k = j; k < Math.min(m, j + GREEDY_WINDOW); k++) {
        if (same(i, k)) {
          pairs.push([i, k]);
          j = k + 1;
          break;
        }
      }
    }
    return pairs;
  }
  const w = m + 1;
  const dp = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = same(i, j) ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(i, j)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Aligns two heading lists: same family key, same number, same title start. */
export function alignHeadings(a: readonly AlignedHeading[], b: readonly AlignedHeading[]): [number, number][] {
  return longestCommonSubsequence(a.length, b.length, (i, j) => {
    const x = a[i]!;
    const y = b[j]!;
    return x.key === y.key && x.ordinal === y.ordinal && sameTitle(x.title, y.title);
  });
}

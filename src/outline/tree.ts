import type { MarkerFamily } from '../schema/outline.js';
import { lowerBound } from '../text/search.js';

/** A heading to place in the tree, in reading order. */
export interface PlaceItem {
  /** Family key: the family, or "decimal:LEVEL". */
  key: string;
  family: MarkerFamily;
  /** 1-based; 0 for 最后 (the next number of its run). */
  ordinal: number;
  /** Run in directly after another heading's title: only a first child or the exact next sibling fits. */
  strict?: boolean;
  /** Known from a TOC or from Markdown markup: never rejected. */
  lenient?: boolean;
  /** On its own line (or at a line start). */
  line?: boolean;
  /** Not a heading: an appendix starts here (附件1, 名词解释), all open sections close. */
  reset?: boolean;
}

export interface Placement {
  /** Index (in the items) of the parent, -1 for the root. */
  parent: number;
  depth: number;
  ordinal: number;
  /** Set when the number skips: the number expected. */
  expected?: number;
}

const MAX_DEPTH = 16;
const GAP_MAX = 6;

/** Discourse enumerations: 一是, 一要, 第一，, 首先. Section-level markers are never placed under them. */
export function isDiscourse(family: MarkerFamily): boolean {
  return family === 'cn-shi' || family === 'cn-yao' || family === 'di-comma' || family === 'sequence-word';
}

/**
 * Conventional rank of a family (GB/T 9704: 一、 → （一） → 1. → （1） → ①), used only to
 * tell a nested restart (一、 under （一）) from a new run; depth itself comes from context.
 */
export function familyRank(family: MarkerFamily): number {
  switch (family) {
    case 'di-pian':
    case 'di-bufen':
      return 1;
    case 'di-zhang':
      return 2;
    case 'di-jie':
      return 3;
    case 'cn-dun':
      return 4;
    case 'cn-paren':
    case 'cn-half-paren':
    case 'di-tiao':
      return 5;
    case 'arabic-dot':
    case 'arabic-dun':
    case 'decimal':
      return 6;
    case 'arabic-paren':
    case 'arabic-half-paren':
      return 7;
    case 'circled':
      return 8;
    default:
      return 9;
  }
}

interface Open {
  item: number;
  key: string;
  family: MarkerFamily;
  ordinal: number;
}

/**
 * Places headings in a tree by a stack of open sections: a marker of a family already
 * open continues that run (its parent is the open section's parent); a family not open
 * starts a level below the innermost open section. Returns null for a heading that fits
 * nowhere (a number out of sequence) — a false heading.
 */
export function placeHeadings(items: readonly PlaceItem[]): (Placement | null)[] {
  // occurrences of each key#ordinal, for the look-ahead that tells nested restarts
  const occurrences = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = `${it.key}#${it.ordinal}`;
    const list = occurrences.get(k);
    if (list) list.push(i);
    else occurrences.set(k, [i]);
  });
  const firstAfter = (key: string, ordinal: number, after: number): number => {
    const list = occurrences.get(`${key}#${ordinal}`);
    if (!list) return -1;
    const lo = lowerBound(list.length, (i) => list[i]! <= after);
    return lo < list.length ? list[lo]! : -1;
  };

  const out: (Placement | null)[] = new Array(items.length).fill(null);
  const stack: Open[] = [];
  const lastOrdinal = new Map<string, number>();

  const push = (i: number, level: number, ordinal: number, expected?: number) => {
    stack.length = level;
    const parent = level > 0 ? stack[level - 1]!.item : -1;
    const placement: Placement = { parent, depth: level + 1, ordinal };
    if (expected !== undefined) placement.expected = expected;
    out[i] = placement;
    const it = items[i]!;
    stack.push({ item: i, key: it.key, family: it.family, ordinal });
    lastOrdinal.set(it.key, ordinal);
  };

  /**
   * Level for a new child: below the innermost open section, but never under a discourse
   * run for a section-level marker; and a discourse list on its own line (一要… after
   * 一是…五是) goes beside the discourse run before it, not under its last item, unless
   * that run goes on after it (一是…：一要…二要… 二是…).
   */
  const childLevel = (it: PlaceItem, i: number): number => {
    let level = stack.length;
    if (familyRank(it.family) <= 5 && !isDiscourse(it.family)) {
      while (level > 0 && isDiscourse(stack[level - 1]!.family)) level--;
    } else if (isDiscourse(it.family) && it.line && level > 0) {
      const open = stack[level - 1]!;
      if (isDiscourse(open.family) && open.key !== it.key && !runGoesOn(items, open, i)) level--;
    }
    return level;
  };

  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.reset) {
      stack.length = 0;
      lastOrdinal.clear();
      continue;
    }
    let topSame = -1;
    let exact = -1;
    let sameCount = 0;
    let ordinal = it.ordinal;
    for (let s = stack.length - 1; s >= 0; s--) {
      const open = stack[s]!;
      if (open.key !== it.key) continue;
      sameCount++;
      if (topSame < 0) topSame = s;
      if (exact < 0 && (open.ordinal + 1 === ordinal || (ordinal === 0 && it.family === 'sequence-word'))) exact = s;
    }
    if (ordinal === 0) {
      // 最后: the next of the open 首先/其次 run, else not structure
      if (exact < 0) continue;
      ordinal = stack[exact]!.ordinal + 1;
    }
    if (exact >= 0) {
      push(i, exact, ordinal);
      continue;
    }
    if (topSame >= 0) {
      const open = stack[topSame]!;
      if (ordinal === 1) {
        const top = stack[stack.length - 1]!;
        const nested =
          topSame !== stack.length - 1 &&
          !isDiscourse(it.family) &&
          sameCount === 1 &&
          stack.length < MAX_DEPTH &&
          it.line === true &&
          familyRank(it.family) < familyRank(top.family) &&
          nestedRestart(firstAfter, i, stack, topSame);
        if (nested) push(i, stack.length, 1);
        else if (it.strict) continue;
        else push(i, topSame, 1);
        continue;
      }
      if (ordinal > open.ordinal + 1 && (it.lenient || (!it.strict && ordinal - open.ordinal <= GAP_MAX))) {
        push(i, topSame, ordinal, open.ordinal + 1);
        continue;
      }
      if (it.lenient) push(i, topSame, ordinal, open.ordinal + 1);
      continue; // a number going backwards: not a heading
    }
    // a family not open: a new level
    const level = Math.min(childLevel(it, i), MAX_DEPTH - 1);
    if (ordinal === 1) {
      push(i, level, 1);
      continue;
    }
    if (lastOrdinal.get(it.key) === ordinal - 1) {
      push(i, level, ordinal); // numbering that runs on across parents: 一、(一)…(四) 二、(五)
      continue;
    }
    if (it.strict) continue;
    // a series whose start is missing (cut away): taken at a line start, or when it goes on
    const goesOn = firstAfter(it.key, ordinal + 1, i) >= 0;
    if (it.lenient || goesOn || (it.line && ordinal <= GAP_MAX)) push(i, level, ordinal, 1);
  }
  return out;
}

/**
 * Does the open run go on after item i (its next number comes before the run restarts
 * or a section-level heading closes it)? Looks a bounded distance ahead.
 */
function runGoesOn(items: readonly PlaceItem[], open: Open, i: number): boolean {
  for (let j = i + 1; j < items.length && j <= i + 200; j++) {
    const it = items[j]!;
    if (it.reset) return false;
    if (it.key === open.key) return it.ordinal === open.ordinal + 1;
    if (!isDiscourse(it.family)) return false;
  }
  return false;
}

/**
 * 一、 after （一） while 三、 is open: a nested list (inside （一）) when, after the new
 * run 一、二、三、…, an inner open run goes on (（二） comes) before the outer one does (四、).
 */
function nestedRestart(
  firstAfter: (key: string, ordinal: number, after: number) => number,
  i: number,
  stack: readonly Open[],
  outerIndex: number,
): boolean {
  const outer = stack[outerIndex]!;
  let inner = -1;
  for (let s = outerIndex + 1; s < stack.length; s++) {
    const next = firstAfter(stack[s]!.key, stack[s]!.ordinal + 1, i);
    if (next >= 0 && (inner < 0 || next < inner)) inner = next;
  }
  if (inner < 0) return false;
  // skip the new run itself (its 四、 is not the outer 四、)
  let pos = i;
  for (let k = 1; k < 200; k++) {
    const next = firstAfter(outer.key, k + 1, pos);
    if (next < 0 || next > inner) break;
    pos = next;
  }
  const outerNext = firstAfter(outer.key, outer.ordinal + 1, pos);
  return outerNext < 0 || inner < outerNext;
}

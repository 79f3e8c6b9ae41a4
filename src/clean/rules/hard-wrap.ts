import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { startsWithHeading } from '../../zh/markers.js';
import { endWithoutPadding, isPadding, linesOf, SENTENCE_END } from './lines.js';

/**
 * Joins the lines of text copied from a PDF, which breaks every line at the page width
 * (~28 characters in official documents), mid-word and mid-number.
 *
 * The text is taken as hard-wrapped only when most of its lines of 10 or more
 * characters have nearly the same length W (measured in characters, or in display
 * width with CJK counted 2 and ASCII 1, whichever fits better; PDFs fit the width,
 * plain wrapping the count), W is at least 18 characters (official documents use 28),
 * and at least 8 lines have it. Then the break after a line of length ≈ W is deleted,
 * unless the line ends a sentence or a heading (。！？；： …), or the next line is blank,
 * indented (a new paragraph) or starts with a heading marker (a list of equal items).
 * A short line ends its paragraph and is never joined.
 *
 * Read on the raw text, not the fold: display widths are those of the forms as written.
 */
const MIN_LINE = 10;
const MIN_FULL_LINES = 8;
const MIN_SHARE = 0.5;
const MIN_WIDTH_CHARS = 18;
/** How far from the common length a line may be and still count: ±1 character, ±2 of display width. */
const CHARS_TOLERANCE = 1;
const WIDTH_TOLERANCE = 2;

type Measure = (text: string, start: number, end: number) => number;

const chars: Measure = (_text, start, end) => end - start;
/** Display width of a code unit: 1 for ASCII and half-width katakana (U+FF61–FF9F), 2 for the rest. */
const WIDTH = new Uint8Array(0x10000).fill(2);
WIDTH.fill(1, 0, 0x80);
WIDTH.fill(1, 0xff61, 0xffa0);
// a table lookup, not comparisons: CJK text mixed with ASCII makes the branches unpredictable
const displayWidth: Measure = (text, start, end) => {
  let w = 0;
  for (let i = start; i < end; i++) w += WIDTH[text.charCodeAt(i)]!;
  return w;
};

interface Fit {
  measure: Measure;
  width: number;
  tolerance: number;
  full: number;
}

export const hardWrap = cleanRule({
  name: 'hard-wrap',
  find(text, context) {
    const lines = linesOf(text, context);
    if (lines.length < MIN_FULL_LINES) return [];
    const ends = new Int32Array(lines.length);
    let longCount = 0;
    for (let i = 0; i < lines.length; i++) {
      ends[i] = endWithoutPadding(text, lines[i]!);
      if (ends[i]! - lines[i]!.start >= MIN_LINE) longCount++;
    }
    if (longCount < MIN_FULL_LINES) return [];
    const longChars = new Int32Array(longCount);
    for (let i = 0, k = 0; i < lines.length; i++) if (ends[i]! - lines[i]!.start >= MIN_LINE) longChars[k++] = ends[i]! - lines[i]!.start;
    const byChars = fit(longChars, chars, CHARS_TOLERANCE);
    // The display widths cost a read of every character: they are measured only when their
    // fit could change the outcome (a line of n characters is n to 2n wide, which bounds the fit).
    const charsPass = passes(byChars, longCount);
    const widthsMatter = charsPass
      ? widthFitBound(longChars, 0) > byChars.full // could the widths win?
      : widthFitBound(longChars, MIN_WIDTH_CHARS * 2) >= Math.max(MIN_FULL_LINES, longCount * MIN_SHARE, byChars.full + 1); // win and pass?
    let best = byChars;
    if (widthsMatter) {
      const longWidths = new Int32Array(longCount);
      for (let i = 0, k = 0; i < lines.length; i++) if (ends[i]! - lines[i]!.start >= MIN_LINE) longWidths[k++] = displayWidth(text, lines[i]!.start, ends[i]!);
      const byWidth = fit(longWidths, displayWidth, WIDTH_TOLERANCE);
      // the character count wins a tie
      if (byWidth.full > byChars.full) best = byWidth;
    }
    if (!passes(best, longCount)) return [];

    const hits: RuleHit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const end = ends[i]!;
      const m = best.measure(text, line.start, end);
      if (Math.abs(m - best.width) > best.tolerance) continue;
      if (SENTENCE_END.test(text.slice(Math.max(line.start, end - 4), end))) continue;
      const next = lines[i + 1]!;
      if (next.end === next.start || isPadding(text, next.start)) continue;
      if (startsWithHeading(text.slice(next.start, Math.min(next.end, next.start + 16)), text.slice(end - 1, end))) continue;
      if (line.next === line.end) continue; // no line break to delete
      hits.push({ start: end, end: next.start });
    }
    return hits;
  },
});

/** Whether a fit is a hard wrap: enough lines, at least half the long ones, and wide enough. */
function passes(best: Fit, longCount: number): boolean {
  const minWidth = best.measure === chars ? MIN_WIDTH_CHARS : MIN_WIDTH_CHARS * 2;
  return best.full >= MIN_FULL_LINES && best.full >= longCount * MIN_SHARE && best.width >= minWidth;
}

/**
 * The most lines a display-width fit centred at a width of `minWidth` or more can count,
 * from the character counts alone: a line of n characters is n to 2n wide, so it can fall
 * within WIDTH_TOLERANCE of w only when n ≤ w + tolerance and 2n ≥ w − tolerance.
 */
function widthFitBound(lengths: Int32Array, minWidth: number): number {
  const sorted = lengths.slice().sort();
  const n = sorted.length;
  let most = 0;
  let lo = 0;
  let hi = 0;
  const last = 2 * sorted[n - 1]! + WIDTH_TOLERANCE;
  for (let w = Math.max(minWidth, sorted[0]! - WIDTH_TOLERANCE); w <= last; w++) {
    while (hi < n && sorted[hi]! <= w + WIDTH_TOLERANCE) hi++;
    while (lo < n && 2 * sorted[lo]! < w - WIDTH_TOLERANCE) lo++;
    if (hi - lo > most) most = hi - lo;
  }
  return most;
}

/** The most common line length (± tolerance) among the measures of the lines of MIN_LINE characters or more. */
function fit(measures: Int32Array, measure: Measure, tolerance: number): Fit {
  // counts by length in a typed array; the lengths in order of first occurrence, so that a
  // tie goes to the length seen first
  let longest = 0;
  for (let k = 0; k < measures.length; k++) if (measures[k]! > longest) longest = measures[k]!;
  const counts = new Int32Array(longest + tolerance + 1);
  const lengths: number[] = [];
  for (let k = 0; k < measures.length; k++) if (counts[measures[k]!]!++ === 0) lengths.push(measures[k]!);
  let width = 0;
  let full = 0;
  for (const w of lengths) {
    let n = 0;
    for (let d = -tolerance; d <= tolerance; d++) n += counts[w + d] ?? 0;
    if (n > full || (n === full && counts[w]! > counts[width]!)) {
      full = n;
      width = w;
    }
  }
  return { measure, width, tolerance, full };
}

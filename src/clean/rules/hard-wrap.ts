import type { CleanRule, RuleHit } from '../types.js';
import { startsWithHeading } from '../../zh/markers.js';
import { linesOf, SENTENCE_END, type LineSpan } from './lines.js';

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
 */
const MIN_LINE = 10;
const MIN_FULL_LINES = 8;
const MIN_SHARE = 0.5;
const MIN_WIDTH_CHARS = 18;

type Measure = (text: string, start: number, end: number) => number;

const chars: Measure = (_text, start, end) => end - start;
const displayWidth: Measure = (text, start, end) => {
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    w += c < 0x80 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return w;
};

interface Fit {
  measure: Measure;
  width: number;
  tolerance: number;
  full: number;
}

export const hardWrap: CleanRule = {
  name: 'hard-wrap',
  reason: 'hard-wrap',
  find(text, context) {
    const lines = linesOf(text, context);
    if (lines.length < MIN_FULL_LINES) return [];
    const ends = lines.map((l) => trimmedEnd(text, l));
    const long = lines.filter((l, i) => ends[i]! - l.start >= MIN_LINE);
    if (long.length < MIN_FULL_LINES) return [];
    const fits = [fit(text, lines, ends, chars, 1), fit(text, lines, ends, displayWidth, 2)];
    const best = fits.sort((a, b) => b.full - a.full)[0]!;
    const minWidth = best.measure === chars ? MIN_WIDTH_CHARS : MIN_WIDTH_CHARS * 2;
    if (best.full < MIN_FULL_LINES || best.full < long.length * MIN_SHARE || best.width < minWidth) return [];

    const hits: RuleHit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const end = ends[i]!;
      const m = best.measure(text, line.start, end);
      if (Math.abs(m - best.width) > best.tolerance) continue;
      if (SENTENCE_END.test(text.slice(Math.max(line.start, end - 4), end))) continue;
      const next = lines[i + 1]!;
      const first = text[next.start];
      if (next.end === next.start || first === ' ' || first === '\t' || first === '\u3000' || first === '\u00a0') continue;
      if (startsWithHeading(text.slice(next.start, Math.min(next.end, next.start + 16)), text.slice(end - 1, end))) continue;
      if (line.next === line.end) continue; // no line break to delete
      hits.push({ start: end, end: next.start });
    }
    return hits;
  },
};

/** The most common line length (± tolerance) among lines of MIN_LINE characters or more. */
function fit(text: string, lines: readonly LineSpan[], ends: readonly number[], measure: Measure, tolerance: number): Fit {
  const counts = new Map<number, number>();
  lines.forEach((l, i) => {
    if (ends[i]! - l.start < MIN_LINE) return;
    const m = measure(text, l.start, ends[i]!);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  });
  let width = 0;
  let full = 0;
  for (const [w, own] of counts) {
    let n = 0;
    for (let d = -tolerance; d <= tolerance; d++) n += counts.get(w + d) ?? 0;
    if (n > full || (n === full && own > (counts.get(width) ?? 0))) {
      full = n;
      width = w;
    }
  }
  return { measure, width, tolerance, full };
}

/** End of the line without trailing spaces. */
function trimmedEnd(text: string, line: LineSpan): number {
  let e = line.end;
  while (e > line.start && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\u3000' || text[e - 1] === '\u00a0')) e--;
  return e;
}

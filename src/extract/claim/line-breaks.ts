import type { Positioner } from '../../positioner.js';
import { lowerBound } from '../../text/search.js';

/**
 * Working offsets where the cleaner deleted text holding a line break (a paywall notice, a
 * page chunk): the text on either side is not one sentence. The cleaner only deletes, so
 * the count of deleted characters before a working offset, (original offset − working
 * offset), never falls: from each place where it rose, the next one is found without
 * mapping every character (a window as wide as the last gap, doubled until it holds the next
 * one, then `lowerBound` inside it). (Moved here from claims.ts; the pipeline file's `joins`
 * record the same places.)
 */
export function removedLineBreaks(length: number, positioner: Positioner): number[] {
  const out: number[] = [];
  if (length === 0) return out;
  const { original } = positioner;
  const deletedBefore = (i: number) => positioner.toOriginal(i) - i;
  if (positioner.toOriginal(0) > 0 && holdsLineBreak(original, 0, positioner.toOriginal(0))) out.push(0);
  const last = length - 1;
  const deletedAtLast = deletedBefore(last);
  let at = 0;
  let deleted = deletedBefore(0);
  // the gap between the last two places: line-wrapped text is cut at about the same width each time
  let gap = 1;
  while (deleted < deletedAtLast) {
    // the next place where more was deleted lies in (lo, hi]: a window from `at`, the last gap
    // wide, doubled until it holds one (a mapping per doubling), then searched by lowerBound
    let lo = at;
    let width = gap;
    while (lo + width < last && deletedBefore(lo + width) === deleted) {
      lo += width;
      width *= 2;
    }
    const hi = Math.min(lo + width, last);
    const jump = lo + 1 + lowerBound(hi - lo, (k) => deletedBefore(lo + 1 + k) === deleted);
    const source = positioner.toOriginal(jump);
    // the character before the jump has `deleted` characters deleted before it, as `at` has
    if (holdsLineBreak(original, jump - 1 + deleted + 1, source)) out.push(jump);
    gap = jump - at;
    at = jump;
    deleted = source - jump;
  }
  return out;
}

/** Whether original[start, end) holds a line break (read in place: no slice). */
function holdsLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

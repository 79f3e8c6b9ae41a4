import { isMask } from './mask.js';
import type { KeptSpanWriter } from './writer.js';

/** `**`, `***`, `__`, `___` standing alone: emphasis markers CommonMark left as text. */
const STRAY_EMPHASIS = /(?<![*_])(?:\*{2,3}|_{2,3})(?![*_])/;
const STRAY_EMPHASIS_ALL = new RegExp(STRAY_EMPHASIS.source, 'g');

/**
 * Keeps the characters of the source span `[start, end)` that make up a text node's
 * `value` (escapes and indents deleted). Emphasis markers that CommonMark leaves as text
 * next to CJK punctuation ("**（一）重大意义。**党的…") are deleted too.
 */
export function keepValue(w: KeptSpanWriter, value: string, start: number, end: number): void {
  const slice = w.source.slice(start, end);
  if (slice === value) {
    keepWithoutStrayEmphasis(w, slice, start, end);
    return;
  }
  const picks: number[] = [];
  let j = 0;
  for (let i = 0; i < slice.length && j < value.length; i++) {
    if (slice[i] === value[j]) {
      picks.push(start + i);
      j++;
    }
  }
  if (j < value.length) {
    w.keep(start, end); // entities like &#x4E00; cannot be undone by deleting: keep the source as is
    return;
  }
  // keep the picked characters as runs of consecutive offsets
  let runStart = -1;
  let prev = -2;
  for (const at of picks) {
    if (at !== prev + 1) {
      if (runStart >= 0) w.keep(runStart, prev + 1);
      runStart = at;
    }
    prev = at;
  }
  if (runStart >= 0) w.keep(runStart, prev + 1);
}

function keepWithoutStrayEmphasis(w: KeptSpanWriter, slice: string, start: number, end: number): void {
  if (!STRAY_EMPHASIS.test(slice)) {
    w.keep(start, end);
    return;
  }
  let at = 0;
  for (const m of slice.matchAll(STRAY_EMPHASIS_ALL)) {
    if (isMask(w.source, start + m.index)) continue; // a masked figure (新建**所) stays
    w.keep(start + at, start + m.index);
    w.remove(start + m.index, start + m.index + m[0].length, 'markdown-syntax');
    at = m.index + m[0].length;
  }
  w.keep(start + at, end);
}

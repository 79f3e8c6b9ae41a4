import type { KeptSpanWriter } from './writer.js';

const COMMENT_ONLY = /^\s*<!--[\s\S]*-->\s*$/;
const TAG_OR_COMMENT = /<!--[\s\S]*?-->|<[^>]*>/g;

/** Inline or block HTML inside Markdown: comments go, tags go, the text between tags stays. */
export function keepHtmlText(w: KeptSpanWriter, value: string, start: number, end: number): void {
  if (COMMENT_ONLY.test(value)) {
    w.remove(start, end, 'html-comment');
    return;
  }
  const slice = w.source.slice(start, end);
  let last = 0;
  for (const m of slice.matchAll(TAG_OR_COMMENT)) {
    if (m.index > last) keepTrimmed(w, start + last, start + m.index);
    last = m.index + m[0].length;
  }
  if (last < slice.length) keepTrimmed(w, start + last, end);
}

/** Text between tags: keep it, without the blank lines around it. */
function keepTrimmed(w: KeptSpanWriter, start: number, end: number): void {
  const s = w.source.slice(start, end);
  const a = s.search(/\S/);
  if (a < 0) return;
  const b = s.length - (s.length - s.trimEnd().length);
  w.keep(start + a, start + b);
}

/** Line spans of a text: \n, \r\n and a lone \r end a line. */

export interface LineSpan {
  /** First character of the line. */
  start: number;
  /** Just before the line break. */
  end: number;
  /** Start of the next line (after the break), or the text length. */
  next: number;
}

/**
 * Calls `visit(end, next)` for each line break in `text.slice(0, limit)`, in order: `end`
 * is where the break starts, `next` where the next line starts. Jumps from break to break
 * with indexOf, and allocates nothing.
 */
export function forEachLineBreak(text: string, limit: number, visit: (end: number, next: number) => void): void {
  const n = Math.min(limit, text.length);
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    if (i < 0 || i >= n) return;
    const next = i === cr && i + 1 < n && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    visit(i, next);
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
  }
}

/**
 * The lines of `text.slice(0, limit)` (a caller that reads only the head of a long text passes a limit).
 * After a final line break there is no further line, unless `emptyLast` asks for the empty one.
 */
export function lineSpansOf(text: string, limit: number = text.length, emptyLast = false): LineSpan[] {
  const n = Math.min(limit, text.length);
  const lines: LineSpan[] = [];
  let start = 0;
  forEachLineBreak(text, n, (end, next) => {
    lines.push({ start, end, next });
    start = next;
  });
  if (start < n || lines.length === 0 || emptyLast) lines.push({ start, end: n, next: n });
  return lines;
}

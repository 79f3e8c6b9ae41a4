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
 * The lines of `text.slice(0, limit)`, lazily (a caller that reads the first few lines of
 * a long text pays for those only). Jumps from line break to line break with indexOf.
 */
export function* eachLine(text: string, limit: number = text.length): Generator<LineSpan> {
  const n = Math.min(limit, text.length);
  let start = 0;
  let count = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    const i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    if (i < 0 || i >= n) break;
    const next = i === cr && i + 1 < n && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    yield { start, end: i, next };
    count++;
    start = next;
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
  }
  if (start < n || count === 0) yield { start, end: n, next: n };
}

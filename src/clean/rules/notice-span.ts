/**
 * Widens a site notice [start, end) over the ellipsis around it ("……(…)……", "...(…)"),
 * the spaces before it, and the line break after it when it fills its line, so that
 * deleting it leaves the text around it as it was.
 */
export function extendDots(text: string, start: number, end: number): [number, number] {
  let s = start - dotRun(text, start, -1);
  while (s > 0 && isInlineSpace(text[s - 1])) s--;
  let e = end + dotRun(text, end, 1);
  while (e < text.length && isInlineSpace(text[e])) e++;
  const atLineStart = s === 0 || text[s - 1] === '\n' || text[s - 1] === '\r';
  if (atLineStart) {
    if (text[e] === '\r') e++;
    if (text[e] === '\n') e++;
  }
  return [s, e];
}

function isInlineSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000';
}

/**
 * Length of the ellipsis that ends at `at` (direction −1) or starts there (direction 1): any
 * run of …/⋯, or of two or more ASCII dots.
 */
function dotRun(text: string, at: number, direction: -1 | 1): number {
  // the k-th character away from `at` (undefined past either end of the text)
  const away = (k: number) => text[direction > 0 ? at + k : at - k - 1];
  let n = 0;
  while (away(n) === '…' || away(n) === '⋯') n++;
  if (n > 0) return n;
  while (away(n) === '.') n++;
  return n >= 2 ? n : 0;
}

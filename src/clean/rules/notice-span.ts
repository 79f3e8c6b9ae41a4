/**
 * Widens a site notice [start, end) over the ellipsis around it ("……(…)……", "...(…)"),
 * the spaces before it, and the line break after it when it fills its line, so that
 * deleting it leaves the text around it as it was.
 */
export function extendDots(text: string, start: number, end: number): [number, number] {
  let s = start - dotRunBefore(text, start);
  while (s > 0 && isInlineSpace(text[s - 1])) s--;
  let e = end + dotRunAfter(text, end);
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

/** Length of the ellipsis ending at `at`: any run of …/⋯, or of two or more ASCII dots. */
function dotRunBefore(text: string, at: number): number {
  let n = 0;
  while (at - n > 0 && (text[at - n - 1] === '…' || text[at - n - 1] === '⋯')) n++;
  if (n > 0) return n;
  while (at - n > 0 && text[at - n - 1] === '.') n++;
  return n >= 2 ? n : 0;
}

function dotRunAfter(text: string, at: number): number {
  let n = 0;
  while (at + n < text.length && (text[at + n] === '…' || text[at + n] === '⋯')) n++;
  if (n > 0) return n;
  while (at + n < text.length && text[at + n] === '.') n++;
  return n >= 2 ? n : 0;
}

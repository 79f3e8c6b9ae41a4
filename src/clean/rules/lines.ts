export interface LineSpan {
  /** First character of the line. */
  start: number;
  /** Just before the line break. */
  end: number;
  /** Start of the next line (after the break), or the text length. */
  next: number;
}

/** Splits a text into lines, keeping offsets; \n, \r\n and \r end a line. */
export function lineSpans(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, next: text.length });
  return lines;
}

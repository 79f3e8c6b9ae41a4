import { foldWidth } from '../text/fold.js';
import {
  COLONS,
  COMMAS,
  ENUMERATION_COMMA,
  INLINE_SPACES,
  LATIN_STOPS,
  NO_BREAK_SPACE,
  SCRAPED_SPACES,
  SEMICOLONS,
  SENTENCE_ENDS,
  ZERO_WIDTH_SPACES,
  charCodeTable,
} from '../zh/chars.js';

const SPACE = charCodeTable(SCRAPED_SPACES);
/** Trimmed from a title's end: spaces (not en/em spaces), ,，、.．。;；:：!！?？ and a Markdown *. */
const TRAILING = charCodeTable(INLINE_SPACES, NO_BREAK_SPACE, ZERO_WIDTH_SPACES, COMMAS, ENUMERATION_COMMA, LATIN_STOPS, SENTENCE_ENDS, SEMICOLONS, COLONS, '*');

/** Trims a title span [start, end): leading spaces, trailing spaces and punctuation. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && SPACE[text.charCodeAt(s)] === 1) s++;
  while (e > s && TRAILING[text.charCodeAt(e - 1)] === 1) e--;
  return [s, e];
}

/** Dot leaders and page numbers at the end of a table-of-contents line: "总则……1", "总则 .... 3". */
export function stripLeaders(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  const m = /(?:[.…·•．\-—_ \t\u3000]{2,}\d{0,4}|[ \t\u3000]+\d{1,4})[ \t\u3000]*$/.exec(slice);
  return m ? start + m.index : end;
}

/** Title as compared between a TOC and the body: half width, no spaces, quotes or punctuation. */
export function normTitle(title: string): string {
  return foldWidth(title).replace(/[\s“”"'‘’《》「」『』_*·、,.:;!?()【】\[\]<>〈〉…—-]/g, '');
}

/** Two titles name the same heading: equal on their first characters (up to 8). */
export function sameTitle(a: string, b: string): boolean {
  const x = normTitle(a);
  const y = normTitle(b);
  const k = Math.min(8, x.length, y.length);
  if (k === 0) return x.length === y.length;
  if (k < 2) return x === y;
  return x.slice(0, k) === y.slice(0, k);
}

import { charTable } from '../../text/scan.js';
import {
  ASCII_QUOTES,
  CLOSING_LENTICULAR,
  CLOSING_PARENS,
  CLOSING_QUOTES,
  CLOSING_TITLE_MARK,
  COLONS,
  ELLIPSIS,
  SEMICOLONS,
  SENTENCE_ENDS,
  charClass,
} from '../../zh/chars.js';
import { lineSpansOf, type LineSpan } from '../../text/lines.js';
import type { RuleContext } from '../types.js';

export { lineSpansOf, type LineSpan };

/**
 * The lines of the text a rule is given (\n, \r\n and \r end a line), with offsets. The
 * cleaner's rules each ask for the lines of the same text (up to 18 rules per pass): the
 * pass's context splits it once per text; a rule called alone splits it here.
 */
export function linesOf(text: string, context?: RuleContext): readonly LineSpan[] {
  return context !== undefined && context.text === text ? context.lines() : lineSpansOf(text);
}

/** Spaces as they appear in scraped pages: ASCII, ideographic, no-break, zero-width, BOM. */
export const SPACE_CHARS = ' \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff';

const SPACE_TABLE = charTable(SPACE_CHARS);

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE_CHARS.includes(c);
}

/** The line without leading and trailing spaces. */
export function lineText(text: string, line: LineSpan): string {
  let s = line.start;
  let e = line.end;
  while (s < e && SPACE_TABLE[text.charCodeAt(s)]) s++;
  while (e > s && SPACE_TABLE[text.charCodeAt(e - 1)]) e--;
  return text.slice(s, e);
}

export function isBlankLine(text: string, line: LineSpan): boolean {
  for (let i = line.start; i < line.end; i++) if (!SPACE_TABLE[text.charCodeAt(i)]) return false;
  return true;
}

/** Characters that end a sentence (or introduce what follows) when they end a line: 。！？!?；;：:… then any closing quotes and brackets. */
export const SENTENCE_END = new RegExp(
  `${charClass(SENTENCE_ENDS, SEMICOLONS, COLONS, ELLIPSIS)}${charClass(ASCII_QUOTES, CLOSING_QUOTES, CLOSING_PARENS, CLOSING_LENTICULAR, CLOSING_TITLE_MARK)}*$`,
);

/** Does a heading marker start this line? Derived from the one marker grammar (zh/markers.ts). */
export { HEADING_START } from '../../zh/markers.js';

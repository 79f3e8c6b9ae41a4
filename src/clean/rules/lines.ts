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
  SCRAPED_SPACES,
  SENTENCE_ENDS,
  charClass,
} from '../../zh/chars.js';
import { lineSpansOf, type LineSpan } from '../../text/lines.js';
import type { RuleContext, RuleHit } from '../types.js';
import { foldForMatching } from '../../zh/fold.js';

export { lineSpansOf, type LineSpan };

/**
 * The lines of the text a rule is given (\n, \r\n and \r end a line), with offsets. The
 * cleaner's rules each ask for the lines of the same text (up to 18 rules per pass): the
 * pass's context splits it once per text; a rule called alone splits it here.
 */
export function linesOf(text: string, context?: RuleContext): readonly LineSpan[] {
  return context !== undefined && context.text === text ? context.lines() : lineSpansOf(text);
}

/**
 * The text a rule is given, folded for matching (zh/fold.ts): the same length, so a hit found
 * in it is a hit in `text` at the same offsets. Folded once per text by the pass's context.
 */
export function foldedOf(text: string, context?: RuleContext): string {
  return context !== undefined && context.text === text ? context.folded() : foldForMatching(text);
}

/** Whether `text` may hold the character `char`: the pass's answer for the cleaner's input, or a search of `text`. */
export function mayHold(text: string, context: RuleContext | undefined, char: string): boolean {
  return context !== undefined && context.text === text ? context.mayHold(char) : text.includes(char);
}

/** Spaces as they appear in scraped pages: ASCII, ideographic, no-break, en and em, zero-width, BOM (SCRAPED_SPACES), and the thin space U+2009. */
export const SPACE_CHARS = SCRAPED_SPACES + '\u2009';

const SPACE_TABLE = charTable(SPACE_CHARS);

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE_CHARS.includes(c);
}

/** A hit that deletes the whole line, its line break included. */
export function wholeLine(line: LineSpan): RuleHit {
  return { start: line.start, end: line.next };
}

/** The line without leading and trailing spaces. */
export function lineText(text: string, line: LineSpan): string {
  let s = line.start;
  let e = line.end;
  while (s < e && SPACE_TABLE[text.charCodeAt(s)]) s++;
  while (e > s && SPACE_TABLE[text.charCodeAt(e - 1)]) e--;
  return text.slice(s, e);
}

/** Where lineText's text starts: the first character of the line that is not a space. */
export function bodyStart(text: string, line: LineSpan): number {
  let s = line.start;
  while (s < line.end && SPACE_TABLE[text.charCodeAt(s)]) s++;
  return s;
}

/** Where lineText's text ends (from its start, `bodyStart`): after the last character that is not a space. */
export function bodyEnd(text: string, line: LineSpan, start: number): number {
  let e = line.end;
  while (e > start && SPACE_TABLE[text.charCodeAt(e - 1)]) e--;
  return e;
}

/**
 * The indexes of the lines that hold a match of `pattern` (global; it must not match a
 * line break), in order, each once. One regex scan of the whole text, which skips to the
 * next line after a hit, instead of a test of every line: for a rule whose patterns all
 * need some literal, the lines without one are never sliced.
 */
export function linesMatching(text: string, lines: readonly LineSpan[], pattern: RegExp): number[] {
  const found: number[] = [];
  let i = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null && i < lines.length; m = pattern.exec(text)) {
    while (i < lines.length && lines[i]!.next <= m.index) i++;
    if (i === lines.length) break;
    found.push(i);
    pattern.lastIndex = lines[i]!.next;
    i++;
  }
  pattern.lastIndex = 0;
  return found;
}

/** The spaces that indent or pad a line (space, tab, U+3000, U+00A0): not the zero-width and en/em spaces of SPACE_CHARS. */
const PADDING_TABLE = charTable(' \t\u3000\u00a0');

/** Whether the character at `i` is a padding space (space, tab, U+3000, U+00A0). */
export function isPadding(text: string, i: number): boolean {
  return PADDING_TABLE[text.charCodeAt(i)] === 1;
}

/** The end of the line without its trailing padding spaces (space, tab, U+3000, U+00A0). */
export function endWithoutPadding(text: string, line: LineSpan): number {
  let e = line.end;
  while (e > line.start && PADDING_TABLE[text.charCodeAt(e - 1)]) e--;
  return e;
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

import type { MarkerFamily } from '../schema/outline.js';
import { foldWidth } from '../text/fold.js';
import { lineSpansOf, type LineSpan } from '../text/lines.js';
import { MARKER_FIRST, gluedChapterAt, markerAt, plausibleMarker, type MarkerReading } from '../zh/markers.js';
import { numeralValue } from './numerals.js';
import { lastStartingBy } from '../text/search.js';
import { APPENDIX_FIRST, opensRunInAppendix } from './appendix.js';
import { TOC_HEADER_FIRST } from './toc.js';
import {
  ASCII_QUOTES,
  CLOSING_LENTICULAR,
  CLOSING_PARENS,
  CLOSING_QUOTES,
  CLOSING_TITLE_MARK,
  COLONS,
  COMMAS,
  FULL_STOP,
  LINE_BREAKS,
  SCRAPED_SPACES,
  SEMICOLONS,
  SENTENCE_ENDS,
  charClass,
  charClassBody,
  charCodeTable,
  charSet,
  folded,
  wide,
} from '../zh/chars.js';

/**
 * Where a marker stands:
 * - `line`: at the start of a line (or after a paragraph break of ideographic spaces, or at a Markdown heading);
 * - `clause`: after 。；：！？ (full or half width), maybe with closing quotes between;
 * - `mid`: anywhere else (only accepted later when it follows another heading's title directly).
 */
export type MarkerContext = 'line' | 'clause' | 'mid';

export interface Candidate {
  /** Index in the scan order. */
  index: number;
  /** Marker start and end, working-text offsets. */
  start: number;
  markerEnd: number;
  /** The marker as written ("（一）", "一、", "1.2.1"). */
  marker: string;
  family: MarkerFamily;
  /** The family as the tree sees it: decimal numbers get one key per level ("decimal:2"). */
  key: string;
  /** 1-based ordinal; 0 for 最后 (resolved when placed). */
  ordinal: number;
  /** Decimal numbering components (1.2.1 → [1, 2, 1]). */
  path?: number[];
  context: MarkerContext;
  /** Start of the marker's line. */
  lineStart: number;
  /** End of the marker's line (the newline, or the text end). */
  lineEnd: number;
  /** Title start (after the marker and spaces). */
  titleStart: number;
  /** Where the title would end if no other heading follows: the first 。；：！？, line end or paragraph break. */
  breakEnd: number;
  /** The next marker of the same series inside the title ("一是A，二是B": A ends at 二是), else breakEnd. */
  seriesEnd: number;
  /** The marker stands at a Markdown heading. */
  hinted: boolean;
  /** End of the hinted Markdown heading (title cannot run past it). */
  hintEnd?: number;
}

/** Where a title ends: a newline, 。!?;: (either width), or a paragraph break of two wide spaces. */
const TITLE_BREAK = new RegExp(`${charClass(LINE_BREAKS, SENTENCE_ENDS, SEMICOLONS, COLONS)}|\\u3000[\\u3000\\u00a0]`, 'g');

/**
 * "Offset of the first match at or after i" (the text length when none), for queries that
 * mostly move forward: the last answer covers every query between its question and
 * itself, so a run of queries costs one scan of the text, not one per query.
 */
function nextMatchFinder(text: string, pattern: RegExp): (i: number) => number {
  const re = new RegExp(pattern.source, 'g');
  let askedFrom = -1;
  let answer = -1;
  return (i: number): number => {
    if (i >= text.length) return text.length;
    if (i >= askedFrom && i <= answer) return answer;
    re.lastIndex = i;
    const m = re.exec(text);
    askedFrom = i;
    answer = m ? m.index : text.length;
    return answer;
  };
}

/** Text a space can separate from a marker that starts a joined paragraph: Chinese, or closing punctuation. */
const BEFORE_SPACED_MARKER = new RegExp(
  `[\\u4e00-\\u9fff${charClassBody(CLOSING_PARENS, CLOSING_LENTICULAR, CLOSING_QUOTES, CLOSING_TITLE_MARK, FULL_STOP, wide(COMMAS + SEMICOLONS + COLONS))}]`,
);

/** Before a marker in the folded text, these (。!?;:, after closers) make it start a clause. */
const TERMINATORS = charSet(folded(SENTENCE_ENDS + SEMICOLONS + COLONS));
/** Closing marks looked through before them (”’」』)】〕"'》, as folded; 〕 is the tortoise-shell bracket). */
const CLOSERS = charSet(folded(CLOSING_QUOTES + CLOSING_PARENS + CLOSING_LENTICULAR + '〕' + ASCII_QUOTES + CLOSING_TITLE_MARK));
const SPACES = charCodeTable(SCRAPED_SPACES);
const isSpace = (c: string | undefined) => c !== undefined && SPACES[c.charCodeAt(0)] === 1;
const isNewline = (c: string | undefined) => c === '\n' || c === '\r';
const BULLETS = new Set(['●', '○', '■', '□', '◆', '◇', '▲', '△', '★', '☆', '•', '·', '▪', '►', '#', '*', '>']);

/** Flags of the scan's table: a marker can start here; an appendix line or a TOC header can start here. */
const MARKER_START = 1;
const OPENER = 2;
/**
 * MARKER_FIRST, and the first characters of an appendix line (附件, 名词解释, 注释) and of a TOC
 * header (目录, 提纲): the scan reads every character once, and records those on the way
 * (`Scan.openers`) so that the appendix and TOC searches need no scan of their own.
 */
const SCAN_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (MARKER_FIRST[c]) table[c] = MARKER_START;
  for (const ch of APPENDIX_FIRST + TOC_HEADER_FIRST) table[ch.charCodeAt(0)]! |= OPENER;
  return table;
})();

export interface ScanHint {
  start: number;
  end: number;
  kind: 'heading' | 'list-item';
}

export interface Scan {
  text: string;
  folded: string;
  candidates: Candidate[];
  /** The first title break (。；：！？, newline, paragraph break) at or after i, or the text end. */
  breakAt(i: number): number;
  /** The first newline at or after i, or the text end. */
  lineEndAt(i: number): number;
  lineStartOf(offset: number): number;
  /** Every line of the text, and an empty last one after a final line break. */
  lines: LineSpan[];
  /** Offsets of 附 名 注 目 提 (APPENDIX_FIRST, TOC_HEADER_FIRST), in order: where an appendix line or a TOC header may start. */
  openers: number[];
}

/**
 * Finds every marker that could start a heading, with its context; no sequence checks yet.
 * `foldedForMatching`: `text` is already folded for matching (zh/fold.ts), which includes
 * the width fold, so it is its own width-folded copy.
 */
export function scanMarkers(text: string, hints: readonly ScanHint[] = [], foldedForMatching = false): Scan {
  const folded = foldedForMatching ? text : foldWidth(text);
  const n = text.length;
  const breakAt = nextMatchFinder(text, TITLE_BREAK);
  const headingHints = new Map<number, ScanHint>();
  for (const h of hints) {
    if (h.kind !== 'heading') continue;
    let s = h.start;
    while (s < h.end && isSpace(text[s])) s++;
    headingHints.set(s, h);
  }

  // the lines once, for binary searches here and for the TOC's line walk
  const lines = lineSpansOf(text, n, true);
  /** The line holding `offset` (a line break belongs to the line it ends). */
  const lineIndexOf = (offset: number): number => Math.max(0, lastStartingBy(lines, offset));
  const lineStartOf = (offset: number): number => lines[lineIndexOf(offset)]!.start;
  const lineEndAt = (i: number): number => {
    if (i >= n) return n;
    const end = lines[lineIndexOf(i)]!.end;
    // past the line's end, i is on its line break
    return i < end ? end : i;
  };

  const candidates: Candidate[] = [];
  const openers: number[] = [];
  // a global scan goes on after a match: no marker starts inside another
  let resumeAt = 0;
  for (let at = 0; at < n; at++) {
    // most characters cannot start a marker (a glued chapter number is a digit, one of them)
    const kind = SCAN_TABLE[folded.charCodeAt(at)]!;
    if (kind === 0) continue;
    if ((kind & OPENER) !== 0) openers.push(at);
    if ((kind & MARKER_START) === 0 || at < resumeAt) continue;
    let m = markerAt(folded, at);
    // a top-level number glued to its title (1总则1.1…): its subsection vouches for it
    let glued = false;
    if (m === null) {
      m = gluedChapterAt(folded, at);
      glued = m !== null;
    }
    if (m === null) continue;
    const start = at;
    const end = m.end;
    resumeAt = end;
    const parsed = withOrdinal(m);
    if (!parsed) continue;
    const hint = headingHints.get(start);
    let context: MarkerContext = hint ? 'line' : contextAt(text, folded, start);
    // "。名词解释1.…": the glossary's first item, as if its header stood on a line of its own
    if (context === 'mid' && opensRunInAppendix(folded, start)) context = 'line';
    if (glued && context === 'mid') context = 'clause';
    if (parsed.family === 'decimal' && parsed.path!.length === 1 && context !== 'line' && !glued) {
      // "1 总则" away from a line start counts only when its first subsection follows (1 总则 1.1 …)
      if (gluedChapterAt(folded, start) === null) continue;
      if (context === 'mid') context = 'clause';
    }
    let titleStart = end;
    while (titleStart < n && isSpace(text[titleStart])) titleStart++;
    if (parsed.family === 'sequence-word' && /[,:、]/.test(folded[titleStart] ?? '')) {
      titleStart++;
      while (titleStart < n && isSpace(text[titleStart])) titleStart++;
    }
    if (!plausibleMarker(parsed.family, folded, end, titleStart)) continue;
    const lineStart = lineStartOf(start);
    const lineEnd = lineEndAt(titleStart);
    const cand: Candidate = {
      index: candidates.length,
      start,
      markerEnd: end,
      marker: text.slice(start, end),
      family: parsed.family,
      key: parsed.family === 'decimal' ? `decimal:${parsed.path!.length}` : parsed.family,
      ordinal: parsed.ordinal,
      context,
      lineStart,
      lineEnd,
      titleStart,
      breakEnd: Math.min(breakAt(titleStart), hint ? hint.end : n),
      seriesEnd: 0,
      hinted: hint !== undefined,
      // always set (possibly undefined), so that every candidate has one shape
      path: parsed.path,
      hintEnd: hint?.end,
    };
    candidates.push(cand);
  }
  // a run-in title also ends where its series goes on, even inside the sentence
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    c.seriesEnd = c.breakEnd;
    for (let j = i + 1; j < candidates.length && j <= i + 64; j++) {
      const d = candidates[j]!;
      if (d.start >= c.breakEnd) break;
      if (d.key === c.key && d.ordinal === c.ordinal + 1) {
        c.seriesEnd = d.start;
        break;
      }
    }
  }
  return { text, folded, candidates, breakAt, lineEndAt, lineStartOf, lines, openers };
}

interface Parsed {
  family: MarkerFamily;
  ordinal: number;
  path?: number[];
}

/** The marker's number read; null when it is out of range (0, or 200 and more). */
function withOrdinal(m: MarkerReading): Parsed | null {
  if (m.family === 'sequence-word') return { family: m.family, ordinal: m.numeral as number };
  if (m.family === 'decimal') return { family: m.family, ordinal: m.numeral as number, path: m.path };
  return ordinal(m.family, typeof m.numeral === 'number' ? m.numeral : numeralValue(m.numeral));
}

function ordinal(family: MarkerFamily, value: number): Parsed | null {
  if (!Number.isFinite(value) || value < 1 || value > 199) return null;
  return { family, ordinal: value };
}

function contextAt(text: string, folded: string, start: number): MarkerContext {
  let j = start - 1;
  let wide = 0;
  let spaces = 0;
  for (;;) {
    if (j >= 0 && isSpace(text[j])) {
      if (text[j] === '\u3000' || text[j] === '\u00a0') wide++;
      spaces++;
      j--;
    } else if (j >= 7 && text[j] === '>' && text.startsWith('<U+00A0>', j - 7)) {
      // a no-break space written out by a scraper ("<U+00A0>"), or as an entity
      wide++;
      spaces++;
      j -= 8;
    } else if (j >= 5 && text[j] === ';' && text.startsWith('&nbsp;', j - 5)) {
      wide++;
      spaces++;
      j -= 6;
    } else break;
  }
  if (j < 0 || isNewline(text[j])) return 'line';
  if (wide >= 2 || (wide >= 1 && spaces >= 3)) return 'line'; // paragraph break inside a line (\u3000\u3000)
  // a bullet or leftover markup at the line start: ●一、 / ◆（一） / **一、 / ## 一、
  let b = j;
  for (let steps = 0; b >= 0 && steps < 4 && BULLETS.has(text[b]!); steps++) {
    b--;
    while (b >= 0 && isSpace(text[b])) b--;
  }
  if (b < j && (b < 0 || isNewline(text[b]))) return 'line';
  let k = j;
  for (let steps = 0; k >= 0 && steps < 3 && CLOSERS.has(folded[k]!); steps++) k--;
  if (k >= 0 && TERMINATORS.has(folded[k]!)) return 'clause';
  // right after a closing quote or bracket: a paragraph that ended in "（XX部负责）" or in a
  // quoted phrase, joined to the next heading with the line break deleted
  // ("…（体育总局负责）（五）支持引进…"); the series check decides, as after 。
  if (k < j) return 'clause';
  if (k >= 0 && isNewline(text[k]) && k < j) return 'clause';
  // a space between Chinese text and a marker: paragraphs joined into one line with a space
  // between them ("…若干意见 一、总体要求 （一）指导思想…"); Chinese prose has no spaces
  if (spaces > 0 && BEFORE_SPACED_MARKER.test(text[j] ?? '')) return 'clause';
  return 'mid';
}

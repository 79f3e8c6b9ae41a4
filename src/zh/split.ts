/**
 * THE sentence and clause splitter. Three views of the same boundaries (src/zh/chars.ts):
 *
 * - `splitSentences(text, maxChunk)`: pieces that concatenate back to the text, cut after
 *   。！？；!?; and line breaks, long ones cut again for a segmenter (word segmentation);
 * - `splitClauses(text, breaks)`: trimmed clause spans with their sentence and paragraph,
 *   where a hard-wrapped line goes on and headings break (the claim stage);
 * - `sentenceAround(text, start, end, options)`: the sentence holding one span, found by
 *   walking out to the nearest boundary (the time stage's tense, compare's keyword check).
 *
 * All are linear and allocate only their result.
 */
import {
  CLOSING_LENTICULAR,
  CLOSING_TITLE_MARK,
  COLONS,
  COMMAS,
  DASH,
  ELLIPSIS,
  ENUMERATION_COMMA,
  OPENING_LENTICULAR,
  OPENING_PARENS,
  OPENING_TITLE_MARK,
  SEMICOLONS,
  SENTENCE_BREAKS,
  SENTENCE_CLOSERS,
  SENTENCE_ENDS,
  WHITESPACE,
  CLOSING_QUOTES,
  CLOSING_PARENS,
  charCodeTable,
  charFlagTable,
} from './chars.js';

// ── sentences as pieces, for a segmenter ───────────────────────────────────────────────────

/** Longest chunk handed to a segmenter: Intl.Segmenter slows superlinearly on long strings. */
export const MAX_CHUNK = 1000;

// PURE: a bundle that uses no splitter drops the tables
const SENTENCE_BREAK = /* @__PURE__ */ charCodeTable(SENTENCE_BREAKS);

/** ASCII or full-width digit. */
export const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isPoint = (c: number) => c === 0x2e /* . */ || c === 0xff0e; /* ． */
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Splits text into sentences after 。！？；!?; and newlines (the delimiter stays with its
 * sentence), and cuts any sentence longer than `maxChunk` into chunks, never inside a
 * number or a surrogate pair. The pieces concatenate back to the input. Linear time.
 */
export function splitSentences(text: string, maxChunk: number = MAX_CHUNK): string[] {
  const out: string[] = [];
  const max = Math.max(16, maxChunk);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_BREAK[text.charCodeAt(i)]) {
      pushChunks(text, start, i + 1, max, out);
      start = i + 1;
    }
  }
  if (start < text.length) pushChunks(text, start, text.length, max, out);
  return out;
}

function pushChunks(text: string, start: number, end: number, max: number, out: string[]): void {
  while (end - start > max) {
    let cut = start + max;
    // back off to a safe boundary: not inside a number, not between surrogates
    const floor = start + (max >> 1);
    while (cut > floor && !isSafeBoundary(text, cut)) cut--;
    if (!isSafeBoundary(text, cut)) cut = start + max - (isHighSurrogate(text.charCodeAt(start + max - 1)) ? 1 : 0);
    out.push(text.slice(start, cut));
    start = cut;
  }
  if (end > start) out.push(text.slice(start, end));
}

function isSafeBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if (isHighSurrogate(before)) return false;
  return !isNumberJoint(text, i, before, after);
}

/** True when a boundary at `i` would split a number ("12|00", "5|.5", "5.|5"). */
export function isNumberJoint(text: string, i: number, before: number, after: number): boolean {
  if (isDigit(before) && isDigit(after)) return true;
  if (isDigit(before) && isPoint(after) && isDigit(text.charCodeAt(i + 1))) return true;
  if (isPoint(before) && isDigit(text.charCodeAt(i - 2)) && isDigit(after)) return true;
  // thousands separator: 1,200 (a comma between a digit and exactly three digits)
  if (isDigit(before) && after === 0x2c && isThousands(text, i + 1)) return true;
  if (before === 0x2c && isDigit(text.charCodeAt(i - 2)) && isThousands(text, i)) return true;
  return false;
}

function isThousands(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) &&
    !isDigit(text.charCodeAt(i + 3))
  );
}

// ── the sentence around a span ─────────────────────────────────────────────────────────────

export interface SentenceAroundOptions {
  /** The boundary characters, as a char-code table (charCodeTable(…)); default SENTENCE_BREAKS. */
  breaks?: Uint8Array;
  /** How far to walk out on either side of the span; unlimited by default. */
  reach?: number;
}

/**
 * The sentence holding `text.slice(start, end)`: `[s, e)` from just after the nearest
 * boundary before `start` to the nearest boundary at or after `end` (neither included),
 * going out at most `reach` characters on either side.
 */
export function sentenceAround(text: string, start: number, end: number = start, options: SentenceAroundOptions = {}): [number, number] {
  const breaks = options.breaks ?? SENTENCE_BREAK;
  const reach = options.reach ?? Infinity;
  let s = start;
  while (s > 0 && start - s < reach && !breaks[text.charCodeAt(s - 1)]) s--;
  let e = end;
  while (e < text.length && e - start < reach && !breaks[text.charCodeAt(e)]) e++;
  return [s, e];
}

// ── clauses, for the claim stage ───────────────────────────────────────────────────────────

/** A clause of the body: a sentence, or a part of one between ；. Offsets are working-text offsets. */
export interface Clause {
  start: number;
  end: number;
  /** Index of the sentence (。！？ and line breaks) the clause belongs to. */
  sentence: number;
  /** Start of that sentence. */
  sentenceStart: number;
  /** Index of the paragraph (line, or the text between headings). */
  paragraph: number;
}

// The clause splitter's classes, as bits of one table (one lookup per character).
const BOUNDARY = 1; // 。！？!?；;\n: where the scan stops
const CLAUSE_SENTENCE_END = 2; // 。！？!?
const CLAUSE_END = 4; // ；;
/** A line ending in one of these goes on to the next line (a hard wrap), unless a heading follows: ，、,“‘（(《【—. */
const OPEN_END = 8;
/** A line ending in one of these ends its sentence, however long: 。！？!?；;：:…”’」』）)】》. */
const TERMINAL = 16;
const CLOSER = 32; // ”’」』）): kept with the sentence they follow
const SPACE = 64; // whitespace as \s reads it
const CLAUSE_CLASSES = /* @__PURE__ */ charFlagTable([
  [SENTENCE_BREAKS, BOUNDARY],
  [SENTENCE_ENDS, CLAUSE_SENTENCE_END],
  [SEMICOLONS, CLAUSE_END],
  [COMMAS + ENUMERATION_COMMA + '“‘' + OPENING_PARENS + OPENING_TITLE_MARK + OPENING_LENTICULAR + DASH, OPEN_END],
  [SENTENCE_ENDS + SEMICOLONS + COLONS + ELLIPSIS + CLOSING_QUOTES + CLOSING_PARENS + CLOSING_LENTICULAR + CLOSING_TITLE_MARK, TERMINAL],
  [SENTENCE_CLOSERS, CLOSER],
  [WHITESPACE, SPACE],
]);
const is = (c: number, flag: number) => (CLAUSE_CLASSES[c]! & flag) !== 0;

/**
 * Splits `text` into clauses: sentences end at 。！？!? and at line breaks (a line broken
 * inside a sentence — after a comma, or a long line cut mid-word — goes on), clauses at
 * ；;. `breaks` are extra sentence boundaries (heading starts and ends). Linear.
 */
export function splitClauses(text: string, breaks: readonly number[] = []): Clause[] {
  // the extra breaks in order (one listed twice is harmless: at the current start it makes no clause)
  const hard = breaks.slice().sort((a, b) => a - b);
  const clauses = new ClauseList(text);
  let lineStart = 0;
  // Only the boundary characters and the extra breaks matter: visit just those, in order.
  // (No closure here: the scan's variables stay in registers.)
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((CLAUSE_CLASSES[c]! & BOUNDARY) === 0 || i < clauses.start) continue;
    for (; h < hard.length && hard[h]! <= i; h++) clauses.breakAt(hard[h]!);
    if (is(c, CLAUSE_SENTENCE_END)) {
      // keep closing quotes/brackets with the sentence
      let j = i + 1;
      while (j < text.length && is(text.charCodeAt(j), CLOSER)) j++;
      clauses.push(j, true, false);
      i = j - 1;
    } else if (is(c, CLAUSE_END)) clauses.push(i + 1, false, false);
    else {
      let p = i - 1;
      while (p >= lineStart && is(text.charCodeAt(p), SPACE)) p--;
      const prev = p >= lineStart ? text.charCodeAt(p) : -1;
      const lineLength = p - lineStart + 1;
      // the breaks up to i are done: the next one is the only one that can stand at i + 1
      const hardNext = h < hard.length && hard[h] === i + 1;
      const wrapped = prev >= 0 && (is(prev, OPEN_END) || (!is(prev, TERMINAL) && lineLength >= 30)) && !hardNext;
      if (!wrapped) clauses.push(i + 1, true, true);
      lineStart = i + 1;
    }
  }
  for (; h < hard.length && hard[h]! <= text.length - 1; h++) clauses.breakAt(hard[h]!);
  if (clauses.start < text.length) clauses.push(text.length, true, true);
  return clauses.out;
}

/** The clauses found so far, and where the next one starts, in which sentence and paragraph. */
class ClauseList {
  readonly out: Clause[] = [];
  start = 0;
  private sentence = 0;
  private paragraph = 0;
  private sentenceStart = -1;

  constructor(private readonly text: string) {}

  /** Ends the clause at `end` (trimmed of spaces; none if nothing is left). */
  push(end: number, endsSentence: boolean, endsParagraph: boolean): void {
    const { text } = this;
    let s = this.start;
    let e = end;
    while (s < e && is(text.charCodeAt(s), SPACE)) s++;
    while (e > s && is(text.charCodeAt(e - 1), SPACE)) e--;
    if (e > s) {
      if (this.sentenceStart < 0) this.sentenceStart = s;
      this.out.push({ start: s, end: e, sentence: this.sentence, sentenceStart: this.sentenceStart, paragraph: this.paragraph });
    }
    this.start = end;
    if (endsSentence) {
      this.sentence++;
      this.sentenceStart = -1;
    }
    if (endsParagraph) this.paragraph++;
  }

  /** An extra break at `b`: it ends a sentence and a paragraph, if it stands inside the text after the current start. */
  breakAt(b: number): void {
    if (b > this.start && b < this.text.length) this.push(b, true, true);
  }
}

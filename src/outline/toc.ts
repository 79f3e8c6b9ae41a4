import type { LineSpan } from '../text/lines.js';
import { lowerBound } from '../text/search.js';
import { charTable } from '../text/scan.js';
import { COLONS, SEMICOLONS, SENTENCE_ENDS, charClass } from '../zh/chars.js';
import type { Candidate, Scan } from './scan.js';
import { normTitle, sameTitle, stripLeaders, trimSpan } from './titles.js';

/** One line of a table of contents. */
export interface TocLine {
  cand: Candidate;
  title: string;
  titleStart: number;
  titleEnd: number;
}

export interface TocBlock {
  /** Span of the whole block (header line included), working offsets. */
  start: number;
  end: number;
  lines: TocLine[];
  /** Introduced by 目录 / 提纲 (else: a run of bare headings the body repeats). */
  explicit: boolean;
}

/**
 * 目录 or 提纲 (目录/提纲 too), maybe spaced out, with what may follow it before the first entry: a
 * colon, a dot leader. Where it stands is said by HEADER (a line of its own) and INLINE_HEADER.
 */
const HEADER_WORDS = /(?:目[ \t\u3000]*录|提[ \t\u3000]*纲)(?:[ \t\u3000]*[/／、][ \t\u3000]*(?:目[ \t\u3000]*录|提[ \t\u3000]*纲))?[ \t\u3000]*[:：]?[ \t\u3000]*[….。·]*[ \t\u3000]*/.source;
const HEADER = new RegExp(`^[ \\t\\u3000\\u00a0]*${HEADER_WORDS}$`);
const CLOSING = /^[ \t\u3000\u00a0]*[….。·—-]{2,}[ \t\u3000\u00a0]*$/;
/** What a blank line holds (and what may stand before a marker at a line start). */
const BLANK_CHARS = charTable(' \t\u3000\u00a0\u200b\ufeff');
/** Nothing but BLANK_CHARS in text[start, end). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (BLANK_CHARS[text.charCodeAt(k)] !== 1) return false;
  return true;
}
/** The spaces HEADER allows before 目录/提纲. */
const HEADER_INDENT = charTable(' \t\u3000\u00a0');
const MAX_ENTRY = 80;
/** A TOC line is a bare heading: one holding 。；！？ (either width) is a sentence. Colons are allowed (附件1：…). */
const SENTENCE_MARK = new RegExp(charClass(SENTENCE_ENDS, SEMICOLONS));
const MAX_LINES = 1000;

type Line = LineSpan;

/** How much of a candidate's title is compared with an entry's (the body may run on after it). */
const COMPARED_TITLE = 40;

/** Does candidate `c` in the body have the title of a TOC entry (`title`)? */
function hasTitle(text: string, c: Candidate, title: string): boolean {
  return sameTitle(text.slice(c.titleStart, Math.min(c.breakEnd, c.titleStart + COMPARED_TITLE)), title);
}

/**
 * Finds the table of contents: a 目录/提纲 header followed by heading lines (ended by a
 * "……" line, by a line that is not a heading, or by the body's repeat of an entry), or
 * else a run of three or more bare heading lines that the body repeats.
 */
export function detectToc(scan: Scan): TocBlock | null {
  return detectLineToc(scan) ?? detectInlineToc(scan);
}

/** Does the line's first character after HEADER's spaces start 目录/提纲 (a cheap test before HEADER)? */
function mayBeHeader(text: string, line: Line): boolean {
  let k = line.start;
  while (k < line.end && HEADER_INDENT[text.charCodeAt(k)] === 1) k++;
  return k < line.end && TOC_HEADER_FIRST.includes(text[k]!);
}

function detectLineToc(scan: Scan): TocBlock | null {
  const { text } = scan;
  // every line, and an empty last one after a final line break
  const { lines } = scan;
  const atLineStart = new Map<number, Candidate>();
  for (const c of scan.candidates) {
    if (c.context !== 'line') continue;
    if (!isBlank(text, c.lineStart, c.start)) continue;
    if (!atLineStart.has(c.lineStart)) atLineStart.set(c.lineStart, c);
  }
  const entryOf = (line: Line): TocLine | null => {
    const cand = atLineStart.get(line.start);
    if (!cand || cand.start >= line.end) return null;
    const leaderEnd = stripLeaders(text, cand.titleStart, line.end);
    const [s, e] = trimSpan(text, cand.titleStart, leaderEnd);
    if (e <= s || e - s > MAX_ENTRY) return null;
    // a TOC line is a bare heading: no sentence inside it
    if (SENTENCE_MARK.test(text.slice(s, e))) return null;
    return { cand, title: text.slice(s, e), titleStart: s, titleEnd: e };
  };
  const keyOf = (e: TocLine) => `${e.cand.key}#${e.cand.ordinal}#${normTitle(e.title).slice(0, 8)}`;

  // 1. explicit header
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.end - line.start > 30 || !mayBeHeader(text, line) || !HEADER.test(text.slice(line.start, line.end))) continue;
    const entries: TocLine[] = [];
    const seen = new Set<string>();
    let end = line.end;
    let unmarked = 0;
    for (let lj = li + 1; lj < lines.length && entries.length < MAX_LINES; lj++) {
      const l = lines[lj]!;
      if (isBlank(text, l.start, l.end)) continue;
      const content = text.slice(l.start, l.end);
      if (CLOSING.test(content)) {
        end = l.end;
        break;
      }
      const entry = entryOf(l);
      if (!entry) {
        // an unmarked TOC line (前言, 附件) may sit between entries; a sentence ends the TOC
        if (++unmarked > 2 || content.trim().length > 30 || SENTENCE_MARK.test(content)) break;
        continue;
      }
      unmarked = 0;
      const key = keyOf(entry);
      if (seen.has(key)) break; // the body starts again with the first entry
      seen.add(key);
      entries.push(entry);
      end = l.end;
    }
    if (entries.length >= 2) return { start: line.start, end, lines: entries, explicit: true };
  }

  // 2. a run of bare heading lines that the body repeats
  const byKey = new Map<string, Candidate[]>();
  for (const c of scan.candidates) {
    if (c.context === 'mid') continue;
    const k = `${c.key}#${c.ordinal}`;
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  const repeated = (entry: TocLine, after: number): boolean => {
    const list = byKey.get(`${entry.cand.key}#${entry.cand.ordinal}`) ?? [];
    let checked = 0;
    for (const c of list) {
      if (c.start < after) continue;
      if (++checked > 12) break;
      if (hasTitle(text, c, entry.title)) return true;
    }
    return false;
  };
  let run: TocLine[] = [];
  let runKeys = new Set<string>();
  let runStart = 0;
  let runEnd = 0;
  const flush = (): TocBlock | null => {
    if (run.length >= 3) {
      const hits = run.filter((e) => repeated(e, runEnd)).length;
      if (hits >= 3 && hits >= 0.6 * run.length && repeated(run[0]!, runEnd)) {
        return { start: runStart, end: runEnd, lines: run, explicit: false };
      }
    }
    if (run.length > 0) {
      run = [];
      runKeys = new Set();
    }
    return null;
  };
  for (const line of lines) {
    if (isBlank(text, line.start, line.end)) continue;
    const entry = entryOf(line);
    if (entry) {
      const key = keyOf(entry);
      if (runKeys.has(key)) {
        // the body repeats the run: the run so far may be the TOC
        const found = flush();
        if (found) return found;
      }
      if (run.length === 0) runStart = line.start;
      run.push(entry);
      runKeys.add(key);
      runEnd = line.end;
      if (run.length >= MAX_LINES) {
        const found = flush();
        if (found) return found;
      }
      continue;
    }
    const found = flush();
    if (found) return found;
  }
  return flush();
}

/** A 目录/提纲 header anywhere in a line, with what may follow it before the first entry. */
const INLINE_HEADER = new RegExp(HEADER_WORDS, 'y');

/** The characters a TOC header (目录, 提纲) starts with: the outline scan records where they stand. */
export const TOC_HEADER_FIRST = '目提';

/**
 * The first INLINE_HEADER at or after `from`, as a global search would find it, but tried
 * only where 目 or 提 stands (its only first characters), from the scan's `openers`.
 */
function nextInlineHeader(scan: Scan, from: number): RegExpExecArray | null {
  const { text, openers } = scan;
  for (let k = lowerBound(openers.length, (i) => openers[i]! < from); k < openers.length; k++) {
    const at = openers[k]!;
    if (!TOC_HEADER_FIRST.includes(text[at]!)) continue;
    INLINE_HEADER.lastIndex = at;
    const m = INLINE_HEADER.exec(text);
    if (m !== null) return m;
  }
  return null;
}
/** A closing run of dots or ellipses after the last entry ("……"), not a leader before a page number. */
const INLINE_CLOSING = /^[ \t\u3000]*[….。·—-]{2,}(?![ \t\u3000]*\d)/;
/** An inline TOC entry ends where a sentence starts: 。;；!！?？ and also :：. */
const SENTENCE = new RegExp(charClass(SENTENCE_ENDS, SEMICOLONS, COLONS));
/** What may stand between two inline entries (and between a TOC and the body's first heading): spaces, a dot leader, a page number. */
export const LEADER_GAP = /^[ \t\u3000….。·•．\-—_\d]*$/;
/** An inline entry's title is at most this long (a TOC line of a one-line text). */
const MAX_INLINE_ENTRY = 60;
/** Without a 目录 header, a run of bare entries must be this long, and its first entry come again in the body. */
const MIN_BARE_RUN = 4;
/** How many 目录 headers are tried (the word also occurs in prose: 负面清单目录). */
const MAX_HEADERS = 8;

/**
 * A table of contents on one line (a text whose line breaks were lost): "目录第一章总则第一节
 * 目的1第二章…" — entries that follow each other with nothing but a short title (and maybe a
 * dot leader and page number) between two markers, no sentence inside. It is introduced by
 * 目录/提纲 (then two entries suffice), or else it is a run of four or more whose first entry
 * comes again later with the same title (the body repeating the TOC). It ends where the body
 * restarts with its first entry, at a closing "……", or at the first entry that holds a sentence.
 */
function detectInlineToc(scan: Scan): TocBlock | null {
  const { text, candidates } = scan;
  if (candidates.length < 3) return null;
  const entryAt = (k: number): TocLine | null => {
    const c = candidates[k]!;
    const next = k + 1 < candidates.length ? candidates[k + 1]!.start : text.length;
    let stop = Math.min(next, c.titleStart + MAX_INLINE_ENTRY + 20);
    // entries of an inline TOC share a line (checked first: it rejects every candidate of a normal text)
    if (scan.lineEndAt(c.titleStart) < stop) return null;
    const span = text.slice(c.titleStart, stop);
    const closing = /[….。·—-]{2,}/.exec(span);
    if (closing && INLINE_CLOSING.test(span.slice(closing.index))) stop = c.titleStart + closing.index;
    const sentence = SENTENCE.exec(text.slice(c.titleStart, stop));
    if (sentence) return null;
    if (stop === c.titleStart + MAX_INLINE_ENTRY + 20 && stop < next) return null;
    let e = stripLeaders(text, c.titleStart, stop);
    // a page number glued to the title: "总则12第二章…"
    while (e > c.titleStart + 1 && /\d/.test(text[e - 1]!) && !/\d/.test(text[c.titleStart]!)) e--;
    const [ts, te] = trimSpan(text, c.titleStart, e);
    if (te <= ts || te - ts > MAX_INLINE_ENTRY) return null;
    return { cand: c, title: text.slice(ts, te), titleStart: ts, titleEnd: te };
  };
  /** The run of entries from candidate k on; its end (the block end) and whether a closing ends it. */
  const runFrom = (k: number): { lines: TocLine[]; end: number } => {
    const lines: TocLine[] = [];
    let end = candidates[k]!.start;
    for (let j = k; j < candidates.length && lines.length < MAX_LINES; j++) {
      const c = candidates[j]!;
      // entries follow each other: nothing but the previous title between them
      if (lines.length > 0 && !LEADER_GAP.test(text.slice(end, c.start))) break;
      const first = lines[0];
      if (first && c.key === first.cand.key && c.ordinal === first.cand.ordinal) {
        if (hasTitle(text, c, first.title)) break; // the body starts again with the first entry
      }
      const entry = entryAt(j);
      if (!entry) break;
      lines.push(entry);
      end = entry.titleEnd;
      const after = text.slice(end, Math.min(text.length, end + 12));
      const closing = INLINE_CLOSING.exec(after);
      if (closing) {
        end += closing[0].length;
        break;
      }
    }
    return { lines, end };
  };

  // 1. after a 目录/提纲 header
  let tried = 0;
  let k = 0;
  for (let m = nextInlineHeader(scan, 0); m !== null && tried < MAX_HEADERS; m = nextInlineHeader(scan, m.index + m[0].length)) {
    tried++;
    const after = m.index + m[0].length;
    while (k < candidates.length && candidates[k]!.start < after) k++;
    if (k >= candidates.length) break;
    if (candidates[k]!.start !== after) continue;
    const run = runFrom(k);
    if (run.lines.length >= 2) return { start: m.index, end: run.end, lines: run.lines, explicit: true };
  }

  // 2. a bare run of entries that the body repeats
  for (let i = 0; i < candidates.length; ) {
    const run = runFrom(i);
    if (run.lines.length >= MIN_BARE_RUN) {
      const first = run.lines[0]!;
      for (let j = i + run.lines.length; j < candidates.length && j < i + run.lines.length + 2000; j++) {
        const c = candidates[j]!;
        if (c.key !== first.cand.key || c.ordinal !== first.cand.ordinal) continue;
        if (hasTitle(text, c, first.title)) {
          return { start: first.cand.start, end: run.end, lines: run.lines, explicit: false };
        }
      }
    }
    i += Math.max(1, run.lines.length);
  }
  return null;
}

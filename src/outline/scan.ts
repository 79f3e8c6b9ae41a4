import type { MarkerFamily } from '../schema/outline.js';
import { foldWidth } from '../text/fold.js';
import { forEachLineBreak } from '../text/lines.js';
import { charTable, stickyCopy } from '../text/scan.js';
import { circledValue, fullStopValue, numeralValue, parenthesizedValue } from './numerals.js';
import { lowerBound } from '../text/search.js';

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

const CN = '[一二三四五六七八九十百零〇两]';
const S = '[ \\t]?';
const MARKER_RE = new RegExp(
  [
    // 1 第一章 第十二条 第一部分 第1章
    `(第${S}(?:${CN}{1,4}|\\d{1,3})${S}(?:章|节|条|部分|篇))`,
    // 2 第一, 第一、 第一:
    `(第[一二三四五六七八九十]{1,3}[,、:])`,
    // 3 decimal numbering 1.1 / 1.2.1
    `((?<![\\d.])\\d{1,2}(?:\\.\\d{1,2}){1,3}(?![\\d.%]))`,
    // 4 (一)
    `(\\(${S}${CN}{1,3}${S}\\))`,
    // 5 (1)
    `(\\(${S}\\d{1,2}${S}\\))`,
    // 6 一、 一.
    `(${CN}{1,3}${S}[、.])`,
    // 7 一是
    `([一二三四五六七八九十]{1,3}是)`,
    // 8 1. 1、 1)
    `((?<![\\d.])\\d{1,2}${S}[.、)](?![\\d.]))`,
    // 9 ① ⑴ ⒈
    `([\\u2460-\\u249b\\u3251-\\u325f\\u32b1-\\u32bf])`,
    // 10 首先, 其次, 再次, 最后,
    `((?:首先|其次|再次|最后)(?=[,:、]))`,
    // 11 decimal top level "1 总则" (a number, spaces, a Chinese character)
    `((?<![\\d.])\\d{1,2}(?=[ \\t]+[\\u4e00-\\u9fff]))`,
    // 12 一要 (not 一要务: 第一要务, 首要)
    `([一二三四五六七八九十]{1,3}要(?![务求素点件闻害]))`,
    // 13 一) 一）(the closing bracket alone; (一) is read by 4 first)
    `(${CN}{1,3}${S}\\))`,
  ].join('|'),
  'g',
);
/** MARKER_RE tried only where a marker can start, on the folded text (see text/scan.ts). */
const MARKER_AT = stickyCopy(MARKER_RE);
const MARKER_FIRST = (() => {
  let chars = '第0123456789(一二三四五六七八九十百零〇两首其再最';
  for (const [from, to] of [[0x2460, 0x249b], [0x3251, 0x325f], [0x32b1, 0x32bf]] as const) {
    for (let c = from; c <= to; c++) chars += String.fromCharCode(c);
  }
  return charTable(chars);
})();

/** Where a title ends: a newline, 。!?;: (either width), or a paragraph break of two wide spaces. */
const TITLE_BREAK = /[\n\r。!?;:！？；：]|\u3000[\u3000\u00a0]/g;
const LINE_BREAK = /[\n\r]/g;

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
const BEFORE_SPACED_MARKER = /[\u4e00-\u9fff）)】」』”’》。，；：]/;

const SEQUENCE_ORDINAL: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };
const TERMINATORS = new Set(['。', '!', '?', ';', ':']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '】', '〕', '"', "'", '》']);
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\u200b' || c === '\ufeff' || c === '\u2002' || c === '\u2003';
const isNewline = (c: string | undefined) => c === '\n' || c === '\r';
const BULLETS = new Set(['●', '○', '■', '□', '◆', '◇', '▲', '△', '★', '☆', '•', '·', '▪', '►', '#', '*', '>']);

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
}

/** Finds every marker that could start a heading, with its context; no sequence checks yet. */
export function scanMarkers(text: string, hints: readonly ScanHint[] = []): Scan {
  const folded = foldWidth(text);
  const n = text.length;
  const breakAt = nextMatchFinder(text, TITLE_BREAK);
  const lineEndAt = nextMatchFinder(text, LINE_BREAK);
  const headingHints = new Map<number, ScanHint>();
  for (const h of hints) {
    if (h.kind !== 'heading') continue;
    let s = h.start;
    while (s < h.end && isSpace(text[s])) s++;
    headingHints.set(s, h);
  }

  // line starts, for a binary search
  const lineStarts: number[] = [0];
  forEachLineBreak(text, n, (_end, next) => lineStarts.push(next));
  const lineStartOf = (offset: number): number => lineStarts[Math.max(0, lowerBound(lineStarts.length, (i) => lineStarts[i]! <= offset) - 1)]!;

  const candidates: Candidate[] = [];
  for (let at = 0; at < n; at++) {
    if (!MARKER_FIRST[folded.charCodeAt(at)]) continue;
    MARKER_AT.lastIndex = at;
    const m = MARKER_AT.exec(folded);
    if (m === null) continue;
    const start = at;
    const raw = m[0];
    const end = start + raw.length;
    at = end - 1; // a global scan goes on after the match
    const parsed = classify(m, raw);
    if (!parsed) continue;
    const hint = headingHints.get(start);
    const context: MarkerContext = hint ? 'line' : contextAt(text, folded, start);
    if (parsed.family === 'decimal' && parsed.path!.length === 1 && context !== 'line') continue;
    let titleStart = end;
    while (titleStart < n && isSpace(text[titleStart])) titleStart++;
    if (parsed.family === 'sequence-word' && /[,:、]/.test(folded[titleStart] ?? '')) {
      titleStart++;
      while (titleStart < n && isSpace(text[titleStart])) titleStart++;
    }
    if (!plausibleStart(parsed.family, folded, end, titleStart)) continue;
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
  return { text, folded, candidates, breakAt, lineEndAt, lineStartOf };
}

interface Parsed {
  family: MarkerFamily;
  ordinal: number;
  path?: number[];
}

function classify(m: RegExpExecArray, raw: string): Parsed | null {
  const compact = raw.replace(/[ \t]/g, '');
  if (m[1]) {
    const r = /^第(.+?)(章|节|条|部分|篇)$/.exec(compact);
    if (!r) return null;
    const family: MarkerFamily =
      r[2] === '章' ? 'di-zhang' : r[2] === '节' ? 'di-jie' : r[2] === '条' ? 'di-tiao' : r[2] === '部分' ? 'di-bufen' : 'di-pian';
    return ordinal(family, numeralValue(r[1]!));
  }
  if (m[2]) return ordinal('di-comma', numeralValue(compact.slice(1, -1)));
  if (m[3]) {
    const path = compact.split('.').map(Number);
    if (path.some((x) => !(x >= 1))) return null;
    return { family: 'decimal', ordinal: path[path.length - 1]!, path };
  }
  if (m[4]) return ordinal('cn-paren', numeralValue(compact.slice(1, -1)));
  if (m[5]) return ordinal('arabic-paren', Number(compact.slice(1, -1)));
  if (m[6]) return ordinal('cn-dun', numeralValue(compact.slice(0, -1)));
  if (m[7]) return ordinal('cn-shi', numeralValue(compact.slice(0, -1)));
  if (m[8]) {
    const sep = compact[compact.length - 1];
    const value = Number(compact.slice(0, -1));
    return ordinal(sep === '.' ? 'arabic-dot' : sep === '、' ? 'arabic-dun' : 'arabic-half-paren', value);
  }
  if (m[9]) {
    const ch = raw;
    const c = circledValue(ch);
    if (c) return ordinal('circled', c);
    const p = parenthesizedValue(ch);
    if (p) return ordinal('arabic-paren', p);
    const f = fullStopValue(ch);
    if (f) return ordinal('arabic-dot', f);
    return null;
  }
  if (m[10]) return { family: 'sequence-word', ordinal: SEQUENCE_ORDINAL[compact] ?? 0 };
  if (m[11]) return { family: 'decimal', ordinal: Number(compact), path: [Number(compact)] };
  if (m[12]) return ordinal('cn-yao', numeralValue(compact.slice(0, -1)));
  if (m[13]) return ordinal('cn-half-paren', numeralValue(compact.slice(0, -1)));
  return null;
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
  if (k >= 0 && isNewline(text[k]) && k < j) return 'clause';
  // a space between Chinese text and a marker: paragraphs joined into one line with a space
  // between them ("…若干意见 一、总体要求 （一）指导思想…"); Chinese prose has no spaces
  if (spaces > 0 && BEFORE_SPACED_MARKER.test(text[j] ?? '')) return 'clause';
  return 'mid';
}

/** Rejects markers that are really numbers or lists of numbers: 1、2号线, 一、二年级, 1.5万, 9、。 */
function plausibleStart(family: MarkerFamily, folded: string, markerEnd: number, titleStart: number): boolean {
  const next = folded[markerEnd] ?? '';
  const first = folded[titleStart] ?? '';
  if (first === '') return false;
  if (/[\n\r。,、;:!?.)）%％]/.test(first)) {
    // an empty title is allowed only for a marker alone on its line (title on the next line)
    return (first === '\n' || first === '\r') && family !== 'cn-shi' && family !== 'sequence-word';
  }
  switch (family) {
    case 'arabic-dot':
    case 'arabic-dun':
    case 'arabic-half-paren':
    case 'arabic-paren':
    case 'decimal':
      if (/\d/.test(next)) return false;
      // 1.5万 / 3.所 : a number with its unit, unless a space sets the marker apart
      if (titleStart === markerEnd && /^[万亿千百倍个年月日号元米吨岁天度时分秒家所人次项条款期批届名位种类件座台辆套]/.test(first)) return false;
      return true;
    case 'cn-dun': {
      // 一、二年级 / 三、四月份 / 一、二、三等奖: a list of numbers, not a heading
      const rest = folded.slice(titleStart, titleStart + 6);
      return !/^[一二三四五六七八九十两]{1,2}([、,和及至到或年月级等届次个类批]|$)/.test(rest);
    }
    case 'cn-shi':
      // 一是一，二是二
      return !/^[一二三四五六七八九十][,、]/.test(folded.slice(titleStart, titleStart + 2));
    case 'cn-yao':
      // 一要…二要: the demand is said right after, not after a pause (一要，…)
      return markerEnd === titleStart && /[\u4e00-\u9fff“"]/.test(first);
    default:
      return true;
  }
}

/**
 * The heading-marker grammar of Chinese official documents (GB/T 9704 and what real texts add):
 * 第一章 第一节 第一条 第一部分 第一篇/编, 第一， 一、 （一） 一） 1. 1、 1） （1） ① ⑴ ⒈ 1.1 1.2.1
 * "1 总则", 一是 一要, 首先/其次/再次/最后.
 *
 * This is the ONE place that says what a marker looks like. Both the outline scan
 * (`outline/scan.ts`: every marker anywhere in the text) and the cleaner's "does a heading
 * start this line" test (`HEADING_START`, used so that a hard-wrapped line is never joined
 * to a following heading) are derived from it. Where a marker stands (line start, after 。,
 * inside a sentence) and whether its numbering fits are the outline's business, not this file's.
 *
 * To add a marker family: add a form to FORMS (the characters it can start with, its pattern
 * on half-width text, and how to read its number), add the family to `schema/outline.ts` MarkerFamily, and give it a rank
 * in `outline/tree.ts` familyRank.
 */
import type { MarkerFamily } from '../schema/outline.js';
import { foldWidth } from '../text/fold.js';
import { charTable } from '../text/scan.js';

/** What a marker says, before its number is read. */
export interface MarkerReading {
  family: MarkerFamily;
  /** The number as written: Chinese (十二) or Arabic (12) numeral text, or its value (circled forms). */
  numeral: string | number;
  /** Decimal numbering components (1.2.1 → [1, 2, 1]). */
  path?: number[];
}

/** Chinese numerals as written in markers (一 … 一百九十九, 〇/零, 两). */
const CN_DIGITS = '一二三四五六七八九十百零〇两';
const CN = `[${CN_DIGITS}]`;
/** Small Chinese numerals for discourse enumerations (一是 … 十是). */
const CN_SMALL_DIGITS = '一二三四五六七八九十';
const CN_SMALL = `[${CN_SMALL_DIGITS}]`;
const DIGITS = '0123456789';
/** Enclosed numbers: ① … ⑳ ⑴ … ⒇ ⒈ … ⒛ (U+2460–249B), ㉑ … ㉟ (U+3251–325F), ㊱ … ㊿ (U+32B1–32BF). */
const ENCLOSED_RANGES = [[0x2460, 0x249b], [0x3251, 0x325f], [0x32b1, 0x32bf]] as const;
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const ENCLOSED = `[${ENCLOSED_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`;
const ENCLOSED_CHARS = ENCLOSED_RANGES.map(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k)).join('')).join('');
/** A PDF or typing space may sit inside a marker: "第 一 章", "（ 一 ）", "1 ." */
const S = '[ \\t]?';

interface MarkerForm {
  /** The characters a match can start with (on width-folded text). */
  first: string;
  /** Pattern on width-folded text (see text/fold.ts). No capturing groups. */
  source: string;
  /** Reads the match with its spaces removed; null when it is not a marker after all. */
  read(compact: string): MarkerReading | null;
}

const DI_FAMILY: Record<string, MarkerFamily> = {
  章: 'di-zhang',
  节: 'di-jie',
  条: 'di-tiao',
  部分: 'di-bufen',
  篇: 'di-pian',
  编: 'di-pian', // 第一编 (codes and laws): a top-level part, like 篇
};

const SEQUENCE_ORDINAL: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

/** The marker forms, tried in this order at each position (the first that matches wins). */
const FORMS: readonly MarkerForm[] = [
  {
    // 第一章 第十二条 第一部分 第1章 第一编
    first: '第',
    source: `第${S}(?:${CN}{1,4}|\\d{1,3})${S}(?:章|节|条|部分|篇|编)`,
    read: (m) => {
      const r = /^第(.+?)(章|节|条|部分|篇|编)$/.exec(m);
      return r ? { family: DI_FAMILY[r[2]!]!, numeral: r[1]! } : null;
    },
  },
  // 第一， 第一、 第一：
  { first: '第', source: `第${CN_SMALL}{1,3}[,、:]`, read: (m) => ({ family: 'di-comma', numeral: m.slice(1, -1) }) },
  {
    // decimal numbering 1.1 / 1.2.1 (not 1.5%, not a date 2019.1.2)
    first: DIGITS,
    source: `(?<![\\d.])\\d{1,2}(?:\\.\\d{1,2}){1,3}(?![\\d.%])`,
    read: (m) => {
      const path = m.split('.').map(Number);
      if (path.some((x) => !(x >= 1))) return null;
      return { family: 'decimal', numeral: path[path.length - 1]!, path };
    },
  },
  // (一)
  { first: '(', source: `\\(${S}${CN}{1,3}${S}\\)`, read: (m) => ({ family: 'cn-paren', numeral: m.slice(1, -1) }) },
  // (1)
  { first: '(', source: `\\(${S}\\d{1,2}${S}\\)`, read: (m) => ({ family: 'arabic-paren', numeral: m.slice(1, -1) }) },
  // 一、 一.
  { first: CN_DIGITS, source: `${CN}{1,3}${S}[、.]`, read: (m) => ({ family: 'cn-dun', numeral: m.slice(0, -1) }) },
  // 一是
  { first: CN_SMALL_DIGITS, source: `${CN_SMALL}{1,3}是`, read: (m) => ({ family: 'cn-shi', numeral: m.slice(0, -1) }) },
  {
    // 1. 1、 1)
    first: DIGITS,
    source: `(?<![\\d.])\\d{1,2}${S}[.、)](?![\\d.])`,
    read: (m) => {
      const sep = m[m.length - 1];
      return { family: sep === '.' ? 'arabic-dot' : sep === '、' ? 'arabic-dun' : 'arabic-half-paren', numeral: m.slice(0, -1) };
    },
  },
  // ① ⑴ ⒈ (and ㉑…㊿)
  { first: ENCLOSED_CHARS, source: ENCLOSED, read: readEnclosed },
  // 首先, 其次, 再次, 最后,
  {
    first: '首其再最',
    source: '(?:首先|其次|再次|最后)(?=[,:、])',
    read: (m) => ({ family: 'sequence-word', numeral: SEQUENCE_ORDINAL[m] ?? 0 }),
  },
  {
    // decimal top level "1 总则": a number, spaces, a Chinese character
    first: DIGITS,
    source: '(?<![\\d.])\\d{1,2}(?=[ \\t]+[\\u4e00-\\u9fff])',
    read: (m) => ({ family: 'decimal', numeral: Number(m), path: [Number(m)] }),
  },
  // 一要 (not 一要务: 第一要务, 首要; not 统一要求, 三要素)
  { first: CN_SMALL_DIGITS, source: `${CN_SMALL}{1,3}要(?![务求素点件闻害])`, read: (m) => ({ family: 'cn-yao', numeral: m.slice(0, -1) }) },
  // 一) 一）: the closing bracket alone; (一) is read above first
  { first: CN_DIGITS, source: `${CN}{1,3}${S}\\)`, read: (m) => ({ family: 'cn-half-paren', numeral: m.slice(0, -1) }) },
];

/** Every marker form, as one global pattern on width-folded text (one capturing group per form). */
export const MARKER_PATTERN = new RegExp(FORMS.map((f) => `(${f.source})`).join('|'), 'g');

/** The characters a marker can start with (on folded text), for a char-code table scan. */
export const MARKER_FIRST = charTable(FORMS.map((f) => f.first).join(''));

/**
 * The forms that can start with one character, as one sticky pattern (one capturing group
 * per form, in FORMS order): at a 一 only 一、 一是 一要 一） are tried, not the 13 forms.
 * The first form that matches wins, as in MARKER_PATTERN: only forms that cannot match
 * there are left out.
 */
interface FormGroup {
  pattern: RegExp;
  /** Index in FORMS of each capturing group (group g is forms[g - 1]). */
  forms: number[];
}

/** FORM_GROUPS[FIRST_GROUP[c] - 1] is the group for a marker starting with char code c (0: none). */
const { FORM_GROUPS, FIRST_GROUP } = (() => {
  const groups: FormGroup[] = [];
  const byForms = new Map<string, number>();
  const firstGroup = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!MARKER_FIRST[c]) continue;
    const ch = String.fromCharCode(c);
    const forms = FORMS.flatMap((f, i) => (f.first.includes(ch) ? [i] : []));
    const key = forms.join(',');
    let g = byForms.get(key);
    if (g === undefined) {
      groups.push({ pattern: new RegExp(forms.map((i) => `(${FORMS[i]!.source})`).join('|'), 'y'), forms });
      g = groups.length;
      byForms.set(key, g);
    }
    firstGroup[c] = g;
  }
  return { FORM_GROUPS: groups, FIRST_GROUP: firstGroup };
})();

export interface MarkerMatch extends MarkerReading {
  /** End of the marker (exclusive), offset in the same string. */
  end: number;
}

/**
 * The marker that starts at `at` in width-folded text, or null. Does not check what
 * follows (see `plausibleMarker`) nor where it stands.
 */
export function markerAt(folded: string, at: number): MarkerMatch | null {
  const group = FIRST_GROUP[folded.charCodeAt(at)]!;
  if (group === 0) return null;
  const { pattern, forms } = FORM_GROUPS[group - 1]!;
  pattern.lastIndex = at;
  const m = pattern.exec(folded);
  if (m === null) return null;
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  const raw = m[0];
  const compact = raw.indexOf(' ') < 0 && raw.indexOf('\t') < 0 ? raw : raw.replace(/[ \t]/g, '');
  const reading = FORMS[forms[g - 1]!]!.read(compact);
  // one object shape for every match (the scan's hot loop)
  return reading ? { family: reading.family, numeral: reading.numeral, path: reading.path, end: at + raw.length } : null;
}

/** Longest title between a glued top-level number and its first subsection (1总则1.1…). */
const GLUED_TITLE = 24;
const isDigit = (c: number) => c >= 48 && c <= 57;
const DOT = 46;
/** Punctuation that a glued chapter title cannot hold (it would be a sentence). */
const GLUED_TITLE_STOP = charTable('。,，、;；:：!！?？\n\r');

/**
 * A top-level decimal number glued to its title, in a text whose line breaks were lost:
 * "…应急预案1总则1.1编制目的…" — "1 总则" was a heading line. Told from a number in prose
 * ("3个", "5年") by its first subsection coming right after a short title: N, maybe a
 * space, 2–24 characters without punctuation, then N.1. Returns the number's match, or null.
 */
export function gluedChapterAt(folded: string, at: number): MarkerMatch | null {
  if (!isDigit(folded.charCodeAt(at)) || (at > 0 && (isDigit(folded.charCodeAt(at - 1)) || folded.charCodeAt(at - 1) === DOT))) return null;
  let e = at;
  while (e < folded.length && e - at < 2 && isDigit(folded.charCodeAt(e))) e++;
  const numberEnd = e;
  if (isDigit(folded.charCodeAt(e)) || folded.charCodeAt(e) === DOT) return null;
  while (e < folded.length && e - at < 6 && (folded[e] === ' ' || folded[e] === '\t')) e++;
  // a Chinese character (U+4E00–9FFF) starts the title; checked before anything is sliced
  const h = folded.charCodeAt(e);
  if (!(h >= 0x4e00 && h <= 0x9fff)) return null;
  const number = folded.slice(at, numberEnd);
  const sub = `${number}.1`;
  const first = sub.charCodeAt(0);
  const limit = Math.min(folded.length, e + GLUED_TITLE + 1);
  for (let k = e + 2; k < limit; k++) {
    const c = folded.charCodeAt(k);
    if (GLUED_TITLE_STOP[c]) return null;
    if (c === first && folded.startsWith(sub, k) && !isDigit(folded.charCodeAt(k + sub.length)) && folded[k + sub.length] !== '.') {
      const value = Number(number);
      return value >= 1 ? { family: 'decimal', numeral: value, path: [value], end: at + number.length } : null;
    }
  }
  return null;
}

/** ① → 1 … ⑳ → 20, ㉑ → 21 … ㊿ → 50; ⑴ → 1 … ⒇ → 20 (arabic-paren); ⒈ → 1 … ⒛ → 20 (arabic-dot). */
function readEnclosed(ch: string): MarkerReading | null {
  const c = ch.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return { family: 'circled', numeral: c - 0x2460 + 1 };
  if (c >= 0x3251 && c <= 0x325f) return { family: 'circled', numeral: c - 0x3251 + 21 };
  if (c >= 0x32b1 && c <= 0x32bf) return { family: 'circled', numeral: c - 0x32b1 + 36 };
  if (c >= 0x2474 && c <= 0x2487) return { family: 'arabic-paren', numeral: c - 0x2474 + 1 };
  if (c >= 0x2488 && c <= 0x249b) return { family: 'arabic-dot', numeral: c - 0x2488 + 1 };
  return null;
}

/** Measure words and units that make "1." or "3、" the start of a quantity (1.5万, 3.所), not a heading. */
const UNIT_AFTER_NUMBER = /^[万亿千百倍个年月日号元米吨岁天度时分秒家所人次项条款期批届名位种类件座台辆套]/;

/**
 * Does what follows the marker make it a heading marker rather than a number or a list of
 * numbers? Rejects 1、2号线, 一、二年级, 1.5万, 9、。, 一是一，二是二, 一要，…; an empty
 * title is allowed only when the title is on the next line.
 * `markerEnd` is where the marker ends, `titleStart` where its title starts (after spaces).
 */
export function plausibleMarker(family: MarkerFamily, folded: string, markerEnd: number, titleStart: number): boolean {
  const next = folded[markerEnd] ?? '';
  const first = folded[titleStart] ?? '';
  if (first === '') return false;
  if (/[\n\r。,、;:!?.)）%％]/.test(first)) {
    return (first === '\n' || first === '\r') && family !== 'cn-shi' && family !== 'sequence-word';
  }
  switch (family) {
    case 'arabic-dot':
    case 'arabic-dun':
    case 'arabic-half-paren':
    case 'arabic-paren':
    case 'decimal':
      if (/\d/.test(next)) return false;
      // a number with its unit, unless a space sets the marker apart
      return !(titleStart === markerEnd && UNIT_AFTER_NUMBER.test(first));
    case 'cn-dun':
      // 一、二年级 / 三、四月份 / 一、二、三等奖: a list of numbers, not a heading
      return !/^[一二三四五六七八九十两]{1,2}([、,和及至到或年月级等届次个类批]|$)/.test(folded.slice(titleStart, titleStart + 6));
    case 'cn-shi':
      return !/^[一二三四五六七八九十][,、]/.test(folded.slice(titleStart, titleStart + 2));
    case 'cn-yao':
      // 一要…二要: the demand follows at once, not after a pause (一要，…)
      return markerEnd === titleStart && /[\u4e00-\u9fff“"]/.test(first);
    default:
      return true;
  }
}

const isLineSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** How much of a line the heading test reads: the longest marker and a few title characters. */
const HEAD_WINDOW = 16;

/**
 * Does a heading marker start this text (a line with its leading spaces trimmed)? 一、 （一）
 * 一） 1. 1.1 （1） ① ⑴ 一是 一要 第一章 …, either width; not 1.5万 nor 一、二年级.
 * `before` is the text just before the line, when it runs on from there (a hard-wrapped
 * line): "PM2." + "5）平均" is a number cut by the wrap, not a heading 5）.
 */
export function startsWithHeading(line: string, before = ''): boolean {
  const lead = before.slice(-1);
  const head = foldWidth(lead + line.slice(0, HEAD_WINDOW));
  const at = lead.length;
  const m = markerAt(head, at);
  if (m === null) return false;
  let titleStart = m.end;
  while (titleStart < head.length && isLineSpace(head[titleStart])) titleStart++;
  if (m.family === 'sequence-word' && /[,:、]/.test(head[titleStart] ?? '')) titleStart++;
  // a marker alone (its title on the next line), or one that fills the window
  if (titleStart >= head.length) return true;
  return plausibleMarker(m.family, head, m.end, titleStart);
}

/** `startsWithHeading` with the RegExp-like shape the cleaner's rules call (`HEADING_START.test(line)`). */
export const HEADING_START: { test(line: string): boolean } = { test: (line) => startsWithHeading(line) };

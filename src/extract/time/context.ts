import { parseIso } from './calendar.js';
import { YEAR, year } from './numbers.js';
import type { TimeContext } from './types.js';

/** A sentence end, 。！？!?；;\n, as one UTF-16 code unit. */
const isSentenceEnd = (c: number) =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 0xff1b || c === 59 || c === 10;
const CLAUSE_BEFORE = new Set([...'\n。！？!?；;，,：:、）)】]']);
const OPENERS = new Set([...' \t\u3000“‘"\'「『《（(【']);

/** Top-level headings (一、… / 第一部分 …), at a line start or run in after a full stop. */
const TOP_HEADING = /(?:^|\n|[。！？!?])[ \t\u3000]*((?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章|篇)))[ \t\u3000]*([^\n。！？!?]{1,60})/g;

/** Words of a heading over a part that reports results. */
export const REVIEW_HEADING = /回顾|成绩|成效|过去|取得|总结|进展情况|主要做法|工作情况/;
/** Words of a heading over a part that sets tasks. */
export const TASK_HEADING = /任务|要求|目标|部署|重点|举措|措施|安排|打算|意见|思路|展望|计划|保障|下一步/;

const FUTURE_CUES = /要|将|力争|争取|确保|必须|努力|预期|目标|拟|应当|务必|计划/g;
const PAST_CUES = /(?<![为除])了(?![解])|已经|已|累计|顺利|圆满|来之不易|回顾/g;

/** Year the document speaks from, inferred from its own dates (for choosing kinds only). */
export function inferDocYear(text: string): number | null {
  const head = text.slice(0, 3000);
  const stamp = new RegExp(`(?:发布时间|发布日期|上传时间|发文日期|印发日期|成文日期|时间|日期)\\s*[:：]\\s*(${YEAR})`).exec(head);
  if (stamp) {
    const y = year(stamp[1]!);
    if (y) return y;
  }
  // a date on a line of its own (signature or dateline): 2019年1月24日 / ——2026年2月3日在…
  const dateLine = new RegExp(`(?:^|\\n)[ \\t\\u3000—\\-]*(${YEAR})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日`, 'g');
  let m: RegExpExecArray | null;
  while ((m = dateLine.exec(text))) {
    const y = year(m[1]!);
    if (y) return y;
  }
  const review = new RegExp(`(${YEAR})年(?:工作)?(?:回顾|总结)`).exec(text);
  if (review) {
    const y = year(review[1]!);
    if (y) return y + 1;
  }
  const tasks = new RegExp(`(?:^|\\n)[ \\t\\u3000]*[一二三四五六七八九十]+、[ \\t\\u3000]*(${YEAR})年[^\\n]{0,12}(?:任务|要求|工作要点|工作安排)`).exec(text);
  if (tasks) {
    const y = year(tasks[1]!);
    if (y) return y;
  }
  return null;
}

export function createContext(text: string, referenceDate: string | null | undefined): TimeContext {
  const ref = parseIso(referenceDate ?? null);
  const docYear = ref ? ref.year : inferDocYear(text);

  // zones from top-level headings, and from unmarked heading lines that say what follows (“十四五”时期工作回顾)
  const zones: { start: number; zone: 'review' | 'task' | null }[] = [];
  for (const m of text.matchAll(TOP_HEADING)) {
    const title = m[2] ?? '';
    const at = (m.index ?? 0) + m[0].indexOf(m[1]!);
    zones.push({ start: at, zone: classifyHeading(title, docYear) });
  }
  for (const h of unmarkedHeadings(text)) zones.push({ start: h.start, zone: h.zone });
  zones.sort((a, b) => a.start - b.start);

  const zoneAt = (offset: number) => {
    let z: 'review' | 'task' | null = null;
    for (const s of zones) {
      if (s.start > offset) break;
      z = s.zone;
    }
    return z;
  };

  const clauseStart = (offset: number) => {
    let i = offset - 1;
    while (i >= 0 && OPENERS.has(text[i]!)) i--;
    if (i < 0) return true;
    return CLAUSE_BEFORE.has(text[i]!);
  };

  // Called for many matches: char codes instead of a regex test on each one-character string.
  const sentenceAt = (offset: number): [number, number] => {
    let s = offset;
    while (s > 0 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
    let e = offset;
    while (e < text.length && !isSentenceEnd(text.charCodeAt(e))) e++;
    return [s, e];
  };

  const tenseAt = (offset: number) => {
    const [s, e] = sentenceAt(offset);
    const sentence = text.slice(s, e);
    const f = sentence.match(FUTURE_CUES)?.length ?? 0;
    const p = sentence.match(PAST_CUES)?.length ?? 0;
    return f > p ? 'future' : p > f ? 'past' : null;
  };

  return { text, ref, docYear, zoneAt, clauseStart, sentenceAt, tenseAt };
}

/** review / task / null for a heading title, by its year (against the document's) and its words. */
export function classifyHeading(title: string, docYear: number | null): 'review' | 'task' | null {
  const y = new RegExp(`^[ \\t\\u3000]*(${YEAR})年`).exec(title);
  if (y && docYear !== null) {
    const v = year(y[1]!);
    if (v !== null) return v < docYear ? 'review' : 'task';
  }
  if (REVIEW_HEADING.test(title)) return 'review';
  if (TASK_HEADING.test(title)) return 'task';
  return null;
}

const STRONG_REVIEW_LINE = /回顾|工作总结|主要工作|取得的成绩|主要成绩|主要成效/;
const STRONG_TASK_LINE = /主要任务|工作任务|重点任务|重点工作|总体要求|主要目标|目标任务|工作安排|工作打算|下一步工作|工作要点/;

/**
 * Heading lines without a marker that say what the part under them is: “十四五”时期工作回顾,
 * “十五五”时期的主要目标任务, 2026年重点工作. A short line (4–30 characters) with no
 * sentence punctuation and one of the strong words.
 */
export function unmarkedHeadings(text: string): readonly UnmarkedHeading[] {
  // asked for the same text by the time context and by the claims: the last answer is kept
  if (text === lastUnmarked.text) return lastUnmarked.headings;
  const headings = findUnmarkedHeadings(text);
  lastUnmarked = { text, headings };
  return headings;
}

export interface UnmarkedHeading {
  start: number;
  end: number;
  title: string;
  zone: 'review' | 'task';
}

let lastUnmarked: { text: string | null; headings: readonly UnmarkedHeading[] } = { text: null, headings: [] };

function findUnmarkedHeadings(text: string): UnmarkedHeading[] {
  const out: UnmarkedHeading[] = [];
  let lineStart = 0;
  // jumps from line break to line break (indexOf) rather than testing every character
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length) {
      i = text.indexOf('\n', i);
      if (i < 0) i = text.length;
    }
    const raw = text.slice(lineStart, i);
    const lead = raw.length - raw.trimStart().length;
    const title = raw.trim();
    if (title.length >= 4 && title.length <= 30 && !/[。；;，,：:！？!?、]/.test(title) && !/^[一二三四五六七八九十]+、|^[（(]/.test(title)) {
      const zone = STRONG_REVIEW_LINE.test(title) ? 'review' : STRONG_TASK_LINE.test(title) ? 'task' : null;
      if (zone) out.push({ start: lineStart + lead, end: lineStart + lead + title.length, title, zone });
    }
    lineStart = i + 1;
  }
  return out;
}

/**
 * The one lexicon of review-vs-task headings: the words by which a heading (marked or not)
 * says whether the part under it reports results (2024年工作回顾, 主要成绩) or sets tasks
 * (主要任务, 2025年重点工作, 总体要求). The zone decision (src/extract/zones.ts) and, through it,
 * the time and claim stages read only these.
 */
// the one numeral reader (moves to src/zh/numerals.ts with the quant branch)
import { parseChineseNumber, toHalfWidth } from './numerals.js';
import { SENTENCE_PUNCTUATION, charClass } from './chars.js';
import { zonesLexicon } from './lexicon/packed.js';

/** A year as written at a heading's start: 2025 or 二〇二五. */
const HEADING_YEAR = /^[ \t\u3000]*((?:19|20)[0-9]{2}|[１２][０-９]{3}|[一二][〇零一二三四五六七八九]{3})年(?![0-9０-９]*[-–—~～至到])/;

// The words are data, src/zh/lexicon/zones.json: each entry is one alternative of a pattern
// (most are plain words; a few use a class or an optional character: 过去[一二三四五]年, 以来的?工作).
const anyOf = (alternatives: readonly string[]) => alternatives.join('|');

/** Words of a heading over a part that reports results: lean −3. */
export const REVIEW_WORDS = new RegExp(anyOf(zonesLexicon.review));
/** Words of a heading over a part that sets tasks or rules: lean +3. */
export const TASK_WORDS = new RegExp(anyOf(zonesLexicon.task));
/** Words that say outright that a part reviews (工作回顾, 主要成绩): lean −4, and make a short unmarked line a heading. */
export const STRONG_REVIEW = new RegExp(anyOf(zonesLexicon.strongReview));
/** Words that say outright that a part sets tasks (主要任务, 总体要求): lean +4, and make a short unmarked line a heading. */
export const STRONG_TASK = new RegExp(anyOf(zonesLexicon.strongTask));
/** Imperative headings (完善…, 加强…, 推动…: an optional 一是, an optional adverb, a verb): a weak sign of tasks (+1). */
export const IMPERATIVE_TITLE = new RegExp(`^(?:[一二三四五六七八九十]是)?(?:${anyOf(zonesLexicon.imperativeAdverbs)})?(?:${anyOf(zonesLexicon.imperativeVerbs)})`);

/** A span behind in a heading (过去五年的工作和…, 近三年来, “十四五”以来, 一年来): a review. */
const PAST_TIME_IN_HEADING = /过去(?:的)?[一二三四五六七八九十两几这]+年|近[一二三四五六七八九十两几]年|[一二三四五六七八九十两几多]年(?:来|以来)|以来/;
/** A deadline in a heading (到2025年, 年内, 今年, 明年, 2025年底前): tasks. */
const TASK_TIME_IN_HEADING = /(?:到|至)(?:19|20)[0-9]{2}年|(?:19|20)[0-9]{2}年(?:底)?前|年内|今年|明年|新的一年/;

/** The year a heading starts with (2024年工作回顾), or null. */
export function headingYear(title: string): number | null {
  const m = HEADING_YEAR.exec(title);
  if (!m) return null;
  const v = parseChineseNumber(toHalfWidth(m[1]!));
  return v !== null && v >= 1900 && v <= 2100 ? v : null;
}

/**
 * The lean of a heading: ±5 for a year at its start (before the document's year: a review;
 * the year or after: tasks) or a time in it (过去五年 / 到2025年), ±4 for the strong words, ±3 for the words that lean, +1 for an
 * imperative title, 0 when it says both (“十三五”时期发展成就和“十四五”时期主要目标任务) or nothing.
 */
export function headingLean(title: string, docYear: number | null): number {
  const y = headingYear(title);
  if (y !== null && docYear !== null) return y < docYear ? -5 : 5;
  // a time in the heading tells like a year: 过去五年的工作, “十四五”以来 / 到2025年, 年内
  if (PAST_TIME_IN_HEADING.test(title)) return -5;
  if (TASK_TIME_IN_HEADING.test(title)) return 5;
  const review = STRONG_REVIEW.test(title) ? 4 : REVIEW_WORDS.test(title) ? 3 : 0;
  const task = STRONG_TASK.test(title) ? 4 : TASK_WORDS.test(title) ? 3 : 0;
  if (review && task) return 0;
  if (review) return -review;
  if (task) return task;
  if (IMPERATIVE_TITLE.test(title)) return 1;
  return 0;
}

/** review / task / null for a heading title (|lean| ≥ 3 tells). */
export function headingZone(title: string, docYear: number | null): 'review' | 'task' | null {
  const l = headingLean(title, docYear);
  return l <= -3 ? 'review' : l >= 3 ? 'task' : null;
}

/** A heading line without a marker that says what the part under it is. */
export interface UnmarkedHeading {
  start: number;
  end: number;
  title: string;
  zone: 'review' | 'task';
}

/** Sentence punctuation (。；，：！？、, both widths): a heading line has none. */
const LINE_PUNCTUATION = new RegExp(charClass(SENTENCE_PUNCTUATION));
const MARKED = /^[一二三四五六七八九十]+、|^[（(]/;

/**
 * Heading lines without a marker that say what the part under them is: “十四五”时期工作回顾,
 * “十五五”时期的主要目标任务, 2026年重点工作. A short line (4–30 characters) with no sentence
 * punctuation and one of the strong words. Linear: it jumps from line break to line break.
 */
export function unmarkedHeadingLines(text: string): UnmarkedHeading[] {
  const out: UnmarkedHeading[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length) {
      i = text.indexOf('\n', i);
      if (i < 0) i = text.length;
    }
    const raw = text.slice(lineStart, i);
    const lead = raw.length - raw.trimStart().length;
    const title = raw.trim();
    if (title.length >= 4 && title.length <= 30 && !LINE_PUNCTUATION.test(title) && !MARKED.test(title)) {
      const zone = STRONG_REVIEW.test(title) ? 'review' : STRONG_TASK.test(title) ? 'task' : null;
      if (zone) out.push({ start: lineStart + lead, end: lineStart + lead + title.length, title, zone });
    }
    lineStart = i + 1;
  }
  return out;
}

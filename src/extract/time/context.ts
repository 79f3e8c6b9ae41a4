import { parseIso } from './calendar.js';
import {
  ASCII_QUOTES,
  CLOSING_LENTICULAR,
  CLOSING_PARENS,
  COLONS,
  COMMAS,
  ENUMERATION_COMMA,
  INLINE_SPACES,
  OPENING_LENTICULAR,
  OPENING_PARENS,
  OPENING_QUOTES,
  OPENING_TITLE_MARK,
  SEMICOLONS,
  SENTENCE_ENDS,
  charClass,
  charSet,
} from '../../zh/chars.js';
import { sentenceAround } from '../../zh/split.js';
import type { HeadingBounds } from '../times.js';
import { year } from './numbers.js';
import { withFragments } from './pattern.js';
import type { TimeContext } from './types.js';
import { decideZones, type ZoneHeading, type Zones } from '../zones.js';

/** What a clause starts after: a line break, 。！？!?；;，,：:、 and the closing brackets ）)】]. */
const CLAUSE_BEFORE = charSet('\n', SENTENCE_ENDS, SEMICOLONS, COMMAS, COLONS, ENUMERATION_COMMA, CLOSING_PARENS, CLOSING_LENTICULAR, ']');
/** What may stand between that and the clause's first word: spaces, opening quotes and brackets. */
const OPENERS = charSet(INLINE_SPACES, OPENING_QUOTES, ASCII_QUOTES, OPENING_TITLE_MARK, OPENING_PARENS, OPENING_LENTICULAR);

/** Top-level headings (一、… / 第一部分 …), at a line start or run in after a full stop: the zone headings when no outline is given. */
const TOP_HEADING = withFragments(
  /(?:^|\n|SENTENCE_END_CLASS)[ \t\u3000]*((?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章|篇)))[ \t\u3000]*([^SENTENCE_ENDS\n]{1,60})/g,
  { SENTENCE_END_CLASS: charClass(SENTENCE_ENDS), SENTENCE_ENDS },
);

const FUTURE_CUES = /要|将|力争|争取|确保|必须|努力|预期|目标|拟|应当|务必|计划/g;
const PAST_CUES = /(?<![为除])了(?![解])|已经|已|累计|顺利|圆满|来之不易|回顾/g;

/** A year of the Republic of China era as written: 民国100年, 民國 99 年, 民国一百年. */
const ROC_YEAR = /民[国國]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})\s*年/;

/** A labelled date in a document's head: 发布时间：2025-…, 成文日期: 2025年…. */
const DATE_STAMP = withFragments(/(?:发布时间|发布日期|上传时间|发文日期|印发日期|成文日期|时间|日期)\s*[:：]\s*(YEAR)/);
/** A date on a line of its own (signature or dateline): 2019年1月24日 / ——2026年2月3日在…. */
const DATE_LINE = withFragments(/(?:^|\n)[ \t\u3000—\-]*(YEAR)年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日/g);
/** 2024年工作回顾, 2024年总结: a review of the year before the document's. */
const YEAR_REVIEW = withFragments(/(YEAR)年(?:工作)?(?:回顾|总结)/);
/** 一、2025年重点任务: a top-level heading of the year's tasks. */
const YEAR_TASKS = withFragments(/(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]+、[ \t\u3000]*(YEAR)年[^\n]{0,12}(?:任务|要求|工作要点|工作安排)/);

/** Year the document speaks from, inferred from its own dates (for choosing kinds only). */
export function inferDocYear(text: string): number | null {
  const head = text.slice(0, 3000);
  const stamp = DATE_STAMP.exec(head);
  if (stamp) {
    const y = year(stamp[1]!);
    if (y) return y;
  }
  for (const m of text.matchAll(DATE_LINE)) {
    const y = year(m[1]!);
    if (y) return y;
  }
  const review = YEAR_REVIEW.exec(text);
  if (review) {
    const y = year(review[1]!);
    if (y) return y + 1;
  }
  const tasks = YEAR_TASKS.exec(text);
  if (tasks) {
    const y = year(tasks[1]!);
    if (y) return y;
  }
  return null;
}

export function createContext(text: string, referenceDate: string | Date | null | undefined, zones?: Zones, headings: readonly HeadingBounds[] = []): TimeContext {
  const ref = parseIso(referenceDate ?? null);
  const docYear = ref ? ref.year : inferDocYear(text);
  // the zone decision made once after the outline; without one (findTimes on its own), from the top-level headings
  const decided = zones ?? decideZones(text, topHeadings(text), docYear);
  const zoneAt = decided.zoneAt;

  // where the outline's headings put clause bounds that punctuation may not show
  const titleStarts = new Set<number>();
  const titleEnds = new Set<number>();
  for (const h of headings) {
    let t = h.markerEnd;
    while (t < h.end && OPENERS.has(text[t]!)) t++;
    titleStarts.add(t);
    titleEnds.add(h.end);
  }
  const clauseStart = (offset: number) => {
    let i = offset - 1;
    while (i >= 0 && OPENERS.has(text[i]!)) i--;
    if (i < 0) return true;
    return CLAUSE_BEFORE.has(text[i]!) || titleEnds.has(i + 1);
  };
  const headingTitleAt = (offset: number) => titleStarts.has(offset);

  // the sentence between the nearest 。！？!?；;\n on either side
  const sentenceAt = (offset: number): [number, number] => sentenceAround(text, offset);

  const tenseAt = (offset: number) => {
    const [s, e] = sentenceAt(offset);
    const sentence = text.slice(s, e);
    const f = sentence.match(FUTURE_CUES)?.length ?? 0;
    const p = sentence.match(PAST_CUES)?.length ?? 0;
    return f > p ? 'future' : p > f ? 'past' : null;
  };

  const rocEra = (text.includes('民国') || text.includes('民國')) && ROC_YEAR.test(text);
  return { text, ref, docYear, rocEra, zoneAt, clauseStart, headingTitleAt, sentenceAt, tenseAt };
}

/** The top-level headings a regex finds (一、…, 第一部分 …), for a zone decision without an outline. */
function topHeadings(text: string): ZoneHeading[] {
  const out: ZoneHeading[] = [];
  for (const m of text.matchAll(TOP_HEADING)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]!);
    out.push({ start: at, end: at + m[0].length, title: m[2] ?? '', depth: 1 });
  }
  return out;
}

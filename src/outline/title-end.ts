import type { MarkerFamily } from '../schema/outline.js';
import { CONTINUES_SENTENCE, HEADING_HEAD_NOUNS, HEADING_PHRASES, PARAGRAPH_OPENINGS, PHRASE_CONTINUES, TAKES_OBJECT, TIME_OPENINGS } from '../zh/heading-words.js';
import { isDiscourse } from './tree.js';
import { charTable } from '../text/scan.js';

/**
 * Where a run-in title ends when its text goes on into the paragraph with no punctuation: a
 * document whose line breaks were deleted ("一、总体要求以习近平新时代…为指导，…。") or a
 * heading typed without its full stop. The scan already ends a title at 。；：！？, at a line
 * break and at the next heading; these rules look inside that span, in this order:
 *
 * 1. `phrase`: the title starts with a stock heading (总体要求, 指导思想, 主要目标 …, see
 *    zh/heading-words.ts) and more text follows at once that does not continue the phrase
 *    (总体要求和主要目标 goes on): the title is the stock heading. Also a two-character verb
 *    and a stock heading followed by a clause of eight or more characters (强化资金保障|统筹安排
 *    专项资金。): the title is verb and heading.
 * 2. `opening`: a typical paragraph opening (以习近平…, 按照, 根据, 到20xx年, 近年来, 本预案 …)
 *    starts four or more characters in, right after a Chinese character, and a long
 *    sentence follows it (a title does not hold a 10-character clause without a comma):
 *    the title ends before it.
 * 3. `head-noun`: a four-character title ending with a heading noun (试点任务, 工作进度) runs
 *    on into a clause of eight or more characters before its first comma (试点任务试点地区要…，):
 *    the title is those four characters.
 * 4. `limit`: a section-level title (一、 （一） 一） 第X章) that is not on its own line and is
 *    still longer than TITLE_LIMIT is cut there, and flagged uncertain.
 */
export interface TitleEnd {
  end: number;
  rule: 'phrase' | 'opening' | 'head-noun' | 'limit' | null;
}

/** A section-level heading's title longer than this, run in with nothing to end it, is cut here. */
export const TITLE_LIMIT = 40;
/** A paragraph's first clause after an opening is at least this long. */
const OPENING_CLAUSE = 10;
/** After a four-character heading, the paragraph's first clause is at least this long. */
const HEAD_NOUN_CLAUSE = 8;
/** How far into a title a paragraph opening is looked for. */
const OPENING_REACH = 24;
/** A phrase of a two-phrase title (深化改革，激发活力) is at most this long. */
const PHRASE = 14;
/** How much farther an opening is looked for after a two-phrase title. */
const TWO_PHRASES = 8;

/** Words by the char code of their first character (a code, not a one-character string: no string per lookup). */
const byFirst = (words: readonly string[]): Map<number, string[]> => {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const list = map.get(w.charCodeAt(0));
    if (list) list.push(w);
    else map.set(w.charCodeAt(0), [w]);
  }
  // longest first, so that 党的十八大以来 wins over a shorter word with the same start
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
};
const PHRASES = byFirst(HEADING_PHRASES);
const OPENINGS = byFirst(PARAGRAPH_OPENINGS);
const TIMES = byFirst(TIME_OPENINGS);
const HEAD_NOUNS = new Set(HEADING_HEAD_NOUNS);
/** Nouns that make a stock heading part of a longer name: 组织领导小组, 工作机制体系. */
const NAME_GOES_ON = /^(?:小组|机构|机制|体系|制度|办公室|委员会)/;

// character tests on char codes (text.charCodeAt is NaN past the end: no class holds it)
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const CLOSING = charTable('”’」』)）】〕》"');
const isClosing = (c: number): boolean => CLOSING[c] === 1;
/** Sentence and clause ends inside a title span (the span itself ends at the first 。；：！？). */
const CLAUSE_END = charTable(',，、;；:：。!！?？');
const isClauseEnd = (c: number): boolean => CLAUSE_END[c] === 1;

function wordAt(text: string, at: number, words: Map<number, string[]>): string | null {
  const list = words.get(text.charCodeAt(at));
  if (!list) return null;
  for (const w of list) if (text.startsWith(w, at)) return w;
  return null;
}

/** Characters from `from` to the first clause end (，、；。…) before `end`, or to `end`. */
function clauseLength(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && !isClauseEnd(text.charCodeAt(k))) k++;
  return k - from;
}

/** A year that opens a paragraph: "2014年，我国…", "2013年是…", "2020年以来". Sticky: tried at one position. */
const YEAR_OPENING = /(?:19|20)\d\d年(?:[,，]|是|以来|上半年|全年)/y;

/**
 * The end of the title that starts at `start` and runs at most to `end` (the first 。；：！？,
 * line break or next heading), by the rules above. `onOwnLine`: the heading stands at a line
 * start and its title ends at the line end (no rule applies). `lineless`: the heading sits in
 * a line thousands of characters long, a text whose line breaks were lost; there the rules
 * also read list items (1. （1） ①), and section titles are cut at the length limit.
 */
export function titleEnd(text: string, start: number, end: number, family: MarkerFamily, onOwnLine: boolean, lineless: boolean): TitleEnd {
  if (onOwnLine || isDiscourse(family)) return { end, rule: null };
  // 1. a stock heading followed by the paragraph
  const phrase = wordAt(text, start, PHRASES);
  if (phrase !== null) {
    const after = start + phrase.length;
    const next = text[after];
    if (after < end && !PHRASE_CONTINUES.includes(next!) && !HEAD_NOUNS.has(text.slice(after, after + 2)) && !NAME_GOES_ON.test(text.slice(after, after + 3))) {
      return { end: after, rule: 'phrase' };
    }
  }
  // 1b. a two-character verb and a stock heading (强化|资金保障, 严格|考核评估), then a clause
  const verbPhrase = isHan(text.charCodeAt(start)) && isHan(text.charCodeAt(start + 1)) ? wordAt(text, start + 2, PHRASES) : null;
  if (verbPhrase !== null) {
    const after = start + 2 + verbPhrase.length;
    if (after < end && isHan(text.charCodeAt(after)) && !PHRASE_CONTINUES.includes(text[after]!) && !HEAD_NOUNS.has(text.slice(after, after + 2)) && !NAME_GOES_ON.test(text.slice(after, after + 3)) && clauseLength(text, after, end) >= HEAD_NOUN_CLAUSE) {
      return { end: after, rule: 'phrase' };
    }
  }
  const section = isSectionLevel(family);
  if (!section && !lineless) return { end, rule: null };
  // 2. a paragraph opening after the title. A title holds no sentence: no comma before the
  // opening, or in a text that lost its lines, one comma between two short phrases
  // (肯定成绩，“五张答卷”精彩纷呈|过去的一学年，…)
  const reach = Math.min(end, start + OPENING_REACH + (lineless ? TWO_PHRASES : 0));
  let commas = 0;
  let phraseStart = start;
  for (let p = start + 1; p < reach; p++) {
    if (isClauseEnd(text.charCodeAt(p))) {
      if (!lineless || ++commas > 1 || (text[p] !== '，' && text[p] !== ',') || p - phraseStart > PHRASE) break;
      phraseStart = p + 1;
      continue;
    }
    if (p - phraseStart > PHRASE && commas > 0) break;
    if (p < start + 4 || (!isHan(text.charCodeAt(p - 1)) && !isClosing(text.charCodeAt(p - 1)))) continue;
    YEAR_OPENING.lastIndex = p;
    if (YEAR_OPENING.test(text)) return { end: p, rule: 'opening' };
    const time = wordAt(text, p, TIMES);
    if (time !== null && (text[p + time.length] === '，' || text[p + time.length] === ',')) return { end: p, rule: 'opening' };
    const w = wordAt(text, p, OPENINGS);
    if (w === null || CONTINUES_SENTENCE.includes(text[p - 1]!) || (w[0] === '本' && TAKES_OBJECT.includes(text[p - 1]!))) continue;
    if (clauseLength(text, p, end) >= OPENING_CLAUSE) return { end: p, rule: 'opening' };
  }
  // 3. a four-character heading ending with a heading noun, then a clause
  const four = start + 4;
  if (four < end && isHan(text.charCodeAt(four)) && HEAD_NOUNS.has(text.slice(start + 2, four)) && clauseLength(text, start, four) === 4) {
    if (!HEAD_NOUNS.has(text.slice(four, four + 2)) && clauseLength(text, four, end) >= HEAD_NOUN_CLAUSE) {
      return { end: four, rule: 'head-noun' };
    }
  }
  // 4. the length limit, for headings that name a part of a document that lost its lines
  if (section && lineless && end - start > TITLE_LIMIT) return { end: start + TITLE_LIMIT, rule: 'limit' };
  return { end, rule: null };
}

/** Markers that head a part of a document (一、 （一） 一） 第X章): their titles are names, not sentences. */
function isSectionLevel(family: MarkerFamily): boolean {
  switch (family) {
    case 'cn-dun':
    case 'cn-paren':
    case 'cn-half-paren':
    case 'di-zhang':
    case 'di-jie':
    case 'di-bufen':
    case 'di-pian':
      return true;
    default:
      return false;
  }
}

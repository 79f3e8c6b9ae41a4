import { CLOSING_QUOTES, SENTENCE_ENDS } from '../zh/chars.js';

/**
 * Where the body's numbering stops: a line 附件1 / 附表 / 附录 / 名词解释 opens an
 * appendix whose headings start again at the top level; a "附件：1.… 2.…" list names the
 * attachments of a notice and holds no headings.
 */
export interface Appendices {
  /** Offsets of lines that open an appendix. */
  resets: number[];
  /** Spans of attachment lists ("附件：1.国家职业教育改革实施方案"). */
  lists: { start: number; end: number }[];
}

/** Matched at a line start (sticky): spaces, then what opens an appendix, alone on its line. */
const RESET = /^[ \t\u3000\u00a0]*(?:附[ \t\u3000]*[件表录][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,3}|名词解释|名词注释|注[ \t\u3000]*释)[ \t\u3000]*[:：]?[ \t\u3000]*\r?$/my;
/** The characters RESET can start with after its leading spaces. */
const RESET_FIRST = '附名注';
/** Matched at a line start (sticky): 附件： opening a list of attachments. */
const LIST = /^[ \t\u3000\u00a0]*附[ \t\u3000]*件[ \t\u3000]*[:：]/my;
const LIST_FIRST = '附';
/**
 * A glossary header run into the text, as in a text that lost its line breaks: after a
 * sentence end (or at a line start), the header word, maybe after the attachment's label
 * (附件2), then at once its first item's marker ("…奋勇前进！名词解释1.“两重”：是指…",
 * "…便民服务。附件2名词解释1.“四上”企业：…"). Matched (sticky) at its first word.
 */
const RUN_IN_RESET = /(?:附[ \t\u3000]*[件表录][ \t\u3000]*[0-9０-９一二三四五六七八九十]{0,3}[ \t\u3000]*[:：]?[ \t\u3000]*)?(?:名词解释|名词注释|注[ \t\u3000]*释)[ \t\u3000]*[:：]?[ \t\u3000]*(?=[0-9０-９]{1,2}[ \t]?[.．、]|[（(][0-9０-９]{1,2}[）)]|[①-⑳])/y;
const RUN_IN_FIRST = '附名注';
/** How far before its first item's marker a run-in header can start (附件12：名词注释： and a few spaces). */
const RUN_IN_REACH = 16;

/** The first words of the appendix patterns: the outline scan records where these characters stand. */
export const APPENDIX_FIRST = RESET_FIRST;
const LIST_ITEM = /^[ \t\u3000\u00a0]*[0-9０-９]{1,2}[ \t]?[.．、]/;

/** `openers`: the offsets of the APPENDIX_FIRST characters in `text` (and maybe others), in order. */
export function findAppendices(text: string, openers: readonly number[]): Appendices {
  const resets = lineStartsMatching(text, RESET, RESET_FIRST, openers);
  const runIn = openers.filter((p) => runInHeaderAt(text, p) >= 0);
  if (runIn.length > 0) resets.push(...runIn.filter((p) => !resets.includes(p)));
  resets.sort((a, b) => a - b);
  const lists: { start: number; end: number }[] = [];
  for (const start of lineStartsMatching(text, LIST, LIST_FIRST, openers)) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    for (let k = 0; k < 30 && end < text.length; k++) {
      let next = text.indexOf('\n', end + 1);
      if (next < 0) next = text.length;
      if (!LIST_ITEM.test(text.slice(end + 1, next))) break;
      end = next;
    }
    lists.push({ start, end });
  }
  return { resets, lists };
}

/** Spaces the appendix patterns allow before their first word on a line. */
const isLeadingSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
/** What ends a line for a multiline `^` (\n \r U+2028 U+2029). */
const isLineTerminator = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The line starts, in order, where the sticky `pattern` matches: the same offsets as a
 * global multiline search, without running the pattern at every position of the text.
 * Only lines whose first non-space character is one of `firsts` are tried (from `openers`).
 */
function lineStartsMatching(text: string, pattern: RegExp, firsts: string, openers: readonly number[]): number[] {
  const starts: number[] = [];
  for (const p of openers) {
    if (!firsts.includes(text[p]!)) continue;
    let q = p;
    while (q > 0 && isLeadingSpace(text.charCodeAt(q - 1))) q--;
    if (q > 0 && !isLineTerminator(text.charCodeAt(q - 1))) continue;
    pattern.lastIndex = q;
    if (pattern.test(text)) starts.push(q);
  }
  return starts;
}

/** The end of a run-in glossary header starting at `at` (RUN_IN_RESET after a sentence end or a line start), or −1. */
function runInHeaderAt(text: string, at: number): number {
  if (!RUN_IN_FIRST.includes(text[at]!)) return -1;
  RUN_IN_RESET.lastIndex = at;
  if (!RUN_IN_RESET.test(text)) return -1;
  let j = at - 1;
  while (j >= 0 && isLeadingSpace(text.charCodeAt(j))) j--;
  for (let steps = 0; j >= 0 && steps < 3 && CLOSING_QUOTES.includes(text[j]!); steps++) j--;
  if (j >= 0 && !isLineTerminator(text.charCodeAt(j)) && !SENTENCE_ENDS.includes(text[j]!)) return -1;
  return RUN_IN_RESET.lastIndex;
}

/**
 * Whether the marker at `markerStart` is the first item of a run-in glossary header
 * ("。名词解释1.…"): the marker then stands where a line would start.
 */
export function opensRunInAppendix(text: string, markerStart: number): boolean {
  for (let p = markerStart - 2; p >= 0 && p >= markerStart - RUN_IN_REACH; p--) {
    if (runInHeaderAt(text, p) === markerStart) return true;
  }
  return false;
}

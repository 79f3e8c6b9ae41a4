import { charTable } from '../../text/scan.js';

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

const SENTENCE_END = new Set([...'。！？!?']);
const CLAUSE_END = new Set([...'；;']);
/** A line ending in one of these goes on to the next line (a hard wrap), unless a heading follows. */
const OPEN_END = new Set([...'，、,“‘（(《【—']);
const TERMINAL = new Set([...'。！？!?；;：:…”’」』）)】》']);
// sticky: tested at an offset of the text (lastIndex), not on a one-character string made for it
const SPACE = /[\s\u3000]/y;
const CLOSING = /[”’」』）)]/y;
const isAt = (pattern: RegExp, text: string, i: number): boolean => {
  pattern.lastIndex = i;
  return pattern.test(text);
};
const BOUNDARY = charTable('。！？!?；;\n');

/**
 * Splits `text` into clauses: sentences end at 。！？!? and at line breaks (a line broken
 * inside a sentence — after a comma, or a long line cut mid-word — goes on), clauses at
 * ；;. `breaks` are extra sentence boundaries (heading starts and ends). Linear.
 */
export function splitClauses(text: string, breaks: readonly number[] = []): Clause[] {
  const hard = new Set(breaks);
  const hardSorted = [...hard].sort((a, b) => a - b);
  const out: Clause[] = [];
  let sentence = 0;
  let paragraph = 0;
  let start = 0;
  let sentenceStart = -1;
  let lineStart = 0;
  const push = (end: number, endsSentence: boolean, endsParagraph: boolean) => {
    let s = start;
    let e = end;
    while (s < e && isAt(SPACE, text, s)) s++;
    while (e > s && isAt(SPACE, text, e - 1)) e--;
    if (e > s) {
      if (sentenceStart < 0) sentenceStart = s;
      out.push({ start: s, end: e, sentence, sentenceStart, paragraph });
    }
    start = end;
    if (endsSentence) {
      sentence++;
      sentenceStart = -1;
    }
    if (endsParagraph) paragraph++;
  };
  // Only the boundary characters and the extra breaks matter: visit just those, in order.
  let h = 0;
  const flushHard = (upTo: number) => {
    while (h < hardSorted.length && hardSorted[h]! <= upTo) {
      const b = hardSorted[h++]!;
      if (b > start && b < text.length) push(b, true, true);
    }
  };
  for (let i = 0; i < text.length; i++) {
    if (!BOUNDARY[text.charCodeAt(i)] || i < start) continue;
    flushHard(i);
    const c = text[i]!;
    if (SENTENCE_END.has(c)) {
      // keep closing quotes/brackets with the sentence
      let j = i + 1;
      while (j < text.length && isAt(CLOSING, text, j)) j++;
      push(j, true, false);
      i = j - 1;
    } else if (CLAUSE_END.has(c)) push(i + 1, false, false);
    else {
      let p = i - 1;
      while (p >= lineStart && isAt(SPACE, text, p)) p--;
      const prev = p >= lineStart ? text[p]! : '';
      const lineLength = p - lineStart + 1;
      const wrapped = prev !== '' && (OPEN_END.has(prev) || (!TERMINAL.has(prev) && lineLength >= 30)) && !hard.has(i + 1);
      if (!wrapped) push(i + 1, true, true);
      lineStart = i + 1;
    }
  }
  flushHard(text.length - 1);
  if (start < text.length) push(text.length, true, true);
  return out;
}

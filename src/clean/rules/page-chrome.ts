import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { foldCode, foldForMatching } from '../../zh/fold.js';
import { foldedFirstChars, TOOLBAR_WORDS } from '../../zh/page-labels.js';
import { bodyEnd, bodyStart, linesOf, type LineSpan, wholeLine } from './lines.js';

/**
 * Buttons and toolbars of article pages: 【字体：大 中 小】, 【字号：加大 还原 减小】,
 * 下载 打印 全屏 收藏, 打印本页 关闭窗口, 扫一扫在手机打开当前页, 【E-mail推荐】, 分享：,
 * whether on one line or split one token per line (the 2026 provincial reports).
 *
 * Each line is split into tokens (at spaces and 【】[]|); a line is chrome when every
 * token is a toolbar word. Single words such as 大, 中, 打印 or 收藏 are common enough
 * in other places that a run of chrome lines (blank lines allowed between them) is
 * deleted only when it holds a strong token (字体：, 打印本页, 关闭窗口 …), a line
 * with two or more tokens, or three or more lines.
 *
 * The words are data (src/zh/lexicon/page-labels.json), matched on the folded line
 * (zh/fold.ts): 【字體：大 中 小】 and 下載 are read as 【字体:大 中 小】 and 下载.
 */
const STRONG = new Set(TOOLBAR_WORDS.strong);
const WEAK = new Set(TOOLBAR_WORDS.weak);
/** 分享 and 关闭 are strong only with a colon or in a toolbar; alone they are weak. */
const STRONG_ALONE_NEEDS_COLON = new Set(TOOLBAR_WORDS.strongOnlyWithColon);

type Kind = 'strong' | 'weak' | 'blank' | 'other';

export const pageChrome = cleanRule({
  name: 'page-chrome',
  find(text, context) {
    const lines = linesOf(text, context);
    const kinds: Kind[] = lines.map((line) => classifyLine(text, line));
    const hits: RuleHit[] = [];
    let i = 0;
    while (i < lines.length) {
      if (kinds[i] !== 'strong' && kinds[i] !== 'weak') {
        i++;
        continue;
      }
      // a run of chrome lines, blank lines allowed inside it
      let j = i;
      let last = i;
      let strong = false;
      let count = 0;
      while (j < lines.length && kinds[j] !== 'other') {
        if (kinds[j] === 'strong') strong = true;
        if (kinds[j] !== 'blank') {
          count++;
          last = j;
        }
        j++;
      }
      if (strong || count >= 3) {
        for (let k = i; k <= last; k++) if (kinds[k] !== 'blank') hits.push(wholeLine(lines[k]!));
      }
      i = j;
    }
    return hits;
  },
});

/** First characters of the toolbar words, folded or not: a line whose first token starts otherwise is not chrome. */
const WORD_START = foldedFirstChars([...STRONG, ...WEAK]);
const SEPARATOR = /[\s【】\[\]|｜/]/;
const LONGEST_WORD = Math.max(...[...STRONG, ...WEAK].map((w) => w.length));
/** What ends a token: a separator or a colon. */
const TOKEN_END = new RegExp(`${SEPARATOR.source}|[:：]`);

/** Whether a character ends a token once folded (CJK ideographs never do). */
function endsToken(code: number): boolean {
  const folded = foldCode(code);
  return !(folded >= 0x4e00 && folded <= 0x9fff) && TOKEN_END.test(String.fromCharCode(folded));
}

/**
 * classify(lineText(text, line)), without slicing a line whose first character is neither a
 * separator nor the start of a toolbar word (most lines: CJK ideographs U+4E00–9FFF are never separators).
 */
function classifyLine(text: string, line: LineSpan): Kind {
  const from = bodyStart(text, line);
  const to = bodyEnd(text, line, from);
  if (to === from) return 'blank';
  if (to - from > 60) return 'other';
  const c = text.charCodeAt(from);
  if (!WORD_START[c] && ((c >= 0x4e00 && c <= 0x9fff) || !SEPARATOR.test(text[from]!))) return 'other';
  return classify(text.slice(from, to));
}

/** The kind of a line of 1 to 60 characters, trimmed (classifyLine has checked its length). */
function classify(written: string): Kind {
  let first = 0;
  while (first < written.length && SEPARATOR.test(written[first]!)) first++;
  if (first < written.length && !WORD_START[written.charCodeAt(first)]) return 'other';
  // the first token must be a toolbar word: with no separator or colon (read folded, as the
  // split below reads them) in its first LONGEST_WORD + 1 characters it is longer than any
  let end = first;
  while (end < written.length && end - first <= LONGEST_WORD && !endsToken(written.charCodeAt(end))) end++;
  if (end - first > LONGEST_WORD) return 'other';
  const body = foldForMatching(written);
  // tokens, keeping a colon with the word before it (字体：, 分享：)
  const tokens = body
    .replace(/[:：]/g, '： ')
    .split(/[\s【】\[\]|｜/]+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return /^[【】\[\]]+$/.test(body) ? 'weak' : 'other';
  let strong = tokens.length >= 2;
  for (const raw of tokens) {
    const colon = /[:：]$/.test(raw);
    const token = raw.replace(/[:：]$/, '');
    if (STRONG.has(token) && (colon || !STRONG_ALONE_NEEDS_COLON.has(token) || tokens.length >= 2)) strong = true;
    else if (!WEAK.has(token) && !STRONG.has(token)) return 'other';
  }
  return strong ? 'strong' : 'weak';
}

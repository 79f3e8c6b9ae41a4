import type { RuleHit } from '../types.js';
import { cleanRule } from './rule.js';
import { linesOf, lineText, type LineSpan } from './lines.js';

/**
 * Blocks of lines a scraped page holds twice: gov.cn's paginated articles repeat page 1
 * (gwr-2006 holds it six times), gwr-2014 holds the whole report twice. The later copies
 * are deleted; the first stays.
 *
 * Lines are compared without spaces, through a hash map, so the rule is linear. A run of
 * consecutive lines (blank lines between them allowed) that all occurred earlier is a
 * repeated block when it holds at least 300 characters and a paragraph-long line (60+):
 * a few repeated headings or "各位代表！" lines never reach that.
 *
 * Also the echo some pages print after the article (sc.gov.cn: the title and first
 * paragraph again after 关闭窗口): at most four last lines, 400 characters, whose first
 * line repeats the first line of the text (the headline, 8+ characters) and whose text
 * all occurs earlier.
 */
const MIN_BLOCK_CHARS = 300;
const MIN_PARAGRAPH = 60;
const ECHO_LINES = 4;
const ECHO_CHARS = 400;
const ECHO_FIRST_LINE = 8;

// \s covers U+3000, U+00A0 and U+FEFF, not the zero-width space U+200B
const compact = (s: string) => s.replace(/[\s\u200b]+/g, '');

export const repeatedBlock = cleanRule({
  name: 'repeated-block',
  find(text, context) {
    const lines = linesOf(text, context);
    if (!mayRepeat(text, lines)) return [];
    const keys = lines.map((l) => compact(lineText(text, l)));
    const seen = new Set<string>();
    const dup = keys.map((k) => {
      if (k.length === 0) return false;
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
    const hits: RuleHit[] = [];
    let i = 0;
    while (i < lines.length) {
      if (!dup[i]) {
        i++;
        continue;
      }
      let last = i;
      let chars = 0;
      let paragraph = false;
      let j = i;
      while (j < lines.length && (dup[j] || keys[j]!.length === 0)) {
        if (dup[j]) {
          last = j;
          chars += keys[j]!.length;
          if (keys[j]!.length >= MIN_PARAGRAPH) paragraph = true;
        }
        j++;
      }
      if (chars >= MIN_BLOCK_CHARS && paragraph) hits.push({ start: lines[i]!.start, end: lines[last]!.next });
      i = j;
    }
    const echo = findEcho(text, lines, keys, dup);
    if (echo && !hits.some((h) => h.end > echo.start)) hits.push(echo);
    return hits;
  },
});

/** How much of a long line's key the quick check compares, and how much of the line it reads for it. */
const PREFIX_KEY = 16;
const PREFIX_RAW = 32;

/**
 * Whether the text may hold a repeated block or an echo; false only when it cannot. Keying
 * every line (compacting and hashing all of the text) is the rule's cost, and most texts
 * repeat nothing: a block needs a repeated line of MIN_PARAGRAPH+ characters, so two long
 * lines with the same key, which share the first PREFIX_KEY characters of it; an echo needs
 * one of the last lines to repeat the headline.
 */
function mayRepeat(text: string, lines: readonly LineSpan[]): boolean {
  const prefixes = new Set<string>();
  for (const line of lines) {
    if (line.end - line.start < MIN_PARAGRAPH) continue;
    const head = compact(text.slice(line.start, line.start + PREFIX_RAW));
    if (head.length < PREFIX_KEY) return true; // too many spaces to tell from the head
    const prefix = head.slice(0, PREFIX_KEY);
    if (prefixes.has(prefix)) return true;
    prefixes.add(prefix);
  }
  let headlineLine = -1;
  let headline = '';
  for (let i = 0; i < lines.length && headline.length === 0; i++) {
    headline = compact(lineText(text, lines[i]!));
    headlineLine = i;
  }
  if (headline.length < ECHO_FIRST_LINE) return false;
  let tail = 0;
  for (let i = lines.length - 1; i > headlineLine && tail < ECHO_LINES; i--) {
    const key = compact(lineText(text, lines[i]!));
    if (key.length === 0) continue;
    if (key === headline) return true;
    tail++;
  }
  return false;
}

function findEcho(text: string, lines: readonly LineSpan[], keys: readonly string[], dup: readonly boolean[]): RuleHit | null {
  const tail: number[] = [];
  let chars = 0;
  for (let i = lines.length - 1; i >= 0 && tail.length < ECHO_LINES; i--) {
    if (keys[i]!.length === 0) continue;
    chars += keys[i]!.length;
    if (chars > ECHO_CHARS) break;
    tail.unshift(i);
  }
  const headline = keys.find((k) => k.length > 0);
  for (let t = 0; t < tail.length; t++) {
    const first = tail[t]!;
    if (!dup[first] || keys[first]!.length < ECHO_FIRST_LINE || keys[first] !== headline) continue;
    const before = compact(text.slice(0, lines[first]!.start));
    if (tail.slice(t).every((k) => before.includes(keys[k]!))) return { start: lines[first]!.start, end: text.length };
  }
  return null;
}

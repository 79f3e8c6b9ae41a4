// Sentence splitting and number merging shared by every segmenter. Browser-safe.

/** Longest chunk handed to a segmenter: Intl.Segmenter slows superlinearly on long strings. */
export const MAX_CHUNK = 1000;

const isEnder = (c: number) =>
  c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */ || c === 0xff1b /* ； */ ||
  c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x3b /* ; */ || c === 0x0a /* \n */;

/** ASCII or full-width digit. */
export const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isPoint = (c: number) => c === 0x2e /* . */ || c === 0xff0e; /* ． */
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Splits text into sentences after 。！？；!?; and newlines (the delimiter stays with its
 * sentence), and cuts any sentence longer than `maxChunk` into chunks, never inside a
 * number or a surrogate pair. The pieces concatenate back to the input. Linear time.
 */
export function splitSentences(text: string, maxChunk: number = MAX_CHUNK): string[] {
  const out: string[] = [];
  const max = Math.max(16, maxChunk);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isEnder(text.charCodeAt(i))) {
      pushChunks(text, start, i + 1, max, out);
      start = i + 1;
    }
  }
  if (start < text.length) pushChunks(text, start, text.length, max, out);
  return out;
}

function pushChunks(text: string, start: number, end: number, max: number, out: string[]): void {
  while (end - start > max) {
    let cut = start + max;
    // back off to a safe boundary: not inside a number, not between surrogates
    const floor = start + (max >> 1);
    while (cut > floor && !isSafeBoundary(text, cut)) cut--;
    if (!isSafeBoundary(text, cut)) cut = start + max - (isHighSurrogate(text.charCodeAt(start + max - 1)) ? 1 : 0);
    out.push(text.slice(start, cut));
    start = cut;
  }
  if (end > start) out.push(text.slice(start, end));
}

function isSafeBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if (isHighSurrogate(before)) return false;
  return !isNumberJoint(text, i, before, after);
}

/** True when a boundary at `i` would split a number ("12|00", "5|.5", "5.|5"). */
function isNumberJoint(text: string, i: number, before: number, after: number): boolean {
  if (isDigit(before) && isDigit(after)) return true;
  if (isDigit(before) && isPoint(after) && isDigit(text.charCodeAt(i + 1))) return true;
  if (isPoint(before) && isDigit(text.charCodeAt(i - 2)) && isDigit(after)) return true;
  // thousands separator: 1,200 (a comma between a digit and exactly three digits)
  if (isDigit(before) && after === 0x2c && isThousands(text, i + 1)) return true;
  if (before === 0x2c && isDigit(text.charCodeAt(i - 2)) && isThousands(text, i)) return true;
  return false;
}

function isThousands(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) &&
    !isDigit(text.charCodeAt(i + 3))
  );
}

/**
 * Joins words that split a number back together: segmenters such as jieba cut "2025"
 * into "2","0","2","5" and "5.5" into "5",".","5". `words` must concatenate to `text`
 * (when they don't, adjacent all-digit words are merged instead).
 */
export function mergeNumberWords(words: readonly string[], text: string): string[] {
  if (words.length < 2) return [...words];
  let joined = 0;
  for (const w of words) joined += w.length;
  if (joined !== text.length || words.join('') !== text) return mergeDigitWords(words);
  const out: string[] = [];
  let current = words[0] ?? '';
  let offset = current.length;
  for (let k = 1; k < words.length; k++) {
    const w = words[k] ?? '';
    if (w.length > 0 && isNumberJoint(text, offset, text.charCodeAt(offset - 1), text.charCodeAt(offset))) current += w;
    else {
      out.push(current);
      current = w;
    }
    offset += w.length;
  }
  out.push(current);
  return out;
}

const ALL_DIGITS = /^[0-9０-９]+$/;

function mergeDigitWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last !== undefined && ALL_DIGITS.test(w) && /[0-9０-９]$/.test(last)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

import { TigangError } from '../errors.js';
import { checkInput } from '../options.js';
import { COMMON_HAN_ENCODED } from '../zh/common-chars.js';
import { readCodePointSet } from '../zh/varints.js';

export interface Decoded {
  text: string;
  /** utf-8, utf-16le, utf-16be, gb18030, big5, or "string" when the input was already text. */
  encoding: string;
  /** Count of U+FFFD characters the decoder had to insert. */
  replacements: number;
}

/**
 * Bytes (or a string) to text. Detects UTF-8 (with or without BOM), UTF-16 (BOM, the
 * zero bytes of mostly-ASCII text, or code units that read as Chinese text in one byte
 * order), GBK/GB18030 and Big5. Uses only TextDecoder, so it
 * runs in browsers too. Throws TigangError('undecodable') when no encoding fits.
 */
export function decode(input: string | Uint8Array | ArrayBuffer): Decoded {
  checkInput('decode', input);
  if (typeof input === 'string') {
    const text = wellFormed(stripBom(input));
    return decoded(text, 'string');
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be');
  const utf16 = guessUtf16(bytes);
  if (utf16) return strict(bytes, utf16);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return decoded(utf8, 'utf-8');
  // a UTF-8 file cut inside its last character (an interrupted download): UTF-8, with the
  // broken tail replaced (and reported) rather than the whole text read as GB18030 garbage
  const cut = truncatedUtf8(bytes);
  if (cut !== null) return decoded(cut, 'utf-8');
  // Chinese text in UTF-16 without BOM has no zero bytes; GB18030 would decode it into garbage
  const cjk16 = guessCjkUtf16(bytes);
  if (cjk16) return strict(bytes, cjk16);
  const legacy = guessLegacy(bytes);
  if (legacy) return legacy;
  throw new TigangError('undecodable', { encoding: null, length: bytes.length });
}

/**
 * A lone surrogate (half of a UTF-16 pair, which no encoding can write) becomes U+FFFD:
 * one code unit for one, so lengths and offsets stay those of the input, and every
 * string in the output is well-formed (serialisable as UTF-8).
 */
function wellFormed(text: string): string {
  const s = text as string & { isWellFormed?: () => boolean; toWellFormed?: () => string };
  if (typeof s.isWellFormed === 'function') return s.isWellFormed() ? text : s.toWellFormed!();
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Valid UTF-8 except for an incomplete sequence in the last 3 bytes. */
function truncatedUtf8(bytes: Uint8Array): string | null {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const head = tryDecode(bytes.subarray(0, bytes.length - cut), 'utf-8');
    if (head === null) continue;
    // the cut bytes must be the start of a multi-byte sequence (lead byte, then continuations)
    const tail = bytes.subarray(bytes.length - cut);
    if (tail[0]! < 0xc2 || tail[0]! > 0xf4 || tail.subarray(1).some((b) => (b & 0xc0) !== 0x80)) return null;
    return head + '\ufffd';
  }
  return null;
}

/** The common characters, read at the first legacy guess (most inputs are UTF-8). */
let common: Set<string> | undefined;
const SAMPLE_CHARS = 20_000;

/**
 * GBK/GB18030 or Big5. Most GBK byte pairs are also valid Big5 (and every Big5 pair is
 * valid GB18030), so both usually decode; the right one reads as common characters of
 * the language, the wrong one as rare characters, private-use code points (Big5
 * punctuation A1 4x lands in GBK's user-defined area) and replacements. GB18030 wins ties.
 */
function guessLegacy(bytes: Uint8Array): Decoded | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_CHARS * 2));
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of ['gb18030', 'big5']) {
    const text = tryDecode(sample, encoding, false);
    if (text === null || !looksLikeText(text, 0.05)) continue;
    const score = legibility(text);
    if (!best || score > best.score) best = { encoding, score };
  }
  if (!best) return null;
  const text = tryDecode(bytes, best.encoding, false)!;
  if (!looksLikeText(text)) return null;
  return decoded(text, best.encoding);
}

/** Common Han characters, minus 4 per private-use or replacement character. */
function legibility(text: string): number {
  const commonHan = (common ??= readCodePointSet(COMMON_HAN_ENCODED));
  let score = 0;
  for (const ch of text) {
    if (commonHan.has(ch)) score++;
    else {
      const c = ch.codePointAt(0)!;
      if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) score -= 4;
    }
  }
  return score;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function count(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal = true): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, encoding: string): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new TigangError('undecodable', { encoding, length: bytes.length });
  return decoded(text, encoding);
}

/** The result for a text read in `encoding`, with the count of its U+FFFD. */
function decoded(text: string, encoding: string): Decoded {
  return { text, encoding, replacements: count(text) };
}

/** UTF-16 without BOM: many zero bytes, all on even (BE) or odd (LE) positions. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without BOM and without zero bytes (all-Chinese text): the byte order in which
 * at least 90% of the code units are CJK ideographs, CJK or full-width punctuation,
 * ASCII or common punctuation. GBK bytes read as UTF-16 fall far below that.
 */
function guessCjkUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8 || bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (plausible(bytes[i]! | (bytes[i + 1]! << 8))) le++;
    if (plausible((bytes[i]! << 8) | bytes[i + 1]!)) be++;
  }
  const units = n / 2;
  if (le >= units * 0.9 && le > be) return 'utf-16le';
  if (be >= units * 0.9 && be > le) return 'utf-16be';
  return null;
}

function plausible(c: number): boolean {
  return (
    c === 9 || c === 10 || c === 13 ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f) || // Latin-1, Latin Extended
    (c >= 0x2000 && c <= 0x22ff) || // general punctuation, letterlike, arrows, math
    (c >= 0x2460 && c <= 0x257f) || // circled numbers, box drawing
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, kana
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    c === 0xfeff
  );
}

/** GB18030 decodes almost any byte string; reject results full of control characters. */
function looksLikeText(text: string, tolerance = 0.01): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad <= text.length * tolerance;
}

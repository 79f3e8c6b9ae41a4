/**
 * Scanning helpers. A global regex scan pays for every hit and, on CJK text, for every
 * position it tries; a lookup table of the characters a match can start with, checked
 * by char code, skips the rest and runs the pattern (sticky) only where it can match.
 */

/** A membership table of UTF-16 code units, for `table[text.charCodeAt(i)]`. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** `pattern` (flags kept) as a sticky regex, for matching at a given position only. */
export function stickyCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
}

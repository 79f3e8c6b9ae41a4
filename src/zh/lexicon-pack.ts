/**
 * Reads the packed lexicons (src/zh/lexicon/packed.ts, written by scripts/pack-lexicons.mjs
 * from the JSON files beside it). A bundler escapes each Chinese character of a string as
 * \uXXXX (6 bytes); packed, a character is 2 ASCII bytes: a lead and a digit that index the
 * sorted alphabet of the lexicons' non-ASCII characters (itself written as code point gaps,
 * src/zh/varints.ts). ASCII stands for itself.
 */
import { readVarints, VARINT_DIGITS } from './varints.js';

/**
 * The second character of a code: printable ASCII without the quotes, the backtick and the
 * backslash, so that a packed string needs no escape in any JavaScript string literal (the
 * digits of the varints).
 */
export const PACK_DIGITS = VARINT_DIGITS;

/** The alphabet's characters, ascending, from the varints of (code point − previous − 1). */
export function readAlphabet(encoded: string): string[] {
  const alphabet: string[] = [];
  let c = -1;
  for (const gap of readVarints(encoded)) alphabet.push(String.fromCodePoint((c += gap + 1)));
  return alphabet;
}

/**
 * The JSON value of one packed lexicon: each character of `leads` followed by a digit stands
 * for alphabet[leadIndex × PACK_DIGITS.length + digitIndex]; every other character for itself.
 */
export function unpackLexicon<T>(alphabet: readonly string[], leads: string, packed: string): T {
  let json = '';
  for (let i = 0; i < packed.length; i++) {
    const lead = leads.indexOf(packed[i] as string);
    if (lead < 0) {
      json += packed[i];
      continue;
    }
    json += alphabet[lead * PACK_DIGITS.length + PACK_DIGITS.indexOf(packed[++i] as string)];
  }
  return JSON.parse(json) as T;
}

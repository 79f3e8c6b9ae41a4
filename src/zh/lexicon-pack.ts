/**
 * Reads the packed lexicons (src/zh/lexicon/packed.ts, written by scripts/pack-lexicons.mjs
 * from the JSON files beside it). A bundler escapes each Chinese character of a string as
 * \uXXXX (6 bytes); packed, a character is 2 ASCII bytes, a lead and a digit that index the
 * sorted symbols of the lexicons (their non-ASCII characters, and the rare ASCII ones whose
 * character serves as a code; written as code point gaps, src/zh/varints.ts), or 1 byte, a
 * single, for the most frequent of them and for a few ASCII strings, the tokens ('","', between
 * the items of a word list). Any other ASCII character stands for itself.
 */
import { readVarints, VARINT_DIGITS } from './varints.js';

/**
 * The second character of a code: printable ASCII without the quotes, the backtick and the
 * backslash, so that a packed string needs no escape in any JavaScript string literal (the
 * digits of the varints).
 */
export const PACK_DIGITS = VARINT_DIGITS;

/** How the characters of a packed string read. */
export interface Packing {
  /** The symbols, ascending: a lead and a digit stand for symbols[lead × 91 + digit]. */
  symbols: string[];
  leads: string;
  /** Each single, and the symbol or token it stands for. */
  singles: Map<string, string>;
}

/** The symbols' characters, ascending, from the varints of (code point − previous − 1). */
export function readAlphabet(encoded: string): string[] {
  const alphabet: string[] = [];
  let c = -1;
  for (const gap of readVarints(encoded)) alphabet.push(String.fromCodePoint((c += gap + 1)));
  return alphabet;
}

/**
 * The packing of packed.ts: its symbols (as readAlphabet reads them), its leads, its singles,
 * what each single stands for (varints of indices in the symbols followed by the tokens), and
 * the tokens (ASCII strings such as '","' that a single stands for).
 */
export function readPacking(symbolsEncoded: string, leads: string, singles: string, singleValues: string, tokens: readonly string[]): Packing {
  const symbols = readAlphabet(symbolsEncoded);
  const values = [...symbols, ...tokens];
  return { symbols, leads, singles: new Map(readVarints(singleValues).map((value, i) => [singles[i]!, values[value]!])) };
}

/** The JSON value of one packed lexicon (see Packing). */
export function unpackLexicon<T>(packing: Packing, packed: string): T {
  const { symbols, leads, singles } = packing;
  let json = '';
  for (let i = 0; i < packed.length; i++) {
    const c = packed[i]!;
    const lead = leads.indexOf(c);
    json += singles.get(c) ?? (lead < 0 ? c : symbols[lead * PACK_DIGITS.length + PACK_DIGITS.indexOf(packed[++i]!)]);
  }
  return JSON.parse(json) as T;
}
